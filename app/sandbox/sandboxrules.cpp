#include "sandboxrules.h"
#include "sandbox/sandboxjson.h"
#include "sandbox/sandboxmessages.h"
#include "sandbox/sandboxstore.h"

using namespace Qt::Literals::StringLiterals;
using Msg = SandboxMessages::Message;

namespace {

QString day(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(u"yyyy-MM-dd"_s) : u"-"_s;
}

bool isLive(const QString &status)
{
    return status == u"active" || status == u"pending";
}

// An If-Match value names the current ETag, quoted or not, or "*" for any.
bool ifMatchHolds(const QByteArray &ifMatch, const QString &etag)
{
    QByteArray tag = ifMatch.trimmed();
    if (tag.isEmpty() || tag == "*")
        return true;
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
        tag = tag.mid(1, tag.size() - 2);
    return QString::fromUtf8(tag) == etag;
}

} // namespace

QStringList SandboxRules::removalBlockers(const SandboxCustomer &customer, const QDateTime &now,
                                          const QString &locale)
{
    QStringList blockers;
    for (const SandboxSubscription &s : customer.subscriptions) {
        const QString status = s.status.toLower();
        const QString name = s.friendlyName.isEmpty() ? s.offerName : s.friendlyName;
        if (status == u"active")
            blockers.append(SandboxMessages::text(Msg::BlockerActive, locale, {name}));
        else if (status == u"pending")
            blockers.append(SandboxMessages::text(Msg::BlockerPending, locale, {name}));
        else if (status == u"suspended" && s.isNce()) // NCE keeps billing while suspended
            blockers.append(SandboxMessages::text(Msg::BlockerNceSuspended, locale, {name}));
    }
    for (const SandboxEntitlement &e : customer.entitlements) {
        if (e.status.compare(u"active", Qt::CaseInsensitive) != 0)
            continue;
        if (e.entitlementType.compare(u"reservedInstance", Qt::CaseInsensitive) == 0) {
            blockers.append(
                SandboxMessages::text(Msg::BlockerReservation, locale, {e.friendlyName}));
        } else if (e.entitlementType.compare(u"savingsPlan", Qt::CaseInsensitive) == 0) {
            blockers.append(
                SandboxMessages::text(Msg::BlockerSavingsPlan, locale, {e.friendlyName}));
        } else if (e.cancellationAllowedUntilDate.isValid() &&
                   now <= e.cancellationAllowedUntilDate) {
            blockers.append(
                SandboxMessages::text(Msg::BlockerSoftware, locale,
                                      {e.friendlyName, day(e.cancellationAllowedUntilDate)}));
        }
    }
    return blockers;
}

SandboxReply SandboxRules::patchSubscription(SandboxCustomer &customer,
                                             SandboxSubscription &subscription,
                                             const QJsonObject &body, const QByteArray &ifMatch,
                                             const QDateTime &now, const QString &locale,
                                             bool *changed)
{
    auto fail = [&](int status, const QJsonValue &code, Msg message, const QStringList &args) {
        return SandboxReply::error(status, code, SandboxMessages::text(message, locale, args));
    };
    SandboxSubscription &s = subscription;
    const QString target = SandboxJson::string(body, u"status").toLower();
    if (target.isEmpty())
        return fail(400, u"InvalidRequest"_s, Msg::MissingStatus, {});
    // Partner Center's documented answer to a stale ETag (If-Match, or the body's
    // attributes.etag): 400 Bad Request, code 2055, "Etag is no longer valid".
    const QString etag =
        SandboxJson::string(SandboxJson::value(body, u"attributes").toObject(), u"etag");
    if ((!etag.isEmpty() && etag != s.etag) || !ifMatchHolds(ifMatch, s.etag))
        return fail(400, 2055, Msg::StaleEtag, {});
    const QString current = s.status.toLower();
    if (current != u"active" && current != u"suspended" && current != u"pending")
        return fail(400, u"InvalidSubscriptionState"_s, Msg::FinalStatus, {s.status});

    // Fields other than status that the body changes.
    const QJsonValue quantity = SandboxJson::value(body, u"quantity");
    const QJsonValue friendlyName = SandboxJson::value(body, u"friendlyName");
    const QJsonValue autoRenew = SandboxJson::value(body, u"autoRenewEnabled");
    const bool quantityChanged = quantity.isDouble() && quantity.toInt() != s.quantity;
    const bool nameChanged = friendlyName.isString() && friendlyName.toString() != s.friendlyName;
    const bool autoRenewChanged = autoRenew.isBool() && autoRenew.toBool() != s.autoRenewEnabled;
    const bool otherChanges = quantityChanged || nameChanged || autoRenewChanged;
    if (current == u"suspended" && otherChanges)
        return fail(400, 800091, Msg::SuspendedUpdate, {});
    if (quantityChanged && quantity.toInt() < 1)
        return fail(400, u"InvalidParameter"_s, Msg::InvalidParameter,
                    {u"quantity"_s, QString::number(quantity.toInt())});

    QList<SandboxSubscription *> addOns;
    for (SandboxSubscription &other : customer.subscriptions) {
        if (other.parentSubscriptionId == s.id && &other != &s)
            addOns.append(&other);
    }
    if (target != current) {
        if (target == u"suspended") {
            if (s.isAzurePlan() && s.activeAzureSubscriptions() > 0)
                return fail(400, 900115, Msg::AzurePlanActive,
                            {QString::number(s.activeAzureSubscriptions())});
            for (SandboxSubscription *addOn : std::as_const(addOns)) {
                if (isLive(addOn->status.toLower())) {
                    addOn->status = u"suspended"_s;
                    addOn->etag = SandboxStore::newEtag();
                }
            }
        } else if (target == u"active" && current == u"suspended") {
            if (s.isAddOn()) {
                const SandboxSubscription *parent = nullptr;
                for (const SandboxSubscription &other : customer.subscriptions) {
                    if (other.id == s.parentSubscriptionId)
                        parent = &other;
                }
                if (!parent || parent->status.toLower() != u"active")
                    return fail(400, 27009, Msg::ParentInactive,
                                {parent ? parent->friendlyName : s.parentSubscriptionId});
            }
        } else if (target == u"deleted" && s.isMarketplace()) {
            // A marketplace (SaaS) subscription is cancelled this way at any time.
            s.autoRenewEnabled = false;
        } else if (target == u"deleted") {
            if (!s.isNce())
                return fail(400, 900117, Msg::NotNewCommerce, {});
            if (!s.cancellationAllowedUntilDate.isValid() || now > s.cancellationAllowedUntilDate)
                return fail(400, 900117, Msg::CancellationWindowPassed,
                            {day(s.cancellationAllowedUntilDate)});
            s.autoRenewEnabled = false;
            for (SandboxSubscription *addOn : std::as_const(addOns)) {
                if (addOn->status.toLower() != u"deleted") {
                    addOn->status = u"deleted"_s;
                    addOn->autoRenewEnabled = false;
                    addOn->etag = SandboxStore::newEtag();
                }
            }
        } else {
            return fail(400, u"InvalidStatusTransition"_s, Msg::InvalidTransition,
                        {s.status, target});
        }
        s.status = target;
    }
    if (quantityChanged)
        s.quantity = quantity.toInt();
    if (nameChanged)
        s.friendlyName = friendlyName.toString();
    if (autoRenewChanged && s.status != u"deleted")
        s.autoRenewEnabled = autoRenew.toBool();
    if (target != current || otherChanges) {
        s.etag = SandboxStore::newEtag();
        *changed = true;
    }
    return SandboxReply::json(200, SandboxJson::toPascalCase(SandboxJson::subscriptionToJson(
                                       s, SandboxJson::Form::Wire)));
}
