#include "builders.h"

#include "core/api/wirecodec.h"
#include "sandbox/sandboxjson.h"
#include "sandbox/sandboxstore.h"

SubscriptionBuilder::SubscriptionBuilder(const QString &id, const QString &status)
{
    m_s.id = id;
    m_s.offerId = QStringLiteral("OFFER-") + id;
    m_s.offerName = QStringLiteral("Offer ") + id;
    m_s.friendlyName = QStringLiteral("Sub ") + id;
    m_s.status = status;
    m_s.etag = SandboxStore::newEtag();
    m_s.orderId = QStringLiteral("order-") + id;
}

SubscriptionBuilder &SubscriptionBuilder::named(const QString &friendlyName)
{
    m_s.friendlyName = friendlyName;
    return *this;
}

SubscriptionBuilder &SubscriptionBuilder::addOnOf(const QString &parentId)
{
    m_s.parentSubscriptionId = parentId;
    return *this;
}

SubscriptionBuilder &SubscriptionBuilder::quantity(int quantity)
{
    m_s.quantity = quantity;
    return *this;
}

SubscriptionBuilder &SubscriptionBuilder::commitmentEnd(const QDateTime &end)
{
    m_s.commitmentEndDate = end;
    return *this;
}

SubscriptionBuilder &SubscriptionBuilder::newCommerce(const QDateTime &cancellableUntil,
                                                      const QDateTime &termEnd)
{
    m_s.offerId = QStringLiteral("CFQ7TTC0LH18:0001:CFQ7TTC0LH18");
    m_s.productTypeId = QStringLiteral("OnlineServicesNCE");
    m_s.cancellationAllowedUntilDate = cancellableUntil;
    m_s.commitmentEndDate = termEnd;
    return *this;
}

Subscription SubscriptionBuilder::domain() const
{
    return WireCodec::subscription(SandboxJson::subscriptionToJson(m_s, SandboxJson::Form::Wire))
        .value();
}

PurchaseBuilder::PurchaseBuilder(const QString &orderId)
{
    m_e.productId = QStringLiteral("DG7GMGF0") + orderId;
    m_e.friendlyName = QStringLiteral("Purchase ") + orderId;
    m_e.orderId = orderId;
}

PurchaseBuilder &PurchaseBuilder::reservation()
{
    return type(QStringLiteral("reservedInstance"));
}

PurchaseBuilder &PurchaseBuilder::type(const QString &wireType)
{
    m_e.entitlementType = wireType;
    return *this;
}

PurchaseBuilder &PurchaseBuilder::named(const QString &friendlyName)
{
    m_e.friendlyName = friendlyName;
    return *this;
}

PurchaseBuilder &PurchaseBuilder::product(const QString &productId, const QString &skuId)
{
    m_e.productId = productId;
    m_e.skuId = skuId;
    return *this;
}

PurchaseBuilder &PurchaseBuilder::status(const QString &status)
{
    m_e.status = status;
    return *this;
}

PurchaseBuilder &PurchaseBuilder::cancellableUntil(const QDateTime &until)
{
    m_e.cancellationAllowedUntilDate = until;
    return *this;
}

PurchaseBuilder &PurchaseBuilder::expires(const QDateTime &expiry)
{
    m_e.expiryDate = expiry;
    return *this;
}

Entitlement PurchaseBuilder::domain() const
{
    return WireCodec::entitlement(SandboxJson::entitlementToJson(m_e, SandboxJson::Form::Wire))
        .value();
}

SandboxOrder PurchaseBuilder::order() const
{
    SandboxOrder o;
    o.id = m_e.orderId;
    const QString offer = m_e.skuId.isEmpty() ? m_e.productId : m_e.productId + u':' + m_e.skuId;
    o.lineItems = {{0, offer, 1}};
    return o;
}
