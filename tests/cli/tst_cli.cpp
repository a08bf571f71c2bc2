// partnerdesk-cli end to end: the executable is run with QProcess against a standalone
// partnerdesk-sandbox serving tests/cli/clifixture.json, and, where another user's token or the
// request headers matter, against an in-process SandboxServer. Every run has its own data
// directory, so nothing touches the user's files.
#include "cli/outputformatter.h"
#include "core/api/retrypolicy.h"
#include "core/api/systemclock.h"
#include "core/bulk/runjournal.h"
#include "core/bulk/runjournalstore.h"
#include "sandbox/sandboxgraphjson.h"
#include "sandbox/sandboxserver.h"
#include "testclientid.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// Generous: under AddressSanitizer on two busy cores a run with the embedded sandbox took over 20
// s.
constexpr int RunTimeoutMs = 60000;

const QString Contoso = u"contoso.onmicrosoft.com"_s;             // active subs + a reservation
const QString ContosoPharma = u"contosopharma.onmicrosoft.com"_s; // only suspended: ready
const QString Fabrikam = u"fabrikam.onmicrosoft.com"_s;           // active base, add-on, another
const QString Northwind = u"northwind.onmicrosoft.com"_s;         // two active
const QString Adatum = u"adatum.onmicrosoft.com"_s;               // no subscriptions, comma in name
const QString Tokyo = u"tokyoshoji.onmicrosoft.com"_s;            // wide chars, tenant id != id
const QString Zluty = u"zlutykun.onmicrosoft.com"_s;              // only suspended: ready

const QString TokyoTenantId = u"7e000000-0000-4000-8000-000000000006"_s;
const QString NorthwindFirst = u"5b000000-0000-4000-8000-000004000001"_s;
const QString NorthwindSecond = u"5b000000-0000-4000-8000-000004000002"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonArray jsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document.array() : QJsonArray();
}

QStringList values(const QJsonArray &array, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toObject().value(key).toString());
    return out;
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void outputFormatter();
    void helpAndVersion();
    void badUsage_data();
    void badUsage();
    void insecureEndpointRefused();
    void missingToken();
    void tokenFromFile();

    void customersTable();
    void customersJson();
    void customersCsv();
    void customersFilter();
    void emptyResults();
    void subscriptions();
    void customerByTenantId();
    void unknownCustomer();

    void readinessBlocked();
    void readinessReady();
    void suspendAllThenReady();
    void suspendAllFailsWhenItCannotRead();
    void suspendSelected();
    void removeWrongDomain();
    void removeBlocked();
    void removeSucceeds();
    void requestLink();

    void forbiddenForHelpdesk();
    void offboardAsIndirectReseller();
    void removeAsIndirectResellerRefusedFirst();
    void removeWhenProvidersCannotBeRead();
    void removeAsksForProvidersThenRemoves();
    void localeSentToServer();
    void czechMessages();
    void embeddedSandboxKeepsState();
    void activity();

    void adminRelationshipsTable();
    void adminRelationshipsJsonAndCsv();
    void adminRelationshipsByTenantId();
    void adminRelationshipsWithItsOwnGraphToken();
    void offboardDryRunChangesNothing();
    void offboardClearsRemovesAndTerminates();
    void offboardBlockedSaysWhatToDo();
    void offboardFromList();
    void offboardFromListResumes();

    void whoamiSandboxAndToken();
    void signInWithoutKeychain();
    void signInDeclined();
    void signInBadSettings();

private:
    // Runs the CLI against the standalone sandbox with the admin token in the environment.
    Run cli(const QStringList &arguments);
    Run cli(const QStringList &arguments, const QProcessEnvironment &environment);
    QProcessEnvironment environment(const QString &token, const QString &dataDir) const;
    // For the embedded sandbox in a data folder of its own, seeded with the fixture.
    QProcessEnvironment embeddedEnvironment(const QString &dataDir) const;
    QStringList at(const QUrl &url, const QStringList &arguments) const;
    // A user of its own (settings, data) on a system without a keychain, as in CI: the D-Bus
    // session bus is unreachable, so the keychain says so at once.
    QProcessEnvironment accountEnvironment(const QString &name) const;
    QStringList signInArguments() const;

    QTemporaryDir m_dir;
    QProcess m_standalone;
    QUrl m_url;
    QString m_token;
    SandboxServer m_server; // in-process, for other users' tokens and recorded headers
};

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString state = m_dir.filePath(u"standalone.json"_s);
    QVERIFY(QFile::copy(QStringLiteral(CLI_FIXTURE), state));
    QFile::setPermissions(state, QFile::ReadOwner | QFile::WriteOwner);

    m_standalone.setProgram(QStringLiteral(PARTNERDESK_SANDBOX));
    m_standalone.setArguments({u"--port"_s, u"0"_s, u"--data"_s, state});
    m_standalone.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_standalone.start();
    QVERIFY2(m_standalone.waitForStarted(10000), qPrintable(m_standalone.errorString()));
    QStringList lines;
    const QDeadlineTimer deadline(15000);
    while (lines.size() < 2 && !deadline.hasExpired()) {
        if (m_standalone.canReadLine())
            lines.append(QString::fromUtf8(m_standalone.readLine()).trimmed());
        else if (!m_standalone.waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    QCOMPARE(lines.size(), 2);
    m_url = QUrl(lines.at(0));
    m_token = lines.at(1);
    QCOMPARE(m_url.scheme(), u"http"_s);
    QVERIFY(!m_token.isEmpty());

    QString error;
    QVERIFY2(m_server.loadState(QStringLiteral(CLI_FIXTURE), &error), qPrintable(error));
    QVERIFY(m_server.start(0) != 0);
}

void tst_Cli::cleanupTestCase()
{
    m_standalone.kill();
    m_standalone.waitForFinished(5000);
}

QProcessEnvironment tst_Cli::environment(const QString &token, const QString &dataDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PARTNERDESK_ACCESS_TOKEN"_s);
    env.remove(u"LANGUAGE"_s);
    if (!token.isEmpty())
        env.insert(u"PARTNERDESK_ACCESS_TOKEN"_s, token);
    env.insert(u"PARTNERDESK_DATA_DIR"_s, m_dir.filePath(dataDir));
    // Belt and braces: even the default app-data folder is inside the test's directory.
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
    // And no language saved by the user's app applies.
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

QProcessEnvironment tst_Cli::embeddedEnvironment(const QString &dataDir) const
{
    const QString folder = m_dir.filePath(dataDir);
    const QString state = folder + u"/sandbox-state.json"_s;
    if (!QDir().mkpath(folder) || !QFile::copy(QStringLiteral(CLI_FIXTURE), state))
        QTest::qFail("the embedded sandbox's state could not be seeded", __FILE__, __LINE__);
    QFile::setPermissions(state, QFile::ReadOwner | QFile::WriteOwner);
    return environment({}, dataDir);
}

QProcessEnvironment tst_Cli::accountEnvironment(const QString &name) const
{
    QProcessEnvironment env = environment({}, name);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(name + u"-config"_s));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/partnerdesk-test-bus"_s);
    return env;
}

QStringList tst_Cli::signInArguments() const
{
    const QString server = m_server.baseUrl().toString();
    return {u"sign-in"_s,
            u"--endpoint"_s,
            server,
            u"--authority"_s,
            server,
            u"--tenant"_s,
            u"contoso.onmicrosoft.com"_s,
            u"--client-id"_s,
            TestClientId};
}

QStringList tst_Cli::at(const QUrl &url, const QStringList &arguments) const
{
    return QStringList{u"--endpoint"_s, url.toString()} + arguments;
}

Run tst_Cli::cli(const QStringList &arguments)
{
    return cli(at(m_url, arguments), environment(m_token, u"data"_s));
}

Run tst_Cli::cli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PARTNERDESK_CLI), arguments);
    // Waiting through the event loop, not waitForFinished(): the in-process sandbox must keep
    // answering while the CLI runs.
    if (!process.waitForStarted(10000) || (finished.isEmpty() && !finished.wait(RunTimeoutMs))) {
        process.kill();
        process.waitForFinished(5000);
        QTest::qFail("partnerdesk-cli did not finish in time", __FILE__, __LINE__);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::CrashExit) {
        // What it said before it died is the only trace a CI log keeps of a crash.
        const QString why = u"partnerdesk-cli %1 ended by signal %2; it said:\n%3"_s.arg(
            arguments.join(u' '), QString::number(process.exitCode()), run.err.right(4000));
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
    }
    const QString token = environment.value(u"PARTNERDESK_ACCESS_TOKEN"_s);
    if (!token.isEmpty() && (run.out.contains(token) || run.err.contains(token)))
        QTest::qFail("partnerdesk-cli printed the access token", __FILE__, __LINE__);
    return run;
}

void tst_Cli::outputFormatter()
{
    QCOMPARE(OutputFormatter::displayWidth(u"abc"_s), 3);
    QCOMPARE(OutputFormatter::displayWidth(u"東京"_s), 4);
    // "Ž" as Z + combining caron is still one column.
    QCOMPARE(OutputFormatter::displayWidth(u"Z\u030Clutý"_s), 5);

    const QList<OutputFormatter::Column> columns{{u"name"_s, u"Name"_s}, {u"n"_s, u"N"_s}};
    const QList<OutputFormatter::Row> rows{{{u"a, \"b\""_s, {}}, {2, {}}},
                                           {{u"line\nbreak"_s, {}}, {QVariant(), {}}}};
    QCOMPARE(OutputFormatter(OutputFormatter::Format::Csv).format(columns, rows),
             u"name,n\r\n\"a, \"\"b\"\"\",2\r\n\"line\nbreak\",\r\n"_s);
    const QJsonArray json =
        jsonArray(OutputFormatter(OutputFormatter::Format::Json).format(columns, rows));
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject().value(u"n"_s).toInt(), 2);
    // The table keeps every row on one line.
    const QString table = OutputFormatter().format(columns, rows);
    QCOMPARE(table.count(u'\n'), 4);
    QVERIFY(table.contains(u"line break"_s));
    QVERIFY(!table.contains(u" \n"_s)); // no trailing blanks, even after an empty last cell

    // A very long cell is cut in the table (JSON and CSV keep it whole).
    const QString longName = QString(100, u'名');
    const QString cut = OutputFormatter().format({{u"name"_s, u"Name"_s}}, {{{longName, {}}}});
    const QString row = cut.split(u'\n').at(2);
    QVERIFY(row.endsWith(u'…'));
    QVERIFY(OutputFormatter::displayWidth(row) <= 60);
}

void tst_Cli::helpAndVersion()
{
    const Run help = cli({u"--help"_s}, environment(m_token, u"data"_s));
    QCOMPARE(help.exitCode, 0);
    for (const QString &command :
         {u"customers"_s, u"subscriptions"_s, u"suspend"_s, u"readiness"_s,
          u"remove-relationship"_s, u"request-link"_s, u"activity"_s, u"--since"_s, u"--customer"_s,
          u"--endpoint"_s, u"--access-token-file"_s, u"--format"_s})
        QVERIFY2(help.out.contains(command), qPrintable(command));
    // --language names every language (the help may wrap the list).
    QVERIFY2(help.out.simplified().contains(u"en, cs, pl, de, fr, es, sk, hu"_s),
             qPrintable(help.out));

    const Run version = cli({u"--version"_s}, environment(m_token, u"data"_s));
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"partnerdesk-cli "_s));
}

void tst_Cli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList{u"customers"_s, u"--colour"_s};
    QTest::newRow("extra argument") << QStringList{u"customers"_s, u"extra"_s};
    QTest::newRow("no customer") << QStringList{u"subscriptions"_s};
    QTest::newRow("suspend without what") << QStringList{u"suspend"_s, Northwind};
    QTest::newRow("suspend --all and ids")
        << QStringList{u"suspend"_s, Northwind, u"--all"_s, NorthwindFirst};
    QTest::newRow("remove without confirm") << QStringList{u"remove-relationship"_s, Adatum};
    QTest::newRow("filter on subscriptions")
        << QStringList{u"subscriptions"_s, Adatum, u"--filter"_s, u"A"_s};
    QTest::newRow("filter and domain")
        << QStringList{u"customers"_s, u"--filter"_s, u"A"_s, u"--domain"_s, u"a"_s};
    QTest::newRow("unknown format") << QStringList{u"customers"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("format on request-link")
        << QStringList{u"request-link"_s, u"--format"_s, u"json"_s};
    QTest::newRow("unknown language") << QStringList{u"--language"_s, u"it"_s, u"customers"_s};
    QTest::newRow("not a url") << QStringList{u"--endpoint"_s, u"ftp://x"_s, u"customers"_s};
    QTest::newRow("graph endpoint on customers")
        << QStringList{u"customers"_s, u"--graph-endpoint"_s, u"https://graph.example"_s};
    QTest::newRow("graph endpoint not https") << QStringList{
        u"admin-relationships"_s, Contoso, u"--graph-endpoint"_s, u"http://graph.example.com"_s};
    QTest::newRow("admin-relationships without customer") << QStringList{u"admin-relationships"_s};
    QTest::newRow("offboard without confirm") << QStringList{u"offboard"_s, Fabrikam};
    QTest::newRow("dry-run on remove-relationship")
        << QStringList{u"remove-relationship"_s, Adatum, u"--confirm"_s, Adatum, u"--dry-run"_s};
    QTest::newRow("since not a date") << QStringList{u"activity"_s, u"--since"_s, u"yesterday"_s};
    QTest::newRow("since on customers")
        << QStringList{u"customers"_s, u"--since"_s, u"2026-01-01"_s};
    QTest::newRow("customer on suspend")
        << QStringList{u"suspend"_s, Northwind, u"--all"_s, u"--customer"_s, Northwind};
    QTest::newRow("activity takes no argument") << QStringList{u"activity"_s, Northwind};
    QTest::newRow("confirm-count without a list") << QStringList{
        u"offboard"_s, Fabrikam, u"--confirm"_s, Fabrikam, u"--confirm-count"_s, u"1"_s};
    QTest::newRow("a list confirmed by domain")
        << QStringList{u"offboard"_s, u"--from"_s, u"list.txt"_s, u"--confirm"_s, Fabrikam};
    QTest::newRow("confirm-count not a number")
        << QStringList{u"offboard"_s, u"--from"_s, u"list.txt"_s, u"--confirm-count"_s, u"many"_s};
}

void tst_Cli::badUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(at(m_url, arguments), environment(m_token, u"data"_s));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    // The error, and one line that points at --help; not the whole help.
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.constLast().contains(u"partnerdesk-cli --help"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"--access-token-file"_s), qPrintable(run.err));
}

void tst_Cli::insecureEndpointRefused()
{
    const Run run = cli({u"--endpoint"_s, u"http://partner.example.com"_s, u"customers"_s},
                        environment(m_token, u"data"_s));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void tst_Cli::missingToken()
{
    const Run run = cli(at(m_url, {u"customers"_s}), environment({}, u"data"_s));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"PARTNERDESK_ACCESS_TOKEN"_s));

    const Run missingFile =
        cli(at(m_url, {u"--access-token-file"_s, m_dir.filePath(u"nonexistent"_s), u"customers"_s}),
            environment({}, u"data"_s));
    QCOMPARE(missingFile.exitCode, 2);
}

void tst_Cli::tokenFromFile()
{
    QFile file(m_dir.filePath(u"token.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_token.toUtf8() + '\n');
    file.close();
    const Run run = cli(at(m_url, {u"--access-token-file"_s, file.fileName(), u"request-link"_s}),
                        environment({}, u"data"_s));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(m_token));

    const Run wrong = cli(at(m_url, {u"request-link"_s}), environment(u"forged"_s, u"data"_s));
    QCOMPARE(wrong.exitCode, 1);
}

void tst_Cli::customersTable()
{
    const Run run = cli({u"customers"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 + 7); // header, rule, rows
    QVERIFY(lines.at(0).startsWith(u"Company name"_s));
    QVERIFY(lines.at(1).startsWith(u"---"_s));
    for (const QString &line : lines)
        QVERIFY2(!line.endsWith(u' '), qPrintable(line));
    const qsizetype domainColumn = lines.at(0).indexOf(u"Primary domain"_s);
    QVERIFY(domainColumn > 0);
    static const QRegularExpression domain(u"[a-z]+\\.onmicrosoft\\.com"_s);
    for (const QString &line : lines.mid(2)) {
        // Eight wide characters take sixteen columns but only eight code units.
        const qsizetype expected = line.contains(Tokyo) ? domainColumn - 8 : domainColumn;
        QCOMPARE(line.indexOf(domain), expected);
    }
    QVERIFY(run.out.contains(u"Žlutý kůň s.r.o."_s));
    QVERIFY(!run.out.contains(u"c0000000-0000-4000-8000-000000000006"_s)); // id: JSON/CSV only
}

void tst_Cli::customersJson()
{
    const Run run = cli({u"customers"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray customers = jsonArray(run.out);
    QCOMPARE(customers.size(), 7);
    const QJsonObject tokyo =
        customers.at(values(customers, u"domain"_s).indexOf(Tokyo)).toObject();
    QCOMPARE(tokyo.value(u"companyName"_s).toString(), u"東京商事株式会社"_s);
    QCOMPARE(tokyo.value(u"tenantId"_s).toString(), TokyoTenantId);
    QCOMPARE(tokyo.value(u"id"_s).toString(), u"c0000000-0000-4000-8000-000000000006"_s);
    QCOMPARE(tokyo.value(u"relationship"_s).toString(), u"reseller"_s);
}

void tst_Cli::customersCsv()
{
    const Run run = cli({u"customers"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 7);
    QCOMPARE(lines.at(0), u"companyName,domain,tenantId,relationship,id"_s);
    QVERIFY(lines.contains(u"\"Adatum, Inc.\",adatum.onmicrosoft.com,"
                           "c0000000-0000-4000-8000-000000000005,reseller,"
                           "c0000000-0000-4000-8000-000000000005"_s));
}

void tst_Cli::customersFilter()
{
    Run run = cli({u"customers"_s, u"--filter"_s, u"Contoso"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QStringList names = values(jsonArray(run.out), u"companyName"_s);
    names.sort();
    QCOMPARE(names, (QStringList{u"Contoso Ltd"_s, u"Contoso Pharma"_s}));

    run = cli({u"customers"_s, u"--domain"_s, u"fabrikam"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(values(jsonArray(run.out), u"domain"_s), QStringList{Fabrikam});

    // As the app's search: anywhere in the name, the domain or the Microsoft ID, without
    // regard to case or accents.
    const auto filtered = [this](const QString &text) {
        const Run run = cli({u"customers"_s, u"--filter"_s, text, u"--format"_s, u"json"_s});
        QStringList found = values(jsonArray(run.out), u"domain"_s);
        found.sort();
        return run.exitCode == 0 ? found : QStringList{u"exit %1"_s.arg(run.exitCode)};
    };
    QCOMPARE(filtered(u"pharma"_s), QStringList{ContosoPharma});
    QCOMPARE(filtered(u"ZLUTY KUN"_s), QStringList{Zluty});
    QCOMPARE(filtered(u"traders"_s), QStringList{Northwind});
    QCOMPARE(filtered(u"northwind.onmicrosoft"_s), QStringList{Northwind});
    QCOMPARE(filtered(u"7e000000"_s), QStringList{Tokyo});
    QCOMPARE(filtered(u"商事"_s), QStringList{Tokyo});
    // --domain stays Partner Center's starts-with on the primary domain.
    run = cli({u"customers"_s, u"--domain"_s, u"pharma"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonArray(run.out).size(), 0);
}

void tst_Cli::emptyResults()
{
    // Nothing found is not a failure (exit 0), but it is said on stderr; JSON stays a list
    // and CSV keeps its header for scripts, the table prints nothing.
    Run run = cli({u"customers"_s, u"--filter"_s, u"Nobody"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), u"[\n]"_s);
    QCOMPARE(run.err.trimmed(), u"No customer matches \"Nobody\"."_s);

    run = cli({u"customers"_s, u"--filter"_s, u"Nobody"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"companyName,domain,tenantId,relationship,id\r\n"_s);
    QVERIFY(!run.err.isEmpty());

    run = cli({u"customers"_s, u"--domain"_s, u"nobody"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"nobody"_s), qPrintable(run.err));

    run = cli({u"subscriptions"_s, Adatum});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed(), u"Adatum, Inc. (adatum.onmicrosoft.com) has no subscriptions."_s);

    run = cli({u"--language"_s, u"cs"_s, u"customers"_s, u"--filter"_s, u"Nikdo"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"Nikdo"_s) && !run.err.contains(u"No customer"_s),
             qPrintable(run.err));
}

void tst_Cli::subscriptions()
{
    Run run = cli({u"subscriptions"_s, Fabrikam, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray subscriptions = jsonArray(run.out);
    QCOMPARE(subscriptions.size(), 4);
    const QJsonObject addOn = subscriptions.at(1).toObject();
    QCOMPARE(addOn.value(u"name"_s).toString(), u"Audio Conferencing"_s);
    QCOMPARE(addOn.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(addOn.value(u"quantity"_s).toInt(), 10);
    QCOMPARE(addOn.value(u"parentSubscriptionId"_s).toString(),
             subscriptions.at(0).toObject().value(u"id"_s).toString());

    run = cli({u"subscriptions"_s, Fabrikam});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Visio Plan 2"_s));
    QVERIFY(run.out.contains(u"Suspended"_s));
    QVERIFY(run.out.contains(u"Subscription ID"_s));
}

void tst_Cli::customerByTenantId()
{
    // Customer ID and Microsoft ID differ for this one: found through the list.
    const Run run = cli({u"subscriptions"_s, TokyoTenantId, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"id,name,"_s));
    const Run byId = cli({u"readiness"_s, u"c0000000-0000-4000-8000-000000000006"_s});
    QCOMPARE(byId.exitCode, 0);
}

void tst_Cli::unknownCustomer()
{
    Run run = cli({u"subscriptions"_s, u"nobody.onmicrosoft.com"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"nobody.onmicrosoft.com"_s));
    // A prefix of a real domain is not that domain.
    run = cli({u"subscriptions"_s, u"contoso"_s});
    QCOMPARE(run.exitCode, 1);
    run = cli({u"readiness"_s, u"0badc0de-0000-4000-8000-000000000000"_s});
    QCOMPARE(run.exitCode, 1);
}

void tst_Cli::readinessBlocked()
{
    Run run = cli({u"readiness"_s, Contoso});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"cannot be removed yet"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Active subscription: Office 365 E1"_s));
    QVERIFY(run.out.contains(u"Active subscription: Exchange Online (Plan 1)"_s));
    QVERIFY(run.out.contains(u"Suspend this subscription."_s));
    QVERIFY(run.out.contains(u"Azure reservation"_s));

    run = cli({u"readiness"_s, Contoso, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray blockers = jsonArray(run.out);
    QCOMPARE(blockers.size(), 3);
    QCOMPARE(values(blockers, u"kind"_s),
             (QStringList{u"activeSubscription"_s, u"activeSubscription"_s, u"reservation"_s}));
}

void tst_Cli::readinessReady()
{
    Run run = cli({u"readiness"_s, Adatum});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"can be removed"_s));
    run = cli({u"readiness"_s, ContosoPharma, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonArray(run.out).size(), 0);
}

void tst_Cli::suspendAllThenReady()
{
    QCOMPARE(cli({u"readiness"_s, Fabrikam}).exitCode, 1);
    Run run = cli({u"suspend"_s, Fabrikam, u"--all"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray results = jsonArray(run.out);
    QCOMPARE(results.size(), 3); // base, add-on, the other; the suspended one untouched
    QCOMPARE(values(results, u"result"_s),
             (QStringList{u"suspended"_s, u"suspended"_s, u"suspended"_s}));
    QVERIFY2(run.err.contains(u"3 of 3"_s), qPrintable(run.err)); // progress on stderr
    QCOMPARE(cli({u"readiness"_s, Fabrikam}).exitCode, 0);

    // Nothing left: still a success.
    run = cli({u"suspend"_s, Fabrikam, u"--all"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains(u"no active subscriptions"_s));
}

void tst_Cli::suspendAllFailsWhenItCannotRead()
{
    // An unreadable list (on every attempt: the client asks again) is a failure, not "no
    // active subscriptions". Exactly one fault per attempt: the server outlives this test.
    m_server.failNext(SandboxServer::Fault::Malformed, RetryPolicy().maxAttempts,
                      u"/subscriptions"_s);
    const Run run = cli(at(m_server.baseUrl(), {u"suspend"_s, Northwind, u"--all"_s}),
                        environment(m_server.issueAccessToken(u"admin"_s), u"admin"_s));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.contains(u"no active subscriptions"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Correlation ID"_s), qPrintable(run.err));
}

void tst_Cli::suspendSelected()
{
    Run run = cli({u"suspend"_s, Northwind, NorthwindFirst});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(NorthwindFirst));
    QVERIFY(run.out.contains(u"Suspended"_s));

    run = cli({u"readiness"_s, Northwind, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.out.contains(NorthwindFirst));
    QVERIFY(run.out.contains(NorthwindSecond));

    // Again: already suspended, fine; an unknown ID fails that item and the run.
    run = cli({u"suspend"_s, Northwind, NorthwindFirst, u"no-such-subscription"_s, u"--format"_s,
               u"csv"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(NorthwindFirst + u",Office 365 E1,unchanged,"_s));
    QVERIFY(run.out.contains(u"no-such-subscription,,notFound,"_s));
}

void tst_Cli::removeWrongDomain()
{
    const Run run = cli({u"remove-relationship"_s, ContosoPharma, u"--confirm"_s, Contoso});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"nothing was changed"_s));
    QVERIFY(cli({u"customers"_s}).out.contains(ContosoPharma));
}

void tst_Cli::removeBlocked()
{
    const Run run = cli({u"remove-relationship"_s, Contoso, u"--confirm"_s, Contoso});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"cannot be removed yet"_s));
    QVERIFY(run.err.contains(u"Active subscription: Office 365 E1"_s));
    QVERIFY(cli({u"customers"_s}).out.contains(Contoso));
}

void tst_Cli::removeSucceeds()
{
    // The typed domain is compared case-insensitively, as domains are.
    const Run run =
        cli({u"remove-relationship"_s, ContosoPharma, u"--confirm"_s, ContosoPharma.toUpper()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"was removed"_s));
    const Run after = cli({u"customers"_s, u"--format"_s, u"json"_s});
    QCOMPARE(after.exitCode, 0);
    QVERIFY(!values(jsonArray(after.out), u"domain"_s).contains(ContosoPharma));
    QCOMPARE(cli({u"readiness"_s, ContosoPharma}).exitCode, 1);

    // The change is in the audit log of the run's data directory.
    QFile audit(m_dir.filePath(u"data/audit.jsonl"_s));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QVERIFY(audit.readAll().contains("removeRelationship"));
}

void tst_Cli::requestLink()
{
    const Run run = cli({u"request-link"_s});
    QCOMPARE(run.exitCode, 0);
    const QUrl link(run.out.trimmed());
    QCOMPARE(link.scheme(), u"https"_s);
    QVERIFY(run.out.contains(u"invType=ResellerRelationship"_s));
}

void tst_Cli::adminRelationshipsTable()
{
    // On a loopback endpoint the Partner Center token serves the sandbox's Graph too.
    const Run run = cli({u"admin-relationships"_s, Contoso});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Contoso helpdesk"_s), qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(u"Helpdesk Administrator"_s));
    QVERIFY(run.out.contains(u"Directory Readers"_s));
    QVERIFY(run.out.contains(u"Active"_s));
    QVERIFY(run.out.contains(u"Terminated"_s));
    QCOMPARE(run.out.count(u'\n'), 2 + 3);
    // No relationship at all is an empty list, not an error.
    const Run none = cli({u"admin-relationships"_s, Adatum});
    QCOMPARE(none.exitCode, 0);
}

void tst_Cli::adminRelationshipsJsonAndCsv()
{
    const Run json = cli({u"admin-relationships"_s, Contoso, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = jsonArray(json.out);
    QCOMPARE(array.size(), 3);
    QCOMPARE(values(array, u"status"_s), QStringList({u"active"_s, u"active"_s, u"terminated"_s}));
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value(u"name"_s).toString(), u"Contoso helpdesk"_s);
    QCOMPARE(first.value(u"roles"_s).toString(), u"Directory Readers; Helpdesk Administrator"_s);
    QVERIFY(first.value(u"id"_s).toString().endsWith(u"c0000000-0000-4000-8000-000000000001"_s));
    QVERIFY(first.value(u"end"_s).toString().contains(u'T')); // ISO date for scripts
    QVERIFY(first.value(u"roleDefinitionIds"_s)
                .toString()
                .contains(u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s));

    const Run csv = cli({u"admin-relationships"_s, Contoso, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.out.startsWith(u"id,name,status,roles,end,"_s), qPrintable(csv.out));
    QCOMPARE(csv.out.count(u"\r\n"_s), 4);
}

void tst_Cli::adminRelationshipsByTenantId()
{
    // Graph names the customer by its tenant id, which differs from the customer id here.
    const Run run = cli({u"admin-relationships"_s, Tokyo, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = jsonArray(run.out);
    QCOMPARE(array.size(), 1);
    QVERIFY(array.first().toObject().value(u"id"_s).toString().endsWith(TokyoTenantId));
}

void tst_Cli::adminRelationshipsWithItsOwnGraphToken()
{
    const QString graphToken = m_server.issueAccessToken(u"sales"_s);
    QProcessEnvironment env = environment(m_server.issueAccessToken(), u"graph"_s);
    env.insert(u"PARTNERDESK_GRAPH_ACCESS_TOKEN"_s, graphToken);
    m_server.clearRecentRequests();
    Run run = cli(at(m_server.baseUrl(), {u"admin-relationships"_s, Contoso, u"--graph-endpoint"_s,
                                          m_server.baseUrl().toString()}),
                  env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(graphToken));
    bool graphSeen = false;
    for (const RecordedRequest &r : m_server.recentRequests()) {
        if (!r.path.startsWith(u"/v1.0/"_s))
            continue;
        graphSeen = true;
        QCOMPARE(r.header("authorization"), "Bearer " + graphToken.toLatin1());
        QVERIFY(!r.header("client-request-id").isEmpty());
    }
    QVERIFY(graphSeen);

    // A Graph token from a file that the server refuses: Graph's error, exit 1.
    const QString file = m_dir.filePath(u"graph-token.txt"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("not-a-token\n");
    out.close();
    env.remove(u"PARTNERDESK_GRAPH_ACCESS_TOKEN"_s);
    run = cli(at(m_server.baseUrl(),
                 {u"admin-relationships"_s, Contoso, u"--graph-access-token-file"_s, file}),
              env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Microsoft Graph client-request-id"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

namespace {
// A sandbox of the test's own, so an offboarding leaves the shared ones as they were; Fabrikam
// gets two admin relationships, one already ended.
std::unique_ptr<SandboxServer> offboardingSandbox()
{
    auto server = std::make_unique<SandboxServer>();
    if (!server->loadState(QStringLiteral(CLI_FIXTURE)) || server->start(0) == 0)
        return {};
    SandboxCustomer *fabrikam = server->store().customer(u"c0000000-0000-4000-8000-000000000003"_s);
    for (const auto &[n, status] : {std::pair{1, u"active"_s}, std::pair{2, u"expired"_s}}) {
        SandboxAdminRelationship r;
        r.id = u"fa00000%1-0000-4000-8000-000000000000-"_s.arg(n) + fabrikam->tenantId;
        r.displayName = u"Fabrikam GDAP %1"_s.arg(n);
        r.status = status;
        r.roleDefinitionIds = {u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s};
        r.endDateTime = server->now().addDays(status == u"active"_s ? 100 : -5);
        fabrikam->adminRelationships.append(r);
    }
    server->notifyStoreChanged();
    return server;
}
} // namespace

void tst_Cli::offboardDryRunChangesNothing()
{
    const auto server = offboardingSandbox();
    QVERIFY(server);
    const QByteArray before = QJsonDocument(server->store().toJson()).toJson();
    const Run run = cli(
        at(server->baseUrl(), {u"offboard"_s, Fabrikam, u"--confirm"_s, Fabrikam, u"--dry-run"_s}),
        environment(server->issueAccessToken(), u"dryrun"_s));
    QCOMPARE(run.exitCode, 0); // nothing would stay in the way
    QVERIFY2(run.out.contains(u"Suspend \"Office 365 E3\" (with its add-ons: Audio "
                              u"Conferencing)"_s),
             qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(u"Remove the reseller relationship"_s));
    QVERIFY(run.out.contains(u"Terminate the admin relationship \"Fabrikam GDAP 1\""_s));
    QVERIFY(!run.out.contains(u"Fabrikam GDAP 2"_s));
    QCOMPARE(QJsonDocument(server->store().toJson()).toJson(), before);
    for (const RecordedRequest &r : server->recentRequests())
        QCOMPARE(r.method, QByteArray("GET"));
}

void tst_Cli::offboardClearsRemovesAndTerminates()
{
    const auto server = offboardingSandbox();
    QVERIFY(server);
    const Run run = cli(at(server->baseUrl(), {u"offboard"_s, Fabrikam, u"--confirm"_s, Fabrikam}),
                        environment(server->issueAccessToken(), u"offboard"_s));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const SandboxCustomer *fabrikam =
        server->store().customer(u"c0000000-0000-4000-8000-000000000003"_s);
    QVERIFY(!fabrikam->isListed());
    for (const SandboxSubscription &s : fabrikam->subscriptions)
        QCOMPARE(s.status, u"suspended"_s);
    // The add-on the server suspended with its base is named too.
    QVERIFY2(run.out.contains(u"Audio Conferencing is now suspended, with its base subscription"_s),
             qPrintable(run.out));
    QCOMPARE(SandboxGraphJson::statusAt(fabrikam->adminRelationships.at(0), server->now()),
             u"terminationRequested"_s);
    QCOMPARE(SandboxGraphJson::statusAt(fabrikam->adminRelationships.at(1), server->now()),
             u"expired"_s);
    QFile audit(m_dir.filePath(u"offboard/audit.jsonl"_s));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    for (const char *action :
         {"suspendSubscription", "removeRelationship", "terminateAdminRelationship"})
        QVERIFY2(log.contains(action), action);
    QVERIFY(log.contains("Audio Conferencing"));

    // With --keep-admin-relationships they stay: Contoso Pharma is ready and has none anyway,
    // so its run is only the removal.
    const Run kept = cli(at(server->baseUrl(), {u"offboard"_s, ContosoPharma, u"--confirm"_s,
                                                ContosoPharma, u"--keep-admin-relationships"_s}),
                         environment(server->issueAccessToken(), u"offboard"_s));
    QCOMPARE(kept.exitCode, 0);
}

void tst_Cli::offboardBlockedSaysWhatToDo()
{
    const auto server = offboardingSandbox();
    QVERIFY(server);
    // Contoso has a reservation: the subscriptions are suspended, the relationship stays.
    const Run run = cli(at(server->baseUrl(), {u"offboard"_s, Contoso, u"--confirm"_s, Contoso}),
                        environment(server->issueAccessToken(), u"blocked"_s));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Azure portal"_s), qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(u"https://portal.azure.com/#@"_s));
    QVERIFY(run.err.contains(u"was not removed"_s));
    const SandboxCustomer *contoso =
        server->store().customer(u"c0000000-0000-4000-8000-000000000001"_s);
    QVERIFY(contoso->isListed());
    for (const SandboxSubscription &s : contoso->subscriptions)
        QCOMPARE(s.status, u"suspended"_s);
    // Nothing of Graph was touched: the admin relationships stay while the customer does.
    for (const SandboxAdminRelationship &r : contoso->adminRelationships)
        QVERIFY(!r.terminationRequestedDateTime.isValid());

    const Run wrong = cli(at(server->baseUrl(), {u"offboard"_s, Contoso, u"--confirm"_s, Adatum}),
                          environment(server->issueAccessToken(), u"blocked"_s));
    QCOMPARE(wrong.exitCode, 2);
}

namespace {
const QString FabrikamId = u"c0000000-0000-4000-8000-000000000003"_s;
const QString FabrikamE3 = u"5b000000-0000-4000-8000-000003000001"_s;

QString writeList(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(lines.join(u'\n').toUtf8());
    return path;
}

bool onlyReads(const SandboxServer &server)
{
    const QList<RecordedRequest> requests = server.recentRequests();
    return std::all_of(requests.cbegin(), requests.cend(),
                       [](const RecordedRequest &r) { return r.method == "GET"; });
}

int patchesOf(const SandboxServer &server, const QString &pathContains)
{
    const QList<RecordedRequest> requests = server.recentRequests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const RecordedRequest &r) {
        return r.method == "PATCH" && r.path.contains(pathContains);
    }));
}
} // namespace

void tst_Cli::offboardFromList()
{
    const auto server = offboardingSandbox();
    QVERIFY(server);
    const QString list = writeList(m_dir.filePath(u"bulk-list.txt"_s),
                                   {Fabrikam, Contoso, u"nobody.onmicrosoft.com"_s, Fabrikam});
    const QProcessEnvironment env = environment(server->issueAccessToken(), u"bulk"_s);
    const QStringList from{u"offboard"_s, u"--from"_s, list};

    // Without the count: the plan, and nothing changed. The unknown and the repeated line are
    // reported, not fatal.
    const Run plan = cli(at(server->baseUrl(), from), env);
    QCOMPARE(plan.exitCode, 1);
    QVERIFY2(plan.out.contains(u"Will be removed"_s), qPrintable(plan.out + plan.err));
    QVERIFY(plan.out.contains(u"Will be prepared, cannot be removed yet"_s));
    QVERIFY2(plan.out.contains(u"Reserved VM Instance"_s), qPrintable(plan.out));
    QVERIFY(plan.err.contains(u"nobody.onmicrosoft.com"_s));
    QVERIFY(plan.err.contains(u"Line 4"_s));
    QVERIFY2(plan.err.contains(u"--confirm-count 1"_s), qPrintable(plan.err));
    QVERIFY(onlyReads(*server));

    // A wrong count refuses, naming the right one.
    const Run wrong =
        cli(at(server->baseUrl(), from + QStringList{u"--confirm-count"_s, u"2"_s}), env);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(u"1 customer would be removed"_s), qPrintable(wrong.err));
    QVERIFY(onlyReads(*server));

    // The right count runs: Fabrikam removed, Contoso prepared, the report in JSON.
    const QString reportPath = m_dir.filePath(u"bulk-report.json"_s);
    const Run run =
        cli(at(server->baseUrl(), from + QStringList{u"--confirm-count"_s, u"1"_s, u"--report"_s,
                                                     reportPath, u"--format"_s, u"json"_s}),
            env);
    QCOMPARE(run.exitCode, 1); // Contoso and the unknown line were not removed
    QVERIFY(!server->store().customer(FabrikamId)->isListed());
    const SandboxCustomer *contoso =
        server->store().customer(u"c0000000-0000-4000-8000-000000000001"_s);
    QVERIFY(contoso->isListed());
    for (const SandboxSubscription &s : contoso->subscriptions)
        QCOMPARE(s.status, u"suspended"_s);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"removed"_s).toInt(), 1);
    QCOMPARE(report.value(u"confirmed"_s).toArray(), QJsonArray{FabrikamId});
    const QJsonArray customers = report.value(u"customers"_s).toArray();
    QCOMPARE(customers.size(), 2);
    QCOMPARE(customers.at(1).toObject().value(u"result"_s).toString(), u"preparedNotRemovable"_s);
    for (const QJsonValue &action : customers.at(0).toObject().value(u"actions"_s).toArray())
        QVERIFY(!action.toObject().value(u"correlationId"_s).toString().isEmpty());
    QFile written(reportPath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(written.readAll()).object().value(u"runId"_s),
             report.value(u"runId"_s));
}

void tst_Cli::offboardFromListResumes()
{
    const auto server = offboardingSandbox();
    QVERIFY(server);
    const QString list = writeList(m_dir.filePath(u"resume-list.txt"_s), {Fabrikam});
    // A run stopped between Fabrikam's suspension and its answer: made on the server, and only
    // the attempt in the journal.
    const RunJournalStore store(RunJournalStore::folderIn(m_dir.filePath(u"bulk-resume"_s)));
    const QString runId = RunJournalStore::newRunId(QDateTime::currentDateTimeUtc());
    {
        RunJournal journal(SystemClock::instance());
        const RunCustomer fabrikam{Fabrikam, FabrikamId, FabrikamId, u"Fabrikam a.s."_s, Fabrikam};
        QVERIFY(journal.create(store.pathOf(runId),
                               RunRecord::runStarted(runId, {fabrikam}, {false, 1, {FabrikamId}})));
        QVERIFY(journal.append(RunRecord::attempted(FabrikamId, u"suspendSubscription"_s,
                                                    FabrikamE3, u"Office 365 E3"_s, u"c-1"_s)));
    }
    for (SandboxSubscription &s : server->store().customer(FabrikamId)->subscriptions)
        s.status = u"suspended"_s;
    server->notifyStoreChanged();
    server->clearRecentRequests();

    const QProcessEnvironment env = environment(server->issueAccessToken(), u"bulk-resume"_s);
    const QStringList resume{u"offboard"_s, u"--from"_s, list, u"--resume"_s};
    const Run run = cli(at(server->baseUrl(), resume + QStringList{u"--format"_s, u"csv"_s}), env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.err.contains(runId));
    QCOMPARE(patchesOf(*server, FabrikamE3), 0); // read back, never sent again
    QVERIFY(!server->store().customer(FabrikamId)->isListed());
    QVERIFY2(run.out.contains(u"verifiedAfterLostAnswer"_s), qPrintable(run.out));
    QVERIFY(!store.unfinishedRun());
}

void tst_Cli::forbiddenForHelpdesk()
{
    const QProcessEnvironment helpdesk =
        environment(m_server.issueAccessToken(u"helpdesk"_s), u"helpdesk"_s);
    Run run = cli(at(m_server.baseUrl(), {u"suspend"_s, Northwind, u"--all"_s}), helpdesk);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Your role does not allow this"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"Correlation ID"_s));
    QVERIFY(run.err.contains(u"may not allow this"_s)); // said before the request, from the token

    run = cli(at(m_server.baseUrl(), {u"remove-relationship"_s, Zluty, u"--confirm"_s, Zluty}),
              helpdesk);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"Correlation ID"_s));

    // Reading is allowed.
    QCOMPARE(cli(at(m_server.baseUrl(), {u"customers"_s}), helpdesk).exitCode, 0);
}

void tst_Cli::offboardAsIndirectReseller()
{
    // Partner Center names the partner's indirect provider: the plan says who must remove.
    const QProcessEnvironment reseller =
        environment(m_server.issueAccessToken(u"reseller"_s), u"reseller"_s);
    const Run run =
        cli(at(m_server.baseUrl(), {u"offboard"_s, Zluty, u"--confirm"_s, Zluty, u"--dry-run"_s}),
            reseller);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"indirect reseller"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Contoso Distribution CEE s.r.o."_s));
}

namespace {
const QString ZlutyId = u"c0000000-0000-4000-8000-000000000007"_s;

bool asksForProviders(const RecordedRequest &r)
{
    return r.method == "GET" && r.path == "/v1/relationships"_L1 &&
           r.query.queryItemValue(u"relationship_type"_s) == "IsIndirectResellerOf"_L1;
}
} // namespace

void tst_Cli::removeAsIndirectResellerRefusedFirst()
{
    // Only the indirect provider may remove it: said before anything else is sent, as offboard
    // says it.
    m_server.clearRecentRequests();
    const Run run =
        cli(at(m_server.baseUrl(), {u"remove-relationship"_s, Zluty, u"--confirm"_s, Zluty}),
            environment(m_server.issueAccessToken(u"reseller"_s), u"reseller-remove"_s));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"only its indirect provider (Contoso Distribution CEE s.r.o.) can "
                              u"remove the reseller relationship"_s),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    const QList<RecordedRequest> requests = m_server.recentRequests();
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), asksForProviders));
    QVERIFY(onlyReads(m_server));
    for (const RecordedRequest &r : requests)
        QVERIFY2(!r.path.contains(u"/subscriptions"_s), qPrintable(r.path)); // not even checked
    QVERIFY(m_server.store().customer(ZlutyId)->isListed());
    QFile audit(m_dir.filePath(u"reseller-remove/audit.jsonl"_s));
    QVERIFY(!audit.exists() || (audit.open(QIODevice::ReadOnly) && audit.readAll().isEmpty()));
}

void tst_Cli::removeWhenProvidersCannotBeRead()
{
    // Not known is not assumed: the removal is sent, and Partner Center's 403 says why.
    m_server.clearRecentRequests();
    m_server.injectError(403, u"Forbidden"_s, u"Not allowed."_s, u"relationship_type"_s);
    const Run run =
        cli(at(m_server.baseUrl(), {u"remove-relationship"_s, Zluty, u"--confirm"_s, Zluty}),
            environment(m_server.issueAccessToken(u"reseller"_s), u"reseller-unread"_s));
    m_server.clearQueuedFaults();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"An indirect reseller cannot remove the reseller relationship"_s),
             qPrintable(run.err));
    QVERIFY(run.err.contains(u"Correlation ID"_s));
    QCOMPARE(patchesOf(m_server, ZlutyId), 1);
    QVERIFY(m_server.store().customer(ZlutyId)->isListed());
}

void tst_Cli::removeAsksForProvidersThenRemoves()
{
    // A partner that is nobody's indirect reseller removes as before, once it has asked.
    SandboxServer server;
    QVERIFY(server.loadState(QStringLiteral(CLI_FIXTURE)));
    QVERIFY(server.start(0) != 0);
    const Run run =
        cli(at(server.baseUrl(), {u"remove-relationship"_s, Zluty, u"--confirm"_s, Zluty}),
            environment(server.issueAccessToken(), u"direct-remove"_s));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(u"was removed"_s));
    QVERIFY(!server.store().customer(ZlutyId)->isListed());
    const QList<RecordedRequest> requests = server.recentRequests();
    const auto asked = std::find_if(requests.cbegin(), requests.cend(), asksForProviders);
    const auto removal = std::find_if(requests.cbegin(), requests.cend(), [](const auto &r) {
        return r.method == "PATCH" && r.path.endsWith(ZlutyId);
    });
    QVERIFY(asked < removal && removal != requests.cend());
    QCOMPARE(patchesOf(server, ZlutyId), 1);
    QFile audit(m_dir.filePath(u"direct-remove/audit.jsonl"_s));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QVERIFY(audit.readAll().contains("removeRelationship"));
}

void tst_Cli::localeSentToServer()
{
    const QProcessEnvironment admin = environment(m_server.issueAccessToken(), u"locale"_s);
    for (const auto &[language, tag] :
         {std::pair{u"cs"_s, u"cs-CZ"_s}, std::pair{u"pl"_s, u"pl-PL"_s},
          std::pair{u"de"_s, u"de-DE"_s}, std::pair{u"fr"_s, u"fr-FR"_s},
          std::pair{u"es"_s, u"es-ES"_s}, std::pair{u"sk"_s, u"sk-SK"_s},
          std::pair{u"hu"_s, u"hu-HU"_s}, std::pair{u"en"_s, u"en-US"_s}}) {
        m_server.clearRecentRequests();
        QCOMPARE(cli(at(m_server.baseUrl(), {u"--language"_s, language, u"request-link"_s}), admin)
                     .exitCode,
                 0);
        const QList<RecordedRequest> requests = m_server.recentRequests();
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.constLast().locale(), tag);
    }
}

void tst_Cli::czechMessages()
{
    Run run = cli({u"--language"_s, u"cs"_s, u"readiness"_s, Contoso});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Vztah prodejce"_s), qPrintable(run.out));
    QVERIFY(!run.out.contains(u"cannot be removed"_s));

    // Partner Center's own words come in Czech too (X-Locale), framed by our Czech.
    const QProcessEnvironment helpdesk =
        environment(m_server.issueAccessToken(u"helpdesk"_s), u"helpdesk"_s);
    run = cli(at(m_server.baseUrl(),
                 {u"--language"_s, u"cs"_s, u"suspend"_s, Northwind, NorthwindSecond}),
              helpdesk);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Vaše role"_s), qPrintable(run.err));

    // Dates as Czech writes them ("24. 7. 2027"), not in the US order.
    run = cli({u"--language"_s, u"cs"_s, u"subscriptions"_s, Fabrikam});
    QCOMPARE(run.exitCode, 0);
    static const QRegularExpression czechDate(uR"(\b\d{1,2}\. \d{1,2}\. \d{4}\b)"_s);
    QVERIFY2(run.out.contains(czechDate), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Množství"_s), qPrintable(run.out));
}

void tst_Cli::embeddedSandboxKeepsState()
{
    // The embedded sandbox keeps its state in the data directory.
    const QString dataDir = m_dir.filePath(u"embedded"_s);
    const QProcessEnvironment env = embeddedEnvironment(u"embedded"_s);

    Run run = cli({u"remove-relationship"_s, Zluty, u"--confirm"_s, Zluty}, env);
    QCOMPARE(run.exitCode, 0);
    // A second process sees the removal: it was saved.
    run = cli({u"customers"_s, u"--format"_s, u"json"_s}, env);
    QCOMPARE(run.exitCode, 0);
    const QStringList domains = values(jsonArray(run.out), u"domain"_s);
    QCOMPARE(domains.size(), 6);
    QVERIFY(!domains.contains(Zluty));
    QVERIFY(QFile::exists(dataDir + u"/audit.jsonl"_s));
    // The user's own data folder was never touched.
    QVERIFY(!QDir(m_dir.filePath(u"xdg"_s)).exists());
}

void tst_Cli::activity()
{
    // The embedded sandbox of a data folder of its own: its changes land in its audit log.
    const QString dataDir = m_dir.filePath(u"activity"_s);
    const QProcessEnvironment env = embeddedEnvironment(u"activity"_s);

    // Nothing done yet: an empty list, and no sandbox started to tell it.
    Run run = cli({u"activity"_s, u"--format"_s, u"json"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonArray(run.out).size(), 0);
    QVERIFY(!QFile::exists(dataDir + u"/audit.jsonl"_s));

    QCOMPARE(cli({u"suspend"_s, Northwind, u"--all"_s}, env).exitCode, 0);
    QCOMPARE(
        cli({u"remove-relationship"_s, ContosoPharma, u"--confirm"_s, ContosoPharma}, env).exitCode,
        0);

    run = cli({u"activity"_s, u"--format"_s, u"json"_s}, env);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray all = jsonArray(run.out);
    QCOMPARE(all.size(), 6); // two suspensions and the removal, each attempted and done
    const QStringList times = values(all, u"time"_s);
    QStringList sorted = times;
    sorted.sort();
    QCOMPARE(times, sorted); // oldest first
    QCOMPARE(values(all, u"result"_s).count(u"succeeded"_s), 3);
    QCOMPARE(values(all, u"action"_s).count(u"removeRelationship"_s), 2);
    QCOMPARE(all.last().toObject().value(u"customerDomain"_s).toString(), ContosoPharma);
    QCOMPARE(all.last().toObject().value(u"newStatus"_s).toString(), u"none"_s);
    for (const QString &id : values(all, u"correlationId"_s))
        QVERIFY(!id.isEmpty());

    const auto count = [&](const QStringList &filter) {
        const Run filtered =
            cli(QStringList{u"activity"_s, u"--format"_s, u"json"_s} + filter, env);
        return filtered.exitCode == 0 ? jsonArray(filtered.out).size() : -1;
    };
    QCOMPARE(count({u"--customer"_s, ContosoPharma}), 2);
    QCOMPARE(count({u"--customer"_s, u"NORTHWIND"_s}), 4);
    QCOMPARE(count({u"--customer"_s, u"c0000000-0000-4000-8000-000000000004"_s}), 4);
    QCOMPARE(count({u"--since"_s, u"2999-01-01"_s}), 0);
    QCOMPARE(count({u"--since"_s, u"2000-01-01"_s, u"--customer"_s, u"pharma"_s}), 2);

    run = cli({u"activity"_s, u"--format"_s, u"csv"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"time,customerName,customerId,customerDomain,action,"_s));
    QCOMPARE(run.out.count(u"\r\n"_s), 7);

    run = cli({u"activity"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Suspend subscription"_s));
    QVERIFY(run.out.contains(u"Remove reseller relationship"_s));
    QVERIFY(run.out.contains(u"Active → Suspended"_s));
    run = cli({u"--language"_s, u"cs"_s, u"activity"_s}, env);
    QVERIFY2(run.out.contains(u"Odebrat vztah prodejce"_s), qPrintable(run.out));

    // A damaged line is left out and said so; the rest is printed.
    QFile log(dataDir + u"/audit.jsonl"_s);
    QVERIFY(log.open(QIODevice::Append));
    log.write("{broken\n");
    log.close();
    run = cli({u"activity"_s, u"--format"_s, u"json"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonArray(run.out).size(), 6);
    QVERIFY2(run.err.contains(u"1 line"_s), qPrintable(run.err));
}

void tst_Cli::whoamiSandboxAndToken()
{
    Run run = cli({u"whoami"_s}, accountEnvironment(u"whoami"_s));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"sandbox\n"_s);

    const QProcessEnvironment helpdesk =
        environment(m_server.issueAccessToken(u"helpdesk"_s), u"whoami"_s);
    run = cli(at(m_server.baseUrl(), {u"whoami"_s}), helpdesk);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Roles: Helpdesk agent"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"User: "_s));
    QVERIFY(run.out.contains(m_server.baseUrl().toDisplayString()));
}

void tst_Cli::signInWithoutKeychain()
{
    // The sandbox as Microsoft Entra: the code is approved at the first poll (after the 5 s
    // interval the sandbox asks for).
    m_server.setDevicePollsBeforeApproval(0);
    const QProcessEnvironment env = accountEnvironment(u"signin"_s);
    Run run = cli(signInArguments(), env);
    // Signed in, but with no keychain the sign-in would end with this process: a failure,
    // and the reason says what to do instead.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"enter the code"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(m_server.baseUrl().toString()), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Signed in as"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"No keychain is available"_s), qPrintable(run.err));
    QVERIFY(!(run.out + run.err).contains(u"eyJ"_s)); // no JWT-shaped token printed

    // The settings were saved, and nothing of a token with them.
    QFile conf(m_dir.filePath(u"signin-config/PartnerDesk/PartnerDesk.conf"_s));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QByteArray saved = conf.readAll();
    QVERIFY2(saved.contains(TestClientId.toLatin1()), saved.constData());
    QVERIFY(saved.contains("contoso.onmicrosoft.com"));
    QVERIFY(saved.contains("partnercenter"));
    QVERIFY(!saved.contains("eyJ"));

    // The saved account is Partner Center: commands need the keychain and say so.
    run = cli({u"whoami"_s}, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"No keychain is available"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"sign-out"_s), qPrintable(run.err));
    run = cli({u"customers"_s}, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());

    // --endpoint with a token still works for the run, whatever the saved account.
    QProcessEnvironment withToken = env;
    withToken.insert(u"PARTNERDESK_ACCESS_TOKEN"_s, m_token);
    QCOMPARE(cli(at(m_url, {u"request-link"_s}), withToken).exitCode, 0);

    // sign-out: back to the sandbox.
    run = cli({u"sign-out"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Signed out"_s));
    run = cli({u"whoami"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"sandbox\n"_s);
}

void tst_Cli::signInDeclined()
{
    m_server.setDevicePollsBeforeApproval(-1); // only the approval page decides
    QProcess process;
    process.setProcessEnvironment(accountEnvironment(u"declined"_s));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PARTNERDESK_CLI), signInArguments());
    QVERIFY(process.waitForStarted(10000));
    QString err;
    static const QRegularExpression code(u"enter the code ([A-Z0-9-]+)"_s);
    QRegularExpressionMatch match;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += QString::fromUtf8(process.readAllStandardError());
            match = code.match(err);
            return match.hasMatch();
        },
        10000));

    // The user declines on the sign-in page.
    QNetworkAccessManager network;
    QUrl decline = m_server.baseUrl();
    decline.setPath(u"/sandbox/device/decline"_s);
    decline.setQuery(u"user_code="_s + match.captured(1));
    QNetworkReply *reply = network.get(QNetworkRequest(decline));
    QSignalSpy declined(reply, &QNetworkReply::finished);
    QVERIFY(declined.wait(5000));
    reply->deleteLater();

    QVERIFY(finished.wait(RunTimeoutMs));
    err += QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(u"Not signed in: "_s), qPrintable(err));
    QVERIFY2(err.contains(u"declined"_s), qPrintable(err));
    m_server.setDevicePollsBeforeApproval(0);
}

void tst_Cli::signInBadSettings()
{
    const QProcessEnvironment env = accountEnvironment(u"badsettings"_s);
    // No application ID saved or given.
    Run run = cli({u"sign-in"_s, u"--tenant"_s, u"contoso.onmicrosoft.com"_s}, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    run =
        cli({u"sign-in"_s, u"--client-id"_s, TestClientId, u"--tenant"_s, u"not a tenant!"_s}, env);
    QCOMPARE(run.exitCode, 2);
    // Options that belong to sign-in only.
    run = cli({u"customers"_s, u"--tenant"_s, u"contoso.onmicrosoft.com"_s}, env);
    QCOMPARE(run.exitCode, 2);
    run = cli({u"sign-in"_s, u"--endpoint"_s, u"http://partner.example.com"_s}, env);
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
