#pragma once

#include "core/api/accesstokensource.h"

// A token given from outside (the embedded sandbox, --access-token-file, an environment
// variable): used as is, and when it is refused the user has to bring a new one.
class StaticTokenSource : public AccessTokenSource
{
public:
    explicit StaticTokenSource(QString token)
        : m_token(std::move(token))
    {
    }

    void fetchToken(QObject *context, Callback callback) override;
    bool invalidateToken(const QString &token) override;

private:
    QString m_token;
};
