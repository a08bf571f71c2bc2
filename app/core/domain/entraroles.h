#pragma once

#include <QCoreApplication>
#include <QString>

// Microsoft Entra built-in roles by their template ids (the roleDefinitionId of a GDAP
// relationship's unifiedRoles), named as the Entra admin center names them. An id not known
// here is shown as it is.
class EntraRoles
{
    Q_DECLARE_TR_FUNCTIONS(EntraRoles)

public:
    static QString name(const QString &roleDefinitionId);
    // The English name, for machine-readable output (CLI json/csv); empty when unknown.
    static QString englishName(const QString &roleDefinitionId);
};
