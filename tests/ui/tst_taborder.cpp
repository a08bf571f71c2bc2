// Tab moves through each page in reading order: top to bottom, left to right, a side panel
// after the table it belongs to; and each stop is named as it reads on screen.
#include "uitestfixture.h"

#include "core/customer/customerstate.h"
#include "core/models/entitlementmodel.h"
#include "ui/accountpage.h"
#include "ui/customerheader.h"
#include "ui/customerlistpage.h"
#include "ui/customerpage.h"
#include "ui/purchasespage.h"
#include "ui/subscriptiondetailspanel.h"
#include "ui/subscriptionspage.h"
#include "ui/subscriptiontableview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

class tst_TabOrder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void customers();
    void subscriptions();
    void purchases();
    void account();
    void sectionsFromAnywhere();
    void focusStaysOnThePageAfterSubmit();

private:
    // The names of the focus stops from `first` on, pressing Tab until the focus leaves `page`
    // or comes back round.
    QStringList tabStops(QWidget *page, QWidget *first) const;
    CustomerPage *open(const QString &name);

    std::unique_ptr<UiTestFixture> m_fixture;
};

namespace {
QString nameOf(const QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    // A tab bar reads as the tab widget it belongs to.
    if (qobject_cast<const QTabBar *>(widget) && widget->parentWidget())
        return widget->parentWidget()->accessibleName();
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    return u"<unnamed %1>"_s.arg(QString::fromLatin1(widget->metaObject()->className()));
}

// Reading order on screen: a stop never sits above the previous one unless it starts a column
// to its right (the details panel beside a table).
QString readingOrderProblem(const QList<QWidget *> &stops)
{
    for (int i = 1; i < stops.size(); ++i) {
        const QWidget *window = stops.at(i)->window();
        const QRect before(stops.at(i - 1)->mapTo(window, QPoint()), stops.at(i - 1)->size());
        const QRect now(stops.at(i)->mapTo(window, QPoint()), stops.at(i)->size());
        const bool below = now.top() >= before.top();
        const bool nextColumn = now.left() >= before.right();
        if (!below && !nextColumn)
            return u"\"%1\" comes after \"%2\" but sits above and left of it"_s.arg(
                nameOf(stops.at(i)), nameOf(stops.at(i - 1)));
    }
    return {};
}
} // namespace

void tst_TabOrder::init()
{
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start());
    MainWindow *window = m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

QStringList tst_TabOrder::tabStops(QWidget *page, QWidget *first) const
{
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> stops;
    QWidget *focus = QApplication::focusWidget();
    while (focus && page->isAncestorOf(focus) && !stops.contains(focus) && stops.size() < 40) {
        stops.append(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
        // A label's links take Tab one by one before the focus moves on; nothing else may keep
        // the focus.
        const auto *label = qobject_cast<const QLabel *>(focus);
        const bool links =
            label && label->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard);
        for (int link = 0; links && link < 10 && QApplication::focusWidget() == focus; ++link)
            QTest::keyClick(focus, Qt::Key_Tab);
        focus = QApplication::focusWidget();
    }
    const QString problem = readingOrderProblem(stops);
    QStringList names;
    for (const QWidget *stop : std::as_const(stops))
        names.append(nameOf(stop));
    if (!problem.isEmpty())
        names.append(problem);
    return names;
}

CustomerPage *tst_TabOrder::open(const QString &name)
{
    return m_fixture->openCustomer(name);
}

void tst_TabOrder::customers()
{
    CustomerListPage *page = m_fixture->window->customersPage();
    const QStringList stops = tabStops(page, page->searchField());
    QCOMPARE(stops, (QStringList{u"Search customers"_s, u"Refresh"_s, u"Customers"_s}));
}

void tst_TabOrder::subscriptions()
{
    CustomerPage *page = open(u"Contoso Česko a.s."_s);
    QVERIFY(page);
    SubscriptionTableView *table = page->subscriptionsPage()->tableView();
    QVERIFY(table->selectSubscription(page->state()->activeSubscriptions().first().id));
    const QStringList stops = tabStops(page, page->header()->customersCrumb());
    QCOMPARE(stops, (QStringList{u"Customers"_s, u"Copy primary domain"_s, u"Copy Microsoft ID"_s,
                                 u"Customer sections"_s, u"Suspend all active…"_s, u"Refresh"_s,
                                 u"Subscriptions"_s, u"Add-ons"_s, u"Active"_s}));
    // The base's add-ons are links, reached before the status choice. The arrow keys choose the
    // status; Submit, enabled by the choice, is the next stop.
    SubscriptionDetailsPanel *details = page->subscriptionsPage()->detailsPanel();
    details->activeChoice()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(details->activeChoice(), Qt::Key_Down);
    QVERIFY(details->suspendedChoice()->isChecked());
    QCOMPARE(QApplication::focusWidget(), details->suspendedChoice());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), details->submitButton());
}

void tst_TabOrder::purchases()
{
    CustomerPage *page = open(u"Woodgrove Software GmbH"_s);
    QVERIFY(page);
    page->showPurchases();
    QVERIFY(page->purchasesPage()->showPurchase(page->state()->purchases().first().orderId));
    const QStringList stops = tabStops(page, page->header()->customersCrumb());
    QCOMPARE(stops,
             (QStringList{u"Customers"_s, u"Copy primary domain"_s, u"Copy Microsoft ID"_s,
                          u"Customer sections"_s, u"Refresh"_s,
                          u"Software purchases and Azure reservations"_s, u"Cancel order…"_s}));
}

void tst_TabOrder::account()
{
    CustomerPage *page = open(u"Contoso Česko a.s."_s);
    QVERIFY(page);
    page->showAccount();
    // Remove is disabled (a base and its add-on active: one blocker, which names the add-on),
    // so the stops are the blocker's action and the recommended step; then Next steps, and the
    // admin relationships below: the table (its first row becomes current with the focus, so
    // Terminate… is enabled) and its two actions.
    QTRY_COMPARE(page->state()->activeAdminRelationships().size(), 2);
    const QStringList stops = tabStops(page, page->header()->customersCrumb());
    QCOMPARE(stops,
             (QStringList{u"Customers"_s, u"Copy primary domain"_s, u"Copy Microsoft ID"_s,
                          u"Customer sections"_s, u"Select in Subscriptions"_s, u"Terminate all…"_s,
                          u"Request or re-establish a relationship with a customer"_s,
                          u"Admin relationships"_s, u"Terminate…"_s, u"Terminate all…"_s}));

    // Nothing blocks: the action itself, then Next steps.
    page = open(u"Žluťoučký kůň s.r.o."_s);
    QVERIFY(page);
    page->showAccount();
    QTRY_VERIFY(page->state()->isReady());
    const QStringList ready = tabStops(page, page->header()->customersCrumb());
    QCOMPARE(ready, (QStringList{u"Customers"_s, u"Copy primary domain"_s, u"Copy Microsoft ID"_s,
                                 u"Customer sections"_s, u"Remove reseller relationship"_s,
                                 u"Request or re-establish a relationship with a customer"_s}));
}

void tst_TabOrder::sectionsFromAnywhere()
{
    // The breadcrumb has the focus when a customer opens: Ctrl+Tab still moves on.
    CustomerPage *page = open(u"Contoso Česko a.s."_s);
    QVERIFY(page);
    page->header()->customersCrumb()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(page->tabs()->currentWidget(), page->purchasesPage());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(page->tabs()->currentWidget(), page->accountPage());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(page->tabs()->currentWidget(), page->purchasesPage());
}

void tst_TabOrder::focusStaysOnThePageAfterSubmit()
{
    // Submit from the keyboard: the controls are disabled while the change is sent, and the
    // focus goes to the subscription's row, not out of the page to the breadcrumb.
    CustomerPage *page = open(u"Contoso Česko a.s."_s);
    QVERIFY(page);
    SubscriptionTableView *table = page->subscriptionsPage()->tableView();
    QVERIFY(table->selectSubscription(page->state()->activeSubscriptions().first().id));
    SubscriptionDetailsPanel *details = page->subscriptionsPage()->detailsPanel();
    details->activeChoice()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(details->activeChoice(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), details->submitButton());
    QTest::keyClick(details->submitButton(), Qt::Key_Space);
    QCOMPARE(QApplication::focusWidget(), table);
    QTRY_VERIFY(details->resultText().startsWith(u"✓"_s));
    QCOMPARE(QApplication::focusWidget(), table);
}

QTEST_MAIN(tst_TabOrder)
#include "tst_taborder.moc"
