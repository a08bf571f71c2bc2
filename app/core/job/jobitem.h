#pragma once

#include "core/domain/apierror.h"

#include <QMetaType>
#include <QString>

#include <utility>

// One item a job changed (or tried to): what it is, the change, and how it ended. The audit
// trail records the same item, so the screen, the CLI and the log tell one story.
struct JobItem
{
    enum class Outcome {
        Succeeded, // the server shows the change
        Failed,    // the server refused it or could not be reached; error says which
        Refused,   // refused here, before anything was sent; error says why
        Cancelled, // stopped before it was sent, or stopped and not applied
        // The server may have applied it: its answer was lost and reading the item back failed
        // too. Never sent again by the job; whoever reads this must look before trying again.
        Unknown,
    };

    JobItem() = default;
    JobItem(QString id, QString name, QString action, QString oldStatus, QString newStatus)
        : id(std::move(id))
        , name(std::move(name))
        , action(std::move(action))
        , oldStatus(std::move(oldStatus))
        , newStatus(std::move(newStatus))
    {
    }

    QString id; // subscription id, order id; empty for the customer itself
    QString name;
    QString action;    // an AuditAction name: "suspendSubscription", "cancelOrder", …
    QString oldStatus; // wire values
    QString newStatus; // the target; once succeeded, what the server answered
    Outcome outcome = Outcome::Failed;
    ApiError error;
    // The request's answer was lost (time-out, dropped connection, server error), but reading
    // the item back showed the change applied: a success, never to be sent again.
    bool answerLost = false;
    // Not sent: the id of the base subscription this add-on changed with (Partner Center
    // suspends a base's add-ons with it). Empty for an item that was sent.
    QString withBase;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    bool outcomeUnknown() const { return outcome == Outcome::Unknown; }
};

Q_DECLARE_METATYPE(JobItem)
