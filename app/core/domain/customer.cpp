#include "customer.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

bool Customer::hasRelationship() const
{
    return relationshipToPartner.compare("none"_L1, Qt::CaseInsensitive) != 0;
}

QString Customer::relationshipDisplayName() const
{
    const QString raw = relationshipToPartner.toLower();
    if (raw == "reseller"_L1)
        return QCoreApplication::translate("Customer", "Reseller", "relationship to partner");
    if (raw == "none"_L1)
        return QCoreApplication::translate("Customer", "None", "relationship to partner");
    if (raw == "advisor"_L1)
        return QCoreApplication::translate("Customer", "Advisor", "relationship to partner");
    if (raw.isEmpty())
        return QCoreApplication::translate("Customer", "Unknown", "relationship to partner");
    return QCoreApplication::translate("Customer", "Unknown (%1)",
                                       "relationship the app does not know; %1 is the raw value")
        .arg(relationshipToPartner);
}
