// How many customers a bulk run works on at once: halved on a 429 (once while held), nothing new
// before Retry-After has passed, grown back one at a time while the server answers.
#include "core/bulk/adaptiveconcurrency.h"

#include <QTest>

class tst_AdaptiveConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void halvesOnceWhileHeldAndHoldsUntilRetryAfter()
    {
        const QDateTime t0 =
            QDateTime::fromString(QStringLiteral("2026-11-20T09:00:00Z"), Qt::ISODate);
        AdaptiveConcurrency c(8);
        QCOMPARE(c.limit(), 8);
        QVERIFY(!c.heldUntil(t0).isValid());
        QVERIFY(c.throttled(t0, 2));
        QCOMPARE(c.limit(), 4);
        QCOMPARE(c.heldUntil(t0), t0.addSecs(2));
        // The other requests that were in flight meet the same 429: no second halving.
        QVERIFY(!c.throttled(t0.addMSecs(100), 2));
        QCOMPARE(c.limit(), 4);
        QCOMPARE(c.heldUntil(t0), t0.addMSecs(100).addSecs(2));
        QCOMPARE(c.throttleCount(), 2);
        // After the hold, a new 429 halves again, never below one.
        QVERIFY(c.throttled(t0.addSecs(5), 1));
        QCOMPARE(c.limit(), 2);
        QVERIFY(c.throttled(t0.addSecs(10), 0));
        QCOMPARE(c.limit(), 1);
        QVERIFY(!c.throttled(t0.addSecs(20), 0));
        QCOMPARE(c.limit(), 1);
        QVERIFY(!c.heldUntil(t0.addSecs(21)).isValid());
    }

    void growsBackByOneAfterALimitOfCalmFinishes()
    {
        AdaptiveConcurrency c(4);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        c.throttled(t0, 0);
        QCOMPARE(c.limit(), 2);
        QVERIFY(!c.finishedOne());
        QVERIFY(c.finishedOne()); // two calm finishes at a limit of two
        QCOMPARE(c.limit(), 3);
        QVERIFY(!c.finishedOne());
        QVERIFY(!c.finishedOne());
        QVERIFY(c.finishedOne());
        QCOMPARE(c.limit(), 4);
        QVERIFY(!c.finishedOne()); // never above the maximum
        QCOMPARE(c.limit(), 4);
        // A throttle starts the count again.
        c.throttled(t0.addSecs(60), 0);
        QCOMPARE(c.limit(), 2);
        QVERIFY(!c.finishedOne());
    }
};

QTEST_GUILESS_MAIN(tst_AdaptiveConcurrency)
#include "tst_adaptiveconcurrency.moc"
