#pragma once

#include "core/api/accesstokensource.h"
#include "core/domain/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <vector>

class Clock;
class SignedInTokenSource;

// Access tokens for a second resource (Microsoft Graph) from the same sign-in: redeemed with the
// session's refresh token, kept in memory only, like the session's own. A missing permission
// (no consent for the scope) is reported as a Graph error that says what to add to the app
// registration; it does not end the sign-in.
class ScopedTokenSource : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    ScopedTokenSource(SignedInTokenSource *session, QString scope, ApiError::Service service,
                      Clock *clock, QObject *parent = nullptr);

    void fetchToken(QObject *context, Callback callback) override;
    bool invalidateToken(const QString &token) override;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void answer(const QString &token, const ApiError &error);

    QPointer<SignedInTokenSource> m_session;
    QString m_scope;
    ApiError::Service m_service;
    Clock *m_clock;
    QString m_accessToken;
    QDateTime m_expiresAt;
    bool m_redeeming = false;
    std::vector<Waiter> m_waiters;
};
