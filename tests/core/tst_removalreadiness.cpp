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
                blockerLine(Kind::NewCommerceNotCancelled, Action::TurnOffAutoRenew, u"nceOut"_s),
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

    void newKindsSayWhereAndWhat()
    {
        ManualClock clock;
        const QDateTime now = clock.now();
        Subscription saas = SubscriptionBuilder(u"saas"_s, u"active"_s).domain();
        saas.productTypeId = u"SaaS"_s;
        Subscription plan = SubscriptionBuilder(u"plan"_s, u"active"_s).domain();
        plan.productTypeId = u"Azure"_s;
        Subscription unread = SubscriptionBuilder(u"unread"_s, u"active"_s).domain();
        unread.productTypeId = u"Azure"_s;
        Subscription renewOff = SubscriptionBuilder(u"nceOff"_s, u"active"_s)
                                    .newCommerce(now.addDays(-3), now.addMonths(5))
                                    .domain();
        renewOff.autoRenewEnabled = false;
        const QList<Subscription> subs{
            saas,
            plan,
            unread,
            renewOff,
            SubscriptionBuilder(u"base"_s, u"active"_s).domain(),
            SubscriptionBuilder(u"addon"_s, u"active"_s)
                .named(u"Add-on"_s)
                .addOnOf(u"base"_s)
                .domain(),
        };
        const QList<Entitlement> ents{
            PurchaseBuilder(u"sp"_s).type(u"savingsPlan"_s).domain(),
            PurchaseBuilder(u"ri"_s).reservation().domain(),
        };
        const RemovalReadiness::AzurePlans azure{
            {u"plan"_s,
             {{u"az1"_s, u"Production"_s, u"active"_s, u"plan"_s},
              {u"az2"_s, u"Old"_s, u"disabled"_s, u"plan"_s}}}};
        const QList<RemovalBlocker> blockers =
            RemovalReadiness::evaluate(subs, ents, now, azure, u"tenant-1"_s);
        QCOMPARE(
            blockerLines(blockers),
            (QStringList{
                blockerLine(Kind::Marketplace, Action::CancelSubscription, u"saas"_s),
                blockerLine(Kind::AzurePlanInUse, Action::External, u"plan"_s),
                // Its Azure subscriptions not read: the plan blocks as any active one.
                blockerLine(Kind::ActiveSubscription, Action::Suspend, u"unread"_s),
                blockerLine(Kind::NewCommerceNotCancelled, Action::GoToSubscriptions, u"nceOff"_s),
                // The add-on follows its base: named there, not a blocker of its own.
                blockerLine(Kind::ActiveSubscription, Action::Suspend, u"base"_s),
                blockerLine(Kind::SavingsPlan, Action::External, u"sp"_s),
                blockerLine(Kind::Reservation, Action::External, u"ri"_s),
            }));
        const RemovalBlocker &inUse = blockers.at(1);
        QCOMPARE(inUse.names, QStringList{u"Production"_s});
        QVERIFY2(inUse.explanation().contains(u"Production"_s) &&
                     inUse.explanation().contains(u"900115"_s),
                 qPrintable(inUse.explanation()));
        QVERIFY(inUse.link.toString().startsWith(u"https://portal.azure.com/#@tenant-1/"_s));
        QVERIFY2(blockers.at(3).explanation().contains(u"auto-renew is off"_s),
                 qPrintable(blockers.at(3).explanation()));
        QCOMPARE(blockers.at(4).names, QStringList{u"Add-on"_s});
        QVERIFY(blockers.at(4).explanation().contains(u"Add-on"_s));
        for (const RemovalBlocker &b : {blockers.at(5), blockers.at(6)})
            QVERIFY(b.link.toString().startsWith(u"https://portal.azure.com/#@tenant-1/"_s));
        QVERIFY(blockers.at(5).link.toString().contains(u"savingsPlan"_s));
        QVERIFY(blockers.at(6).link.toString().contains(u"Reservations"_s));
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
