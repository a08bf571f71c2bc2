#include "core/audit/auditlog.h"
#include "core/domain/apierror.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_AuditLog : public QObject
{
    Q_OBJECT

private slots:
    void appendsOneLinePerEntryAndReadsBack()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(u"sub/audit.jsonl"_s));
        log.setUserDisplayName(u"Alice Admin"_s);

        AuditEntry attempt;
        attempt.action = u"suspendSubscription"_s;
        attempt.customerId = u"cust-1"_s;
        attempt.customerName = u"Žluťoučký kůň"_s;
        attempt.itemId = u"sub-1"_s;
        attempt.oldStatus = u"active"_s;
        attempt.newStatus = u"suspended"_s;
        attempt.correlationId = u"corr-1"_s;
        QVERIFY(log.append(attempt));

        AuditEntry failure = attempt;
        failure.outcome = AuditEntry::Outcome::Failed;
        ApiError error = ApiError::http(403, u"900150"_s, u"Role lacks rights"_s);
        error.setCorrelationId(u"corr-1"_s);
        failure.setError(error);
        QVERIFY(log.append(failure));

        QFile file(log.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(second.value("outcome"_L1).toString(), u"failed"_s);
        QCOMPARE(second.value("httpStatus"_L1).toInt(), 403);
        QCOMPARE(second.value("errorCode"_L1).toString(), u"900150"_s);
        QCOMPARE(second.value("user"_L1).toString(), u"Alice Admin"_s);
        QVERIFY(second.value("time"_L1).toString().endsWith(u'Z'));

        const QList<AuditEntry> entries = log.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries.at(0).customerName, u"Žluťoučký kůň"_s);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Failed);
        QCOMPARE(entries.at(1).errorMessage, u"Role lacks rights"_s);
        QCOMPARE(entries.at(1).time.timeSpec(), Qt::UTC);
    }

    void everyOutcomeRoundTrips_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("text");
        using Outcome = AuditEntry::Outcome;
        QTest::newRow("attempted") << int(Outcome::Attempted) << u"attempted"_s;
        QTest::newRow("succeeded") << int(Outcome::Succeeded) << u"succeeded"_s;
        QTest::newRow("failed") << int(Outcome::Failed) << u"failed"_s;
        QTest::newRow("refused") << int(Outcome::Refused) << u"refused"_s;
        QTest::newRow("cancelled") << int(Outcome::Cancelled) << u"cancelled"_s;
        // A change that may have been made: its answer was lost and the read-back failed.
        QTest::newRow("unknown") << int(Outcome::Unknown) << u"unknown"_s;
    }

    void everyOutcomeRoundTrips()
    {
        QFETCH(int, outcome);
        QFETCH(QString, text);
        AuditEntry entry;
        entry.action = u"suspendSubscription"_s;
        entry.outcome = AuditEntry::Outcome(outcome);
        const QJsonObject json = entry.toJson();
        QCOMPARE(json.value("outcome"_L1).toString(), text);
        QCOMPARE(AuditEntry::fromJson(json).outcome, entry.outcome);
    }

    void linesWrittenBeforeTheUnknownOutcomeReadAsBefore()
    {
        // The values and the field name are the same as before "unknown" was added.
        const QByteArray old =
            R"({"time":"2026-11-20T09:00:00.000Z","action":"suspendSubscription","customerId":"c",)"
            R"("itemId":"s1","outcome":"failed","httpStatus":500,"errorMessage":"x"})";
        const AuditEntry entry = AuditEntry::fromJson(QJsonDocument::fromJson(old).object());
        QCOMPARE(entry.outcome, AuditEntry::Outcome::Failed);
        QCOMPARE(entry.httpStatus, 500);
        // A value this build does not know (written by a later one) is not taken for a result.
        QCOMPARE(AuditEntry::outcomeFromText(u"somethingNew"_s), AuditEntry::Outcome::Attempted);
    }

    void damagedLineIsSkipped()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(u"audit.jsonl"_s));
        AuditEntry entry;
        entry.action = u"removeRelationship"_s;
        QVERIFY(log.append(entry));
        {
            QFile file(log.filePath());
            QVERIFY(file.open(QIODevice::Append));
            file.write("{not json\n");
        }
        QVERIFY(log.append(entry));
        QCOMPARE(log.entries().size(), 2);
    }

    void unwritablePathReportsError()
    {
        QTemporaryDir dir;
        // A directory where the file should be.
        AuditLog log(dir.path());
        QVERIFY(!log.append(AuditEntry()));
        QVERIFY(!log.errorString().isEmpty());
    }

    void defaultPathIsInAppData() { QVERIFY(AuditLog::defaultPath().endsWith(u"/audit.jsonl"_s)); }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
