#include "statictokensource.h"

void StaticTokenSource::fetchToken(QObject *, Callback callback)
{
    if (m_token.isEmpty()) {
        callback({}, ApiError(ApiError::Kind::Unauthenticated));
        return;
    }
    callback(m_token, {});
}

bool StaticTokenSource::invalidateToken(const QString &)
{
    return false;
}
