#pragma once

#include "core/domain/apierror.h"

#include <QObject>
#include <QString>

#include <functional>

// Where the client gets its bearer token: a fixed token (sandbox, --access-token-file) or a
// signed-in session that refreshes itself. The token is handed over, never stored elsewhere.
class AccessTokenSource
{
public:
    using Callback = std::function<void(const QString &token, const ApiError &error)>;

    virtual ~AccessTokenSource() = default;
    // Calls back with a token that is valid now, refreshing first if needed.
    virtual void fetchToken(QObject *context, Callback callback) = 0;
    // The server refused the token (401): the next fetchToken() must not return it again.
    // Returns false when nothing can be done about it (a fixed token).
    virtual bool invalidateToken(const QString &token) = 0;
};
