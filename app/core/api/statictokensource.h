#pragma once

#include "core/api/accesstokensource.h"

// A token given from outside (the embedded sandbox, --access-token-file, an environment
// variable): used as is, and when it is refused the user has to bring a new one.
class StaticTokenSource : public AccessTokenSource
{
public:
    // With no token, every request is refused before it leaves with `missing` as the reason
    // (or as unauthenticated when there is none).
    explicit StaticTokenSource(QString token, QString missing = {})
        : m_token(std::move(token))
        , m_missing(std::move(missing))
    {
    }

    void fetchToken(QObject *context, Callback callback) override;
    bool invalidateToken(const QString &token) override;

private:
    QString m_token;
    QString m_missing;
};
