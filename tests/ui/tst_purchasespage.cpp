// The customer's Software purchases and Azure reservations: cancelling a software purchase
// inside its window (from the section and from the Account page's blocker), reservations sent
// to the Azure portal, purchases past their window left alone.
#include "uitestfixture.h"

#include "core/customer/customerstate.h"
#include "core/models/entitlementmodel.h"
#include "ui/accountpage.h"
#include "ui/blockerchecklist.h"
#include "ui/entitlementtableview.h"
#include "ui/purchasedetailspanel.h"
#include "ui/purchasespage.h"
#include "ui/removalpanel.h"
#include "ui/statepanel.h"

#include <QPushButton>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

class tst_PurchasesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void listsPurchasesInTheirTab();
    void cancelSoftwarePurchaseClearsTheBlocker();
    void blockerActionTakesTheSamePath();
    void answeringCancelChangesNothing();
    void serverRefusalIsShown();
    void outcomeUnknownIsNeitherDoneNorFailed();
    void reservationIsCancelledInTheAzurePortal();
    void pastItsWindowNothingToCancel();
    void emptyStateSaysWhy();
    void anOutcomeStaysWithItsCustomerAndPage();
    void aLateOutcomeNeverReachesTheNextCustomer();
    void aFailureNamesThePurchases();

private:
    CustomerPage *open(const QString &name);
    QString blockerTitles(CustomerPage *page) const;

    std::unique_ptr<UiTestFixture> m_fixture;
};

void tst_PurchasesPage::init()
{
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
}

CustomerPage *tst_PurchasesPage::open(const QString &name)
{
    CustomerPage *page = m_fixture->openCustomer(name);
    if (page)
        page->showPurchases();
    return page;
}

QString tst_PurchasesPage::blockerTitles(CustomerPage *page) const
{
    QStringList titles;
    for (const RemovalBlocker &blocker : page->state()->blockers())
        titles.append(blocker.title());
    return titles.join(u'\n');
}

void tst_PurchasesPage::listsPurchasesInTheirTab()
{
    CustomerPage *page = open(u"Woodgrove Software GmbH"_s);
    QVERIFY(page);
    QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()), u"Purchases"_s);
    EntitlementTableView *table = page->purchasesPage()->tableView();
    QCOMPARE(table->accessibleName(), u"Software purchases and Azure reservations"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, EntitlementModel::TypeColumn).data().toString(),
             u"Software purchase"_s);
    // Dates with the whole year, as everywhere in the tables.
    const QString until =
        table->model()->index(0, EntitlementModel::CancellableUntilColumn).data().toString();
    QVERIFY2(until.contains(QString::number(QDate::currentDate().addDays(10).year())),
             qPrintable(until));
}

void tst_PurchasesPage::cancelSoftwarePurchaseClearsTheBlocker()
{
    CustomerPage *page = open(u"Woodgrove Software GmbH"_s);
    QVERIFY(page);
    QVERIFY2(blockerTitles(page).contains(u"Software purchase still cancellable"_s),
             qPrintable(blockerTitles(page)));
    QPushButton *remove = page->accountPage()->removalPanel()->removeButton();
    QVERIFY(!remove->isEnabled());

    PurchasesPage *purchases = page->purchasesPage();
    const Entitlement software = page->state()->purchases().first();
    QVERIFY(purchases->showPurchase(software.orderId));
    PurchaseDetailsPanel *details = purchases->detailsPanel();
    QVERIFY(details->cancelButton()->isVisible());
    QVERIFY2(details->explanationText().contains(u"can be cancelled until"_s),
             qPrintable(details->explanationText()));

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    details->cancelButton()->click();
    // Asked first, naming the purchase.
    QVERIFY(MessageBoxes::shownMessages().constLast().contains(software.displayName()));

    QTRY_VERIFY(!purchases->isCancelling());
    QVERIFY2(details->resultText().startsWith(u"✓"_s), qPrintable(details->resultText()));
    // The model was read again: the server's status, and the blocker is gone.
    QCOMPARE(page->state()->purchases().first().status.toLower(), u"cancelled"_s);
    QVERIFY(!details->cancelButton()->isVisible());
    QVERIFY2(blockerTitles(page).isEmpty(), qPrintable(blockerTitles(page)));
    QTRY_VERIFY(remove->isEnabled());
    // The row the result is about stays selected.
    QCOMPARE(purchases->tableView()->currentOrderId(), software.orderId);
}

void tst_PurchasesPage::blockerActionTakesTheSamePath()
{
    CustomerPage *page = m_fixture->openCustomer(u"Woodgrove Software GmbH"_s);
    QVERIFY(page);
    page->showAccount();
    BlockerChecklist *checklist = page->accountPage()->removalPanel()->checklist();
    QPushButton *cancelOrder = nullptr;
    const QList<QPushButton *> buttons = checklist->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->isVisible() && button->text() == u"Cancel order…"_s)
            cancelOrder = button;
    }
    QVERIFY(cancelOrder);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    cancelOrder->click();
    // The user is taken to the purchase, and sees the outcome there.
    QCOMPARE(page->tabs()->currentWidget(), page->purchasesPage());
    PurchaseDetailsPanel *details = page->purchasesPage()->detailsPanel();
    QCOMPARE(details->orderId(), page->state()->purchases().first().orderId);
    QTRY_VERIFY2(details->resultText().startsWith(u"✓"_s), qPrintable(details->resultText()));
    QTRY_VERIFY(page->state()->isReady());
    QTRY_COMPARE(checklist->rowCount(), 0);
}

void tst_PurchasesPage::answeringCancelChangesNothing()
{
    CustomerPage *page = open(u"Woodgrove Software GmbH"_s);
    QVERIFY(page);
    const Entitlement software = page->state()->purchases().first();
    m_fixture->server.clearRecentRequests();
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    page->purchasesPage()->cancelPurchase(software.orderId);
    QVERIFY(!page->purchasesPage()->isCancelling());
    for (const RecordedRequest &request : m_fixture->server.recentRequests())
        QVERIFY2(request.method != "PATCH", qPrintable(request.path));
    QVERIFY(page->purchasesPage()->detailsPanel()->resultText().isEmpty());
}

void tst_PurchasesPage::serverRefusalIsShown()
{
    CustomerPage *page = open(u"Woodgrove Software GmbH"_s);
    QVERIFY(page);
    const Entitlement software = page->state()->purchases().first();
    m_fixture->server.injectError(400, u"900117"_s, u"The cancellation window has passed."_s,
                                  software.orderId, "PATCH");
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    page->purchasesPage()->cancelPurchase(software.orderId);
    PurchaseDetailsPanel *details = page->purchasesPage()->detailsPanel();
    QTRY_VERIFY(!page->purchasesPage()->isCancelling());
    QVERIFY2(details->resultText().startsWith(u"✗"_s), qPrintable(details->resultText()));
    QVERIFY2(details->resultText().contains(u"Correlation ID"_s),
             qPrintable(details->resultText()));
    QVERIFY(!page->state()->isReady());
}

void tst_PurchasesPage::outcomeUnknownIsNeitherDoneNorFailed()
{
    CustomerPage *page = open(u"Woodgrove Software GmbH"_s);
    QVERIFY(page);
    m_fixture->backOffBriefly();
    const Entitlement software = page->state()->purchases().first();
    // The cancellation is made and its answer lost; reading the purchases back fails too.
    m_fixture->server.failNext(SandboxServer::Fault::LoseAnswer, 1, software.orderId, "PATCH");
    m_fixture->server.failNext(SandboxServer::Fault::ServerError, RetryPolicy().maxAttempts,
                               u"entitlementType=software"_s, "GET");
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    page->purchasesPage()->cancelPurchase(software.orderId);
    PurchaseDetailsPanel *details = page->purchasesPage()->detailsPanel();
    QTRY_VERIFY(!page->purchasesPage()->isCancelling());
    const QString told = details->resultText();
    QVERIFY2(told.startsWith(u"⚠ Outcome unknown."_s), qPrintable(told));
    QVERIFY2(told.contains(u"before trying again"_s), qPrintable(told));
    QCOMPARE(m_fixture->audit()->entries().constLast().outcome, AuditEntry::Outcome::Unknown);
    // Then read once more: the table shows what the server holds.
    QTRY_COMPARE(page->state()->purchases().first().status.toLower(), u"cancelled"_s);
}

void tst_PurchasesPage::reservationIsCancelledInTheAzurePortal()
{
    CustomerPage *page = open(u"Tailspin Reservations Ltd"_s);
    QVERIFY(page);
    const Entitlement reservation = page->state()->purchases().first();
    QCOMPARE(reservation.type, Entitlement::Type::ReservedInstance);

    // From the Account page's blocker: shown in Purchases, where it says where to go.
    page->showAccount();
    QPushButton *show = nullptr;
    const QList<QPushButton *> buttons =
        page->accountPage()->removalPanel()->checklist()->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->isVisible() && button->text() == u"Show in Purchases"_s)
            show = button;
    }
    QVERIFY(show);
    show->click();
    QCOMPARE(page->tabs()->currentWidget(), page->purchasesPage());
    PurchaseDetailsPanel *details = page->purchasesPage()->detailsPanel();
    QCOMPARE(details->orderId(), reservation.orderId);
    QVERIFY(!details->cancelButton()->isVisible());
    QVERIFY2(details->explanationText().contains(u"Azure portal"_s),
             qPrintable(details->explanationText()));

    QList<QUrl> opened;
    details->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QVERIFY(details->portalButton()->isVisible());
    details->portalButton()->click();
    QCOMPARE(opened, QList<QUrl>{PurchaseDetailsPanel::reservationsPortalUrl()});
    QCOMPARE(opened.first().scheme(), u"https"_s);
}

void tst_PurchasesPage::pastItsWindowNothingToCancel()
{
    CustomerPage *page = open(u"Adatum Legacy Software a.s."_s);
    QVERIFY(page);
    const Entitlement software = page->state()->purchases().first();
    PurchasesPage *purchases = page->purchasesPage();
    QVERIFY(purchases->showPurchase(software.orderId));
    QVERIFY(!purchases->detailsPanel()->cancelButton()->isVisible());
    QVERIFY2(purchases->detailsPanel()->explanationText().contains(u"could only be cancelled"_s),
             qPrintable(purchases->detailsPanel()->explanationText()));
    // Past its window it does not block the removal either.
    QVERIFY2(blockerTitles(page).isEmpty(), qPrintable(blockerTitles(page)));
}

void tst_PurchasesPage::emptyStateSaysWhy()
{
    CustomerPage *page = open(u"Contoso Česko a.s."_s);
    QVERIFY(page);
    StatePanel *state = page->purchasesPage()->statePanel();
    QVERIFY(state->isVisible());
    QCOMPARE(state->title(), u"No software purchases or Azure reservations"_s);
    QVERIFY(state->text().contains(u"removing the relationship"_s));
}

void tst_PurchasesPage::anOutcomeStaysWithItsCustomerAndPage()
{
    CustomerPage *page = open(u"Woodgrove Software GmbH"_s);
    QVERIFY(page);
    PurchasesPage *purchases = page->purchasesPage();
    PurchaseDetailsPanel *details = purchases->detailsPanel();
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    purchases->cancelPurchase(page->state()->purchases().first().orderId);
    QTRY_VERIFY(!purchases->isCancelling());
    QVERIFY2(details->resultText().startsWith(u"✓ Cancelled"_s), qPrintable(details->resultText()));

    // Another customer's Purchases: nothing of Woodgrove's, there or anywhere in the window.
    m_fixture->window->showCustomers();
    page = open(u"Tailspin Reservations Ltd"_s);
    QVERIFY(page);
    QVERIFY(purchases->showPurchase(page->state()->purchases().first().orderId));
    QCOMPARE(m_fixture->outcomes(), QStringList());

    // An outcome goes when its page is left, by a tab as by going back.
    page = open(u"Adatum Legacy Software a.s."_s);
    QVERIFY(page);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    purchases->cancelPurchase(page->state()->purchases().first().orderId);
    QTRY_VERIFY(!purchases->isCancelling());
    QVERIFY(!details->resultText().isEmpty());
    page->showAccount();
    page->showPurchases();
    QCOMPARE(m_fixture->outcomes(), QStringList());
}

void tst_PurchasesPage::aLateOutcomeNeverReachesTheNextCustomer()
{
    CustomerPage *page = open(u"Woodgrove Software GmbH"_s);
    QVERIFY(page);
    PurchasesPage *purchases = page->purchasesPage();
    const QString woodgrove = page->state()->customerId();
    const QString order = page->state()->purchases().first().orderId;
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    purchases->cancelPurchase(order);
    QVERIFY(purchases->isCancelling());

    // On to Tailspin before Partner Center has answered: the cancellation lands in Woodgrove's
    // order, and its outcome nowhere.
    m_fixture->window->showCustomers();
    page = open(u"Tailspin Reservations Ltd"_s);
    QVERIFY(page);
    QVERIFY(purchases->showPurchase(page->state()->purchases().first().orderId));
    const auto orderStatus = [this, woodgrove, order] {
        for (const SandboxOrder &o : m_fixture->serverCustomer(woodgrove)->orders) {
            if (o.id == order)
                return o.status;
        }
        return QString();
    };
    QTRY_COMPARE(orderStatus(), u"cancelled"_s);
    QCOMPARE(m_fixture->outcomes(), QStringList());
}

void tst_PurchasesPage::aFailureNamesThePurchases()
{
    // Read again, every attempt answered with a body that does not parse: the rows stay, the
    // page says the purchases (not the subscriptions) failed, in our words, not the server's.
    CustomerPage *page = open(u"Woodgrove Software GmbH"_s);
    QVERIFY(page);
    PurchasesPage *purchases = page->purchasesPage();
    m_fixture->backOffBriefly();
    m_fixture->server.failNext(SandboxServer::Fault::Malformed, 100, u"entitlementType=software"_s,
                               "GET");
    purchases->refreshButton()->click();
    QTRY_COMPARE(page->state()->loadState(CustomerState::Part::Purchases),
                 CustomerState::LoadState::Failed);
    m_fixture->server.clearQueuedFaults();
    QVERIFY(purchases->isShowingContent());
    QCOMPARE(purchases->tableView()->model()->rowCount(), 1);
    const QString banner = purchases->bannerText();
    QVERIFY2(banner.contains(u"The purchases could not be read again"_s), qPrintable(banner));
    QVERIFY2(banner.contains(u"Partner Center sent an answer that could not be read."_s),
             qPrintable(banner));
    QVERIFY2(!banner.contains(u"Partner Center said"_s), qPrintable(banner));
    QCOMPARE(blockerTitles(page), u"Purchases could not be loaded"_s);

    // Read again successfully: the banner goes.
    purchases->refreshButton()->click();
    QTRY_COMPARE(page->state()->loadState(CustomerState::Part::Purchases),
                 CustomerState::LoadState::Loaded);
    QCOMPARE(purchases->bannerText(), QString());
}

QTEST_MAIN(tst_PurchasesPage)
#include "tst_purchasespage.moc"
