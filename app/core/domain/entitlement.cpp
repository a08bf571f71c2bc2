#include "entitlement.h"

using namespace Qt::Literals::StringLiterals;

Entitlement::Type Entitlement::typeFromWire(const QString &raw)
{
    if (raw.compare("software"_L1, Qt::CaseInsensitive) == 0)
        return Type::Software;
    if (raw.compare("reservedInstance"_L1, Qt::CaseInsensitive) == 0)
        return Type::ReservedInstance;
    return Type::Other;
}

QString Entitlement::typeToWire(Type type)
{
    switch (type) {
    case Type::Software:
        return u"software"_s;
    case Type::ReservedInstance:
        return u"reservedInstance"_s;
    case Type::Other:
        break;
    }
    return {};
}

QString Entitlement::displayName() const
{
    if (!friendlyName.isEmpty())
        return friendlyName;
    return skuId.isEmpty() ? productId : productId + u':' + skuId;
}

bool Entitlement::isActiveAt(const QDateTime &now) const
{
    const QString s = status.toLower();
    if (s == "cancelled"_L1 || s == "expired"_L1)
        return false;
    return !expiryDate.isValid() || expiryDate > now;
}

bool Entitlement::isSavingsPlan() const
{
    return rawType.compare("savingsPlan"_L1, Qt::CaseInsensitive) == 0;
}

bool Entitlement::canCancelAt(const QDateTime &now) const
{
    return isActiveAt(now) && !orderId.isEmpty() && cancellationAllowedUntilDate.isValid() &&
           now <= cancellationAllowedUntilDate;
}
