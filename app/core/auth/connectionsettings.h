#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class QSettings;

// Where to sign in (the Microsoft Entra authority, tenant and client ID) and which API to talk
// to. Holds no secret, so it may live in QSettings; the refresh token never does.
class ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    static QUrl defaultEndpoint();
    static QUrl defaultAuthority();
    static QString defaultTenant();
    // The delegated permission every Partner Center App+User token needs, plus a refresh token.
    static QString scope();
    // Microsoft Graph's delegated permission for admin relationships (GDAP), redeemed with the
    // same sign-in's refresh token.
    static QString graphScope();

    QUrl endpoint = defaultEndpoint();
    QUrl authority = defaultAuthority();
    QString tenant = defaultTenant();
    QString clientId;

    // Translated reasons the settings cannot be used; empty when they can.
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }

    QUrl deviceCodeUrl() const;
    QUrl tokenUrl() const;
    // Names the keychain entry of a user signed in with these settings: one entry per account,
    // so switching accounts never overwrites another account's refresh token.
    QString accountKey(const QString &upn) const;

    static ConnectionSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;

private:
    QUrl oauthUrl(QStringView leaf) const;
};
