#include "core/activity/activityfilter.h"
#include "core/activity/activitymodel.h"
#include "core/audit/auditaction.h"
#include "core/audit/auditlog.h"
#include "core/i18n/languagemanager.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime Start(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

AuditEntry entry(int i, AuditEntry::Outcome outcome = AuditEntry::Outcome::Succeeded)
{
    AuditEntry e;
    e.time = Start.addSecs(i * 60);
    e.user = u"Alice Admin"_s;
    e.action =
        AuditAction::name(i % 3 == 0 ? AuditAction::CancelOrder : AuditAction::SuspendSubscription);
    e.customerId = u"customer-%1"_s.arg(i % 7);
    e.customerName = i % 7 == 0 ? u"Žluťoučký kůň s.r.o."_s : u"Contoso %1"_s.arg(i % 7);
    e.itemId = u"item-%1"_s.arg(i);
    e.itemName = u"Microsoft 365 Business Premium"_s;
    e.oldStatus = u"active"_s;
    e.newStatus = u"suspended"_s;
    e.outcome = outcome;
    e.correlationId = u"corr-%1"_s.arg(i);
    return e;
}

QByteArray line(const AuditEntry &e)
{
    return QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

// "item-9 Succeeded", newest first: what a failing comparison prints.
QStringList rows(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, ActivityModel::ItemColumn).data(Qt::ToolTipRole).toString());
    return out;
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * 4096;
}
} // namespace

class tst_ActivityModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(u"en"_s)); }

    void readsNewestFirstAndSkipsDamagedLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        QByteArray bytes;
        for (int i = 0; i < 5; ++i)
            bytes += line(entry(i));
        bytes += "{damaged\n\n";
        bytes += QByteArray(2 * 1024 * 1024, 'x') + '\n';
        bytes += line(entry(5));
        bytes += line(entry(6)).chopped(20); // being written by another process right now
        append(path, bytes);

        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &ActivityModel::loadingChanged);
        model.open(path);
        QVERIFY(model.isLoading());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(loading.size(), 2);
        QCOMPARE(rows(model), QStringList({u"item-5"_s, u"item-4"_s, u"item-3"_s, u"item-2"_s,
                                           u"item-1"_s, u"item-0"_s}));
        QCOMPARE(model.damagedLines(), 2);

        // The line being written completes: it is read, on top.
        append(path, line(entry(6)).right(20));
        model.readAppended();
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.entryAt(0).itemId, u"item-6"_s);
    }

    void followsTheFileWhileOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // No log yet: empty, and the first entry written appears.
        model.open(path);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        AuditLog log(path);
        QVERIFY(log.append(entry(0)));
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(log.append(entry(1)));
        QVERIFY(log.append(entry(2, AuditEntry::Outcome::Failed)));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(rows(model), QStringList({u"item-2"_s, u"item-1"_s, u"item-0"_s}));

        // Emptied or replaced: read anew.
        QFile::remove(path);
        QVERIFY(log.append(entry(9)));
        QTRY_COMPARE(rows(model), QStringList({u"item-9"_s}));
    }

    void showsEntriesInWords()
    {
        ActivityModel model;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        AuditEntry failed = entry(1, AuditEntry::Outcome::Failed);
        failed.errorCode = u"900117"_s;
        failed.errorMessage = u"The cancellation window has passed"_s;
        failed.customerDomain = u"contoso1.onmicrosoft.com"_s;
        AuditEntry removal;
        removal.time = Start;
        removal.action = AuditAction::name(AuditAction::RemoveRelationship);
        removal.customerId = u"customer-x"_s;
        removal.oldStatus = u"reseller"_s;
        removal.newStatus = u"none"_s;
        removal.outcome = AuditEntry::Outcome::Attempted;
        AuditEntry future = removal;
        future.action = u"somethingNew"_s;
        append(path, line(failed) + line(removal) + line(future));
        model.open(path);
        QTRY_VERIFY(!model.isLoading());

        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(2, ActivityModel::ActionColumn), u"Suspend subscription"_s);
        QCOMPARE(text(2, ActivityModel::ChangeColumn), u"Active → Suspended"_s);
        QCOMPARE(text(2, ActivityModel::ResultColumn), u"Failed"_s);
        QCOMPARE(text(2, ActivityModel::DetailsColumn),
                 u"The cancellation window has passed (code 900117)"_s);
        QCOMPARE(model.index(2, ActivityModel::CustomerColumn).data(Qt::ToolTipRole).toString(),
                 u"Contoso 1\ncontoso1.onmicrosoft.com\ncustomer-1"_s);
        QCOMPARE(text(1, ActivityModel::CustomerColumn), u"customer-x"_s);
        QCOMPARE(text(1, ActivityModel::ActionColumn), u"Remove reseller relationship"_s);
        QCOMPARE(text(1, ActivityModel::ChangeColumn), u"reseller → none"_s);
        QCOMPARE(text(1, ActivityModel::ResultColumn), u"Attempted"_s);
        QCOMPARE(text(0, ActivityModel::ActionColumn), u"somethingNew"_s);
        QCOMPARE(model.index(2, ActivityModel::TimeColumn).data(ActivityModel::SortRole),
                 QVariant(Start.addSecs(60).toMSecsSinceEpoch()));
        QCOMPARE(model.headerData(ActivityModel::CorrelationIdColumn, Qt::Horizontal),
                 QVariant(u"Correlation ID"_s));
    }

    void filters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        QByteArray bytes;
        for (int i = 0; i < 70; ++i) {
            AuditEntry e = entry(i, i % 10 == 0 ? AuditEntry::Outcome::Failed
                                                : AuditEntry::Outcome::Succeeded);
            e.time = Start.addDays(i / 10).addSecs(i);
            if (i % 7 == 3)
                e.customerDomain = u"contoso3.onmicrosoft.com"_s;
            bytes += line(e);
        }
        append(path, bytes);
        ActivityModel model;
        ActivityFilter filter(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.open(path);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(filter.rowCount(), 70);
        QVERIFY(!filter.isFiltered());

        filter.setSearchText(u"  ZLUTOUCKY "_s); // accents and case aside
        QCOMPARE(filter.rowCount(), 10);
        QVERIFY(filter.isFiltered());
        filter.setSearchText(u"CORR-69"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.entryAt(0)->itemId, u"item-69"_s);
        filter.setSearchText({});

        filter.setCustomer(u"CUSTOMER-3"_s);
        QCOMPARE(filter.rowCount(), 10);
        filter.setCustomer(u"contoso3.onmicrosoft.com"_s);
        QCOMPARE(filter.rowCount(), 10);
        filter.setCustomer(u"zlutoucky"_s); // part of the company name
        QCOMPARE(filter.rowCount(), 10);
        filter.setCustomer({});

        filter.setAction(AuditAction::name(AuditAction::CancelOrder));
        QCOMPARE(filter.rowCount(), 24);
        filter.setOutcome(AuditEntry::Outcome::Failed);
        QCOMPARE(filter.rowCount(), 3); // 0, 30, 60
        filter.setAction({});
        QCOMPARE(filter.rowCount(), 7);
        filter.setOutcome(std::nullopt);

        filter.setDateRange(Start.date().addDays(2), Start.date().addDays(3));
        QCOMPARE(filter.rowCount(), 20);
        filter.setDateRange(Start.date().addDays(6), {});
        QCOMPARE(filter.rowCount(), 10);
        filter.setDateRange({}, {});
        QVERIFY(!filter.isFiltered());

        filter.sort(ActivityModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(filter.entryAt(0)->itemId, u"item-0"_s);
        QVERIFY(!filter.entryAt(70));
    }

    // The figure the Activity window stands on: time to the first rows and to all of them, and
    // the memory they take, for 100,000 entries.
    void hundredThousandEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes;
            for (int i = 0; i < 100'000; ++i) {
                AuditEntry e = entry(i, i % 2 ? AuditEntry::Outcome::Succeeded
                                              : AuditEntry::Outcome::Attempted);
                e.customerId = u"customer-%1"_s.arg(i % 1'000);
                e.customerName = u"Customer %1 s.r.o."_s.arg(i % 1'000);
                e.itemId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                e.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                bytes += line(e);
            }
            QVERIFY(file.write(bytes) == bytes.size());
        }
        const qint64 fileSize = QFileInfo(path).size();
        const qint64 before = residentBytes();

        // As the window has it: sorted newest first. (The model tester watches smaller logs
        // above; at this size it would measure itself.)
        ActivityModel model;
        ActivityFilter filter(&model);
        filter.sort(ActivityModel::TimeColumn, Qt::DescendingOrder);
        QElapsedTimer timer;
        qint64 firstRows = -1;
        qint64 all = -1;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&] {
            if (firstRows < 0)
                firstRows = timer.elapsed();
        });
        connect(&model, &ActivityModel::loadingChanged, this, [&](bool loading) {
            if (!loading)
                all = timer.elapsed();
        });
        timer.start();
        model.open(path);
        QTRY_VERIFY_WITH_TIMEOUT(all >= 0, 60000);
        QCOMPARE(model.rowCount(), 100'000);
        QCOMPARE(model.damagedLines(), 0);
        const qint64 memory = residentBytes() - before;

        QElapsedTimer search;
        search.start();
        filter.setSearchText(u"CUSTOMER 42 S.R.O. "_s);
        const qint64 searched = search.elapsed();
        QCOMPARE(filter.rowCount(), 100);
        qInfo("100,000 entries (%.1f MB): first rows after %lld ms, all after %lld ms, "
              "%.1f MB more memory; search over all: %lld ms",
              fileSize / 1e6, firstRows, all, memory / 1e6, searched);
        QVERIFY(firstRows < all);
        filter.setSearchText({});
        QCOMPARE(filter.entryAt(0)->itemId, model.entryAt(0).itemId);
    }

    void reopenWhileReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        QByteArray bytes;
        for (int i = 0; i < 20'000; ++i)
            bytes += line(entry(i));
        append(path, bytes);
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.open(path);
        model.open(path); // the first read's blocks must not land too
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 20'000);
        QCOMPARE(model.entryAt(19'999).itemId, u"item-0"_s);
    }

private:
    LanguageManager m_languages;
};

QTEST_GUILESS_MAIN(tst_ActivityModel)
#include "tst_activitymodel.moc"
