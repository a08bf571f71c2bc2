#pragma once

#include <QString>
#include <QStringList>

// Error descriptions in the language the client asks for with X-Locale (en-US, cs-CZ, pl-PL),
// as Partner Center localizes its `description`.
class SandboxMessages
{
public:
    enum class Message {
        Unauthorized,
        TokenExpired,
        PathNotFound,
        MethodNotAllowed,
        CustomerNotFound,
        NoRelationship,
        SubscriptionNotFound,
        OrderNotFound,
        InvalidJson,
        InvalidParameter,
        InvalidFilter,
        InvalidContinuationToken,
        RoleLacksRights,
        StaleEtag,
        SuspendedUpdate,
        ParentInactive,
        CancellationWindowPassed,
        OrderWindowPassed,
        NotNewCommerce,
        AzurePlanActive,
        FinalStatus,
        InvalidTransition,
        MissingStatus,
        RemovalBlocked,
        BlockerActive,
        BlockerPending,
        BlockerNceSuspended,
        BlockerReservation,
        BlockerSoftware,
        InvalidRelationship,
        OrderAlreadyFinal,
        OrderStatusRequired,
        InternalError,
    };

    // `locale` is the X-Locale header value; unknown locales fall back to English.
    static QString text(Message message, const QString &locale, const QStringList &args = {});
};
