// The offboarding plan for every blocker of the issue, computed from data alone (a dry run
// changes nothing because the plan is all it makes): what is done here, in order, and what
// stays with what to do, where and until when.
#include "builders.h"
#include "core/customer/offboardplan.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Subscription makeSubscription(const QString &id, const QString &status, const QString &name = {})
{
    SubscriptionBuilder b(id, status);
    if (!name.isEmpty())
        b.named(name);
    return b.domain();
}

Subscription makeNce(const QString &id, const QString &status, const QDateTime &cancellableUntil,
                     const QDateTime &termEnd)
{
    return SubscriptionBuilder(id, status).newCommerce(cancellableUntil, termEnd).domain();
}

Entitlement makeEntitlement(Entitlement::Type type, const QString &orderId,
                            const QDateTime &cancellableUntil = {})
{
    PurchaseBuilder b(orderId);
    if (type == Entitlement::Type::ReservedInstance)
        b.reservation();
    if (cancellableUntil.isValid())
        b.cancellableUntil(cancellableUntil);
    return b.domain();
}
} // namespace

class tst_OffboardPlan : public QObject
{
    Q_OBJECT

    const QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

    OffboardPlan::Input input() const
    {
        OffboardPlan::Input in;
        in.customerTenantId = u"tenant-1"_s;
        in.now = now;
        in.adminRelationshipsRead = true;
        return in;
    }
    static QList<OffboardPlan::ActionKind> kinds(const OffboardPlan &plan)
    {
        QList<OffboardPlan::ActionKind> out;
        for (const auto &a : plan.actions())
            out.append(a.kind);
        return out;
    }
    static AdminRelationship relationship(const QString &id, const QString &status)
    {
        AdminRelationship r;
        r.id = id;
        r.displayName = u"GDAP "_s + id;
        r.status = status;
        return r;
    }

private slots:
    void nothingLeftButTheRemovalAndTheAdminRelationships()
    {
        OffboardPlan::Input in = input();
        in.subscriptions = {makeSubscription(u"s1"_s, u"suspended"_s)};
        in.adminRelationships = {relationship(u"a"_s, u"active"_s),
                                 relationship(u"b"_s, u"terminated"_s),
                                 relationship(u"c"_s, u"expired"_s)};
        const OffboardPlan plan = OffboardPlan::compute(in);
        QVERIFY(plan.isComplete());
        QCOMPARE(kinds(plan), QList({OffboardPlan::ActionKind::RemoveRelationship,
                                     OffboardPlan::ActionKind::TerminateRelationship}));
        QCOMPARE(plan.actions().last().itemId, u"a"_s);
        in.keepAdminRelationships = true;
        QCOMPARE(OffboardPlan::compute(in).actions().size(), 1);
    }

    void legacySuspendedWithItsAddOns()
    {
        OffboardPlan::Input in = input();
        Subscription addOn = makeSubscription(u"addon"_s, u"active"_s, u"E5 Security"_s);
        addOn.parentSubscriptionId = u"base"_s;
        in.subscriptions = {makeSubscription(u"base"_s, u"active"_s, u"Office 365 E3"_s), addOn};
        const OffboardPlan plan = OffboardPlan::compute(in);
        QVERIFY(plan.isComplete());
        QCOMPARE(plan.actions().size(), 2); // the add-on goes with its base, not on its own
        QCOMPARE(plan.actions().first().kind, OffboardPlan::ActionKind::Suspend);
        QCOMPARE(plan.actions().first().following, QStringList({u"E5 Security"_s}));
        QVERIFY(plan.actions().first().describe().contains(u"E5 Security"_s));
    }

    void newCommerceInsideAndPastItsWindow()
    {
        OffboardPlan::Input in = input();
        Subscription past = makeNce(u"past"_s, u"active"_s, now.addDays(-10), now.addDays(200));
        past.autoRenewEnabled = true;
        in.subscriptions = {makeNce(u"in"_s, u"active"_s, now.addDays(3), now.addDays(300)), past};
        const OffboardPlan plan = OffboardPlan::compute(in);
        QCOMPARE(kinds(plan), QList({OffboardPlan::ActionKind::Cancel,
                                     OffboardPlan::ActionKind::TurnOffAutoRenew,
                                     OffboardPlan::ActionKind::RemoveRelationship}));
        QCOMPARE(plan.blockers().size(), 1);
        QCOMPARE(plan.blockers().first().until, now.addDays(200)); // says until when
        QVERIFY(!plan.isComplete());
        // With auto-renew already off only the wait stays.
        in.subscriptions[1].autoRenewEnabled = false;
        QCOMPARE(OffboardPlan::compute(in).actions().size(), 2);
        // Suspended, it is still billed, but Partner Center changes nothing on it: the wait only.
        in.subscriptions[1] =
            makeNce(u"past"_s, u"suspended"_s, now.addDays(-10), now.addDays(200));
        in.subscriptions[1].autoRenewEnabled = true;
        const OffboardPlan suspended = OffboardPlan::compute(in);
        QCOMPARE(kinds(suspended), QList({OffboardPlan::ActionKind::Cancel,
                                          OffboardPlan::ActionKind::RemoveRelationship}));
        QCOMPARE(suspended.blockers().size(), 1);
    }

    void marketplaceIsCancelled()
    {
        OffboardPlan::Input in = input();
        Subscription saas = makeSubscription(u"saas"_s, u"active"_s, u"Contoso Sign"_s);
        saas.offerId = u"DZH318Z0BXWC:0001:P1M"_s;
        saas.productTypeId = u"SaaS"_s;
        in.subscriptions = {saas};
        const OffboardPlan plan = OffboardPlan::compute(in);
        QVERIFY(plan.isComplete());
        QCOMPARE(plan.actions().first().kind, OffboardPlan::ActionKind::Cancel);
    }

    void azurePlanWithActiveAzureSubscriptions()
    {
        OffboardPlan::Input in = input();
        Subscription plan = makeSubscription(u"plan"_s, u"active"_s, u"Azure plan"_s);
        plan.productTypeId = u"Azure"_s;
        in.subscriptions = {plan};
        in.azureEntitlements.insert(u"plan"_s, {{u"az1"_s, u"Production"_s, u"active"_s, u"plan"_s},
                                                {u"az2"_s, u"Old"_s, u"disabled"_s, u"plan"_s}});
        OffboardPlan blocked = OffboardPlan::compute(in);
        QCOMPARE(blocked.blockers().size(), 1);
        QVERIFY(blocked.blockers().first().what.contains(u"Production"_s));
        QVERIFY(!blocked.blockers().first().what.contains(u"Old"_s));
        QVERIFY(blocked.blockers().first().link.toString().contains(u"#@tenant-1/"_s));
        QCOMPARE(kinds(blocked), QList({OffboardPlan::ActionKind::RemoveRelationship}));
        in.azureEntitlements[u"plan"_s][0].status = u"disabled"_s;
        const OffboardPlan ready = OffboardPlan::compute(in);
        QVERIFY(ready.isComplete());
        QCOMPARE(ready.actions().first().kind, OffboardPlan::ActionKind::Suspend);
    }

    void reservationsSavingsPlansAndSoftware()
    {
        OffboardPlan::Input in = input();
        Entitlement savings = makeEntitlement(Entitlement::Type::Other, u"sp"_s);
        savings.rawType = u"savingsPlan"_s;
        in.entitlements = {makeEntitlement(Entitlement::Type::ReservedInstance, u"ri"_s), savings,
                           makeEntitlement(Entitlement::Type::Software, u"sw"_s, now.addDays(5)),
                           makeEntitlement(Entitlement::Type::Software, u"old"_s, now.addDays(-5))};
        const OffboardPlan plan = OffboardPlan::compute(in);
        QCOMPARE(plan.blockers().size(), 2);
        for (const auto &b : plan.blockers())
            QVERIFY(b.link.toString().startsWith(u"https://portal.azure.com/#@tenant-1/"_s));
        QCOMPARE(kinds(plan), QList({OffboardPlan::ActionKind::CancelOrder,
                                     OffboardPlan::ActionKind::RemoveRelationship}));
        QCOMPARE(plan.actions().first().itemId, u"sw"_s);
    }

    void roleThatMayNotRemove()
    {
        OffboardPlan::Input in = input();
        in.removalRefusedBecause = u"Ask your indirect provider."_s;
        const OffboardPlan plan = OffboardPlan::compute(in);
        QVERIFY(!plan.isComplete());
        QVERIFY(plan.text().contains(u"Ask your indirect provider."_s));
    }

    void textListsActionsThenBlockers()
    {
        OffboardPlan::Input in = input();
        in.subscriptions = {makeSubscription(u"s1"_s, u"active"_s, u"Exchange"_s)};
        in.entitlements = {makeEntitlement(Entitlement::Type::ReservedInstance, u"ri"_s)};
        const QString text = OffboardPlan::compute(in).text();
        QVERIFY(text.indexOf(u"Suspend \"Exchange\""_s) < text.indexOf(u"Purchase ri"_s));
        QVERIFY(text.contains(u"Remove the reseller relationship"_s));
    }
};

QTEST_GUILESS_MAIN(tst_OffboardPlan)
#include "tst_offboardplan.moc"
