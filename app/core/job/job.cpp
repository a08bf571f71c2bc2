#include "job.h"

#include "core/api/pendingcall.h"
#include "core/audit/auditlog.h"

#include <utility>

Job::Job(std::shared_ptr<CustomerState> state, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_state(std::move(state))
    , m_client(m_state->client())
    , m_clock(m_state->clock())
    , m_audit(audit)
{
}

Job::Job(PartnerCenterClient *client, Clock *clock, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_audit(audit)
{
}

Job::~Job() = default;

void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    // From the event loop, so whoever connects after start() still hears everything, and
    // finished() never arrives inside start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_cancelled)
                finish();
            else
                run();
        },
        Qt::QueuedConnection);
}

void Job::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Cancelling reports through the callbacks, which may re-enter: work on a copy.
    const QList<QPointer<PendingCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<PendingCall> &call : calls) {
        if (call)
            call->cancel();
    }
    if (m_running)
        cancelled();
}

void Job::track(PendingCall *call)
{
    if (!call)
        return;
    m_calls.removeIf([](const QPointer<PendingCall> &c) { return !c || c->isFinished(); });
    m_calls.append(call);
}

bool Job::outcomeUnknown(const ApiError &error)
{
    // The client says so when it knows; the kinds below cover a client that does not.
    if (error.isOutcomeUnknown())
        return true;
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Unexpected:
        return true;
    case ApiError::Kind::Http:
        // A server error may come after the change was made; a 4xx is the server's "no".
        return error.httpStatus() >= 500;
    default:
        // Throttled, unauthenticated, refused here: the change was not made.
        return false;
    }
}

void Job::change(Change change, ChangeDone done)
{
    audit(change.item, AuditEntry::Outcome::Attempted);
    PendingCall *call =
        change.send([this, change, done](const ApiError &error, const QString &serverStatus) {
            JobItem item = change.item;
            if (!error.isError()) {
                item.outcome = JobItem::Outcome::Succeeded;
                if (!serverStatus.isEmpty())
                    item.newStatus = serverStatus;
                reportItem(item);
                if (done)
                    done(item, false);
                return;
            }
            item.error = error;
            // Whatever the failure, the state shows the server's truth afterwards; and a failure
            // that does not say whether the change was made is settled by what the server shows.
            reread(change.readBack, [this, change, done, item](const ApiError &readError) mutable {
                const bool unknown = outcomeUnknown(item.error);
                if (unknown && change.applied(readError)) {
                    item.outcome = JobItem::Outcome::Succeeded;
                    item.answerLost = true;
                } else if (unknown && readError.isError()) {
                    // Neither the answer nor the re-read tells: "failed" could call a change
                    // that happened a failure, so say that nobody knows, and send nothing more.
                    item.error.setOutcomeUnknown(true);
                    item.outcome = JobItem::Outcome::Unknown;
                } else {
                    // Read back and not there: the change was not made, so the message says
                    // what went wrong instead of that nobody knows.
                    if (!readError.isError())
                        item.error.setOutcomeUnknown(false);
                    item.outcome = item.error.kind() == ApiError::Kind::Cancelled
                                       ? JobItem::Outcome::Cancelled
                                       : JobItem::Outcome::Failed;
                }
                reportItem(item);
                if (done)
                    done(item, true);
            });
        });
    track(call);
}

Job::Change Job::subscriptionStatusChange(const Subscription &subscription,
                                          SubscriptionStatus target, JobItem item)
{
    Change c;
    c.item = std::move(item);
    c.send = [this, subscription, target](Change::Sent sent) {
        return client()->setSubscriptionStatus(
            m_state->customerId(), subscription, target, this,
            [this, sent](const Result<Subscription> &result) {
                if (result.ok())
                    m_state->applySubscription(result.value());
                sent(result.error(), result.ok() ? result.value().status.toWire() : QString());
            },
            m_options);
    };
    c.readBack = CustomerState::Part::Subscriptions;
    c.applied = [this, id = subscription.id, target](const ApiError &readError) {
        const Subscription *now = m_state->subscription(id);
        return !readError.isError() && now && now->status.value() == target.value();
    };
    return c;
}

void Job::reread(CustomerState::Parts parts, std::function<void(const ApiError &)> then)
{
    m_state->refresh(
        parts, this,
        [this, then](const ApiError &error) {
            if (!m_finished)
                then(error);
        },
        m_options);
}

void Job::reportItem(JobItem item)
{
    switch (item.outcome) {
    case JobItem::Outcome::Succeeded:
        audit(item, AuditEntry::Outcome::Succeeded);
        break;
    case JobItem::Outcome::Failed:
        audit(item, AuditEntry::Outcome::Failed);
        break;
    case JobItem::Outcome::Refused:
        audit(item, AuditEntry::Outcome::Refused);
        break;
    case JobItem::Outcome::Cancelled:
        audit(item, AuditEntry::Outcome::Cancelled);
        break;
    case JobItem::Outcome::Unknown:
        audit(item, AuditEntry::Outcome::Unknown);
        break;
    }
    announce(item);
}

void Job::reportNotStarted(JobItem item)
{
    item.outcome = JobItem::Outcome::Cancelled;
    item.error =
        ApiError(ApiError::Kind::Cancelled, tr("Not started: the run was cancelled before it."));
    announce(item);
}

void Job::announce(const JobItem &item)
{
    m_result.items.append(item);
    emit itemFinished(item, QPrivateSignal());
    // A cancelled item is neither done nor failed: a later run picks it up if still needed.
    if (item.outcome != JobItem::Outcome::Cancelled)
        emit progress(++m_done, m_total, QPrivateSignal());
}

void Job::setTotal(int total)
{
    m_total = total;
    emit progress(m_done, m_total, QPrivateSignal());
}

void Job::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_calls.clear();
    m_result.error = error;
    m_result.cancelled = m_cancelled;
    emit finished(m_result, QPrivateSignal());
    if (m_autoDelete)
        deleteLater();
}

void Job::audit(const JobItem &item, AuditEntry::Outcome outcome)
{
    if (!m_state)
        return;
    const Customer &customer = m_state->customer();
    const AuditSubject subject{.action = item.action,
                               .customerId = m_state->customerId(),
                               .customerName = customer.companyName(),
                               .itemId = item.id,
                               .itemName = item.name,
                               .oldStatus = item.oldStatus,
                               .customerDomain = customer.domain()};
    AuditLog::record(m_audit, subject, outcome, item.newStatus, m_options.correlationId, item.error,
                     item.withBase.isEmpty() ? QString()
                                             : tr("Changed with its base subscription."));
}
