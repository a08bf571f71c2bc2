// The fault matrix: every call the app makes × every fault the sandbox injects. Each cell runs
// one CLI command in this process — the same CliCommand classes the executable runs — or, for
// the changes only the app makes (auto-renew, reactivate, cancel a new-commerce or marketplace
// subscription, cancel a software order), the job the GUI runs, on a Partner Center session signed
// in through the sandbox's identity provider, against an in-process SandboxServer that injects one
// fault into the one request the row names. Time is a ManualClock, so Retry-After and back-off cost
// nothing; only the time-out column waits for the client's (shortened) transfer time-out. Each cell
// checks what a person or a script is told — stdout, stderr, exit code, the job's items, the
// audit log, the state the views show — against the server's state, and counts the changes the
// server was sent.
#include "builders.h"
#include "cli/clicommand.h"
#include "cli/clioptions.h"
#include "connection/appconnection.h"
#include "core/api/customerquery.h"
#include "core/api/graphclient.h"
#include "core/api/partnercenterclient.h"
#include "core/api/retrypolicy.h"
#include "core/audit/auditentry.h"
#include "core/auth/accountmanager.h"
#include "core/auth/devicecodeflow.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/signedintokensource.h"
#include "core/customer/customerstate.h"
#include "core/job/autorenewjob.h"
#include "core/job/cancelorderjob.h"
#include "core/job/subscriptionstatusjob.h"
#include "faultcases.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString Contoso = u"c0000000-0000-4000-8000-000000000001"_s;   // active subs, reservation
const QString Pharma = u"c0000000-0000-4000-8000-000000000002"_s;    // only suspended: ready
const QString Northwind = u"c0000000-0000-4000-8000-000000000004"_s; // two active
const QString NorthwindFirst = u"5b000000-0000-4000-8000-000004000001"_s;
const QString NorthwindSecond = u"5b000000-0000-4000-8000-000004000002"_s;
const QString Tokyo = u"c0000000-0000-4000-8000-000000000006"_s; // ready, one admin relationship
const QString TokyoRelationship =
    u"ad000004-0000-4000-8000-000000000004-7e000000-0000-4000-8000-000000000006"_s;
// Added for the changes only the app makes: a suspended subscription, a new-commerce one inside
// its cancellation window, one past it (auto-renew), a marketplace (SaaS) one, and a software
// purchase inside its window.
const QString Litware = u"c0000000-0000-4000-8000-000000000008"_s;
const QString LitwareSuspended = u"5b000000-0000-4000-8000-000008000001"_s;
const QString LitwareNce = u"5b000000-0000-4000-8000-000008000002"_s;
const QString LitwareRenewing = u"5b000000-0000-4000-8000-000008000003"_s;
const QString LitwareSaas = u"5b000000-0000-4000-8000-000008000004"_s;
const QString LitwareOrder = u"0e000000-0000-4000-8000-000008000001"_s;
// Added for the Azure entitlements read: an Azure plan with an active Azure subscription.
const QString Wingtip = u"c0000000-0000-4000-8000-000000000009"_s;
const QString WingtipPlan = u"5b000000-0000-4000-8000-000009000001"_s;

// Long enough for a loopback answer on a busy machine, short enough for the time-out column.
constexpr auto TransferTimeout = 1000ms;
constexpr qint64 CellBudgetMs = 30000;
// Longer than any wait the client asks for between attempts (Retry-After, back-off), shorter than
// a cancellation window: those must not pass while a cell runs.
constexpr auto MaxWait = 120s;

// Standard output and error of this process, redirected into files while a command runs:
// Console writes straight to the C streams.
class CapturedOutput
{
public:
    CapturedOutput()
    {
        std::fflush(stdout);
        std::fflush(stderr);
        for (int i = 0; i < 2; ++i) {
            m_files[i] = std::tmpfile();
            m_saved[i] = ::dup(i + 1);
            ::dup2(::fileno(m_files[i]), i + 1);
        }
    }
    ~CapturedOutput() { restore(); }

    void restore()
    {
        if (m_restored)
            return;
        m_restored = true;
        std::fflush(stdout);
        std::fflush(stderr);
        for (int i = 0; i < 2; ++i) {
            ::dup2(m_saved[i], i + 1);
            ::close(m_saved[i]);
            std::rewind(m_files[i]);
            QByteArray bytes;
            char buffer[4096];
            size_t n = 0;
            while ((n = std::fread(buffer, 1, sizeof buffer, m_files[i])) > 0)
                bytes.append(buffer, qsizetype(n));
            std::fclose(m_files[i]);
            m_text[i] = QString::fromUtf8(bytes);
        }
    }
    QString out() const { return m_text[0]; }
    QString err() const { return m_text[1]; }

private:
    std::FILE *m_files[2] = {};
    int m_saved[2] = {};
    QString m_text[2];
    bool m_restored = false;
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QList<AuditEntry> audit;
    QStringList requests; // "METHOD path?query", in the order the server met them
};

// A row: one call the CLI makes, reached through one command. A change row says how to see on
// the server that the change was made, and which audit action records it.
struct Call
{
    QString name;
    QStringList arguments;
    QByteArray method; // of the request the fault hits
    QString pathContains;
    int skip = 0; // matching requests that pass before the fault (earlier pages)
    std::function<bool(SandboxServer &)> applied = {}; // empty for a read
    QString auditAction = {};
    QStringList changedItems = {}; // audit itemIds of the change (customer removal: none)
    QString readBackPath = {};     // of the GET that reads the change back
    // Once the change is made, the read-back is an error answer (the removed customer's 404):
    // a fault that only cuts a 2xx body off cannot hide it.
    bool readBackFailsWhenApplied = false;
    // Of a change other than a suspension: what stdout says exactly when it was made, and what
    // stderr tells to check when nobody can know.
    QString doneText = {};
    QString unknownHint = {};
};

bool subscriptionSuspended(SandboxServer &server, const QString &customer, const QString &id)
{
    const SandboxSubscription *s = server.store().subscription(customer, id);
    return s && s->status == "suspended"_L1;
}

QList<Call> calls()
{
    const auto northwindSuspended = [](SandboxServer &server) {
        return subscriptionSuspended(server, Northwind, NorthwindFirst);
    };
    const QString northwindSubscriptions = u"/v1/customers/"_s + Northwind + u"/subscriptions"_s;
    const auto json = QStringList{u"--format"_s, u"json"_s};
    const QStringList removePharma{u"remove-relationship"_s, Pharma, u"--confirm"_s,
                                   u"contosopharma.onmicrosoft.com"_s};
    const QStringList offboardPharma{u"offboard"_s, Pharma, u"--confirm"_s,
                                     u"contosopharma.onmicrosoft.com"_s};
    const auto pharmaRemoved = [](SandboxServer &server) {
        const SandboxCustomer *c = server.store().customer(Pharma);
        return c && c->relationship == "none"_L1;
    };
    const QString graphRelationships = u"/v1.0/tenantRelationships/delegatedAdminRelationships"_s;
    const QString offboardCheck = u"partnerdesk-cli readiness"_s;
    return {
        {u"customer list"_s, QStringList{u"customers"_s} + json, "GET", u"/v1/customers?"_s},
        {u"customer list, next page"_s, QStringList{u"customers"_s} + json, "GET",
         u"/v1/customers?"_s, 1},
        {u"get customer"_s, QStringList{u"subscriptions"_s, Contoso} + json, "GET",
         u"/v1/customers/"_s + Contoso},
        {u"subscriptions"_s, QStringList{u"subscriptions"_s, Contoso} + json, "GET",
         u"/subscriptions"_s},
        {u"software purchases"_s, QStringList{u"readiness"_s, Contoso} + json, "GET",
         u"entitlementType=software"_s},
        {u"reservations"_s, QStringList{u"readiness"_s, Contoso} + json, "GET",
         u"entitlementType=reservedInstance"_s},
        {u"invitation link"_s, {u"request-link"_s}, "GET", u"relationshiprequests"_s},
        {u"admin relationships (Graph)"_s, QStringList{u"admin-relationships"_s, Contoso} + json,
         "GET", graphRelationships},
        {u"Azure entitlements"_s, QStringList{u"readiness"_s, Wingtip} + json, "GET",
         u"/azureEntitlements"_s},
        {u"re-read before removal"_s, removePharma, "GET", u"/subscriptions"_s},
        {u"suspend one (PATCH)"_s,
         QStringList{u"suspend"_s, Northwind, NorthwindFirst} + json,
         "PATCH",
         u"/subscriptions/"_s + NorthwindFirst,
         0,
         northwindSuspended,
         u"suspendSubscription"_s,
         {NorthwindFirst},
         northwindSubscriptions},
        {u"suspend all (PATCH)"_s,
         QStringList{u"suspend"_s, Northwind, u"--all"_s} + json,
         "PATCH",
         u"/subscriptions/"_s + NorthwindFirst,
         0,
         northwindSuspended,
         u"suspendSubscription"_s,
         {NorthwindFirst},
         northwindSubscriptions},
        {u"remove relationship (PATCH)"_s,
         removePharma,
         "PATCH",
         u"/v1/customers/"_s + Pharma,
         0,
         pharmaRemoved,
         u"removeRelationship"_s,
         {{}},
         u"/v1/customers/"_s + Pharma,
         true,
         u"was removed"_s,
         u"partnerdesk-cli customers --domain"_s},
        {u"offboard: removal (PATCH)"_s,
         offboardPharma,
         "PATCH",
         u"/v1/customers/"_s + Pharma,
         0,
         pharmaRemoved,
         u"removeRelationship"_s,
         {{}},
         u"/v1/customers/"_s + Pharma,
         true,
         u"is offboarded"_s,
         offboardCheck},
        {u"offboard: terminate admin relationship (Graph POST)"_s,
         {u"offboard"_s, Tokyo, u"--confirm"_s, u"tokyoshoji.onmicrosoft.com"_s},
         "POST",
         TokyoRelationship + u"/requests"_s,
         0,
         [](SandboxServer &server) {
             const SandboxCustomer *c = server.store().customer(Tokyo);
             return c && !c->adminRelationships.isEmpty() &&
                    c->adminRelationships.first().terminationRequestedDateTime.isValid();
         },
         u"terminateAdminRelationship"_s,
         {TokyoRelationship},
         graphRelationships,
         false,
         u"is offboarded"_s,
         offboardCheck},
    };
}

QList<AuditEntry> readAudit(const QString &path)
{
    QList<AuditEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (!line.isEmpty())
            entries.append(AuditEntry::fromJson(line));
    }
    return entries;
}

// What a run says, without what differs from run to run (ids of requests, times).
QStringList auditSummary(const QList<AuditEntry> &entries)
{
    QStringList out;
    for (const AuditEntry &e : entries)
        out.append(e.action + u' ' + e.itemId + u' ' + AuditEntry::outcomeToText(e.outcome));
    return out;
}

// The lines of stderr a fault may add without changing the result: the CLI saying it slows down.
QString withoutSlowDown(const QString &text)
{
    QStringList lines = text.split(u'\n');
    lines.removeIf([](const QString &l) { return l.contains(u"asked to slow down"_s); });
    return lines.join(u'\n');
}

QJsonObject resultFor(const QString &out, const QString &id)
{
    const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8()).array();
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(u"id"_s).toString() == id)
            return row.toObject();
    }
    return {};
}
// A change only the app makes (the CLI has no command for it), run as the GUI runs it: the job
// on the customer's state.
struct AppChange
{
    QString name;
    QString pathContains; // of the PATCH
    QString auditAction;
    QString itemId;
    std::function<Job *(const std::shared_ptr<CustomerState> &, AuditLog *)> make;
    // The status the server holds for the item, and the one the change asks for.
    std::function<QString(SandboxServer &)> serverStatus;
    std::function<QString(const CustomerState &)> shownStatus;
    QString target;
    QString readBackPath; // of the GET that reads the change back
};

QString sandboxSubscriptionStatus(SandboxServer &server, const QString &id)
{
    const SandboxSubscription *s = server.store().subscription(Litware, id);
    return s ? s->status : QString();
}

QString stateSubscriptionStatus(const CustomerState &state, const QString &id)
{
    const Subscription *s = state.subscription(id);
    return s ? s->status.toWire() : QString();
}

// "on" or "off" for a subscription as the server or the state holds it; empty when it is gone.
template<typename S> QString autoRenewOf(const S *s)
{
    return s ? (s->autoRenewEnabled ? u"on"_s : u"off"_s) : QString();
}

QList<AppChange> appChanges()
{
    const auto statusJob = [](const QString &id, SubscriptionStatus::Value target) {
        return [id, target](const std::shared_ptr<CustomerState> &state, AuditLog *audit) {
            return new SubscriptionStatusJob(state, audit, {*state->subscription(id)}, target);
        };
    };
    const QString litwareSubscriptions = u"/v1/customers/"_s + Litware + u"/subscriptions"_s;
    const auto subscription = [](const QString &id) {
        return [id](SandboxServer &server) { return sandboxSubscriptionStatus(server, id); };
    };
    const auto shownSubscription = [](const QString &id) {
        return [id](const CustomerState &state) { return stateSubscriptionStatus(state, id); };
    };
    const auto autoRenew = [](SandboxServer &server) {
        return autoRenewOf(server.store().subscription(Litware, LitwareRenewing));
    };
    const auto shownAutoRenew = [](const CustomerState &state) {
        return autoRenewOf(state.subscription(LitwareRenewing));
    };
    return {
        {u"auto-renew off (PATCH)"_s, u"/subscriptions/"_s + LitwareRenewing, u"setAutoRenew"_s,
         LitwareRenewing,
         [](const std::shared_ptr<CustomerState> &state, AuditLog *audit) {
             return new AutoRenewJob(state, audit, *state->subscription(LitwareRenewing), false);
         },
         autoRenew, shownAutoRenew, u"off"_s, litwareSubscriptions},
        {u"cancel marketplace (PATCH)"_s, u"/subscriptions/"_s + LitwareSaas,
         u"cancelSubscription"_s, LitwareSaas,
         statusJob(LitwareSaas, SubscriptionStatus::Value::Deleted), subscription(LitwareSaas),
         shownSubscription(LitwareSaas), u"deleted"_s, litwareSubscriptions},
        {u"reactivate (PATCH)"_s, u"/subscriptions/"_s + LitwareSuspended,
         u"reactivateSubscription"_s, LitwareSuspended,
         statusJob(LitwareSuspended, SubscriptionStatus::Value::Active),
         subscription(LitwareSuspended), shownSubscription(LitwareSuspended), u"active"_s,
         litwareSubscriptions},
        {u"cancel new-commerce (PATCH)"_s, u"/subscriptions/"_s + LitwareNce,
         u"cancelSubscription"_s, LitwareNce,
         statusJob(LitwareNce, SubscriptionStatus::Value::Deleted), subscription(LitwareNce),
         shownSubscription(LitwareNce), u"deleted"_s, litwareSubscriptions},
        {u"cancel software order (PATCH)"_s, u"/orders/"_s + LitwareOrder, u"cancelOrder"_s,
         LitwareOrder,
         [](const std::shared_ptr<CustomerState> &state, AuditLog *audit) {
             return new CancelOrderJob(state, audit, *state->purchase(LitwareOrder));
         },
         [](SandboxServer &server) {
             const SandboxCustomer *c = server.store().customer(Litware);
             for (const SandboxEntitlement &e : c->entitlements) {
                 if (e.orderId == LitwareOrder)
                     return e.status;
             }
             return QString();
         },
         [](const CustomerState &state) {
             const Entitlement *e = state.purchase(LitwareOrder);
             return e ? e->status.toLower() : QString();
         },
         u"cancelled"_s, u"entitlementType=software"_s},
    };
}

template<typename Row> const Row *named(const QList<Row> &rows, const QString &name)
{
    for (const Row &row : rows) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}

void addFaultColumns(const QString &row)
{
    for (const FaultCase &c : allFaultCases()) {
        QTest::addRow("%s / %s", qPrintable(row), c.name)
            << row << int(c.fault) << c.changeRetried << (c.changeRetried || c.changeApplied);
    }
}

// The double fault: a change whose outcome the client does not know, whose read-back fails on
// every attempt as well.
void addDoubleFaultColumns(const QString &row, bool readBackFailsWhenApplied = false)
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("readBackFault");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<bool>("known"); // the read-back tells all the same
    for (const FaultCase &c : unknownOutcomeCases()) {
        for (const ReadBackFault &r : readBackFaults()) {
            const bool known = c.changeApplied && readBackFailsWhenApplied &&
                               r.fault == SandboxServer::Fault::Malformed;
            QTest::addRow("%s / %s, %s", qPrintable(row), c.name, r.name)
                << row << int(c.fault) << int(r.fault) << c.changeApplied << known;
        }
    }
}

void addColumns()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("resent");  // the change is sent again and goes through
    QTest::addColumn<bool>("applied"); // the change is made although no success was heard
}

// The audit lines of one item: the attempt first, then how it ended, which is what happened.
void checkAudit(const QList<AuditEntry> &audit, const QString &action, const QString &item,
                AuditEntry::Outcome outcome, const QString &told)
{
    QList<AuditEntry> entries;
    for (const AuditEntry &e : audit) {
        if (e.action == action && e.itemId == item)
            entries.append(e);
    }
    const QString lines = auditSummary(audit).join(u'\n') + u'\n' + told;
    QVERIFY2(entries.size() == 2, qPrintable(lines));
    QCOMPARE(entries.first().outcome, AuditEntry::Outcome::Attempted);
    QVERIFY2(entries.last().outcome == outcome, qPrintable(lines));
}

AuditEntry::Outcome auditOutcome(bool applied)
{
    return applied ? AuditEntry::Outcome::Succeeded : AuditEntry::Outcome::Failed;
}
} // namespace

class tst_FaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cli_data();
    void cli();
    void app_data();
    void app();
    void cliDoubleFault_data();
    void cliDoubleFault();
    void appDoubleFault_data();
    void appDoubleFault();
    void bulkOffboardOutcomeUnknown();

private:
    bool waitFor(const std::function<bool()> &condition);
    // A connection on the signed-in session, with the audit log in a folder of its own.
    std::unique_ptr<AppConnection> connect(QString *auditPath);
    Run runCli(const QStringList &arguments);
    const Run &baseline(const Call &call);
    int requestsMatching(const QByteArray &method, const QString &pathContains) const;
    // The customer as the server holds it, read into a state on `connection`.
    std::shared_ptr<CustomerState> loadedState(AppConnection *connection, const QString &id);
    // The read-back of the next matching PATCH fails on every attempt with `fault`; `skip`
    // matching GETs come before that PATCH.
    void failReadBack(int fault, const QString &path, int skip);
    std::optional<JobResult> runJob(const AppChange &row,
                                    const std::shared_ptr<CustomerState> &state,
                                    AppConnection *connection);

    QTemporaryDir m_dir;
    SandboxFixture m_f;
    SandboxStore m_pristine;
    MemorySecretStore m_secrets;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountManager> m_accounts;
    QHash<QString, Run> m_baselines;
    int m_runs = 0;
};

bool tst_FaultMatrix::waitFor(const std::function<bool()> &condition)
{
    // The network moves on the event loop; waits the client asked the clock for are granted at
    // once.
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > CellBudgetMs)
            return false;
        QTest::qWait(1);
        if (!condition())
            m_f.clock.fireNextWithin(MaxWait);
    }
    return true;
}

void tst_FaultMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_f.start());
    SandboxServer &server = m_f.server;
    QString error;
    QVERIFY2(server.loadState(QStringLiteral(CLI_FIXTURE), &error), qPrintable(error));
    // More customers than one page holds, so the list has a next page to fail.
    for (int i = 0; i < CustomerQuery().pageSize; ++i) {
        SandboxCustomer c;
        c.id = u"d0000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'));
        c.commerceId = c.tenantId = c.id;
        c.companyName = u"Zeta %1"_s.arg(i, 3, 10, QChar(u'0'));
        c.domain = u"zeta%1.onmicrosoft.com"_s.arg(i);
        server.store().putCustomer(c);
    }
    const QDateTime now = m_f.clock.now();
    const PurchaseBuilder purchase = PurchaseBuilder(LitwareOrder)
                                         .product(u"DG7GMGF0ABCD"_s, u"0001"_s)
                                         .cancellableUntil(now.addDays(5));
    SandboxSubscription saas = SubscriptionBuilder(LitwareSaas);
    saas.productTypeId = u"SaaS"_s;
    SandboxCustomer &litware = m_f.addCustomer(
        Litware,
        {SubscriptionBuilder(LitwareSuspended, u"suspended"_s),
         SubscriptionBuilder(LitwareNce).newCommerce(now.addDays(3), now.addDays(365)),
         SubscriptionBuilder(LitwareRenewing).newCommerce(now.addDays(-2), now.addDays(300)),
         saas});
    litware.entitlements = {purchase};
    litware.orders = {purchase.order()};
    SandboxSubscription plan = SubscriptionBuilder(WingtipPlan);
    plan.productTypeId = u"Azure"_s;
    plan.azureEntitlements = {{u"a2000000-0000-4000-8000-000009000001"_s, u"Production"_s}};
    m_f.addCustomer(Wingtip, {plan});
    m_pristine = server.store();

    // Signed in to "Partner Center" as the admin through the device-code flow, so a 401 ends in
    // a real refresh with the refresh token.
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_accounts = std::make_unique<AccountManager>(m_settings.get(), &m_secrets, &m_f.clock);
    m_accounts->setConnectionSettings(m_f.settings());
    DeviceCodeFlow *flow = m_accounts->createSignInFlow(m_accounts.get());
    bool signedIn = false;
    QObject::connect(m_accounts.get(), &AccountManager::signedIn, this, [&] { signedIn = true; });
    flow->start();
    QVERIFY(waitFor([&] { return signedIn; }));
    QCOMPARE(m_accounts->mode(), AccountManager::Mode::PartnerCenter);
}

void tst_FaultMatrix::init()
{
    m_f.server.store() = m_pristine;
    m_f.server.notifyStoreChanged();
    m_f.server.clearRecentRequests();
    // A fault a cell queued and did not meet must not hit the next cell.
    m_f.server.clearQueuedFaults();
}

std::unique_ptr<AppConnection> tst_FaultMatrix::connect(QString *auditPath)
{
    // Every run has its own data folder, so the audit log holds this run only.
    const QString dataDir = m_dir.filePath(u"run-%1"_s.arg(++m_runs));
    qputenv("PARTNERDESK_DATA_DIR", dataDir.toUtf8());
    auto connection = std::make_unique<AppConnection>(&m_f.clock);
    QString error;
    const bool connected = connection->connectToAccount(m_accounts.get(), &error);
    qunsetenv("PARTNERDESK_DATA_DIR");
    if (!connected) {
        qWarning().noquote() << error;
        return nullptr;
    }
    for (RestClient *client :
         std::initializer_list<RestClient *>{connection->client(), connection->graph()}) {
        RetryPolicy policy = client->retryPolicy();
        policy.transferTimeout = TransferTimeout;
        client->setRetryPolicy(policy);
    }
    *auditPath = dataDir + u"/audit.jsonl"_s;
    return connection;
}

Run tst_FaultMatrix::runCli(const QStringList &arguments)
{
    Run run;
    QString auditPath;
    {
        const std::unique_ptr<AppConnection> connection = connect(&auditPath);
        CliOptions options;
        if (!connection || options.parse(QStringList{u"partnerdesk-cli"_s} + arguments) !=
                               CliOptions::Outcome::Run) {
            run.err = options.errorText();
            return run;
        }
        std::optional<int> exitCode;
        CapturedOutput output;
        CliCommand *command = CliCommand::create(options, connection.get(), m_accounts.get(),
                                                 nullptr, connection.get());
        if (command) {
            QObject::connect(command, &CliCommand::finished, this,
                             [&](int code) { exitCode = code; });
            command->start();
            waitFor([&] { return exitCode.has_value(); });
        }
        output.restore();
        run.exitCode = exitCode.value_or(-1);
        run.out = output.out();
        run.err = output.err();
    }
    for (const RecordedRequest &r : m_f.server.recentRequests())
        run.requests.append(QString::fromLatin1(r.method) + u' ' + r.pathAndQuery);
    run.audit = readAudit(auditPath);
    return run;
}

const Run &tst_FaultMatrix::baseline(const Call &call)
{
    if (!m_baselines.contains(call.name)) {
        m_baselines.insert(call.name, runCli(call.arguments));
        init();
    }
    return m_baselines[call.name];
}

int tst_FaultMatrix::requestsMatching(const QByteArray &method, const QString &pathContains) const
{
    int n = 0;
    for (const RecordedRequest &r : m_f.server.recentRequests())
        n += r.method == method && r.pathAndQuery.contains(pathContains);
    return n;
}

void tst_FaultMatrix::cli_data()
{
    addColumns();
    for (const Call &call : calls())
        addFaultColumns(call.name);
}

void tst_FaultMatrix::cli()
{
    QFETCH(QString, call);
    QFETCH(int, fault);
    QFETCH(bool, resent);
    QFETCH(bool, applied);
    static const QList<Call> rows = calls();
    const Call &row = *named(rows, call);
    const Run clean = baseline(row);
    QVERIFY2(clean.exitCode >= 0, qPrintable(clean.err));

    const int refreshesBefore = m_accounts->tokens()->refreshCount();
    m_f.server.failNext(SandboxServer::Fault(fault), 1, row.pathContains, row.method, row.skip);
    const Run run = runCli(row.arguments);
    const QString told =
        u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(run.exitCode).arg(run.out, run.err);
    QVERIFY2(run.exitCode >= 0, qPrintable(told));
    // The fault was met (and so is not left for the next cell).
    QVERIFY2(requestsMatching(row.method, row.pathContains) > row.skip, qPrintable(told));
    if (SandboxServer::Fault(fault) == SandboxServer::Fault::ExpireToken)
        QVERIFY2(m_accounts->tokens()->refreshCount() > refreshesBefore, qPrintable(told));

    if (!row.applied) {
        // A read recovers from one fault: the run says exactly what a clean run says.
        QCOMPARE(run.exitCode, clean.exitCode);
        QCOMPARE(run.out, clean.out);
        QCOMPARE(withoutSlowDown(run.err), withoutSlowDown(clean.err));
        QCOMPARE(auditSummary(run.audit), auditSummary(clean.audit));
        return;
    }

    // A change: made exactly when the fault let it through, sent twice only when it was refused
    // unapplied the first time, and told as it happened — on screen, in the exit code and in
    // the audit log.
    QCOMPARE(row.applied(m_f.server), applied);
    QCOMPARE(requestsMatching(row.method, row.pathContains), resent ? 2 : 1);
    for (const QString &item : row.changedItems)
        checkAudit(run.audit, row.auditAction, item, auditOutcome(applied), told);
    if (row.auditAction == "suspendSubscription"_L1) {
        const QJsonObject result = resultFor(run.out, NorthwindFirst);
        QVERIFY2(!result.isEmpty(), qPrintable(told));
        QCOMPARE(result.value(u"result"_s).toString(), applied ? u"suspended"_s : u"failed"_s);
        QVERIFY2(run.err.contains(u"was not suspended"_s) == !applied, qPrintable(told));
        if (row.arguments.contains(u"--all"_s)) {
            // The other subscription is suspended, once, whatever happened to the first.
            QVERIFY(subscriptionSuspended(m_f.server, Northwind, NorthwindSecond));
            QCOMPARE(resultFor(run.out, NorthwindSecond).value(u"result"_s).toString(),
                     u"suspended"_s);
        }
    } else {
        QVERIFY2(run.out.contains(row.doneText) == applied, qPrintable(told));
        if (!applied)
            QVERIFY2(!run.err.isEmpty(), qPrintable(told));
    }
    // The server was asked afterwards, so whether the change was made is known, and said.
    QVERIFY2(!(run.out + run.err).contains(u"not known whether"_s), qPrintable(told));
    QCOMPARE(run.exitCode, applied ? int(CliCommand::Success) : int(CliCommand::Failed));
}

void tst_FaultMatrix::app_data()
{
    addColumns();
    for (const AppChange &change : appChanges())
        addFaultColumns(change.name);
}

void tst_FaultMatrix::app()
{
    QFETCH(QString, call);
    QFETCH(int, fault);
    QFETCH(bool, resent);
    QFETCH(bool, applied);
    static const QList<AppChange> rows = appChanges();
    const AppChange &row = *named(rows, call);
    const QString before = row.serverStatus(m_f.server);
    QVERIFY(before != row.target);

    QString auditPath;
    const std::unique_ptr<AppConnection> connection = connect(&auditPath);
    QVERIFY(connection);
    const std::shared_ptr<CustomerState> state = loadedState(connection.get(), Litware);
    QVERIFY(state);

    const int refreshesBefore = m_accounts->tokens()->refreshCount();
    m_f.server.failNext(SandboxServer::Fault(fault), 1, row.pathContains, "PATCH");
    const std::optional<JobResult> result = runJob(row, state, connection.get());
    QVERIFY(result);

    QCOMPARE(result->items.size(), 1);
    const JobItem item = result->items.first();
    const QString told = u"%1: %2"_s.arg(int(item.outcome)).arg(item.error.userMessage());
    if (SandboxServer::Fault(fault) == SandboxServer::Fault::ExpireToken)
        QVERIFY(m_accounts->tokens()->refreshCount() > refreshesBefore);
    // Made exactly when the fault let it through, and sent twice only when refused unapplied.
    QVERIFY2(row.serverStatus(m_f.server) == (applied ? row.target : before), qPrintable(told));
    QCOMPARE(requestsMatching("PATCH", row.pathContains), resent ? 2 : 1);
    // Told as it happened: the item, the audit log, and the state the views show.
    QVERIFY2(item.succeeded() == applied, qPrintable(told));
    QCOMPARE(item.answerLost, applied && !resent);
    if (!applied)
        QVERIFY2(!item.error.summary().contains(u"not known whether"_s), qPrintable(told));
    QCOMPARE(row.shownStatus(*state), row.serverStatus(m_f.server));
    checkAudit(readAudit(auditPath), row.auditAction, row.itemId, auditOutcome(applied), told);
}

std::shared_ptr<CustomerState> tst_FaultMatrix::loadedState(AppConnection *connection,
                                                            const QString &id)
{
    const SandboxCustomer *onServer = m_f.server.store().customer(id);
    Customer listed;
    listed.id = id;
    listed.companyProfile.companyName = onServer->companyName;
    listed.companyProfile.domain = onServer->domain;
    listed.relationshipToPartner = onServer->relationship;
    const std::shared_ptr<CustomerState> state =
        CustomerState::create(connection->client(), &m_f.clock, listed);
    std::optional<ApiError> loaded;
    state->refresh(CustomerState::allParts(), this, [&](const ApiError &e) { loaded = e; });
    if (!waitFor([&] { return loaded.has_value(); }) || loaded->isError())
        return nullptr;
    return state;
}

void tst_FaultMatrix::failReadBack(int fault, const QString &path, int skip)
{
    m_f.server.failNext(SandboxServer::Fault(fault), RetryPolicy().maxAttempts, path, "GET", skip);
}

std::optional<JobResult> tst_FaultMatrix::runJob(const AppChange &row,
                                                 const std::shared_ptr<CustomerState> &state,
                                                 AppConnection *connection)
{
    std::unique_ptr<Job> job(row.make(state, connection->audit()));
    std::optional<JobResult> result;
    QObject::connect(job.get(), &Job::finished, this, [&](const JobResult &r) { result = r; });
    job->start();
    waitFor([&] { return result.has_value(); });
    return result;
}

void tst_FaultMatrix::cliDoubleFault_data()
{
    for (const Call &call : calls()) {
        if (call.applied)
            addDoubleFaultColumns(call.name, call.readBackFailsWhenApplied);
    }
}

void tst_FaultMatrix::cliDoubleFault()
{
    QFETCH(QString, call);
    QFETCH(int, fault);
    QFETCH(int, readBackFault);
    QFETCH(bool, applied);
    QFETCH(bool, known);
    static const QList<Call> rows = calls();
    const Call &row = *named(rows, call);
    // The read-back is the first GET of its path after the PATCH: count those before it.
    const QStringList clean = baseline(row).requests;
    const auto patch = std::find_if(clean.cbegin(), clean.cend(), [&row](const QString &r) {
        return r.startsWith(QString::fromLatin1(row.method) + u' ') && r.contains(row.pathContains);
    });
    QVERIFY(patch != clean.cend());
    const int readsBefore = int(std::count_if(clean.cbegin(), patch, [&row](const QString &r) {
        return r.startsWith(u"GET "_s) && r.contains(row.readBackPath);
    }));

    m_f.server.failNext(SandboxServer::Fault(fault), 1, row.pathContains, row.method);
    failReadBack(readBackFault, row.readBackPath, readsBefore);
    const Run run = runCli(row.arguments);
    const QString told =
        u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(run.exitCode).arg(run.out, run.err);
    // Both faults were met: the read-back was tried as often as the client tries a read —
    // unless its answer told the truth at once.
    QVERIFY2(requestsMatching("GET", row.readBackPath) >=
                 readsBefore + (known ? 1 : RetryPolicy().maxAttempts),
             qPrintable(told));
    QCOMPARE(row.applied(m_f.server), applied);
    QCOMPARE(requestsMatching(row.method, row.pathContains), 1);
    if (known) {
        // The read-back was an error answer that says the change was made: a success.
        for (const QString &item : row.changedItems)
            checkAudit(run.audit, row.auditAction, item, AuditEntry::Outcome::Succeeded, told);
        QCOMPARE(run.exitCode, int(CliCommand::Success));
        QVERIFY2(run.out.contains(row.doneText), qPrintable(told));
        return;
    }

    // Made as the first fault let it, sent once, and told as unknown everywhere: never
    // "failed", never "succeeded", and what to check before trying again.
    for (const QString &item : row.changedItems)
        checkAudit(run.audit, row.auditAction, item, AuditEntry::Outcome::Unknown, told);
    QCOMPARE(run.exitCode, int(CliCommand::OutcomeUnknown));
    QVERIFY2(run.err.contains(u"not known whether"_s, Qt::CaseInsensitive), qPrintable(told));
    if (row.auditAction == "suspendSubscription"_L1) {
        QCOMPARE(resultFor(run.out, NorthwindFirst).value(u"result"_s).toString(), u"unknown"_s);
        QVERIFY2(run.err.contains(u"partnerdesk-cli subscriptions "_s + Northwind),
                 qPrintable(told));
        if (row.arguments.contains(u"--all"_s)) {
            QVERIFY(subscriptionSuspended(m_f.server, Northwind, NorthwindSecond));
            QCOMPARE(resultFor(run.out, NorthwindSecond).value(u"result"_s).toString(),
                     u"suspended"_s);
        }
    } else {
        QVERIFY2(!run.out.contains(row.doneText), qPrintable(told));
        QVERIFY2(run.err.contains(row.unknownHint), qPrintable(told));
    }
}

void tst_FaultMatrix::appDoubleFault_data()
{
    for (const AppChange &change : appChanges())
        addDoubleFaultColumns(change.name);
}

void tst_FaultMatrix::appDoubleFault()
{
    QFETCH(QString, call);
    QFETCH(int, fault);
    QFETCH(int, readBackFault);
    QFETCH(bool, applied);
    QFETCH(bool, known);
    QVERIFY(!known);
    static const QList<AppChange> rows = appChanges();
    const AppChange &row = *named(rows, call);
    const QString before = row.serverStatus(m_f.server);

    QString auditPath;
    const std::unique_ptr<AppConnection> connection = connect(&auditPath);
    QVERIFY(connection);
    const std::shared_ptr<CustomerState> state = loadedState(connection.get(), Litware);
    QVERIFY(state);
    m_f.server.failNext(SandboxServer::Fault(fault), 1, row.pathContains, "PATCH");
    failReadBack(readBackFault, row.readBackPath, 0);
    const std::optional<JobResult> result = runJob(row, state, connection.get());
    QVERIFY(result);

    QCOMPARE(result->items.size(), 1);
    const JobItem item = result->items.first();
    const QString told = u"%1: %2"_s.arg(int(item.outcome)).arg(item.error.userMessage());
    QVERIFY2(requestsMatching("GET", row.readBackPath) >= RetryPolicy().maxAttempts,
             qPrintable(told));
    // Made as the first fault let it, sent once, reported once as unknown — not as a failure,
    // not as a success — and audited so.
    QVERIFY2(row.serverStatus(m_f.server) == (applied ? row.target : before), qPrintable(told));
    QCOMPARE(requestsMatching("PATCH", row.pathContains), 1);
    QCOMPARE(item.outcome, JobItem::Outcome::Unknown);
    QVERIFY(!item.answerLost);
    QVERIFY2(item.error.summary().contains(u"not known whether"_s), qPrintable(told));
    QCOMPARE(result->unknown(), 1);
    QVERIFY(!result->ok());
    checkAudit(readAudit(auditPath), row.auditAction, row.itemId, AuditEntry::Outcome::Unknown,
               told);
}

void tst_FaultMatrix::bulkOffboardOutcomeUnknown()
{
    // A list run whose suspension loses its answer and whose read-back fails on every attempt:
    // sent once, the removal never follows, the customer and the run say unknown, exit 3.
    const QString list = m_dir.filePath(u"bulk-unknown.txt"_s);
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"northwind.onmicrosoft.com\n"_s.toUtf8());
    file.close();
    const QString readBack = u"/customers/"_s + Northwind + u"/subscriptions"_s;
    m_f.server.failNext(SandboxServer::Fault::LoseAnswer, 1, NorthwindFirst, "PATCH");
    m_f.server.setRequestHook([this, readBack](const RecordedRequest &r) {
        if (r.method == "PATCH" && r.path.contains(NorthwindFirst))
            failReadBack(int(SandboxServer::Fault::ServerError), readBack, 0);
    });
    const Run run = runCli(
        {u"offboard"_s, u"--from"_s, list, u"--confirm-count"_s, u"1"_s, u"--format"_s, u"json"_s});
    m_f.server.setRequestHook({});
    const QString told =
        u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(run.exitCode).arg(run.out, run.err);
    QCOMPARE(run.exitCode, int(CliCommand::OutcomeUnknown));
    QCOMPARE(requestsMatching("PATCH", NorthwindFirst), 1);
    QVERIFY(m_f.server.store().customer(Northwind)->isListed());
    QVERIFY2(std::any_of(run.audit.cbegin(), run.audit.cend(),
                         [](const AuditEntry &e) {
                             return e.itemId == NorthwindFirst &&
                                    e.outcome == AuditEntry::Outcome::Unknown;
                         }),
             qPrintable(told));
    const QJsonArray customers =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"customers"_s).toArray();
    QCOMPARE(customers.size(), 1);
    QCOMPARE(customers.at(0).toObject().value(u"result"_s).toString(), u"unknown"_s);
}

QTEST_GUILESS_MAIN(tst_FaultMatrix)
#include "tst_faultmatrix.moc"
