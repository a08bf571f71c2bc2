#pragma once

#include "core/api/partnercenterclient.h"
#include "core/audit/auditentry.h"
#include "core/customer/customerstate.h"
#include "core/job/jobresult.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class AuditLog;
class PendingCall;

// The one shape of every workflow that changes something at Partner Center, after KDE's KJob:
// start() once, cancel(), progress(), one itemFinished() per item, and exactly one finished()
// with the result — never from inside start(). A job works on one customer's CustomerState: it
// reads through the state's refresh() and reports the server's answers into it, never into a
// view model. The GUI and the CLI are two faces of the same jobs.
//
// The base keeps what every workflow must do the same way: the audit trail (one line when a
// change is attempted, one with its outcome), one correlation id for every request of the run,
// and the rule for unknown outcomes — when a change fails in a way that does not say whether it
// was applied, the item is read back before anything is reported; if the server shows the
// change, it is a success whose answer was lost, and it is never sent again; if the re-read
// fails too, the outcome is Unknown — neither success nor failure — and it is not sent again.
class Job : public QObject
{
    Q_OBJECT

public:
    ~Job() override;

    // The work begins once control returns to the event loop. A second call does nothing.
    void start();
    // Starts nothing new and stops what is in flight; a change that was stopped is read back.
    // finished() follows, with result().cancelled set.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    // Every request of this job carries it as MS-CorrelationId; so does every audit line.
    QUuid correlationId() const { return m_options.correlationId; }
    const JobResult &result() const { return m_result; }
    CustomerState *state() const { return m_state.get(); }
    // Deletes the job (later) once it has finished. Off by default.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

signals:
    // done counts the items decided so far (all but the cancelled); total those the job set out
    // to do.
    void progress(int done, int total, QPrivateSignal);
    void itemFinished(const JobItem &item, QPrivateSignal);
    void finished(const JobResult &result, QPrivateSignal);

protected:
    // A change as the base carries it out: the item (id, name, action, old and target status),
    // how to send it, and how to tell from the re-read state whether it was applied.
    struct Change
    {
        // serverStatus: the status the server's answer names, when it names one.
        using Sent = std::function<void(const ApiError &error, const QString &serverStatus)>;

        JobItem item;
        std::function<PendingCall *(Sent sent)> send;
        CustomerState::Parts readBack;
        // Whether the re-read shows the change; readError is the re-read's failure, if any.
        std::function<bool(const ApiError &readError)> applied;
    };
    // readBack: whether the item had to be read back (the request failed).
    using ChangeDone = std::function<void(const JobItem &item, bool readBack)>;

    Job(std::shared_ptr<CustomerState> state, AuditLog *audit, QObject *parent);
    // A job across customers (BulkOffboardJob): no state of its own, so no change() or reread();
    // the jobs it runs for each customer audit their changes.
    Job(PartnerCenterClient *client, Clock *clock, AuditLog *audit, QObject *parent);

    // The work: called once, from the event loop, unless the job was cancelled before.
    virtual void run() = 0;
    // cancel() has stopped the requests in flight; a subclass drops what it has not started.
    virtual void cancelled() {}

    PartnerCenterClient *client() const { return m_client; }
    Clock *clock() const { return m_clock; }
    const CallOptions &callOptions() const { return m_options; }

    // Audits the attempt, sends, and reports the item with its outcome (reading it back first
    // when the request failed); then done.
    void change(Change change, ChangeDone done = {});
    // One subscription's status change, as both status jobs send it: the whole subscription
    // with only its status changed, the server's answer applied to the state, and applied
    // after a failure when the re-read shows the target status.
    Change subscriptionStatusChange(const Subscription &subscription, SubscriptionStatus target,
                                    JobItem item);
    // Re-reads parts of the state with this job's correlation id; then runs unless the job has
    // finished meanwhile.
    void reread(CustomerState::Parts parts, std::function<void(const ApiError &error)> then);
    // Reports an item decided without a change request (refused here, or its re-read failed).
    void reportItem(JobItem item);
    // Reports an item that was never started because of the cancel; nothing to audit.
    void reportNotStarted(JobItem item);
    void setTotal(int total);
    int total() const { return m_total; }
    // Cancels the call with the job (a read the job made itself, not through the state).
    void track(PendingCall *call);
    // Ends the job: finished() with the items reported so far.
    void finish(const ApiError &error = {});

private:
    void audit(const JobItem &item, AuditEntry::Outcome outcome);
    void announce(const JobItem &item);
    static bool outcomeUnknown(const ApiError &error);

    std::shared_ptr<CustomerState> m_state;
    PartnerCenterClient *m_client;
    Clock *m_clock;
    AuditLog *m_audit;
    CallOptions m_options;
    JobResult m_result;
    QList<QPointer<PendingCall>> m_calls;
    int m_total = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_autoDelete = false;
};
