#pragma once

#include "cli/clioptions.h"
#include "cli/outputformatter.h"
#include "core/auth/tokenclaims.h"
#include "core/domain/apierror.h"
#include "core/domain/customer.h"

#include <QObject>

#include <functional>
#include <memory>

class AccountManager;
class AppConnection;
class AuditLog;
class Clock;
class CustomerResolver;
class CustomerState;
class PartnerCenterClient;
class TrackedSecretStore;

// One command of partnerdesk-cli. start() begins the work, which runs on callbacks and ends,
// exactly once, with finished(exitCode).
class CliCommand : public QObject
{
    Q_OBJECT

public:
    // OutcomeUnknown: a change may have been made, but neither its answer nor a re-read said
    // so; a script must look before it tries again.
    enum ExitCode { Success = 0, Failed = 1, Usage = 2, OutcomeUnknown = 3 };

    CliCommand(const CliOptions &options, AppConnection *connection, QObject *parent = nullptr);

    // The command options.command names; nullptr for an unknown name. The account commands
    // (sign-in, sign-out, whoami) work on `accounts`.
    static CliCommand *create(const CliOptions &options, AppConnection *connection,
                              AccountManager *accounts, TrackedSecretStore *secrets,
                              QObject *parent = nullptr);

    virtual void start() = 0;

    // Why a Partner Center sign-in cannot be kept between commands on this system.
    static QString noKeychainText();

signals:
    void finished(int exitCode);

protected:
    const CliOptions &options() const { return m_options; }
    PartnerCenterClient *client() const;
    Clock *clock() const;
    AuditLog *audit() const;
    AppConnection *connection() const { return m_connection; }
    TokenClaims connectionClaims() const;

    void finish(int exitCode);
    // The server's message and correlation ID on stderr, then exit 1.
    void fail(const ApiError &error);
    void failWith(const QString &message, int exitCode = Failed);
    // Finds options().arguments.first(); fails the command itself when there is no such
    // customer or the lookup fails.
    void resolveCustomer(std::function<void(const Customer &)> then);
    // Whether --confirm names the customer's primary domain; fails the command (usage) if not.
    bool confirmed(const Customer &customer);
    // The customer as the GUI holds it: the state the jobs work on and report into.
    std::shared_ptr<CustomerState> stateOf(const Customer &customer) const;
    // Says so before the request when the token names roles that do not allow the change;
    // the request is still made, the server decides.
    void noteRoleLacks(bool allowed) const;
    // Asks Partner Center whether the signed-in partner is an indirect reseller, whose
    // removals only its indirect provider may make. `then` gets why the removal is not the
    // partner's to make (IndirectProviders' words, as the app's), empty when it is — or when the
    // list could not be read: nothing is assumed then, and the server decides.
    void readRemovalRefusal(std::function<void(const QString &refusal)> then);
    // An empty list is not an error: emptyText goes to stderr, JSON still prints [] and CSV
    // its header line, the table nothing (exit status 0 all the same).
    void printList(const QList<OutputFormatter::Column> &columns,
                   const QList<OutputFormatter::Row> &rows, const QString &emptyText = {}) const;
    // "Contoso Ltd (contoso.onmicrosoft.com)".
    static QString customerLabel(const Customer &customer);

private:
    const CliOptions &m_options; // owned by main(), outlives the command
    AppConnection *m_connection;
    CustomerResolver *m_resolver = nullptr;
    bool m_finished = false;
};
