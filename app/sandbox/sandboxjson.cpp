#include "sandboxjson.h"
#include "sandbox/sandboxgraphjson.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

QJsonValue SandboxJson::value(const QJsonObject &object, QStringView key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

QString SandboxJson::string(const QJsonObject &object, QStringView key)
{
    return value(object, key).toString();
}

QString SandboxJson::dateToString(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODate);
}

QDateTime SandboxJson::parseDate(const QJsonValue &value, const QDateTime &now)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression relative(u"^([+-])(\\d{1,6})([dhm])$"_s);
    const auto match = relative.match(text);
    if (match.hasMatch()) {
        const qint64 amount = match.captured(2).toLongLong() * (match.captured(1) == u"-" ? -1 : 1);
        const QChar unit = match.captured(3).at(0);
        const qint64 seconds = unit == u'd' ? 86400 : unit == u'h' ? 3600 : 60;
        return now.toUTC().addSecs(amount * seconds);
    }
    if (text == u"now")
        return now.toUTC();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

static void putDate(QJsonObject &o, const QString &key, const QDateTime &date)
{
    if (date.isValid())
        o.insert(key, SandboxJson::dateToString(date));
}

QJsonObject SandboxJson::subscriptionToJson(const SandboxSubscription &s, Form form)
{
    QJsonObject o{{u"id"_s, s.id},
                  {u"offerId"_s, s.offerId},
                  {u"offerName"_s, s.offerName},
                  {u"friendlyName"_s, s.friendlyName},
                  {u"quantity"_s, s.quantity},
                  {u"unitType"_s, s.unitType},
                  {u"status"_s, s.status},
                  {u"autoRenewEnabled"_s, s.autoRenewEnabled},
                  {u"billingType"_s, s.billingType},
                  {u"billingCycle"_s, s.billingCycle},
                  {u"isTrial"_s, s.isTrial},
                  {u"termDuration"_s, s.termDuration},
                  {u"orderId"_s, s.orderId}};
    if (!s.parentSubscriptionId.isEmpty())
        o.insert(u"parentSubscriptionId"_s, s.parentSubscriptionId);
    putDate(o, u"creationDate"_s, s.creationDate);
    putDate(o, u"effectiveStartDate"_s, s.effectiveStartDate);
    putDate(o, u"commitmentEndDate"_s, s.commitmentEndDate);
    putDate(o, u"cancellationAllowedUntilDate"_s, s.cancellationAllowedUntilDate);
    if (!s.productTypeId.isEmpty()) {
        o.insert(u"productType"_s,
                 QJsonObject{{u"id"_s, s.productTypeId}, {u"displayName"_s, s.productTypeName}});
    }
    if (form == Form::Wire) {
        o.insert(u"attributes"_s,
                 QJsonObject{{u"etag"_s, s.etag}, {u"objectType"_s, u"Subscription"_s}});
    } else {
        o.insert(u"etag"_s, s.etag);
        if (!s.azureEntitlements.isEmpty()) {
            QJsonArray azure;
            for (const SandboxAzureEntitlement &e : s.azureEntitlements)
                azure.append(QJsonObject{
                    {u"id"_s, e.id}, {u"friendlyName"_s, e.friendlyName}, {u"status"_s, e.status}});
            o.insert(u"azureEntitlements"_s, azure);
        }
    }
    return o;
}

SandboxSubscription SandboxJson::subscriptionFromJson(const QJsonObject &o, const QDateTime &now)
{
    SandboxSubscription s;
    s.id = string(o, u"id");
    s.offerId = string(o, u"offerId");
    s.offerName = string(o, u"offerName");
    s.friendlyName = string(o, u"friendlyName");
    if (s.friendlyName.isEmpty())
        s.friendlyName = s.offerName;
    s.quantity = value(o, u"quantity").toInt(1);
    if (const QString unit = string(o, u"unitType"); !unit.isEmpty())
        s.unitType = unit;
    s.parentSubscriptionId = string(o, u"parentSubscriptionId");
    s.creationDate = parseDate(value(o, u"creationDate"), now);
    s.effectiveStartDate = parseDate(value(o, u"effectiveStartDate"), now);
    s.commitmentEndDate = parseDate(value(o, u"commitmentEndDate"), now);
    s.cancellationAllowedUntilDate = parseDate(value(o, u"cancellationAllowedUntilDate"), now);
    if (const QString status = string(o, u"status"); !status.isEmpty())
        s.status = status;
    s.autoRenewEnabled = value(o, u"autoRenewEnabled").toBool(true);
    if (const QString type = string(o, u"billingType"); !type.isEmpty())
        s.billingType = type;
    if (const QString cycle = string(o, u"billingCycle"); !cycle.isEmpty())
        s.billingCycle = cycle;
    s.isTrial = value(o, u"isTrial").toBool(false);
    if (const QString term = string(o, u"termDuration"); !term.isEmpty())
        s.termDuration = term;
    s.orderId = string(o, u"orderId");
    const QJsonObject productType = value(o, u"productType").toObject();
    s.productTypeId = string(productType, u"id");
    s.productTypeName = string(productType, u"displayName");
    s.etag = string(o, u"etag");
    if (s.etag.isEmpty())
        s.etag = string(value(o, u"attributes").toObject(), u"etag");
    const QJsonArray azure = value(o, u"azureEntitlements").toArray();
    for (const QJsonValue &v : azure) {
        const QJsonObject e = v.toObject();
        SandboxAzureEntitlement entitlement{string(e, u"id"), string(e, u"friendlyName")};
        if (const QString status = string(e, u"status"); !status.isEmpty())
            entitlement.status = status;
        s.azureEntitlements.append(entitlement);
    }
    // Older state files only counted the active Azure subscriptions.
    const int counted = std::min(value(o, u"activeAzureSubscriptions").toInt(0), 1000);
    for (int i = s.activeAzureSubscriptions(); i < counted; ++i)
        s.azureEntitlements.append(
            {u"%1-azure-%2"_s.arg(s.id).arg(i + 1), u"Azure subscription %1"_s.arg(i + 1)});
    return s;
}

QJsonObject SandboxJson::entitlementToJson(const SandboxEntitlement &e, Form form)
{
    QJsonObject o{{u"entitlementType"_s, e.entitlementType},
                  {u"productId"_s, e.productId},
                  {u"skuId"_s, e.skuId},
                  {u"quantity"_s, e.quantity},
                  {u"fulfillmentState"_s, e.fulfillmentState},
                  {u"friendlyName"_s, e.friendlyName},
                  {u"status"_s, e.status}};
    putDate(o, u"expiryDate"_s, e.expiryDate);
    putDate(o, u"cancellationAllowedUntilDate"_s, e.cancellationAllowedUntilDate);
    if (form == Form::Wire) {
        o.insert(u"referenceOrder"_s, QJsonObject{{u"id"_s, e.orderId}});
        o.insert(u"attributes"_s, QJsonObject{{u"objectType"_s, u"Entitlement"_s}});
    } else {
        o.insert(u"orderId"_s, e.orderId);
    }
    return o;
}

SandboxEntitlement SandboxJson::entitlementFromJson(const QJsonObject &o, const QDateTime &now)
{
    SandboxEntitlement e;
    if (const QString type = string(o, u"entitlementType"); !type.isEmpty())
        e.entitlementType = type;
    e.productId = string(o, u"productId");
    e.skuId = string(o, u"skuId");
    e.quantity = value(o, u"quantity").toInt(1);
    e.orderId = string(o, u"orderId");
    if (e.orderId.isEmpty())
        e.orderId = string(value(o, u"referenceOrder").toObject(), u"id");
    e.expiryDate = parseDate(value(o, u"expiryDate"), now);
    if (const QString state = string(o, u"fulfillmentState"); !state.isEmpty())
        e.fulfillmentState = state;
    e.friendlyName = string(o, u"friendlyName");
    e.cancellationAllowedUntilDate = parseDate(value(o, u"cancellationAllowedUntilDate"), now);
    if (const QString status = string(o, u"status"); !status.isEmpty())
        e.status = status;
    return e;
}

QJsonObject SandboxJson::orderToJson(const SandboxOrder &order)
{
    QJsonArray lines;
    for (const SandboxOrderLine &line : order.lineItems) {
        lines.append(QJsonObject{{u"lineItemNumber"_s, line.lineItemNumber},
                                 {u"offerId"_s, line.offerId},
                                 {u"quantity"_s, line.quantity}});
    }
    QJsonObject o{{u"id"_s, order.id}, {u"status"_s, order.status}, {u"lineItems"_s, lines}};
    putDate(o, u"creationDate"_s, order.creationDate);
    return o;
}

SandboxOrder SandboxJson::orderFromJson(const QJsonObject &o, const QDateTime &now)
{
    SandboxOrder order;
    order.id = string(o, u"id");
    if (const QString status = string(o, u"status"); !status.isEmpty())
        order.status = status;
    order.creationDate = parseDate(value(o, u"creationDate"), now);
    const QJsonArray lines = value(o, u"lineItems").toArray();
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        order.lineItems.append({value(line, u"lineItemNumber").toInt(0), string(line, u"offerId"),
                                value(line, u"quantity").toInt(1)});
    }
    return order;
}

static QJsonObject addressToJson(const SandboxAddress &a)
{
    return {{u"country"_s, a.country},       {u"city"_s, a.city},
            {u"state"_s, a.state},           {u"addressLine1"_s, a.addressLine1},
            {u"postalCode"_s, a.postalCode}, {u"phoneNumber"_s, a.phoneNumber}};
}

static SandboxAddress addressFromJson(const QJsonObject &o)
{
    using J = SandboxJson;
    return {J::string(o, u"country"),    J::string(o, u"city"),
            J::string(o, u"state"),      J::string(o, u"addressLine1"),
            J::string(o, u"postalCode"), J::string(o, u"phoneNumber")};
}

QJsonObject SandboxJson::customerToListItem(const SandboxCustomer &c)
{
    const QJsonObject profile{
        {u"tenantId"_s, c.tenantId},
        {u"domain"_s, c.domain},
        {u"companyName"_s, c.companyName},
        {u"attributes"_s, QJsonObject{{u"objectType"_s, u"CustomerCompanyProfile"_s}}}};
    return {{u"id"_s, c.id},
            {u"commerceId"_s, c.commerceId},
            {u"companyProfile"_s, profile},
            {u"relationshipToPartner"_s, c.relationship},
            {u"allowDelegatedAccess"_s, c.allowDelegatedAccess},
            {u"attributes"_s, QJsonObject{{u"objectType"_s, u"Customer"_s}}}};
}

QJsonObject SandboxJson::customerToWire(const SandboxCustomer &c)
{
    QJsonObject o = customerToListItem(c);
    QJsonObject profile = o.value(u"companyProfile"_s).toObject();
    profile.insert(u"address"_s, addressToJson(c.address));
    profile.insert(u"email"_s, c.email);
    o.insert(u"companyProfile"_s, profile);
    QJsonObject billing{
        {u"id"_s, c.billingId},
        {u"firstName"_s, c.firstName},
        {u"lastName"_s, c.lastName},
        {u"email"_s, c.email},
        {u"culture"_s, c.culture},
        {u"language"_s, c.language},
        {u"companyName"_s, c.companyName},
        {u"defaultAddress"_s, addressToJson(c.address)},
        {u"attributes"_s, QJsonObject{{u"objectType"_s, u"CustomerBillingProfile"_s}}}};
    o.insert(u"billingProfile"_s, billing);
    o.insert(u"customDomains"_s, QJsonArray::fromStringList(c.customDomains));
    return o;
}

QJsonObject SandboxJson::customerToState(const SandboxCustomer &c)
{
    QJsonArray subscriptions, entitlements, orders;
    for (const SandboxSubscription &s : c.subscriptions)
        subscriptions.append(subscriptionToJson(s, Form::State));
    for (const SandboxEntitlement &e : c.entitlements)
        entitlements.append(entitlementToJson(e, Form::State));
    for (const SandboxOrder &order : c.orders)
        orders.append(orderToJson(order));
    return {
        {u"id"_s, c.id},
        {u"commerceId"_s, c.commerceId},
        {u"tenantId"_s, c.tenantId},
        {u"domain"_s, c.domain},
        {u"companyName"_s, c.companyName},
        {u"email"_s, c.email},
        {u"address"_s, addressToJson(c.address)},
        {u"billing"_s, QJsonObject{{u"id"_s, c.billingId},
                                   {u"firstName"_s, c.firstName},
                                   {u"lastName"_s, c.lastName},
                                   {u"culture"_s, c.culture},
                                   {u"language"_s, c.language}}},
        {u"relationshipToPartner"_s, c.relationship},
        {u"allowDelegatedAccess"_s, c.allowDelegatedAccess},
        {u"customDomains"_s, QJsonArray::fromStringList(c.customDomains)},
        {u"subscriptions"_s, subscriptions},
        {u"entitlements"_s, entitlements},
        {u"orders"_s, orders},
        {u"adminRelationships"_s, SandboxGraphJson::relationshipsToState(c.adminRelationships)}};
}

SandboxCustomer SandboxJson::customerFromState(const QJsonObject &o, const QDateTime &now)
{
    SandboxCustomer c;
    c.id = string(o, u"id");
    c.commerceId = string(o, u"commerceId");
    c.tenantId = string(o, u"tenantId");
    if (c.tenantId.isEmpty())
        c.tenantId = c.id;
    c.domain = string(o, u"domain");
    c.companyName = string(o, u"companyName");
    c.email = string(o, u"email");
    c.address = addressFromJson(value(o, u"address").toObject());
    const QJsonObject billing = value(o, u"billing").toObject();
    c.billingId = string(billing, u"id");
    c.firstName = string(billing, u"firstName");
    c.lastName = string(billing, u"lastName");
    if (const QString culture = string(billing, u"culture"); !culture.isEmpty())
        c.culture = culture;
    if (const QString language = string(billing, u"language"); !language.isEmpty())
        c.language = language;
    if (const QString relationship = string(o, u"relationshipToPartner"); !relationship.isEmpty())
        c.relationship = relationship;
    c.allowDelegatedAccess = value(o, u"allowDelegatedAccess").toBool(true);
    const QJsonArray domains = value(o, u"customDomains").toArray();
    for (const QJsonValue &d : domains)
        c.customDomains.append(d.toString());
    const QJsonArray subscriptions = value(o, u"subscriptions").toArray();
    for (const QJsonValue &v : subscriptions)
        c.subscriptions.append(subscriptionFromJson(v.toObject(), now));
    const QJsonArray entitlements = value(o, u"entitlements").toArray();
    for (const QJsonValue &v : entitlements)
        c.entitlements.append(entitlementFromJson(v.toObject(), now));
    const QJsonArray orders = value(o, u"orders").toArray();
    for (const QJsonValue &v : orders)
        c.orders.append(orderFromJson(v.toObject(), now));
    c.adminRelationships =
        SandboxGraphJson::relationshipsFromState(value(o, u"adminRelationships").toArray(), now);
    return c;
}

QJsonObject SandboxJson::userToJson(const SandboxUser &u)
{
    return {{u"login"_s, u.login},
            {u"name"_s, u.name},
            {u"upn"_s, u.upn},
            {u"oid"_s, u.oid},
            {u"roles"_s, QJsonArray::fromStringList(u.roles)},
            {u"globalAdmin"_s, u.globalAdmin},
            {u"indirectReseller"_s, u.indirectReseller}};
}

SandboxUser SandboxJson::userFromJson(const QJsonObject &o)
{
    SandboxUser u;
    u.login = string(o, u"login");
    u.name = string(o, u"name");
    u.upn = string(o, u"upn");
    u.oid = string(o, u"oid");
    const QJsonArray roles = value(o, u"roles").toArray();
    for (const QJsonValue &r : roles)
        u.roles.append(r.toString());
    u.globalAdmin = value(o, u"globalAdmin").toBool(false);
    u.indirectReseller = value(o, u"indirectReseller").toBool(false);
    return u;
}

QJsonObject SandboxJson::toPascalCase(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString key = it.key();
        if (!key.isEmpty())
            key[0] = key.at(0).toUpper();
        QJsonValue v = it.value();
        if (v.isObject()) {
            v = toPascalCase(v.toObject());
        } else if (v.isArray()) {
            QJsonArray array;
            const QJsonArray in = v.toArray();
            for (const QJsonValue &item : in)
                array.append(item.isObject() ? QJsonValue(toPascalCase(item.toObject())) : item);
            v = array;
        }
        out.insert(key, v);
    }
    return out;
}
