// The removal rule on its own: every kind of blocker, and the reason it gives.
#include "blockerlines.h"
#include "builders.h"
#include "core/customer/removalreadiness.h"
#include "manualclock.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Kind = RemovalBlocker::Kind;
using Action = RemovalBlocker::Action;

class tst_RemovalReadiness : public QObject
{
    Q_OBJECT

private slots:
    void evaluateCoversEveryKind()
    {
        ManualClock clock;
        const QDateTime now = clock.now();
        const QList<Subscription> subs{
            SubscriptionBuilder(u"active"_s, u"active"_s).domain(),
            SubscriptionBuilder(u"pending"_s, u"pending"_s).domain(),
            SubscriptionBuilder(u"suspended"_s, u"suspended"_s).domain(),
            SubscriptionBuilder(u"expired"_s, u"expired"_s).domain(),
            SubscriptionBuilder(u"weird"_s, u"transferring"_s).domain(),
            SubscriptionBuilder(u"nceIn"_s, u"suspended"_s)
                .newCommerce(now.addDays(3), now.addYears(1))
                .domain(),
            SubscriptionBuilder(u"nceOut"_s, u"active"_s)
                .newCommerce(now.addDays(-3), now.addMonths(11))
                .domain(),
            SubscriptionBuilder(u"nceGone"_s, u"deleted"_s)
                .newCommerce(now.addDays(3), now.addYears(1))
                .domain(),
        };
        const QList<Entitlement> ents{
            PurchaseBuilder(u"ri"_s).reservation().domain(),
            PurchaseBuilder(u"riDone"_s).reservation().status(u"cancelled"_s).domain(),
            PurchaseBuilder(u"swIn"_s).cancellableUntil(now.addDays(2)).domain(),
            PurchaseBuilder(u"swOut"_s).cancellableUntil(now.addDays(-2)).domain(),
        };
        const QList<RemovalBlocker> blockers = RemovalReadiness::evaluate(subs, ents, now);
        QCOMPARE(
            blockerLines(blockers),
            (QStringList{
                blockerLine(Kind::ActiveSubscription, Action::Suspend, u"active"_s),
                blockerLine(Kind::ActiveSubscription, Action::Suspend, u"pending"_s),
                blockerLine(Kind::NewCommerceNotCancelled, Action::CancelSubscription, u"nceIn"_s),
                blockerLine(Kind::NewCommerceNotCancelled, Action::GoToSubscriptions, u"nceOut"_s),
                blockerLine(Kind::Reservation, Action::External, u"ri"_s),
                blockerLine(Kind::SoftwarePurchaseCancellable, Action::CancelOrder, u"swIn"_s),
            }));
        // Past the window the honest answer is to wait for the term end, with its date.
        const RemovalBlocker &late = blockers.at(3);
        QCOMPARE(late.deadline, now.addMonths(11));
        QVERIFY2(late.explanation().contains(u"auto-renew"_s), qPrintable(late.explanation()));
        QVERIFY(blockers.at(2).explanation().contains(u"Cancel it before"_s));
        QVERIFY(!blockers.at(0).title().isEmpty());
        QCOMPARE(RemovalReadiness::evaluate({}, {}, now), QList<RemovalBlocker>());

        // The next moment the answer may change: the earliest window that is still open.
        QCOMPARE(RemovalReadiness::nextChange(subs, ents, now), now.addDays(2));
    }

    void reasonNamesWhatBlocks()
    {
        QCOMPARE(RemovalReadiness::reason({}, 0), QString());
        const RemovalBlocker active = RemovalBlocker::activeSubscription(u"a"_s, u"A"_s);
        QCOMPARE(RemovalReadiness::reason({active, active}, 2),
                 u"If any subscriptions are still active, the Remove reseller relationship action "
                 "is unavailable.\n2 active subscription(s)"_s);
        const RemovalBlocker reservation = RemovalBlocker::reservation(u"o"_s, u"RI"_s);
        QCOMPARE(RemovalReadiness::reason({reservation}, 0),
                 u"1 item(s) still block the removal."_s);
        QCOMPARE(RemovalReadiness::reason({RemovalBlocker::notLoaded()}, 0),
                 RemovalBlocker::notLoaded().explanation());
        QCOMPARE(RemovalReadiness::reason({RemovalBlocker::loadFailed()}, 3),
                 RemovalBlocker::loadFailed().explanation());
    }
};

QTEST_GUILESS_MAIN(tst_RemovalReadiness)
#include "tst_removalreadiness.moc"
