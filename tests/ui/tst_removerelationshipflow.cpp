// The whole flow of the seed on the demo sandbox: Customers → Subscriptions → Account → Remove
// reseller relationship, the race where a subscription comes back to life, and a server error.
#include "uitestfixture.h"

#include "core/customer/customerstate.h"
#include "ui/accountpage.h"
#include "ui/confirmremovaldialog.h"
#include "ui/customerlistpage.h"
#include "ui/customerpage.h"
#include "ui/removalpanel.h"
#include "ui/removalresultdialog.h"
#include "ui/removerelationshipflow.h"
#include "ui/subscriptiondetailspanel.h"
#include "ui/subscriptionspage.h"
#include "ui/subscriptiontableview.h"
#include "ui/suspendalldialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

class tst_RemoveRelationshipFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void wholeFlow();
    void refusedWhenReactivatedOnServer();
    void serverErrorShownWithCorrelationId();
    void outcomeUnknownSaysWhatToCheck();
    void adminRelationshipsKeptWhenNotAskedFor();

private:
    CustomerPage *openCustomer(const QString &name);
    void confirmWith(const QString &domain);

    std::unique_ptr<UiTestFixture> m_fixture;
    Customer m_customer;
};

void tst_RemoveRelationshipFlow::init()
{
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
}

CustomerPage *tst_RemoveRelationshipFlow::openCustomer(const QString &name)
{
    // The customer the confirmations and the server checks are about.
    m_customer = m_fixture->customerNamed(name).value_or(Customer());
    return m_fixture->openCustomer(name);
}

void tst_RemoveRelationshipFlow::confirmWith(const QString &domain)
{
    ConfirmRemovalDialog *dialog =
        m_fixture->window->customerPage()->removalFlow()->confirmDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->cancelButton()->isDefault());
    dialog->domainField()->setText(domain);
    QVERIFY(dialog->confirmButton()->isEnabled());
    dialog->confirmButton()->click();
}

void tst_RemoveRelationshipFlow::wholeFlow()
{
    CustomerPage *page = openCustomer(u"Contoso Česko a.s."_s);
    QVERIFY(page);
    CustomerState *customer = page->state();
    QCOMPARE(customer->activeSubscriptionCount(), 2);

    // Remove is disabled, and says why in text and to a screen reader.
    page->showAccount();
    RemovalPanel *panel = page->accountPage()->removalPanel();
    QPushButton *remove = panel->removeButton();
    QVERIFY(!remove->isEnabled());
    const QString note = u"If any subscriptions are still active, the Remove reseller "
                         "relationship action is unavailable."_s;
    QVERIFY2(panel->noteText().contains(note), qPrintable(panel->noteText()));
    QVERIFY(panel->noteText().contains(u"2 active subscriptions"_s));
    QVERIFY(remove->accessibleDescription().contains(note));
    QCOMPARE(remove->toolTip(), remove->accessibleDescription());
    QCOMPARE(remove->accessibleName(), u"Remove reseller relationship"_s);

    // Suspend one through the details panel, as in the portal: still disabled.
    page->showSubscriptions();
    SubscriptionsPage *subscriptions = page->subscriptionsPage();
    // The add-on: suspending its base would take it along and leave nothing for the next step.
    QString firstId;
    for (const Subscription &s : customer->activeSubscriptions()) {
        if (s.isAddOn())
            firstId = s.id;
    }
    QVERIFY(!firstId.isEmpty());
    QVERIFY(subscriptions->tableView()->selectSubscription(firstId));
    SubscriptionDetailsPanel *details = subscriptions->detailsPanel();
    QCOMPARE(details->subscriptionId(), firstId);
    QVERIFY(!details->submitButton()->isEnabled());
    details->suspendedChoice()->click();
    QVERIFY(details->submitButton()->isEnabled());
    details->submitButton()->click();
    QTRY_COMPARE(m_fixture->server.store().subscription(m_customer.id, firstId)->status,
                 u"suspended"_s);
    QTRY_COMPARE(customer->activeSubscriptionCount(), 1);
    QTRY_VERIFY(details->resultText().startsWith(u"✓"_s));
    QVERIFY(!remove->isEnabled());
    QVERIFY2(panel->noteText().contains(u"1 active subscription"_s), qPrintable(panel->noteText()));

    // Suspend all active…: the action enables itself when the last one is suspended.
    QVERIFY(subscriptions->suspendAllButton()->isEnabled());
    subscriptions->suspendAllButton()->click();
    SuspendAllDialog *progress = subscriptions->suspendAllDialog();
    QVERIFY(progress);
    progress->suspendButton()->click();
    QTRY_VERIFY(progress->closeButton()->isEnabled());
    QCOMPARE(progress->itemList()->count(), 1);
    QVERIFY(progress->itemList()->item(0)->text().startsWith(u"✓"_s));
    QVERIFY2(progress->summaryText().startsWith(u"✓ Done"_s), qPrintable(progress->summaryText()));
    progress->closeButton()->click();
    QTRY_VERIFY2(remove->isEnabled(), qPrintable(panel->noteText()));
    QVERIFY(remove->accessibleDescription().isEmpty());
    QVERIFY(!subscriptions->suspendAllButton()->isEnabled());

    // Confirm: a wrong domain keeps the button disabled; the right one, in any case, enables.
    page->showAccount();
    remove->click();
    ConfirmRemovalDialog *dialog = page->removalFlow()->confirmDialog();
    QVERIFY(dialog);
    dialog->domainField()->setText(u"contoso.com"_s);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    // Its two active admin relationships outlive the removal unless terminated: offered, checked.
    QVERIFY2(dialog->adminRelationshipsText().startsWith(u"2 admin relationships (GDAP) remain"_s),
             qPrintable(dialog->adminRelationshipsText()));
    QVERIFY(dialog->terminateBox()->isVisible());
    QVERIFY(dialog->terminateBox()->isChecked());
    confirmWith(u"  "_s + m_customer.domain().toUpper() + u" "_s);

    // Gone from Customers and from the server; Next steps offered.
    QTRY_VERIFY(m_fixture->window->resultDialog());
    QCOMPARE(m_fixture->window->customerModel()->rowOfCustomer(m_customer.id), -1);
    QCOMPARE(m_fixture->serverCustomer(m_customer.id)->relationship, u"none"_s);
    QVERIFY(m_fixture->window->customersPage()->isVisible());
    // Counted as the rows are, at once.
    CustomerListPage *customers = m_fixture->window->customersPage();
    QCOMPARE(customers->countText(), u"%1 customers"_s.arg(customers->visibleRows().rowCount()));
    QVERIFY(m_fixture->window->resultDialog()->messageText().contains(m_customer.companyName()));

    // Then its admin relationships were terminated, each named in the result; the expired one
    // was left alone.
    const QString gdap = m_fixture->window->resultDialog()->adminRelationshipsText();
    QVERIFY2(gdap.contains(u"✓ Admin relationship “Contoso helpdesk”: termination requested"_s),
             qPrintable(gdap));
    QVERIFY2(gdap.contains(u"✓ Admin relationship “Contoso workloads”"_s), qPrintable(gdap));
    QVERIFY(!gdap.contains(u"2023"_s));
    int ending = 0;
    for (const SandboxAdminRelationship &r :
         m_fixture->serverCustomer(m_customer.id)->adminRelationships)
        ending += r.terminationRequestedDateTime.isValid();
    QCOMPARE(ending, 2);
    QCOMPARE(m_fixture->audit()->entries().constLast().action, u"terminateAdminRelationship"_s);
}

void tst_RemoveRelationshipFlow::refusedWhenReactivatedOnServer()
{
    CustomerPage *page = openCustomer(u"Žluťoučký kůň s.r.o."_s);
    QVERIFY(page);
    page->showAccount();
    QPushButton *remove = page->accountPage()->removalPanel()->removeButton();
    QTRY_VERIFY(remove->isEnabled());

    // Someone reactivates a subscription in the portal while our page still shows it idle.
    CustomerState *customer = page->state();
    const QString id = customer->subscriptions().first().id;
    m_fixture->server.store().subscription(m_customer.id, id)->status = u"active"_s;
    m_fixture->server.notifyStoreChanged();
    QVERIFY(remove->isEnabled());

    remove->click();
    confirmWith(m_customer.domain());

    QTRY_COMPARE(customer->activeSubscriptionCount(), 1);
    QTRY_VERIFY(!MessageBoxes::shownMessages().isEmpty());
    const QString message = MessageBoxes::shownMessages().constLast();
    QVERIFY2(message.contains(u"not removed"_s), qPrintable(message));
    QVERIFY2(message.contains(customer->subscription(id)->displayName()), qPrintable(message));
    QVERIFY(!remove->isEnabled());
    QVERIFY(!m_fixture->window->resultDialog());
    QVERIFY(m_fixture->window->customerModel()->rowOfCustomer(m_customer.id) >= 0);
    QCOMPARE(m_fixture->serverCustomer(m_customer.id)->relationship, u"reseller"_s);
}

void tst_RemoveRelationshipFlow::serverErrorShownWithCorrelationId()
{
    CustomerPage *page = openCustomer(u"Žluťoučký kůň s.r.o."_s);
    QVERIFY(page);
    page->showAccount();
    QPushButton *remove = page->accountPage()->removalPanel()->removeButton();
    QTRY_VERIFY(remove->isEnabled());

    m_fixture->server.injectError(409, u"600001"_s, u"The partner still has open tickets."_s,
                                  u"/v1/customers/"_s + m_customer.id, "PATCH");
    remove->click();
    MessageBoxes::setNextAnswer(QMessageBox::Close);
    confirmWith(m_customer.domain());

    QTRY_VERIFY(!MessageBoxes::shownMessages().isEmpty());
    const QString message = MessageBoxes::shownMessages().constLast();
    // Said in the body, not only in the title.
    const QString body = message.section(u'\n', 1);
    QVERIFY2(body.startsWith(u"Not removed."_s), qPrintable(message));
    QVERIFY2(message.contains(u"The partner still has open tickets."_s), qPrintable(message));
    QVERIFY2(message.contains(u"Correlation ID"_s), qPrintable(message));
    QVERIFY(m_fixture->window->customerModel()->rowOfCustomer(m_customer.id) >= 0);
    QCOMPARE(m_fixture->serverCustomer(m_customer.id)->relationship, u"reseller"_s);
    QTRY_VERIFY(remove->isEnabled());

    // Try again, without typing the domain again: this time it goes through.
    m_fixture->server.injectError(409, u"600001"_s, u"The partner still has open tickets."_s,
                                  u"/v1/customers/"_s + m_customer.id, "PATCH");
    MessageBoxes::clearShownMessages();
    remove->click();
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    confirmWith(m_customer.domain());
    QTRY_VERIFY(m_fixture->window->resultDialog());
    QCOMPARE(MessageBoxes::shownMessages().size(), 1);
    QCOMPARE(m_fixture->serverCustomer(m_customer.id)->relationship, u"none"_s);
}

void tst_RemoveRelationshipFlow::outcomeUnknownSaysWhatToCheck()
{
    CustomerPage *page = openCustomer(u"Žluťoučký kůň s.r.o."_s);
    QVERIFY(page);
    page->showAccount();
    QPushButton *remove = page->accountPage()->removalPanel()->removeButton();
    QTRY_VERIFY(remove->isEnabled());
    m_fixture->backOffBriefly();

    // The removal is made and its answer lost; reading the customer back fails too. The three
    // reads of the re-check before the removal (subscriptions, software, reservations) pass.
    const QString path = u"/v1/customers/"_s + m_customer.id;
    m_fixture->server.failNext(SandboxServer::Fault::LoseAnswer, 1, path, "PATCH");
    m_fixture->server.failNext(SandboxServer::Fault::ServerError, RetryPolicy().maxAttempts, path,
                               "GET", 3);
    MessageBoxes::clearShownMessages();
    remove->click();
    confirmWith(m_customer.domain());

    QTRY_VERIFY(!MessageBoxes::shownMessages().isEmpty());
    const QString message = MessageBoxes::shownMessages().constLast();
    QVERIFY2(message.startsWith(u"The relationship may have been removed"_s), qPrintable(message));
    QVERIFY2(message.contains(u"not known whether"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Before trying again"_s), qPrintable(message));
    QCOMPARE(m_fixture->serverCustomer(m_customer.id)->relationship, u"none"_s);
    QCOMPARE(m_fixture->audit()->entries().constLast().outcome, AuditEntry::Outcome::Unknown);
    int patches = 0;
    for (const RecordedRequest &r : m_fixture->server.recentRequests())
        patches += r.method == "PATCH";
    QCOMPARE(patches, 1);
}

void tst_RemoveRelationshipFlow::adminRelationshipsKeptWhenNotAskedFor()
{
    CustomerPage *page = openCustomer(u"Žluťoučký kůň s.r.o."_s);
    QVERIFY(page);
    SandboxAdminRelationship kept;
    kept.id = u"d0d0d0d0-0000-4000-8000-000000000001-"_s + m_customer.id;
    kept.displayName = u"Kůň helpdesk"_s;
    m_fixture->serverCustomer(m_customer.id)->adminRelationships = {kept};
    m_fixture->server.notifyStoreChanged();
    page->refresh();
    QTRY_COMPARE(page->state()->activeAdminRelationships().size(), 1);
    page->showAccount();
    QPushButton *remove = page->accountPage()->removalPanel()->removeButton();
    QTRY_VERIFY(remove->isEnabled());

    remove->click();
    ConfirmRemovalDialog *dialog = page->removalFlow()->confirmDialog();
    QVERIFY2(dialog->adminRelationshipsText().startsWith(u"1 admin relationship (GDAP) remains"_s),
             qPrintable(dialog->adminRelationshipsText()));
    dialog->terminateBox()->setChecked(false);
    confirmWith(m_customer.domain());

    QTRY_VERIFY(m_fixture->window->resultDialog());
    QCOMPARE(m_fixture->serverCustomer(m_customer.id)->relationship, u"none"_s);
    QVERIFY(!m_fixture->serverCustomer(m_customer.id)
                 ->adminRelationships.first()
                 .terminationRequestedDateTime.isValid());
    const QString gdap = m_fixture->window->resultDialog()->adminRelationshipsText();
    QVERIFY2(gdap.startsWith(u"1 admin relationship with the customer remains active"_s),
             qPrintable(gdap));
    for (const RecordedRequest &r : m_fixture->server.recentRequests())
        QVERIFY(!(r.method == "POST" && r.path.endsWith(u"/requests"_s)));
}

QTEST_MAIN(tst_RemoveRelationshipFlow)
#include "tst_removerelationshipflow.moc"
