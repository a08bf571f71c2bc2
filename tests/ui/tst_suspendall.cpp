// "Suspend all active…": what it will suspend, asked first; stopping it half-way, and retrying
// what failed.
#include "uitestfixture.h"

#include "core/customer/customerstate.h"
#include "core/job/suspendalljob.h"
#include "ui/subscriptionspage.h"
#include "ui/suspendalldialog.h"

#include <QListWidget>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

class tst_SuspendAll : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void asksFirstListingWhatItWillSuspend();
    void cancelStopsAndChangesNothingMore();
    void retryFailedSuspendsWhatIsLeft();
    void outcomeUnknownIsMarkedAndNotRetried();

private:
    // Łódź has three active base subscriptions: enough to fail one and keep the others.
    const QString m_customer = u"Przedsiębiorstwo Łódź sp. z o.o."_s;
    std::unique_ptr<UiTestFixture> m_fixture;
};

void tst_SuspendAll::init()
{
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
}

void tst_SuspendAll::asksFirstListingWhatItWillSuspend()
{
    // Contoso: an active base with an active add-on, and two suspended.
    CustomerPage *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
    QVERIFY(page);
    CustomerState *customer = page->state();
    const QString customerId = customer->customerId();
    const auto serverStatuses = [&](const QList<JobItem> &items) {
        QStringList statuses;
        for (const JobItem &item : items)
            statuses.append(m_fixture->server.store().subscription(customerId, item.id)->status);
        return statuses;
    };
    SubscriptionsPage *subscriptions = page->subscriptionsPage();
    subscriptions->suspendAllButton()->click();
    SuspendAllDialog *dialog = subscriptions->suspendAllDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // The job's own plan, in its order: the base, then its add-on, named as such.
    const QList<JobItem> planned = SuspendAllJob::plannedItems(customer->subscriptions());
    QCOMPARE(planned.size(), 2);
    QCOMPARE(dialog->itemList()->count(), 2);
    QCOMPARE(dialog->itemList()->item(0)->text(), planned.at(0).name);
    QCOMPARE(dialog->itemList()->item(1)->text(),
             u"%1 — add-on of %2"_s.arg(planned.at(1).name, planned.at(0).name));
    QCOMPARE(dialog->suspendButton()->text(), u"Suspend 2 subscriptions"_s);
    QVERIFY(dialog->suspendButton()->isDefault());
    QVERIFY(!dialog->closeButton()->isVisible());
    QVERIFY(!dialog->retryButton()->isVisible());
    // Asking is not doing.
    QCOMPARE(serverStatuses(planned), QStringList(2, u"active"_s));

    // Cancel: the dialog goes, nothing changed.
    dialog->cancelButton()->click();
    QTRY_VERIFY(!subscriptions->suspendAllDialog());
    QCOMPARE(serverStatuses(planned), QStringList(2, u"active"_s));
    QCOMPARE(customer->activeSubscriptionCount(), 2);

    // Confirmed: exactly what was listed is suspended.
    subscriptions->suspendAllButton()->click();
    dialog = subscriptions->suspendAllDialog();
    QVERIFY(dialog);
    dialog->suspendButton()->click();
    QTRY_VERIFY(dialog->closeButton()->isEnabled());
    QCOMPARE(serverStatuses(planned), QStringList(2, u"suspended"_s));
    QCOMPARE(dialog->itemList()->count(), 2);
}

void tst_SuspendAll::cancelStopsAndChangesNothingMore()
{
    CustomerPage *page = m_fixture->openCustomer(m_customer);
    QVERIFY(page);
    CustomerState *customer = page->state();
    QCOMPARE(customer->activeSubscriptionCount(), 3);
    SubscriptionsPage *subscriptions = page->subscriptionsPage();

    subscriptions->suspendAllButton()->click();
    SuspendAllDialog *dialog = subscriptions->suspendAllDialog();
    QVERIFY(dialog);
    dialog->suspendButton()->click();
    // Stopped while the workflow still reads the subscriptions: nothing has been sent yet.
    QVERIFY(dialog->cancelButton()->isVisible());
    QVERIFY(!dialog->closeButton()->isEnabled());
    dialog->cancelButton()->click();

    QTRY_VERIFY(dialog->closeButton()->isEnabled());
    QVERIFY2(dialog->summaryText().startsWith(u"Stopped. 0 subscriptions suspended"_s),
             qPrintable(dialog->summaryText()));
    QVERIFY(!dialog->cancelButton()->isVisible());
    // What was stopped can be started again from the same dialog.
    QVERIFY(dialog->retryButton()->isVisible());
    QCOMPARE(dialog->itemList()->count(), 0);
    QCOMPARE(customer->activeSubscriptionCount(), 3);
    const QString customerId = page->state()->customerId();
    for (const Subscription &s : customer->subscriptions()) {
        if (s.status.countsAsActive())
            QCOMPARE(m_fixture->server.store().subscription(customerId, s.id)->status, u"active"_s);
    }
    QVERIFY(subscriptions->suspendAllButton()->isEnabled());

    // Escape on a finished dialog closes it, as Close does.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!subscriptions->suspendAllDialog());
}

void tst_SuspendAll::retryFailedSuspendsWhatIsLeft()
{
    CustomerPage *page = m_fixture->openCustomer(m_customer);
    QVERIFY(page);
    CustomerState *customer = page->state();
    const QString customerId = page->state()->customerId();
    const Subscription failing = customer->activeSubscriptions().constLast();
    m_fixture->server.injectError(409, u"2055"_s,
                                  u"The subscription was changed by someone "
                                  "else."_s,
                                  failing.id, "PATCH");

    SubscriptionsPage *subscriptions = page->subscriptionsPage();
    subscriptions->suspendAllButton()->click();
    SuspendAllDialog *dialog = subscriptions->suspendAllDialog();
    QVERIFY(dialog);
    dialog->suspendButton()->click();
    QTRY_VERIFY(dialog->closeButton()->isEnabled());

    // One line per subscription: two done, one with the server's own words.
    QListWidget *items = dialog->itemList();
    QCOMPARE(items->count(), 3);
    QStringList failed;
    for (int row = 0; row < items->count(); ++row) {
        if (items->item(row)->text().startsWith(u"✗"_s))
            failed.append(items->item(row)->text());
    }
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().contains(failing.displayName()), qPrintable(failed.first()));
    QVERIFY2(failed.first().contains(u"changed by someone else"_s), qPrintable(failed.first()));
    QVERIFY2(dialog->summaryText().contains(u"1 subscription failed"_s),
             qPrintable(dialog->summaryText()));
    QCOMPARE(customer->activeSubscriptionCount(), 1);
    QCOMPARE(m_fixture->server.store().subscription(customerId, failing.id)->status, u"active"_s);

    // Retry failed: the failed line goes, only what is still active is tried, and it works now.
    QVERIFY(dialog->retryButton()->isVisible());
    dialog->retryButton()->click();
    QTRY_VERIFY(dialog->closeButton()->isEnabled());
    QVERIFY2(dialog->summaryText().startsWith(u"✓ Done: 1 subscription suspended"_s),
             qPrintable(dialog->summaryText()));
    QCOMPARE(items->count(), 3);
    for (int row = 0; row < items->count(); ++row)
        QVERIFY2(items->item(row)->text().startsWith(u"✓"_s), qPrintable(items->item(row)->text()));
    QVERIFY(!dialog->retryButton()->isVisible());
    QCOMPARE(m_fixture->server.store().subscription(customerId, failing.id)->status,
             u"suspended"_s);
    QCOMPARE(customer->activeSubscriptionCount(), 0);
    QVERIFY(!subscriptions->suspendAllButton()->isEnabled());
}

void tst_SuspendAll::outcomeUnknownIsMarkedAndNotRetried()
{
    CustomerPage *page = m_fixture->openCustomer(m_customer);
    QVERIFY(page);
    m_fixture->backOffBriefly();
    CustomerState *customer = page->state();
    const QString customerId = customer->customerId();
    const Subscription lost = customer->activeSubscriptions().constLast();
    // Its suspension is made and the answer lost; the read-back after it fails too (the read
    // that starts the run passes).
    m_fixture->server.failNext(SandboxServer::Fault::LoseAnswer, 1, lost.id, "PATCH");
    m_fixture->server.failNext(SandboxServer::Fault::ServerError, RetryPolicy().maxAttempts,
                               customerId + u"/subscriptions"_s, "GET", 1);

    SubscriptionsPage *subscriptions = page->subscriptionsPage();
    subscriptions->suspendAllButton()->click();
    SuspendAllDialog *dialog = subscriptions->suspendAllDialog();
    QVERIFY(dialog);
    dialog->suspendButton()->click();
    QTRY_VERIFY(dialog->closeButton()->isEnabled());

    QStringList unknown;
    for (int row = 0; row < dialog->itemList()->count(); ++row) {
        const QString text = dialog->itemList()->item(row)->text();
        QVERIFY2(!text.startsWith(u"✗"_s), qPrintable(text));
        if (text.startsWith(u"⚠"_s))
            unknown.append(text);
    }
    QCOMPARE(unknown.size(), 1);
    QVERIFY2(unknown.first().contains(lost.displayName()), qPrintable(unknown.first()));
    QVERIFY2(dialog->summaryText().contains(u"1 subscription not known"_s),
             qPrintable(dialog->summaryText()));
    QVERIFY2(dialog->summaryText().contains(u"before trying again"_s),
             qPrintable(dialog->summaryText()));
    // Nothing to retry: what may have happened is checked, not sent again.
    QVERIFY(!dialog->retryButton()->isVisible());
    QCOMPARE(m_fixture->server.store().subscription(customerId, lost.id)->status, u"suspended"_s);
    // The run's last read shows the server's word.
    QTRY_COMPARE(customer->activeSubscriptionCount(), 0);
}

QTEST_MAIN(tst_SuspendAll)
#include "tst_suspendall.moc"
