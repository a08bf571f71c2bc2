#include "suspendcommand.h"

#include "cli/console.h"
#include "core/auth/tokenclaims.h"
#include "core/job/subscriptionstatusjob.h"
#include "core/job/suspendalljob.h"

using namespace Qt::Literals::StringLiterals;

SuspendCommand::SuspendCommand(const CliOptions &options, AppConnection *connection,
                               QObject *parent)
    : CliCommand(options, connection, parent)
{
}

void SuspendCommand::start()
{
    resolveCustomer([this](const Customer &customer) {
        m_state = stateOf(customer);
        noteRoleLacks(connectionClaims().mayChangeSubscriptions());
        if (options().all)
            suspendAll();
        else
            suspendListed();
    });
}

void SuspendCommand::report(Job *job)
{
    connect(job, &Job::itemFinished, this, [this](const JobItem &item) {
        const Outcome outcome = item.succeeded()        ? Outcome::Suspended
                                : item.outcomeUnknown() ? Outcome::Unknown
                                                        : Outcome::Failed;
        addResult(item.id, item.name, outcome, item.error, !item.withBase.isEmpty());
    });
}

void SuspendCommand::suspendAll()
{
    auto *job = new SuspendAllJob(m_state, audit(), this);
    report(job);
    connect(job, &Job::progress, this, [](int done, int total) {
        if (total == 0)
            return;
        if (done == 0)
            Console::errLine(tr("Suspending %Ln active subscription(s)…", "", total));
        else
            Console::errLine(tr("Suspended %1 of %2.").arg(done).arg(total));
    });
    connect(job, &SuspendAllJob::parallelismChanged, this, [](int parallelism) {
        Console::errLine(
            tr("Partner Center asked to slow down: %Ln request(s) at a time.", "", parallelism));
    });
    connect(job, &Job::finished, this, [this](const JobResult &result) {
        // The first read failed: nothing was tried.
        if (result.error.isError()) {
            fail(result.error);
            return;
        }
        if (result.items.isEmpty())
            Console::errLine(
                tr("%1 has no active subscriptions.").arg(customerLabel(m_state->customer())));
        done();
    });
    job->start();
}

void SuspendCommand::suspendListed()
{
    // The full subscriptions are needed: a PATCH sends each back with only its status changed.
    m_state->refresh(CustomerState::Part::Subscriptions, this, [this](const ApiError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        QList<Subscription> queue;
        const QStringList ids = options().arguments.mid(1);
        for (const QString &id : ids) {
            const QList<Subscription> &all = m_state->subscriptions();
            const auto found = std::find_if(all.cbegin(), all.cend(), [&id](const Subscription &s) {
                return s.id.compare(id, Qt::CaseInsensitive) == 0;
            });
            if (found == all.cend())
                addResult(id, {}, Outcome::NotFound);
            else if (found->status.value() == SubscriptionStatus::Value::Suspended)
                addResult(found->id, found->displayName(), Outcome::AlreadySuspended);
            else
                queue.append(*found);
        }
        auto *job = new SubscriptionStatusJob(
            m_state, audit(), queue, SubscriptionStatus(SubscriptionStatus::Value::Suspended),
            this);
        report(job);
        connect(job, &Job::finished, this, &SuspendCommand::done);
        job->start();
    });
}

void SuspendCommand::addResult(const QString &id, const QString &name, Outcome outcome,
                               const ApiError &error, bool withBase)
{
    QString result, text, message;
    switch (outcome) {
    case Outcome::Suspended:
        result = u"suspended"_s;
        text = tr("Suspended", "result of suspending a subscription");
        // Not sent: Partner Center suspended the add-on with its base.
        if (withBase)
            message = tr("Suspended with its base subscription.");
        break;
    case Outcome::AlreadySuspended:
        result = u"unchanged"_s;
        text = tr("Already suspended");
        break;
    case Outcome::Failed:
        ++m_failed;
        result = error.kind() == ApiError::Kind::Cancelled ? u"cancelled"_s : u"failed"_s;
        text = tr("Failed", "result of suspending a subscription");
        message = error.summary();
        // The full story (server's words, correlation ID) where a person reads it.
        Console::errLine(tr("%1 (%2) was not suspended:").arg(name, id));
        Console::errLine(error.userMessage());
        break;
    case Outcome::Unknown:
        ++m_unknown;
        result = u"unknown"_s;
        text = tr("Not known", "result of suspending a subscription: it may or may not have "
                               "been suspended");
        message = error.summary();
        Console::errLine(tr("%1 (%2) may or may not have been suspended:").arg(name, id));
        Console::errLine(error.userMessage());
        // What to check, so that nobody suspends it again on a guess.
        Console::errLine(tr("Check its status with \"partnerdesk-cli subscriptions %1\" before "
                            "trying again.")
                             .arg(m_state->customerId()));
        break;
    case Outcome::NotFound:
        ++m_failed;
        result = u"notFound"_s;
        text = tr("Not found");
        message = tr("The customer has no subscription with this ID.");
        Console::errLine(tr("%1: the customer has no subscription with this ID.").arg(id));
        break;
    }
    if (outcome == Outcome::Suspended || outcome == Outcome::AlreadySuspended)
        Console::errLine(tr("%1: %2").arg(name, text));
    m_rows.append({{id, {}}, {name, {}}, {result, text}, {message, {}}});
}

void SuspendCommand::done()
{
    const QList<OutputFormatter::Column> columns{{u"id"_s, tr("Subscription ID")},
                                                 {u"name"_s, tr("Name", "subscription name")},
                                                 {u"result"_s, tr("Result")},
                                                 {u"message"_s, tr("Message")}};
    // An empty table says nothing; an empty JSON array or CSV header still tells a script.
    if (!m_rows.isEmpty() || options().format != OutputFormatter::Format::Table)
        printList(columns, m_rows);
    // Unknown first: a script that retries on 1 must not retry what may have happened.
    finish(m_unknown > 0 ? OutcomeUnknown : m_failed == 0 ? Success : Failed);
}
