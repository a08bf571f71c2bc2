#include "suspendcommand.h"

#include "cli/console.h"
#include "core/api/partnercenterclient.h"
#include "core/auth/tokenclaims.h"
#include "core/workflow/subscriptionstatuschange.h"
#include "core/workflow/suspendallworkflow.h"

using namespace Qt::Literals::StringLiterals;

SuspendCommand::SuspendCommand(const CliOptions &options, AppConnection *connection,
                               QObject *parent)
    : CliCommand(options, connection, parent)
{
}

void SuspendCommand::start()
{
    resolveCustomer([this](const Customer &customer) {
        m_customer = customer;
        noteRoleLacks(connectionClaims().mayChangeSubscriptions());
        if (options().all)
            suspendAll(customer);
        else
            suspendListed(customer);
    });
}

void SuspendCommand::suspendAll(const Customer &customer)
{
    m_all = new SuspendAllWorkflow(client(), nullptr, audit(), this);
    connect(m_all, &SuspendAllWorkflow::progress, this, [](int done, int total) {
        if (total == 0)
            return;
        if (done == 0)
            Console::errLine(tr("Suspending %Ln active subscription(s)…", "", total));
        else
            Console::errLine(tr("Suspended %1 of %2.").arg(done).arg(total));
    });
    connect(m_all, &SuspendAllWorkflow::itemFinished, this,
            [this](const QString &id, const QString &name, bool ok, const ApiError &error) {
                addResult(id, name, ok ? Outcome::Suspended : Outcome::Failed, error);
            });
    connect(m_all, &SuspendAllWorkflow::parallelismChanged, this, [](int parallelism) {
        Console::errLine(
            tr("Partner Center asked to slow down: %Ln request(s) at a time.", "", parallelism));
    });
    connect(m_all, &SuspendAllWorkflow::readFailed, this,
            [this](const ApiError &error) { m_readError = error; });
    connect(m_all, &SuspendAllWorkflow::finished, this, [this](int succeeded, int, bool) {
        if (m_readError.isError()) {
            fail(m_readError);
            return;
        }
        if (succeeded == 0 && m_failed == 0)
            Console::errLine(tr("%1 has no active subscriptions.").arg(customerLabel(m_customer)));
        done();
    });
    m_all->start(customer.id, customer.companyName());
}

void SuspendCommand::suspendListed(const Customer &customer)
{
    // The full subscriptions are needed: a PATCH sends each back with only its status changed.
    client()->listSubscriptions(
        customer.id, this, [this](const Result<QList<Subscription>> &result) {
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            const QStringList ids = options().arguments.mid(1);
            for (const QString &id : ids) {
                const auto found = std::find_if(
                    result.value().cbegin(), result.value().cend(), [&id](const Subscription &s) {
                        return s.id.compare(id, Qt::CaseInsensitive) == 0;
                    });
                if (found == result.value().cend())
                    addResult(id, {}, Outcome::NotFound);
                else if (found->status.value() == SubscriptionStatus::Value::Suspended)
                    addResult(found->id, found->displayName(), Outcome::AlreadySuspended);
                else
                    m_queue.append(*found);
            }
            m_change = new SubscriptionStatusChange(client(), nullptr, audit(), this);
            connect(m_change, &SubscriptionStatusChange::finished, this,
                    [this](bool ok, const Subscription &subscription, const ApiError &error) {
                        addResult(subscription.id, subscription.displayName(),
                                  ok ? Outcome::Suspended : Outcome::Failed, error);
                        suspendNext();
                    });
            suspendNext();
        });
}

void SuspendCommand::suspendNext()
{
    if (m_queue.isEmpty()) {
        done();
        return;
    }
    const Subscription next = m_queue.takeFirst();
    m_change->suspend(m_customer.id, m_customer.companyName(), next);
}

void SuspendCommand::addResult(const QString &id, const QString &name, Outcome outcome,
                               const ApiError &error)
{
    QString result, text, message;
    switch (outcome) {
    case Outcome::Suspended:
        result = u"suspended"_s;
        text = tr("Suspended", "result of suspending a subscription");
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
    case Outcome::NotFound:
        ++m_failed;
        result = u"notFound"_s;
        text = tr("Not found");
        message = tr("The customer has no subscription with this ID.");
        Console::errLine(tr("%1: the customer has no subscription with this ID.").arg(id));
        break;
    }
    if (outcome != Outcome::Failed && outcome != Outcome::NotFound)
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
    finish(m_failed == 0 ? Success : Failed);
}
