#include "entraroles.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Role
{
    const char *id;
    const char *name;
};

// The template ids of Microsoft's "Microsoft Entra built-in roles" reference; the roles
// partners most often ask for in an admin relationship.
constexpr Role roles[] = {
    {"62e90394-69f5-4237-9190-012177145e10",
     QT_TRANSLATE_NOOP("EntraRoles", "Global Administrator")},
    {"f2ef992c-3afb-46b9-b7cf-a126ee74c451", QT_TRANSLATE_NOOP("EntraRoles", "Global Reader")},
    {"88d8e3e3-8f55-4a1e-953a-9b9898b8876b", QT_TRANSLATE_NOOP("EntraRoles", "Directory Readers")},
    {"fe930be7-5e62-47db-91af-98c3a49a38b1", QT_TRANSLATE_NOOP("EntraRoles", "User Administrator")},
    {"729827e3-9c14-49f7-bb1b-9608f156bbb8",
     QT_TRANSLATE_NOOP("EntraRoles", "Helpdesk Administrator")},
    {"29232cdf-9323-42fd-ade2-1d097af3e4de",
     QT_TRANSLATE_NOOP("EntraRoles", "Exchange Administrator")},
    {"f28a1f50-f6e7-4571-818b-6a12f2af6b6c",
     QT_TRANSLATE_NOOP("EntraRoles", "SharePoint Administrator")},
    {"69091246-20e8-4a56-aa4d-066075b2a7a8",
     QT_TRANSLATE_NOOP("EntraRoles", "Teams Administrator")},
    {"194ae4cb-b126-40b2-bd5b-6091b380977d",
     QT_TRANSLATE_NOOP("EntraRoles", "Security Administrator")},
    {"5d6b6bb7-de71-4623-b4af-96380a352509", QT_TRANSLATE_NOOP("EntraRoles", "Security Reader")},
    {"4d6ac14f-3453-41d0-bef9-a3e0c569773a",
     QT_TRANSLATE_NOOP("EntraRoles", "License Administrator")},
    {"b0f54661-2d74-4c50-afa3-1ec803f12efe",
     QT_TRANSLATE_NOOP("EntraRoles", "Billing Administrator")},
    {"f023fd81-a637-4b56-95fd-791ac0226033",
     QT_TRANSLATE_NOOP("EntraRoles", "Service Support Administrator")},
    {"3a2c62db-5318-420d-8d74-23affee5d9d5",
     QT_TRANSLATE_NOOP("EntraRoles", "Intune Administrator")},
    {"7698a772-787b-4ac8-901f-60d6b08affd2",
     QT_TRANSLATE_NOOP("EntraRoles", "Cloud Device Administrator")},
    {"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3",
     QT_TRANSLATE_NOOP("EntraRoles", "Application Administrator")},
    {"158c047a-c907-4556-b7ef-446551a6b5f7",
     QT_TRANSLATE_NOOP("EntraRoles", "Cloud Application Administrator")},
    {"e8611ab8-c189-46e8-94e1-60213ab1f814",
     QT_TRANSLATE_NOOP("EntraRoles", "Privileged Role Administrator")},
    {"c4e39bd9-1100-46d3-8c65-fb160da0071f",
     QT_TRANSLATE_NOOP("EntraRoles", "Authentication Administrator")},
    {"b1be1c3e-b65d-4f19-8427-f6fa0d97feb9",
     QT_TRANSLATE_NOOP("EntraRoles", "Conditional Access Administrator")},
    {"4a5d8f65-41da-4de4-8968-e035b65339cf", QT_TRANSLATE_NOOP("EntraRoles", "Reports Reader")},
};

const char *lookup(const QString &id)
{
    static const QHash<QString, const char *> byId = [] {
        QHash<QString, const char *> out;
        for (const Role &role : roles)
            out.insert(QString::fromLatin1(role.id), role.name);
        return out;
    }();
    return byId.value(id.trimmed().toLower(), nullptr);
}
} // namespace

QString EntraRoles::name(const QString &roleDefinitionId)
{
    const char *name = lookup(roleDefinitionId);
    return name ? tr(name) : roleDefinitionId;
}

QString EntraRoles::englishName(const QString &roleDefinitionId)
{
    const char *name = lookup(roleDefinitionId);
    return name ? QString::fromLatin1(name) : QString();
}
