// A process for tst_runjournal to kill: writes a run's records in a loop and prints the
// sequence number of each record once append() has returned (the record is on the disk).
//   runjournalwriter JOURNAL CUSTOMERS
#include "core/api/systemclock.h"
#include "core/audit/auditaction.h"
#include "core/bulk/runjournal.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int count = QByteArray(argv[2]).toInt();
    QList<RunCustomer> customers;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("customer-%1").arg(i);
        customers.append(
            {id + QStringLiteral(".example"), id, id, id, id + QStringLiteral(".example")});
    }
    RunJournal journal(SystemClock::instance());
    if (!journal.create(path, RunRecord::runStarted(QStringLiteral("killed-run"), customers, {})))
        return 1;
    qint64 written = 1;
    const auto write = [&journal, &written](const RunRecord &record) {
        if (!journal.append(record))
            return false;
        std::printf("%lld\n", ++written);
        std::fflush(stdout);
        return true;
    };
    const QString suspend = AuditAction::name(AuditAction::SuspendSubscription);
    for (qint64 i = 0;; ++i) {
        const QString customer = customers.at(int(i % count)).customerId;
        const QString item = QStringLiteral("subscription-%1").arg(i);
        const QString correlation = QStringLiteral("correlation-%1").arg(i);
        if (!write(RunRecord::attempted(customer, suspend, item, item, correlation)) ||
            !write(RunRecord::outcome(customer, suspend, item, RunRecord::ActionResult::Succeeded,
                                      correlation)))
            return 1;
    }
}
