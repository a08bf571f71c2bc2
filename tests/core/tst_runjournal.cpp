#include "core/audit/auditaction.h"
#include "core/bulk/journalline.h"
#include "core/bulk/runjournal.h"
#include "core/bulk/runjournalreader.h"
#include "core/bulk/runjournalstore.h"
#include "core/domain/apierror.h"
#include "manualclock.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Suspend = AuditAction::name(AuditAction::SuspendSubscription);
const QString Cancel = AuditAction::name(AuditAction::CancelSubscription);
const QString Remove = AuditAction::name(AuditAction::RemoveRelationship);

QList<RunCustomer> customers(int count)
{
    QList<RunCustomer> list;
    for (int i = 0; i < count; ++i) {
        const QString id = u"c%1"_s.arg(i);
        list.append({id + u".onmicrosoft.com"_s, id, id + u"-tenant"_s, u"Společnost %1"_s.arg(i),
                     id + u".onmicrosoft.com"_s});
    }
    return list;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

JournalScan scanBytes(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return RunJournalReader::read(buffer);
}

// A run of three customers: c0 removed, c1 prepared, c2 with a suspension in doubt.
void writeSampleRun(RunJournal &journal, const QString &path)
{
    RunOptions options;
    options.keepAdminRelationships = true;
    options.confirmCount = 2;
    QVERIFY(journal.create(path, RunRecord::runStarted(u"run-1"_s, customers(3), options)));
    QVERIFY(journal.append(
        RunRecord::attempted(u"c0"_s, Suspend, u"s1"_s, u"Office"_s, u"corr-1"_s, u"req-1"_s)));
    QVERIFY(journal.append(RunRecord::outcome(u"c0"_s, Suspend, u"s1"_s,
                                              RunRecord::ActionResult::Succeeded, u"corr-1"_s)));
    QVERIFY(journal.append(RunRecord::attempted(u"c0"_s, Remove, {}, {}, u"corr-2"_s, u"req-2"_s)));
    QVERIFY(journal.append(RunRecord::outcome(
        u"c0"_s, Remove, {}, RunRecord::ActionResult::VerifiedAfterLostAnswer, u"corr-2"_s)));
    QVERIFY(
        journal.append(RunRecord::customerFinished(u"c0"_s, RunRecord::CustomerResult::Removed)));
    QVERIFY(
        journal.append(RunRecord::attempted(u"c1"_s, Cancel, u"s2"_s, u"Teams"_s, u"corr-3"_s)));
    ApiError error = ApiError::http(409, u"900117"_s, u"Cancellation window passed"_s);
    QVERIFY(
        journal.append(RunRecord::outcome(u"c1"_s, Cancel, u"s2"_s, RunRecord::ActionResult::Failed,
                                          u"corr-3"_s, RecordedError::from(error))));
    QVERIFY(journal.append(RunRecord::customerFinished(
        u"c1"_s, RunRecord::CustomerResult::PreparedNotRemovable, u"Teams renews"_s,
        QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC))));
    QVERIFY(
        journal.append(RunRecord::attempted(u"c2"_s, Suspend, u"s3"_s, u"Azure"_s, u"corr-4"_s)));
}
} // namespace

class tst_RunJournal : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        m_clock.emplace();
    }

    void lineChecksItself()
    {
        const QJsonObject record{{u"type"_s, u"x"_s}, {u"text"_s, u"\",\"check\":\"00000000\"}"_s}};
        const QByteArray line = JournalLine::encode(record);
        QVERIFY(line.endsWith("\"}\n"));
        // Still plain JSON.
        QVERIFY(QJsonDocument::fromJson(line).isObject());
        QCOMPARE(JournalLine::decode(line.chopped(1)), std::optional(record));
        for (qsizetype cut = 0; cut < line.size() - 1; ++cut)
            QVERIFY2(!JournalLine::decode(line.first(cut)), qPrintable(QString::number(cut)));
        QByteArray flipped = line.chopped(1);
        flipped[10] = flipped[10] ^ 0x01;
        QVERIFY(!JournalLine::decode(flipped));
        QVERIFY(!JournalLine::decode(QByteArray(200, '\0')));
        QVERIFY(!JournalLine::decode("{\"type\":\"x\"}"));
    }

    void writesAndRebuildsTheRun()
    {
        RunJournal journal(clock());
        const QString path = file(u"runs/run-1.jsonl"_s);
        writeSampleRun(journal, path);

        const JournalScan scan = RunJournalReader::read(path);
        QCOMPARE(scan.records.size(), 10);
        QCOMPARE(scan.damagedLines, 0);
        QVERIFY(!scan.tornTail);
        QCOMPARE(scan.validLength, QFileInfo(path).size());
        for (int i = 0; i < scan.records.size(); ++i)
            QCOMPARE(scan.records.at(i).sequence, i + 1);
        QCOMPARE(scan.records.constFirst().time, clock()->now());
        QCOMPARE(scan.records.constFirst().customers, customers(3));
        QCOMPARE(scan.records.at(7).error.code, u"900117"_s);
        QCOMPARE(scan.records.at(7).error.httpStatus, 409);

        const std::optional<RunState> state = RunState::fromRecords(scan.records);
        QVERIFY(state);
        QCOMPARE(state->runId(), u"run-1"_s);
        QCOMPARE(state->status(), RunState::Status::Unfinished);
        QVERIFY(state->options().keepAdminRelationships);
        QCOMPARE(state->options().confirmCount, 2);
        QCOMPARE(state->customers().size(), 3);

        const RunCustomerState *c0 = state->customer(u"c0"_s);
        QVERIFY(c0->isDone());
        QVERIFY(c0->tookEffect(Suspend, u"s1"_s));
        QVERIFY(c0->tookEffect(Remove, {}));
        QCOMPARE(c0->action(Remove, {})->status, RunActionState::Status::VerifiedAfterLostAnswer);
        QCOMPARE(c0->action(Suspend, u"s1"_s)->correlationId, u"corr-1"_s);

        const RunCustomerState *c1 = state->customer(u"c1"_s);
        QCOMPARE(c1->result, RunRecord::CustomerResult::PreparedNotRemovable);
        QCOMPARE(c1->until, QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC));
        QVERIFY(!c1->tookEffect(Cancel, u"s2"_s));
        QCOMPARE(c1->action(Cancel, u"s2"_s)->error.message, u"Cancellation window passed"_s);

        // c2: attempted, then the crash: in doubt, to be read back before anything is sent.
        const RunCustomerState *c2 = state->customer(u"c2"_s);
        QVERIFY(!c2->isDone());
        QCOMPARE(c2->inDoubt().size(), 1);
        QCOMPARE(c2->inDoubt().constFirst().itemName, u"Azure"_s);
        QCOMPARE(state->remaining().size(), 1);
        QCOMPARE(state->remaining().constFirst().customer.customerId, u"c2"_s);
        QCOMPARE(state->count(RunRecord::CustomerResult::Removed), 1);
    }

    void createRefusesAnExistingJournal()
    {
        RunJournal first(clock());
        const QString path = file(u"run.jsonl"_s);
        QVERIFY(first.create(path, RunRecord::runStarted(u"run"_s, customers(1), {})));
        RunJournal second(clock());
        QVERIFY(!second.create(path, RunRecord::runStarted(u"run"_s, customers(1), {})));
        QVERIFY(!second.errorString().isEmpty());
        QCOMPARE(RunJournalReader::read(path).records.size(), 1);
    }

    // The heart of the guarantee: cut the file at every byte of its last record, as a crash
    // may, and read it back: every earlier record is there, the torn one is not, and a resume
    // carries on from the last whole record.
    void truncatedAtEveryOffsetOfTheLastRecord()
    {
        RunJournal journal(clock());
        const QString path = file(u"run.jsonl"_s);
        writeSampleRun(journal, path);
        QVERIFY(journal.append(RunRecord::runFinished(RunRecord::RunEnd::Completed)));
        const QByteArray bytes = readAll(path);
        const qsizetype lastStart = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
        QVERIFY(lastStart > 0);

        for (qsizetype cut = lastStart; cut < bytes.size(); ++cut) {
            const JournalScan scan = scanBytes(bytes.first(cut));
            QCOMPARE(scan.records.size(), 10);
            QCOMPARE(scan.damagedLines, 0);
            QCOMPARE(scan.tornTail, cut > lastStart);
            QCOMPARE(scan.validLength, lastStart);
            const std::optional<RunState> state = RunState::fromRecords(scan.records);
            QVERIFY(state);
            QVERIFY(!state->isFinished());
            QCOMPARE(state->remaining().size(), 1);
        }
        const JournalScan whole = scanBytes(bytes);
        QCOMPARE(whole.records.size(), 11);
        QVERIFY(RunState::fromRecords(whole.records)->isFinished());

        // Resuming each torn file cuts the torn bytes off and carries the sequence on.
        for (qsizetype cut = lastStart; cut < bytes.size(); cut += 7) {
            const QString torn = file(u"torn-%1.jsonl"_s.arg(cut));
            writeAll(torn, bytes.first(cut));
            RunJournal resumed(clock());
            QVERIFY2(resumed.resume(torn), qPrintable(resumed.errorString()));
            const JournalScan scan = RunJournalReader::read(torn);
            QCOMPARE(scan.records.size(), 11);
            QCOMPARE(scan.damagedLines, 0);
            QVERIFY(!scan.tornTail);
            QCOMPARE(scan.records.constLast().type, RunRecord::Type::RunResumed);
            QCOMPARE(scan.records.constLast().sequence, 11);
            QCOMPARE(RunState::fromRecords(scan.records)->resumeCount(), 1);
        }
    }

    void garbageLinesAreSkipped()
    {
        RunJournal journal(clock());
        const QString path = file(u"run.jsonl"_s);
        writeSampleRun(journal, path);
        const QList<QByteArray> lines = readAll(path).split('\n');

        QByteArray flipped = lines.at(3);
        flipped[20] = flipped[20] ^ 0x20;
        const QByteArray otherRun =
            JournalLine::encode(RunRecord::runStarted(u"other"_s, customers(1), {}).toJson());
        RunRecord future = RunRecord::runResumed();
        future.sequence = 99;
        QJsonObject newer = future.toJson();
        newer.insert(u"v"_s, 2);
        QByteArray mixed;
        mixed += lines.at(0) + '\n';
        mixed += QByteArray(512, '\0') + '\n'; // a zero-filled block
        mixed += lines.at(1) + '\n';
        mixed += "{\"type\":\"attempted\",\"seq\":3}\n"; // JSON without a check
        mixed += "not json at all \xff\xfe\n";           // bytes
        mixed += lines.at(2) + '\n';
        mixed += flipped + '\n';             // one bit flipped
        mixed += otherRun;                   // a second start
        mixed += lines.at(1) + '\n';         // a replayed record
        mixed += JournalLine::encode(newer); // a newer format
        mixed += "\r\n\n";
        for (qsizetype i = 4; i < lines.size() - 1; ++i)
            mixed += lines.at(i) + '\n';
        const JournalScan scan = scanBytes(mixed);
        QCOMPARE(scan.damagedLines, 8);
        QCOMPARE(scan.records.size(), 9); // all but the flipped one
        QVERIFY(!scan.tornTail);
        const std::optional<RunState> state = RunState::fromRecords(scan.records);
        QVERIFY(state);
        QCOMPARE(state->runId(), u"run-1"_s);
        QVERIFY(state->customer(u"c0"_s)->isDone());

        // Without its start, nothing is a run.
        QVERIFY(!RunState::fromRecords(scanBytes(lines.at(1) + '\n').records));
    }

    void hugeLines()
    {
        // A legitimate start of 20,000 customers reads back; a line past the limit is skipped
        // without being held in memory, and what follows it still counts.
        RunJournal journal(clock());
        const QString path = file(u"big.jsonl"_s);
        QVERIFY(journal.create(path, RunRecord::runStarted(u"big"_s, customers(20000), {})));
        QVERIFY(QFileInfo(path).size() > 2'000'000);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            const QByteArray block(1024 * 1024, 'x');
            for (qint64 written = 0; written <= RunJournalReader::MaxLineLength;
                 written += block.size())
                QCOMPARE(file.write(block), block.size());
            file.write("\n");
        }
        RunJournal more(clock());
        QVERIFY(more.resume(path));
        QVERIFY(more.append(
            RunRecord::customerFinished(u"c19999"_s, RunRecord::CustomerResult::Removed)));
        const JournalScan scan = RunJournalReader::read(path);
        QCOMPARE(scan.damagedLines, 1);
        QCOMPARE(scan.records.size(), 3);
        const std::optional<RunState> state = RunState::fromRecords(scan.records);
        QCOMPARE(state->customers().size(), 20000);
        QCOMPARE(state->remaining().size(), 19999);
        QVERIFY(state->customer(u"c19999"_s)->isDone());
    }

    void resumeKeepsWhatTookEffect()
    {
        const QString path = file(u"run.jsonl"_s);
        {
            RunJournal journal(clock());
            writeSampleRun(journal, path);
        }
        clock()->advance(std::chrono::hours(2));
        RunJournal journal(clock());
        QVERIFY(journal.resume(path));
        // The doubt about c2's suspension was read back: it had taken effect. A retry of a
        // change known to have happened never makes it "not happened".
        QVERIFY(journal.append(RunRecord::outcome(u"c2"_s, Suspend, u"s3"_s,
                                                  RunRecord::ActionResult::VerifiedAfterLostAnswer,
                                                  u"corr-5"_s)));
        QVERIFY(journal.append(RunRecord::attempted(u"c2"_s, Suspend, u"s3"_s, {}, u"corr-6"_s)));
        QVERIFY(journal.append(RunRecord::outcome(u"c2"_s, Suspend, u"s3"_s,
                                                  RunRecord::ActionResult::Failed, u"corr-6"_s)));
        QVERIFY(journal.append(
            RunRecord::customerFinished(u"c2"_s, RunRecord::CustomerResult::Cancelled)));
        QVERIFY(journal.append(RunRecord::runFinished(RunRecord::RunEnd::Cancelled)));

        const std::optional<RunState> state =
            RunState::fromRecords(RunJournalReader::read(path).records);
        QCOMPARE(state->status(), RunState::Status::Cancelled);
        QCOMPARE(state->resumeCount(), 1);
        QCOMPARE(state->lastActivity(), clock()->now());
        const RunCustomerState *c2 = state->customer(u"c2"_s);
        QVERIFY(c2->tookEffect(Suspend, u"s3"_s));
        QCOMPARE(c2->action(Suspend, u"s3"_s)->attempts, 2);
        QCOMPARE(c2->action(Suspend, u"s3"_s)->correlationId, u"corr-6"_s);
        QVERIFY(c2->inDoubt().isEmpty());
        // Cancelled is not done: a later resume would still work on c2.
        QVERIFY(!c2->isDone());
        QCOMPARE(state->remaining().size(), 1);
    }

    void failedCustomerIsKeptAndResumed()
    {
        // A customer whose action failed is reported so, and a resume works on it again.
        const RunRecord failed = RunRecord::customerFinished(
            u"c1"_s, RunRecord::CustomerResult::Failed, u"Suspend: refused"_s);
        QCOMPARE(failed.toJson().value(u"result"_s).toString(), u"failed"_s);
        QCOMPARE(RunRecord::customerResultName(RunRecord::CustomerResult::Failed), u"failed"_s);
        const std::optional<RunRecord> back = RunRecord::fromJson(failed.toJson());
        QVERIFY(back);
        QCOMPARE(back->customerResult, RunRecord::CustomerResult::Failed);
        RunCustomerState customer;
        customer.result = RunRecord::CustomerResult::Failed;
        QVERIFY(!customer.isDone());
        customer.result = RunRecord::CustomerResult::Unreadable;
        QVERIFY(customer.isDone());
    }

    void storeFindsTheUnfinishedRun()
    {
        RunJournalStore store(RunJournalStore::folderIn(m_dir->path()));
        QCOMPARE(store.folder(), m_dir->path() + u"/runs"_s);
        QVERIFY(!store.unfinishedRun());

        const QString firstId = RunJournalStore::newRunId(clock()->now());
        QVERIFY(firstId.startsWith(u"20261120T090000Z-"_s));
        QVERIFY(firstId != RunJournalStore::newRunId(clock()->now()));
        {
            RunJournal journal(clock());
            QVERIFY(journal.create(store.pathOf(firstId),
                                   RunRecord::runStarted(firstId, customers(2), {})));
        }
        clock()->advance(std::chrono::minutes(5));
        const QString secondId = RunJournalStore::newRunId(clock()->now());
        {
            RunJournal journal(clock());
            QVERIFY(journal.create(store.pathOf(secondId),
                                   RunRecord::runStarted(secondId, customers(3), {})));
            QVERIFY(journal.append(RunRecord::runFinished(RunRecord::RunEnd::Completed)));
        }
        // Neither an empty file nor one of garbage is a run.
        writeAll(store.pathOf(u"20261120T091000Z-00000000"_s), {});
        writeAll(store.pathOf(u"20261120T092000Z-00000000"_s), "garbage\n");

        const QList<RunState> runs = store.runs();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).runId(), firstId);
        QCOMPARE(runs.at(1).runId(), secondId);
        QCOMPARE(store.unfinishedRun()->runId(), firstId);
        QCOMPARE(store.run(secondId)->customers().size(), 3);

        RunJournal journal(clock());
        QVERIFY(journal.resume(store.pathOf(firstId)));
        QVERIFY(journal.append(RunRecord::runFinished(RunRecord::RunEnd::Completed)));
        QVERIFY(!store.unfinishedRun());
    }

    // A real crash: a child process writing records as fast as it can is killed with SIGKILL.
    // Every record it reported as written is there, in order, and the journal resumes.
    void survivesAKilledWriter()
    {
        const QString path = file(u"killed.jsonl"_s);
        QProcess writer;
        writer.start(QStringLiteral(RUNJOURNAL_WRITER), {path, u"50"_s});
        QVERIFY(writer.waitForStarted());
        qint64 acknowledged = 0;
        QByteArray output;
        while (acknowledged < 300 && writer.waitForReadyRead(10000)) {
            output += writer.readAllStandardOutput();
            const QList<QByteArray> lines = output.split('\n');
            if (lines.size() > 1)
                acknowledged = lines.at(lines.size() - 2).toLongLong();
        }
        QVERIFY2(acknowledged >= 300, writer.readAllStandardError().constData());
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        const JournalScan scan = RunJournalReader::read(path);
        QCOMPARE(scan.damagedLines, 0);
        QVERIFY(scan.records.size() >= acknowledged);
        for (int i = 0; i < scan.records.size(); ++i)
            QCOMPARE(scan.records.at(i).sequence, i + 1);
        const std::optional<RunState> state = RunState::fromRecords(scan.records);
        QVERIFY(state);
        QCOMPARE(state->runId(), u"killed-run"_s);
        QVERIFY(!state->isFinished());
        qsizetype actions = 0;
        for (const RunCustomerState &customer : state->customers())
            actions += customer.actions.size();
        QCOMPARE(actions, (scan.records.size() - 1 + 1) / 2);

        RunJournal journal(clock());
        QVERIFY(journal.resume(path));
        QVERIFY(journal.append(RunRecord::runFinished(RunRecord::RunEnd::Cancelled)));
        const JournalScan after = RunJournalReader::read(path);
        QCOMPARE(after.records.size(), scan.records.size() + 2);
        QCOMPARE(after.damagedLines, 0);
        QVERIFY(RunState::fromRecords(after.records)->isFinished());
    }

    // What the per-record fdatasync costs here; a figure, not a pass/fail bar.
    void appendCost()
    {
        RunJournal journal(clock());
        QVERIFY(journal.create(file(u"cost.jsonl"_s),
                               RunRecord::runStarted(u"cost"_s, customers(10), {})));
        QElapsedTimer timer;
        timer.start();
        constexpr int Count = 200;
        for (int i = 0; i < Count; ++i)
            QVERIFY(journal.append(
                RunRecord::attempted(u"c1"_s, Suspend, u"s%1"_s.arg(i), {}, u"corr"_s)));
        qInfo("%d records appended and synced in %lld ms (%.2f ms each)", Count, timer.elapsed(),
              double(timer.nsecsElapsed()) / 1e6 / Count);
    }

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    ManualClock *clock() { return &*m_clock; }

    std::optional<QTemporaryDir> m_dir; // a fresh folder and clock for every test
    std::optional<ManualClock> m_clock;
};

QTEST_GUILESS_MAIN(tst_RunJournal)
#include "tst_runjournal.moc"
