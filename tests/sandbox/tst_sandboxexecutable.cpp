#include "sandboxtestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

class tst_SandboxExecutable : public QObject
{
    Q_OBJECT

private slots:
    void printsUrlAndTokenThenServes();
    void dataFilePersists();
    void rejectsBadRates();
    void loseAnswerRateAppliesThenCloses();

private:
    static bool startSandbox(QProcess &process, const QStringList &arguments, QUrl *url,
                             QByteArray *token);
};

bool tst_SandboxExecutable::startSandbox(QProcess &process, const QStringList &arguments, QUrl *url,
                                         QByteArray *token)
{
    process.start(QStringLiteral(SANDBOX_EXECUTABLE), arguments);
    if (!process.waitForStarted(10000))
        return false;
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (process.state() == QProcess::Running) {
        if (process.canReadLine()) {
            const QByteArray first = process.readLine().trimmed();
            while (!process.canReadLine() && process.state() == QProcess::Running)
                output.wait(5000);
            *url = QUrl(QString::fromUtf8(first));
            *token = process.readLine().trimmed();
            return true;
        }
        if (!output.wait(10000))
            return false;
    }
    return false;
}

void tst_SandboxExecutable::printsUrlAndTokenThenServes()
{
    QProcess process;
    QUrl url;
    QByteArray token;
    QVERIFY(startSandbox(process, {"--customers", "250", "--seed", "3"}, &url, &token));
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(token.count('.'), 2);
    SandboxTestClient client;
    client.base = url;
    client.token = token;
    const TestReply r = client.get("/v1/customers?size=500");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("totalCount").toInt(), 250);
    process.kill();
    process.waitForFinished();
}

void tst_SandboxExecutable::dataFilePersists()
{
    QTemporaryDir dir;
    const QString data = dir.filePath("state.json");
    QString removedId;
    for (int run = 0; run < 2; ++run) {
        QProcess process;
        QUrl url;
        QByteArray token;
        QVERIFY(startSandbox(process, {"--data", data}, &url, &token));
        SandboxTestClient client;
        client.base = url;
        client.token = token;
        if (run == 0) {
            const TestReply list = client.get("/v1/customers?size=500");
            const QJsonArray items = list.json.value("items").toArray();
            for (const QJsonValue &v : items) {
                const QString name =
                    v.toObject().value("companyProfile").toObject().value("companyName").toString();
                if (name.startsWith(QStringLiteral("Žluťoučký")))
                    removedId = v.toObject().value("id").toString();
            }
            QVERIFY(!removedId.isEmpty());
            QCOMPARE(client.patch("/v1/customers/" + removedId, {{"relationshipToPartner", "none"}})
                         .status,
                     200);
        } else {
            QCOMPARE(client.get("/v1/customers/" + removedId).status, 404);
        }
        process.kill();
        process.waitForFinished();
    }
}

void tst_SandboxExecutable::rejectsBadRates()
{
    for (const char *option : {"--throttle-rate", "--lose-answer-rate", "--stall-rate"}) {
        QProcess process;
        process.start(QStringLiteral(SANDBOX_EXECUTABLE), {QString::fromLatin1(option), "1.5"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains(option));
    }
}

void tst_SandboxExecutable::loseAnswerRateAppliesThenCloses()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("state.json"));
    QProcess process;
    QUrl url;
    QByteArray token;
    QVERIFY(startSandbox(process, {"--customers", "5", "--data", data, "--lose-answer-rate", "1"},
                         &url, &token));
    const auto readState = [&] {
        QFile file(data);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    };
    // An active subscription that is not an Azure plan, so nothing refuses its suspension.
    QString customerId, subscriptionId;
    const QJsonArray customers = readState().value("customers").toArray();
    for (const QJsonValue &c : customers) {
        for (const QJsonValue &s : c.toObject().value("subscriptions").toArray()) {
            const QJsonObject o = s.toObject();
            if (subscriptionId.isEmpty() && o.value("status").toString() == "active" &&
                o.value("activeAzureSubscriptions").toInt() == 0 &&
                !o.value("offerName").toString().contains("Azure")) {
                customerId = c.toObject().value("id").toString();
                subscriptionId = o.value("id").toString();
            }
        }
    }
    QVERIFY(!subscriptionId.isEmpty());
    SandboxTestClient client;
    client.base = url;
    client.token = token;
    const TestReply lost =
        client.patch("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId,
                     {{"status", "suspended"}});
    QCOMPARE(lost.status, 0);
    process.kill();
    process.waitForFinished();
    QString status;
    for (const QJsonValue &c : readState().value("customers").toArray()) {
        for (const QJsonValue &s : c.toObject().value("subscriptions").toArray()) {
            if (s.toObject().value("id").toString() == subscriptionId)
                status = s.toObject().value("status").toString();
        }
    }
    QCOMPARE(status, QStringLiteral("suspended"));
}

QTEST_GUILESS_MAIN(tst_SandboxExecutable)
#include "tst_sandboxexecutable.moc"
