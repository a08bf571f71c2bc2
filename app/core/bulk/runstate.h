#pragma once

#include "core/bulk/runrecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// One action of a run on one item, as the journal tells it.
struct RunActionState
{
    enum class Status {
        // Attempted, and no outcome was written: the crash came between request and answer.
        // Read the server back before anything else; never send it again blindly.
        InDoubt,
        Succeeded,
        VerifiedAfterLostAnswer,
        Failed,
        Refused,
    };

    QString action; // an AuditAction name
    QString itemId;
    QString itemName;
    QString correlationId; // of the last attempt
    Status status = Status::InDoubt;
    RecordedError error; // of the last failure
    int attempts = 0;

    // The change is known to be on the server.
    bool tookEffect() const
    {
        return status == Status::Succeeded || status == Status::VerifiedAfterLostAnswer;
    }
};

// One customer of a run: whom the list named, what was done to them, and how they ended.
struct RunCustomerState
{
    RunCustomer customer;
    // One entry per action and item, in the order of their first attempt.
    QList<RunActionState> actions;
    std::optional<RunRecord::CustomerResult> result; // empty until the customer finished
    QString reason;
    QDateTime until;
    RecordedError error;

    // Finished with a result a resume keeps (removed, prepared, unreadable): a customer whose
    // work was cancelled or failed still has work left.
    bool isDone() const
    {
        return result.has_value() && *result != RunRecord::CustomerResult::Cancelled &&
               *result != RunRecord::CustomerResult::Failed &&
               *result != RunRecord::CustomerResult::Unknown;
    }
    const RunActionState *action(const QString &action, const QString &itemId) const;
    bool tookEffect(const QString &action, const QString &itemId) const;
    QList<RunActionState> inDoubt() const;
};

// A run rebuilt from its journal: for the report, and for a resume, which must know what took
// effect (never to be sent again), what is in doubt (to be read back first) and who is left.
class RunState
{
public:
    enum class Status { Unfinished, Completed, Cancelled };

    // Nothing when the records do not start with RunStarted.
    static std::optional<RunState> fromRecords(const QList<RunRecord> &records);

    QString runId() const { return m_runId; }
    Status status() const { return m_status; }
    bool isFinished() const { return m_status != Status::Unfinished; }
    QDateTime startedAt() const { return m_startedAt; }
    // When the last record was written: the run's end, or where a crash stopped it.
    QDateTime lastActivity() const { return m_lastActivity; }
    int resumeCount() const { return m_resumeCount; }
    RunOptions options() const { return m_options; }

    // Every customer of the list, in its order.
    const QList<RunCustomerState> &customers() const { return m_customers; }
    const RunCustomerState *customer(const QString &customerId) const;
    // The customers a resume still has to work on, in list order.
    QList<RunCustomerState> remaining() const;
    int count(RunRecord::CustomerResult result) const;

private:
    RunCustomerState *find(const QString &customerId);
    void apply(const RunRecord &record);

    QString m_runId;
    Status m_status = Status::Unfinished;
    QDateTime m_startedAt;
    QDateTime m_lastActivity;
    int m_resumeCount = 0;
    RunOptions m_options;
    QList<RunCustomerState> m_customers;
    QHash<QString, qsizetype> m_rowOf; // customer ID -> index in m_customers
};
