#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// What a JWT-shaped access token says about its user. Read for display only: the server
// decides what the user may do, the UI merely says so before the click.
class TokenClaims
{
    Q_DECLARE_TR_FUNCTIONS(TokenClaims)

public:
    // Microsoft Entra directory role template id of Global Administrator.
    static constexpr QLatin1StringView GlobalAdminRoleId{"62e90394-69f5-4237-9190-012177145e10"};

    static TokenClaims fromAccessToken(const QString &token);

    bool isValid() const { return m_valid; }
    QString name() const { return m_name; }
    QString upn() const { return m_upn; }
    QString tenantId() const { return m_tenantId; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QStringList directoryRoleIds() const { return m_wids; }
    QStringList roles() const { return m_roles; }

    bool isGlobalAdmin() const;
    bool hasRole(QLatin1StringView role) const;
    // Whether the token says the user may change subscriptions / remove relationships. An
    // unknown token (no role claims at all) is given the benefit of the doubt.
    bool mayChangeSubscriptions() const;
    bool mayRemoveRelationship() const;
    // Translated role names for the status bar, e.g. "Global admin, Admin agent".
    QString roleSummary() const;
    // "Adéla Nováková (admin@contoso.com)".
    QString displayName() const;

private:
    bool knowsRoles() const { return !m_wids.isEmpty() || !m_roles.isEmpty(); }

    bool m_valid = false;
    QString m_name;
    QString m_upn;
    QString m_tenantId;
    QDateTime m_expiresAt;
    QStringList m_wids;
    QStringList m_roles;
};
