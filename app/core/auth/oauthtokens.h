#pragma once

#include <QDateTime>
#include <QString>

// What the token endpoint hands out. Lives in memory only: deliberately no QDebug operator and
// no serialisation, so a token cannot end up in a log or a file by accident.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;

    bool isEmpty() const { return accessToken.isEmpty(); }
};
