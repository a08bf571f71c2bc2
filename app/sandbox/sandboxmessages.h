#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

// Error descriptions in the language the client asks for with X-Locale (en-US, cs-CZ, de-DE,
// …), as Partner Center localizes its `description`. The texts are resources/sandbox/
// messages.tsv, one row a message, one column a language.
class SandboxMessages
{
    Q_GADGET

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
        RelationshipNotFound,
        RelationshipNotActive,
        InvalidAction,
        InvalidGraphFilter,
        NotAzurePlan,
        IndirectResellerCannotRemove,
        BlockerSavingsPlan,
    };
    Q_ENUM(Message)

    // `locale` is the X-Locale header value ("de-DE", "de-AT", "de"); unknown languages fall
    // back to English.
    static QString text(Message message, const QString &locale, const QStringList &args = {});
    // The languages the messages are written in, English first.
    static QStringList languages();
};
