#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ApiError;

// One customer of a bulk run: the line of the list as given, and whom it named.
struct RunCustomer
{
    QString spec; // the domain, customer ID or Microsoft ID as the list gave it
    QString customerId;
    QString tenantId;
    QString companyName;
    QString domain;

    bool operator==(const RunCustomer &) const = default;
};

// What the admin chose before the run.
struct RunOptions
{
    bool keepAdminRelationships = false;
    // The number of customers the admin typed to confirm (those the plan said would be removed).
    int confirmCount = 0;
    // The customers the plan said would be removed, as confirmed: the run removes no other.
    QStringList confirmedIds;

    bool operator==(const RunOptions &) const = default;
};

// An error as a journal keeps it: what the server (or the transport) said, never a token.
struct RecordedError
{
    int httpStatus = 0;
    QString code;
    QString message;

    static RecordedError from(const ApiError &error);
    bool isEmpty() const { return httpStatus == 0 && code.isEmpty() && message.isEmpty(); }
    bool operator==(const RecordedError &) const = default;
};

// One record of a bulk run's journal (see RunJournal). The members a type does not use stay
// empty; toJson() writes only those the type has.
struct RunRecord
{
    enum class Type {
        RunStarted,       // runId, customers, options
        RunResumed,       // a later start continues the run
        ActionAttempted,  // customerId, action, itemId, itemName, correlationId, requestId
        ActionOutcome,    // … and actionResult, error
        CustomerFinished, // customerId, customerResult, reason, until, error
        RunFinished,      // runEnd
    };
    enum class ActionResult {
        Succeeded,
        Failed,
        // The answer was lost; reading the server back showed the change had taken effect.
        VerifiedAfterLostAnswer,
        // Not sent: refused here before the request (e.g. the re-read showed it is not needed
        // or no longer allowed).
        Refused,
        // The answer was lost and reading back failed too: still in doubt, never sent again
        // before a re-read settles it.
        Unknown,
    };
    enum class CustomerResult {
        Removed,
        // Everything that could be cleared here was; something else still blocks (reason, until).
        PreparedNotRemovable,
        Unreadable, // its state could not be read (error)
        Failed,     // an action failed (error); a resume tries what is left again
        Cancelled,  // the run was cancelled before the customer was done
        // A change's outcome is not known (see ActionResult::Unknown); a resume reads it back.
        Unknown,
    };
    enum class RunEnd { Completed, Cancelled };

    Type type = Type::RunStarted;
    qint64 sequence = 0; // 1, 2, 3… within a journal; set by RunJournal::append
    QDateTime time;      // UTC; set by RunJournal::append when empty

    QString runId;
    QList<RunCustomer> customers;
    RunOptions options;

    QString customerId;
    QString action; // an AuditAction name
    QString itemId;
    QString itemName;
    QString correlationId;
    QString requestId;
    ActionResult actionResult = ActionResult::Succeeded;

    CustomerResult customerResult = CustomerResult::Removed;
    QString reason;
    QDateTime until; // PreparedNotRemovable: when the blocker ends, when known

    RecordedError error;
    RunEnd runEnd = RunEnd::Completed;

    static RunRecord runStarted(const QString &runId, const QList<RunCustomer> &customers,
                                const RunOptions &options);
    static RunRecord runResumed();
    static RunRecord attempted(const QString &customerId, const QString &action,
                               const QString &itemId, const QString &itemName,
                               const QString &correlationId, const QString &requestId = {});
    static RunRecord outcome(const QString &customerId, const QString &action,
                             const QString &itemId, ActionResult result,
                             const QString &correlationId, const RecordedError &error = {});
    static RunRecord customerFinished(const QString &customerId, CustomerResult result,
                                      const QString &reason = {}, const QDateTime &until = {},
                                      const RecordedError &error = {});
    static RunRecord runFinished(RunEnd end);

    // The journal's (and the report's) stable name of a customer's result.
    static QString customerResultName(CustomerResult result);

    QJsonObject toJson() const;
    // Nothing for an object that is not a record of a known type.
    static std::optional<RunRecord> fromJson(const QJsonObject &json);

private:
    static RunRecord forAction(Type type, const QString &customerId, const QString &action,
                               const QString &itemId, const QString &correlationId);
};
