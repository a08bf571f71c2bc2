// The window: menus and shortcuts, run-time retranslation, back navigation, accessible names.
#include "uitestfixture.h"

#include "customerheader.h"
#include "customerpage.h"
#include "customerspage.h"
#include "models/customersession.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {
// Marks every string it is asked for, so a test sees which texts were re-read.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(u"%n"_s, QString::number(n));
        return u"[x] "_s + text;
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void menusAndShortcuts();
    void retranslatesAtRunTime();
    void statusBarNamesUserAndRole();
    void backFromCustomerWithKeyboardAndBreadcrumb();

private:
    std::unique_ptr<UiTestFixture> m_fixture;
};

void tst_MainWindow::init()
{
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
}

void tst_MainWindow::menusAndShortcuts()
{
    MainWindow *window = m_fixture->window.get();
    QCOMPARE(window->exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(window->refreshAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
    // Not on the embedded sandbox here: nothing to reset.
    QVERIFY(!window->resetSandboxAction()->isVisible());
    QStringList menus;
    const QList<QAction *> actions = window->menuBar()->actions();
    for (QAction *action : actions)
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{u"&File"_s, u"&View"_s, u"&Help"_s}));
    QCOMPARE(window->size(), QSize(1200, 760));
}

void tst_MainWindow::retranslatesAtRunTime()
{
    MainWindow *window = m_fixture->window.get();
    QCOMPARE(window->windowTitle(), u"Customers — PartnerDesk"_s);
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(window->windowTitle(), u"[x] Customers — PartnerDesk"_s);
    QCOMPARE(window->fileMenu()->title(), u"[x] &File"_s);
    QCOMPARE(window->customersPage()->searchField()->accessibleName(), u"[x] Search customers"_s);
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(window->windowTitle(), u"Customers — PartnerDesk"_s);

    // The language manager tells the client too (X-Locale).
    m_fixture->languages.setLanguage(u"cs"_s);
    QCOMPARE(m_fixture->client->localeTag(), u"cs-CZ"_s);
    m_fixture->languages.setLanguage(u"en"_s);
    QCOMPARE(m_fixture->client->localeTag(), u"en-US"_s);
}

void tst_MainWindow::statusBarNamesUserAndRole()
{
    const QList<QLabel *> labels = m_fixture->window->statusBar()->findChildren<QLabel *>();
    QString text;
    for (QLabel *label : labels)
        text += label->text() + u'|';
    QVERIFY2(text.contains(u"Signed in as"_s), qPrintable(text));
    QVERIFY2(text.contains(m_fixture->context.claims.displayName()), qPrintable(text));
}

void tst_MainWindow::backFromCustomerWithKeyboardAndBreadcrumb()
{
    MainWindow *window = m_fixture->window.get();
    const auto customer = m_fixture->customerNamed(u"Contoso Česko a.s."_s);
    QVERIFY(customer);
    window->openCustomer(*customer);
    CustomerPage *page = window->customerPage();
    QVERIFY(page->isVisible());
    QCOMPARE(window->windowTitle(), u"Contoso Česko a.s. — PartnerDesk"_s);
    QCOMPARE(page->tabs()->tabText(0), u"Subscriptions"_s);
    QCOMPARE(page->tabs()->tabText(1), u"Account"_s);

    page->tabs()->setFocus();
    QTest::keyClick(page->tabs(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(window->customersPage()->isVisible());

    window->openCustomer(*customer);
    QVERIFY(page->isVisible());
    page->header()->customersCrumb()->click();
    QVERIFY(window->customersPage()->isVisible());
    QCOMPARE(page->header()->customersCrumb()->accessibleName(), u"Customers"_s);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
