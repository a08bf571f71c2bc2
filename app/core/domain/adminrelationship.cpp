#include "adminrelationship.h"

#include "core/domain/entraroles.h"

using namespace Qt::Literals::StringLiterals;

bool AdminRelationship::isActive() const
{
    return status.compare("active"_L1, Qt::CaseInsensitive) == 0 ||
           status.compare("activating"_L1, Qt::CaseInsensitive) == 0 ||
           status.compare("expiring"_L1, Qt::CaseInsensitive) == 0;
}

bool AdminRelationship::isEnded() const
{
    return status.compare("terminated"_L1, Qt::CaseInsensitive) == 0 ||
           status.compare("expired"_L1, Qt::CaseInsensitive) == 0;
}

bool AdminRelationship::isEnding() const
{
    return status.compare("terminationRequested"_L1, Qt::CaseInsensitive) == 0 ||
           status.compare("terminating"_L1, Qt::CaseInsensitive) == 0;
}

QString AdminRelationship::statusText() const
{
    const QString s = status.toLower();
    if (s == "active"_L1)
        return tr("Active", "admin relationship status");
    if (s == "activating"_L1)
        return tr("Activating", "admin relationship status");
    if (s == "expiring"_L1)
        return tr("Expiring", "admin relationship status");
    if (s == "expired"_L1)
        return tr("Expired", "admin relationship status");
    if (s == "terminationrequested"_L1)
        return tr("Termination requested", "admin relationship status");
    if (s == "terminating"_L1)
        return tr("Terminating", "admin relationship status");
    if (s == "terminated"_L1)
        return tr("Terminated", "admin relationship status");
    if (s == "created"_L1)
        return tr("Created", "admin relationship status");
    if (s == "approvalpending"_L1)
        return tr("Approval pending", "admin relationship status");
    if (s == "approved"_L1)
        return tr("Approved", "admin relationship status");
    return status;
}

QStringList AdminRelationship::roleNames() const
{
    QStringList names;
    names.reserve(roleDefinitionIds.size());
    for (const QString &id : roleDefinitionIds)
        names.append(EntraRoles::name(id));
    return names;
}
