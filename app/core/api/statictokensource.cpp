#include "statictokensource.h"

void StaticTokenSource::fetchToken(QObject *, Callback callback)
{
    if (m_token.isEmpty()) {
        callback({}, m_missing.isEmpty() ? ApiError(ApiError::Kind::Unauthenticated)
                                         : ApiError(ApiError::Kind::Refused, m_missing));
        return;
    }
    callback(m_token, {});
}

bool StaticTokenSource::invalidateToken(const QString &)
{
    return false;
}
