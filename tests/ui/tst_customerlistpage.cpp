// Customers: search as you type, count, empty and error states, CSV export, accessible names.
#include "uitestfixture.h"

#include "ui/customerlistpage.h"
#include "ui/customertableview.h"
#include "ui/statepanel.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

class tst_CustomerListPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void searchFilters();
    void noMatchOffersClearSearch();
    void exportsFilteredRowsAsCsv();
    void serverErrorShowsMessageAndCorrelationId();
    void accessibleNames();
    void enterOpensCustomer();
    void countFollowsARemovalAtOnce();
    void whileLoadingNoZeroIsCounted();
    void keyboardFromTheSearchField();

private:
    CustomerListPage *page() const { return m_fixture->window->customersPage(); }
    std::unique_ptr<UiTestFixture> m_fixture;
};

void tst_CustomerListPage::init()
{
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
}

void tst_CustomerListPage::searchFilters()
{
    const int total = m_fixture->window->customerModel()->count();
    QVERIFY(total > 10);
    // Accent-insensitive on the company name, then the domain.
    QTest::keyClicks(page()->searchField(), u"lodz"_s);
    QCOMPARE(page()->visibleRows().rowCount(), 1);
    QCOMPARE(page()->visibleRows().index(0, 0).data().toString(),
             u"Przedsiębiorstwo Łódź sp. z o.o."_s);
    page()->searchField()->setText(u"contoso-cz.onmicrosoft"_s);
    QCOMPARE(page()->visibleRows().rowCount(), 1);
    const QList<QLabel *> labels = page()->findChildren<QLabel *>();
    const bool counted = std::any_of(labels.begin(), labels.end(), [total](QLabel *label) {
        return label->text() == u"1 customer of %1"_s.arg(total);
    });
    QVERIFY(counted);
    page()->searchField()->clear();
    QCOMPARE(page()->visibleRows().rowCount(), total);
}

void tst_CustomerListPage::noMatchOffersClearSearch()
{
    page()->searchField()->setText(u"no such company"_s);
    auto *state = page()->findChild<StatePanel *>();
    QVERIFY(state->isVisible());
    QCOMPARE(state->title(), u"No customer matches “no such company”"_s);
    QCOMPARE(state->button()->text(), u"Clear search"_s);
    state->button()->click();
    QVERIFY(page()->searchField()->text().isEmpty());
    QVERIFY(page()->tableView()->isVisible());
}

void tst_CustomerListPage::exportsFilteredRowsAsCsv()
{
    page()->searchField()->setText(u"s.r.o"_s);
    const int rows = page()->visibleRows().rowCount();
    QVERIFY(rows > 1);
    const QString path = m_fixture->dir.filePath(u"customers.csv"_s);
    QVERIFY(m_fixture->window->exportCsvTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows + 1);
    QCOMPARE(lines.first(), u"Company name,Primary domain,Microsoft ID,Relationship"_s);
    // Names with a comma are quoted; every listed row matched the filter.
    // A name with commas is quoted (RFC 4180).
    QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(u"\"Mezinárodní společnost pro výzkum, vývoj"_s);
    }));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).contains(u"s.r.o"_s), qPrintable(lines.at(i)));
}

void tst_CustomerListPage::serverErrorShowsMessageAndCorrelationId()
{
    // One attempt, so the test does not sit through the client's back-off.
    RetryPolicy once;
    once.maxAttempts = 1;
    m_fixture->client()->setRetryPolicy(once);
    m_fixture->server.injectError(500, u"3000"_s, u"The customer directory is unavailable."_s,
                                  u"/v1/customers"_s);
    m_fixture->window->customerModel()->clear();
    page()->refresh();
    auto *state = page()->findChild<StatePanel *>();
    QTRY_VERIFY_WITH_TIMEOUT(state->isVisible() && state->button()->isVisible(), 20000);
    QCOMPARE(state->title(), u"Customers could not be loaded"_s);
    QVERIFY2(state->text().contains(u"The customer directory is unavailable."_s),
             qPrintable(state->text()));
    QVERIFY(state->text().contains(u"Correlation ID"_s));
    QCOMPARE(state->button()->text(), u"Retry"_s);
    state->button()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page()->tableView()->isVisible(), 20000);
}

void tst_CustomerListPage::accessibleNames()
{
    QCOMPARE(page()->searchField()->accessibleName(), u"Search customers"_s);
    QCOMPARE(page()->tableView()->accessibleName(), u"Customers"_s);
    const QList<QPushButton *> buttons = page()->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->isVisible())
            QVERIFY(!button->text().isEmpty());
    }
}

void tst_CustomerListPage::enterOpensCustomer()
{
    QStringList opened;
    connect(page(), &CustomerListPage::customerActivated, this,
            [&opened](const Customer &customer) { opened.append(customer.companyName()); });
    page()->searchField()->setText(u"Contoso"_s);
    CustomerTableView *table = page()->tableView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(table->currentCustomer()->companyName(), u"Contoso Česko a.s."_s);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened, QStringList{u"Contoso Česko a.s."_s});
}

void tst_CustomerListPage::countFollowsARemovalAtOnce()
{
    CustomerListModel *model = m_fixture->window->customerModel();
    const int total = model->count();
    const auto customerAt = [&](int row) { return model->customerAt(row).value(); };
    // A customer the search shows, and one it hides: each removal is counted at once.
    page()->searchField()->setText(u"lodz"_s);
    QCOMPARE(page()->visibleRows().rowCount(), 1);
    QString hidden;
    for (int row = 0; row < total && hidden.isEmpty(); ++row) {
        if (!customerAt(row).companyName().startsWith(u"Przedsi"_s))
            hidden = customerAt(row).id;
    }
    QVERIFY(model->removeCustomer(hidden));
    QCOMPARE(page()->countText(), u"1 customer of %1"_s.arg(total - 1));

    page()->searchField()->clear();
    QVERIFY(
        model->removeCustomer(m_fixture->customerNamed(u"Przedsiębiorstwo Łódź sp. z o.o."_s)->id));
    QCOMPARE(page()->visibleRows().rowCount(), total - 2);
    QCOMPARE(page()->countText(), u"%1 customers"_s.arg(total - 2));
}

void tst_CustomerListPage::whileLoadingNoZeroIsCounted()
{
    // A refresh keeps the rows while Partner Center answers.
    const int total = m_fixture->window->customerModel()->count();
    page()->refresh();
    QCOMPARE(page()->visibleRows().rowCount(), total);
    QCOMPARE(page()->countText(), u"%1 customers, loading…"_s.arg(total));
    QTRY_COMPARE(page()->countText(), u"%1 customers"_s.arg(total));

    // Nothing read yet is not "0 customers".
    m_fixture->window->customerModel()->clear();
    page()->refresh();
    QCOMPARE(page()->countText(), u"Loading…"_s);
    QCOMPARE(page()->statePanel()->title(), u"Loading customers…"_s);
    QTRY_COMPARE(page()->countText(), u"%1 customers"_s.arg(total));
}

void tst_CustomerListPage::keyboardFromTheSearchField()
{
    MainWindow *window = m_fixture->window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QLineEdit *search = page()->searchField();
    CustomerTableView *table = page()->tableView();

    // Ctrl+F from a customer's page: back on Customers, in the search.
    QVERIFY(m_fixture->openCustomer(u"Contoso Česko a.s."_s));
    QVERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page()->isVisible());
    QCOMPARE(QApplication::focusWidget(), search);

    // Escape clears it.
    QTest::keyClicks(search, u"zzz"_s);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());

    // Down moves into the results, on the first row.
    QTest::keyClicks(search, u"s.r.o"_s);
    table->setCurrentIndex({});
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().row(), 0);

    // Ctrl+E is Export, also from inside the search.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = window->findChild<QFileDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();

    // Enter opens the only row the search leaves.
    QStringList opened;
    connect(page(), &CustomerListPage::customerActivated, this,
            [&opened](const Customer &customer) { opened.append(customer.companyName()); });
    search->setFocus();
    search->clear();
    table->setCurrentIndex({});
    QTest::keyClicks(search, u"lodz"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(opened, QStringList{u"Przedsiębiorstwo Łódź sp. z o.o."_s});
}

QTEST_MAIN(tst_CustomerListPage)
#include "tst_customerlistpage.moc"
