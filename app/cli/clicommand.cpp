#include "clicommand.h"

#include "cli/activitycommand.h"
#include "cli/adminrelationshipscommand.h"
#include "cli/bulkoffboardcommand.h"
#include "cli/console.h"
#include "cli/customerscommand.h"
#include "cli/offboardcommand.h"
#include "cli/readinesscommand.h"
#include "cli/removerelationshipcommand.h"
#include "cli/requestlinkcommand.h"
#include "cli/signincommand.h"
#include "cli/signoutcommand.h"
#include "cli/subscriptionscommand.h"
#include "cli/suspendcommand.h"
#include "cli/whoamicommand.h"
#include "connection/appconnection.h"
#include "core/api/graphclient.h"
#include "core/auth/keychainsecretstore.h"
#include "core/customer/customerstate.h"
#include "core/customer/indirectproviders.h"
#include "core/models/customerresolver.h"

using namespace Qt::Literals::StringLiterals;

CliCommand::CliCommand(const CliOptions &options, AppConnection *connection, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connection(connection)
{
}

CliCommand *CliCommand::create(const CliOptions &options, AppConnection *connection,
                               AccountManager *accounts, TrackedSecretStore *secrets,
                               QObject *parent)
{
    const QString &name = options.command;
    if (name == "customers"_L1)
        return new CustomersCommand(options, connection, parent);
    if (name == "subscriptions"_L1)
        return new SubscriptionsCommand(options, connection, parent);
    if (name == "suspend"_L1)
        return new SuspendCommand(options, connection, parent);
    if (name == "readiness"_L1)
        return new ReadinessCommand(options, connection, parent);
    if (name == "remove-relationship"_L1)
        return new RemoveRelationshipCommand(options, connection, parent);
    if (name == "request-link"_L1)
        return new RequestLinkCommand(options, connection, parent);
    if (name == "sign-in"_L1)
        return new SignInCommand(options, connection, accounts, secrets, parent);
    if (name == "sign-out"_L1)
        return new SignOutCommand(options, connection, accounts, parent);
    if (name == "whoami"_L1)
        return new WhoAmICommand(options, connection, parent);
    if (name == "admin-relationships"_L1)
        return new AdminRelationshipsCommand(options, connection, parent);
    if (name == "offboard"_L1 && !options.fromFile.isEmpty())
        return new BulkOffboardCommand(options, connection, parent);
    if (name == "offboard"_L1)
        return new OffboardCommand(options, connection, parent);
    if (name == "activity"_L1)
        return new ActivityCommand(options, connection, parent);
    return nullptr;
}

PartnerCenterClient *CliCommand::client() const
{
    return m_connection->client();
}

Clock *CliCommand::clock() const
{
    return m_connection->clock();
}

AuditLog *CliCommand::audit() const
{
    return m_connection->audit();
}

TokenClaims CliCommand::connectionClaims() const
{
    return m_connection->claims();
}

QString CliCommand::noKeychainText()
{
    QString why;
    if (KeychainSecretStore::probeBackend(&why))
        why = tr("the keychain did not answer");
    return tr("No keychain is available here (%1), so partnerdesk-cli cannot keep a Partner "
              "Center sign-in from one command to the next. Use --endpoint with "
              "--access-token-file instead, or \"partnerdesk-cli sign-out\" to work on the "
              "sandbox.")
        .arg(why);
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}

void CliCommand::fail(const ApiError &error)
{
    failWith(error.userMessage());
}

void CliCommand::failWith(const QString &message, int exitCode)
{
    Console::errLine(message);
    finish(exitCode);
}

void CliCommand::resolveCustomer(std::function<void(const Customer &)> then)
{
    if (!m_resolver)
        m_resolver = new CustomerResolver(client(), this);
    const QString spec = m_options.arguments.value(0);
    m_resolver->resolve(
        spec, [this, spec, then](const std::optional<Customer> &customer, const ApiError &error) {
            if (error.isError()) {
                fail(error);
                return;
            }
            if (!customer) {
                failWith(tr("No customer has the Microsoft ID, customer ID or primary domain "
                            "\"%1\".")
                             .arg(spec));
                return;
            }
            then(*customer);
        });
}

bool CliCommand::confirmed(const Customer &customer)
{
    if (m_options.confirmDomain.compare(customer.domain(), Qt::CaseInsensitive) == 0)
        return true;
    // Worded where it was first needed; the context keeps its translations.
    failWith(QCoreApplication::translate("RemoveRelationshipCommand",
                                         "\"%1\" is not the primary domain of %2; nothing was "
                                         "changed. Type the primary domain after --confirm.")
                 .arg(m_options.confirmDomain, customer.companyName()),
             Usage);
    return false;
}

std::shared_ptr<CustomerState> CliCommand::stateOf(const Customer &customer) const
{
    auto state = CustomerState::create(client(), clock(), customer);
    state->setGraph(connection()->graph());
    return state;
}

void CliCommand::noteRoleLacks(bool allowed) const
{
    const TokenClaims claims = m_connection->claims();
    if (allowed || !claims.isValid())
        return;
    Console::errLine(tr("Note: your roles (%1) may not allow this; Partner Center decides.")
                         .arg(claims.roleSummary()));
}

void CliCommand::readRemovalRefusal(std::function<void(const QString &)> then)
{
    auto *providers = new IndirectProviders(client(), this);
    connect(providers, &IndirectProviders::changed, this,
            [providers, then] { then(providers->removalRefusal()); });
    providers->read();
}

void CliCommand::printList(const QList<OutputFormatter::Column> &columns,
                           const QList<OutputFormatter::Row> &rows, const QString &emptyText) const
{
    if (rows.isEmpty() && !emptyText.isEmpty())
        Console::errLine(emptyText);
    if (rows.isEmpty() && m_options.format == OutputFormatter::Format::Table)
        return;
    Console::out(OutputFormatter(m_options.format).format(columns, rows));
}

QString CliCommand::customerLabel(const Customer &customer)
{
    if (customer.domain().isEmpty())
        return customer.companyName();
    return tr("%1 (%2)", "company name (primary domain)")
        .arg(customer.companyName(), customer.domain());
}
