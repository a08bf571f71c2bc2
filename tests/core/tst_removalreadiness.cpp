#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "core/workflow/removalreadiness.h"
#include "manualclock.h"
#include "subscriptionbuilder.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Kind = RemovalBlocker::Kind;
using Action = RemovalBlocker::Action;

namespace {
// "kind/action/item" per blocker, for one readable comparison.
QStringList describe(const QList<RemovalBlocker> &blockers)
{
    QStringList out;
    for (const RemovalBlocker &b : blockers)
        out.append(u"%1/%2/%3"_s.arg(int(b.kind)).arg(int(b.action)).arg(b.itemId()));
    return out;
}

QString line(Kind kind, Action action, const QString &item)
{
    return u"%1/%2/%3"_s.arg(int(kind)).arg(int(action)).arg(item);
}
} // namespace

class tst_RemovalReadiness : public QObject
{
    Q_OBJECT

private slots:
    void evaluateCoversEveryKind()
    {
        ManualClock clock;
        const QDateTime now = clock.now();
        const QList<Subscription> subs{
            makeSubscription(u"active"_s, u"active"_s),
            makeSubscription(u"pending"_s, u"pending"_s),
            makeSubscription(u"suspended"_s, u"suspended"_s),
            makeSubscription(u"expired"_s, u"expired"_s),
            makeSubscription(u"weird"_s, u"transferring"_s),
            makeNce(u"nceIn"_s, u"suspended"_s, now.addDays(3), now.addYears(1)),
            makeNce(u"nceOut"_s, u"active"_s, now.addDays(-3), now.addMonths(11)),
            makeNce(u"nceGone"_s, u"deleted"_s, now.addDays(3), now.addYears(1)),
        };
        const QList<Entitlement> ents{
            makeEntitlement(Entitlement::Type::ReservedInstance, u"ri"_s),
            makeEntitlement(Entitlement::Type::ReservedInstance, u"riDone"_s, {}, u"cancelled"_s),
            makeEntitlement(Entitlement::Type::Software, u"swIn"_s, now.addDays(2)),
            makeEntitlement(Entitlement::Type::Software, u"swOut"_s, now.addDays(-2)),
        };
        const QList<RemovalBlocker> blockers = RemovalReadiness::evaluate(subs, ents, now);
        QCOMPARE(describe(blockers),
                 (QStringList{
                     line(Kind::ActiveSubscription, Action::Suspend, u"active"_s),
                     line(Kind::ActiveSubscription, Action::Suspend, u"pending"_s),
                     line(Kind::NewCommerceNotCancelled, Action::CancelSubscription, u"nceIn"_s),
                     line(Kind::NewCommerceNotCancelled, Action::GoToSubscriptions, u"nceOut"_s),
                     line(Kind::Reservation, Action::External, u"ri"_s),
                     line(Kind::SoftwarePurchaseCancellable, Action::CancelOrder, u"swIn"_s),
                 }));
        // Past the window the honest answer is to wait for the term end, with its date.
        const RemovalBlocker &late = blockers.at(3);
        QCOMPARE(late.deadline, now.addMonths(11));
        QVERIFY2(late.explanation().contains(u"auto-renew"_s), qPrintable(late.explanation()));
        QVERIFY(blockers.at(2).explanation().contains(u"Cancel it before"_s));
        QVERIFY(!blockers.at(0).title().isEmpty());
        QCOMPARE(RemovalReadiness::evaluate({}, {}, now), QList<RemovalBlocker>());
    }

    void windowsMoveWithTheClock()
    {
        ManualClock clock;
        SubscriptionModel subs;
        EntitlementModel ents;
        RemovalReadiness readiness(&subs, &ents, &clock);
        readiness.setDataState(RemovalReadiness::DataState::Loaded);
        const QDateTime now = clock.now();
        subs.setSubscriptions({makeNce(u"n"_s, u"suspended"_s, now.addDays(1), now.addYears(1))});
        ents.setEntitlements(
            {makeEntitlement(Entitlement::Type::Software, u"sw"_s, now.addSecs(2 * 3600))});
        QCOMPARE(
            describe(readiness.blockers()),
            (QStringList{line(Kind::NewCommerceNotCancelled, Action::CancelSubscription, u"n"_s),
                         line(Kind::SoftwarePurchaseCancellable, Action::CancelOrder, u"sw"_s)}));
        QSignalSpy changed(&readiness, &RemovalReadiness::changed);
        // The software window closes: no longer a blocker, without any model change.
        clock.advance(std::chrono::hours(3));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(
            describe(readiness.blockers()),
            QStringList{line(Kind::NewCommerceNotCancelled, Action::CancelSubscription, u"n"_s)});
        // The NCE window closes: the action becomes "wait for the term end".
        clock.advance(std::chrono::hours(24));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(
            describe(readiness.blockers()),
            QStringList{line(Kind::NewCommerceNotCancelled, Action::GoToSubscriptions, u"n"_s)});
    }

    void readyFlipsWhenLastActiveIsSuspended()
    {
        ManualClock clock;
        SubscriptionModel subs;
        EntitlementModel ents;
        RemovalReadiness readiness(&subs, &ents, &clock);
        QVERIFY(!readiness.isReady());
        QCOMPARE(describe(readiness.blockers()),
                 QStringList{line(Kind::NotLoaded, Action::None, {})});

        subs.setCustomerId(u"c"_s);
        subs.setSubscriptions(
            {makeSubscription(u"a"_s, u"active"_s), makeSubscription(u"b"_s, u"active"_s)});
        readiness.setDataState(RemovalReadiness::DataState::Loaded);
        QVERIFY(!readiness.isReady());
        QCOMPARE(readiness.reason(),
                 u"If any subscriptions are still active, the Remove reseller relationship action "
                 "is unavailable.\n2 active subscription(s)"_s);

        QSignalSpy changed(&readiness, &RemovalReadiness::changed);
        Subscription a = *subs.subscriptionById(u"a"_s);
        a.status = SubscriptionStatus(SubscriptionStatus::Value::Suspended);
        subs.updateSubscription(a);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!readiness.isReady());
        QVERIFY(readiness.reason().endsWith(u"1 active subscription(s)"_s));

        Subscription b = *subs.subscriptionById(u"b"_s);
        b.status = SubscriptionStatus(SubscriptionStatus::Value::Suspended);
        subs.updateSubscription(b);
        QCOMPARE(changed.size(), 2);
        QVERIFY(readiness.isReady());
        QVERIFY(readiness.blockers().isEmpty());
        QCOMPARE(readiness.reason(), QString());

        // A quantity edit changes nothing the rule looks at: no signal.
        b.quantity = 3;
        subs.updateSubscription(b);
        QCOMPARE(changed.size(), 2);

        readiness.setDataState(RemovalReadiness::DataState::LoadFailed);
        QCOMPARE(changed.size(), 3);
        QVERIFY(!readiness.isReady());
        QCOMPARE(describe(readiness.blockers()),
                 QStringList{line(Kind::LoadFailed, Action::Retry, {})});
        QVERIFY(!readiness.reason().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RemovalReadiness)
#include "tst_removalreadiness.moc"
