// The window: menus and shortcuts, run-time retranslation, back navigation, accessible names;
// and wired as main() wires it — the embedded sandbox by default, the File menu's sign-in to a
// "Partner Center" (an in-process sandbox as identity provider and API) and back.
#include "uitestfixture.h"

#include "connection/appconnection.h"
#include "core/auth/accountmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/signedintokensource.h"
#include "core/customer/customerstate.h"
#include "manualclock.h"
#include "sandbox/embeddedsandbox.h"
#include "testclientid.h"
#include "ui/accountactions.h"
#include "ui/accountpage.h"
#include "ui/confirmremovaldialog.h"
#include "ui/connectionstatus.h"
#include "ui/customerheader.h"
#include "ui/customerlistpage.h"
#include "ui/customerpage.h"
#include "ui/languagemenu.h"
#include "ui/removalpanel.h"
#include "ui/removerelationshipflow.h"
#include "ui/signin/connectionsettingsdialog.h"
#include "ui/signin/devicecodedialog.h"
#include "ui/signin/signincontroller.h"
#include "ui/subscriptiondetailspanel.h"
#include "ui/subscriptionspage.h"
#include "ui/subscriptiontableview.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>

using namespace std::chrono_literals;

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

// main()'s wiring without options (UiTestFixture::startOnAccount) with test doubles: settings
// in a file of the temporary folder, the keychain in memory, a clock the test moves
// (device-code polling), and the embedded sandbox's state in the temporary folder.
// `partnerCenter` plays Partner Center and Microsoft Entra, with data of its own so the test sees
// which one the window shows.
struct WiredApp
{
    SandboxServer partnerCenter;
    ManualClock clock;
    MemorySecretStore secrets;
    UiTestFixture fixture;
    QSettings *settings = nullptr;
    AccountManager *accounts = nullptr;
    AppConnection *connection = nullptr;
    MainWindow *window = nullptr;
    QList<QUrl> opened;

    bool start()
    {
        partnerCenter.generate(5, 7);
        partnerCenter.setDevicePollsBeforeApproval(0); // approved at the first poll
        if (partnerCenter.start(0) == 0)
            return false;
        if (!fixture.startOnAccount(&secrets, &clock))
            return false;
        settings = fixture.settings();
        accounts = fixture.accounts();
        connection = fixture.connection.get();
        window = fixture.showWindow();
        window->accountActions()->controller()->setUrlOpener([this](const QUrl &url) {
            opened << url;
            return true;
        });
        return true;
    }

    ConnectionSettings partnerCenterSettings() const
    {
        ConnectionSettings s;
        s.endpoint = partnerCenter.baseUrl();
        s.authority = partnerCenter.baseUrl();
        s.tenant = QStringLiteral("contoso.onmicrosoft.com");
        s.clientId = TestClientId;
        return s;
    }

    int customerCount() const { return window->customerModel()->count(); }
    QString connectionText() const { return window->connectionStatus()->connectionLabel()->text(); }
    QString userText() const { return window->connectionStatus()->userLabel()->text(); }

    // File → Sign in…, the code shown, one poll interval: signed in.
    bool signInThroughMenu()
    {
        window->accountActions()->signInAction()->trigger();
        DeviceCodeDialog *dialog = window->accountActions()->controller()->deviceCodeDialog();
        if (!dialog ||
            !QTest::qWaitFor([dialog] { return !dialog->codeLabel()->text().isEmpty(); }, 5000))
            return false;
        clock.advance(5s);
        return QTest::qWaitFor([this] { return accounts->isSignedIn(); }, 5000);
    }
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
    void languageMenuListsEveryLanguage();
    void statusBarNamesUserAndRole();
    void backFromCustomerWithKeyboardAndBreadcrumb();
    void missingRoleExplained();
    void indirectResellerGatedBeforeTheClick();

    void statusBarSaysSandbox();
    void fileMenuHasSignInActions();
    void signInSwitchesToPartnerCenterAndBack();
    void signOutLeavesPartnerCenterSignedOut();
    void resetSandboxLeavesNoOutcome();

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
    QCOMPARE(window->searchAction()->shortcut(), QKeySequence(QKeySequence::Find));
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
    QCOMPARE(m_fixture->client()->localeTag(), u"cs-CZ"_s);
    m_fixture->languages.setLanguage(u"en"_s);
    QCOMPARE(m_fixture->client()->localeTag(), u"en-US"_s);
}

// View → Language: every shipped language in its own name; choosing one switches the app and
// the X-Locale it sends.
void tst_MainWindow::languageMenuListsEveryLanguage()
{
    auto *menu = m_fixture->window->findChild<LanguageMenu *>();
    QVERIFY(menu);
    QStringList names;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions)
        names.append(action->text());
    QCOMPARE(names, (QStringList{u"English"_s, u"Čeština"_s, u"Polski"_s, u"Deutsch"_s,
                                 u"Français"_s, u"Español"_s, u"Slovenčina"_s, u"Magyar"_s}));
    actions.at(7)->trigger();
    QCOMPARE(m_fixture->languages.language(), u"hu"_s);
    QVERIFY(actions.at(7)->isChecked());
    QCOMPARE(m_fixture->client()->localeTag(), u"hu-HU"_s);
    actions.at(0)->trigger();
    QCOMPARE(m_fixture->client()->localeTag(), u"en-US"_s);
}

void tst_MainWindow::statusBarNamesUserAndRole()
{
    const QList<QLabel *> labels = m_fixture->window->statusBar()->findChildren<QLabel *>();
    QString text;
    for (QLabel *label : labels)
        text += label->text() + u'|';
    QVERIFY2(text.contains(u"Signed in as"_s), qPrintable(text));
    QVERIFY2(text.contains(m_fixture->connection->claims().displayName()), qPrintable(text));
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
    // The portal's sections; which others sit between them is the customer page's business.
    QStringList tabs;
    for (int i = 0; i < page->tabs()->count(); ++i)
        tabs << page->tabs()->tabText(i);
    QCOMPARE(tabs.constFirst(), u"Subscriptions"_s);
    QVERIFY2(tabs.contains(u"Account"_s), qPrintable(tabs.join(u", "_s)));

    page->tabs()->setFocus();
    QTest::keyClick(page->tabs(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(window->customersPage()->isVisible());

    window->openCustomer(*customer);
    QVERIFY(page->isVisible());
    page->header()->customersCrumb()->click();
    QVERIFY(window->customersPage()->isVisible());
    QCOMPARE(page->header()->customersCrumb()->accessibleName(), u"Customers"_s);
}

void tst_MainWindow::missingRoleExplained()
{
    // A helpdesk agent may read but not remove: Partner Center answers 403 with code 900150,
    // and the window says what that means.
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start(u"helpdesk"_s));
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
    const auto customer = m_fixture->customerNamed(u"Žluťoučký kůň s.r.o."_s);
    QVERIFY(customer);
    m_fixture->window->openCustomer(*customer);
    CustomerPage *page = m_fixture->window->customerPage();
    QTRY_VERIFY(page->state()->loadState() == CustomerState::LoadState::Loaded);
    MessageBoxes::clearShownMessages();
    page->beginRemoval();
    ConfirmRemovalDialog *dialog = page->removalFlow()->confirmDialog();
    QVERIFY(dialog);
    dialog->domainField()->setText(customer->domain());
    dialog->confirmButton()->click();
    QTRY_VERIFY(!MessageBoxes::shownMessages().isEmpty());
    const QString message = MessageBoxes::shownMessages().constLast();
    QVERIFY2(message.contains(u"Your role does not allow this. Ask a Global admin or an Admin "
                              "agent."_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"Correlation ID"_s), qPrintable(message));
}

void tst_MainWindow::indirectResellerGatedBeforeTheClick()
{
    // Partner Center lists an indirect provider for this partner: Remove is disabled before the
    // click, saying who can do it; the server's 403 is still explained when it comes.
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start(u"reseller"_s));
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
    CustomerPage *page = m_fixture->openCustomer(u"Žluťoučký kůň s.r.o."_s);
    QVERIFY(page);
    page->showAccount();
    RemovalPanel *panel = page->accountPage()->removalPanel();
    QTRY_VERIFY2(panel->noteText().contains(u"indirect reseller"_s), qPrintable(panel->noteText()));
    QVERIFY(panel->noteText().contains(u"Contoso Distribution CEE s.r.o."_s));
    QVERIFY(page->state()->isReady());
    QVERIFY(!panel->removeButton()->isEnabled());
    QCOMPARE(panel->removeButton()->toolTip(), panel->noteText());
    QCOMPARE(panel->removeButton()->accessibleDescription(), panel->noteText());

    MessageBoxes::clearShownMessages();
    page->beginRemoval();
    ConfirmRemovalDialog *dialog = page->removalFlow()->confirmDialog();
    dialog->domainField()->setText(page->state()->customer().domain());
    dialog->confirmButton()->click();
    QTRY_VERIFY(!MessageBoxes::shownMessages().isEmpty());
    QVERIFY2(MessageBoxes::shownMessages().constLast().contains(u"indirect provider"_s),
             qPrintable(MessageBoxes::shownMessages().constLast()));
}

void tst_MainWindow::statusBarSaysSandbox()
{
    m_fixture.reset();
    WiredApp app;
    QVERIFY(app.start());
    QVERIFY(app.connection->isSandbox());
    QTRY_VERIFY(app.customerCount() > 0);
    // The demo's state lives under PARTNERDESK_DATA_DIR, not in the user's folder.
    QCOMPARE(app.connection->sandbox()->stateFile(),
             app.fixture.dir.filePath(u"data/sandbox-state.json"_s));

    QLabel *where = app.window->connectionStatus()->connectionLabel();
    QCOMPARE(where->text(), u"Sandbox"_s);
    QVERIFY2(where->toolTip().contains(u"127.0.0.1"_s), qPrintable(where->toolTip()));
    QCOMPARE(where->accessibleName(), u"Connected to: Sandbox"_s);
    QLabel *who = app.window->connectionStatus()->userLabel();
    QVERIFY2(who->text().startsWith(u"Signed in as"_s), qPrintable(who->text()));
    QVERIFY(who->text().contains(u"Global admin"_s));
    QCOMPARE(who->accessibleName(), who->text());
    QVERIFY(app.window->resetSandboxAction()->isVisible());

    // Translated at run time like the rest of the window.
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(where->text(), u"[x] Sandbox"_s);
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(where->text(), u"Sandbox"_s);
}

void tst_MainWindow::fileMenuHasSignInActions()
{
    m_fixture.reset();
    WiredApp app;
    QVERIFY(app.start());
    MainWindow *window = app.window;
    QStringList texts;
    const QList<QAction *> actions = window->fileMenu()->actions();
    for (QAction *action : actions) {
        if (!action->isSeparator())
            texts << action->text();
    }
    QCOMPARE(texts, (QStringList{u"Sign &in to Partner Center…"_s, u"Co&nnection settings…"_s,
                                 u"Use the &sandbox"_s, u"Sign &out"_s, u"&Export to CSV…"_s,
                                 u"Off&board selected…"_s, u"Offboard customers from a &file…"_s,
                                 u"&Reset sandbox…"_s, u"&Quit"_s}));
    QVERIFY(window->accountActions()->useSandboxAction()->isCheckable());
    QVERIFY(window->accountActions()->useSandboxAction()->isChecked());
    QVERIFY(!window->accountActions()->signOutAction()->isEnabled()); // nobody signed in yet

    // Incomplete settings: sign-in asks for them first.
    window->accountActions()->signInAction()->trigger();
    QVERIFY(window->accountActions()->controller()->settingsDialog());
    window->accountActions()->controller()->settingsDialog()->reject();
}

void tst_MainWindow::signInSwitchesToPartnerCenterAndBack()
{
    m_fixture.reset();
    WiredApp app;
    QVERIFY(app.start());
    QTRY_VERIFY(app.customerCount() > 0);
    const int sandboxCustomers = app.customerCount();
    const QUrl sandboxUrl = app.window->client()->baseUrl();
    const int partnerCenterCustomers = app.partnerCenter.store().listedCount();
    QVERIFY(partnerCenterCustomers != sandboxCustomers);

    app.accounts->setConnectionSettings(app.partnerCenterSettings());
    QVERIFY(app.signInThroughMenu());
    QTRY_VERIFY(!app.window->accountActions()->controller()->deviceCodeDialog());

    // A new client on Partner Center, the pages built on it, Customers reloaded from there.
    QTRY_COMPARE(app.window->client()->baseUrl(), app.partnerCenter.baseUrl());
    QCOMPARE(app.connection->kind(), AppConnection::Kind::PartnerCenter);
    QTRY_COMPARE(app.customerCount(), partnerCenterCustomers);
    QVERIFY(app.window->customersPage()->isVisible());
    QCOMPARE(app.connectionText(), u"127.0.0.1"_s);
    QVERIFY2(app.userText().startsWith(u"Signed in as"_s), qPrintable(app.userText()));
    QVERIFY(app.userText().contains(app.accounts->claims().upn()));
    QVERIFY(!app.window->resetSandboxAction()->isVisible());
    QVERIFY(!app.window->accountActions()->useSandboxAction()->isChecked());
    QVERIFY(app.window->accountActions()->signOutAction()->isEnabled());
    // The refresh token went to the keychain, never to the settings.
    QCOMPARE(app.secrets.size(), 1);
    app.settings->sync();
    QFile ini(app.settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(
        !ini.readAll().contains(app.secrets.secret(app.accounts->tokens()->accountKey()).toUtf8()));

    // The customer page works on the new client too.
    const std::optional<Customer> first = app.window->customerModel()->customerAt(0);
    QVERIFY(first);
    app.window->openCustomer(*first);
    QTRY_VERIFY(app.window->customerPage()->state()->loadState() ==
                CustomerState::LoadState::Loaded);

    // Use the sandbox: back to the demo data, still signed in.
    app.window->accountActions()->useSandboxAction()->trigger();
    QTRY_COMPARE(app.window->client()->baseUrl(), sandboxUrl);
    QTRY_COMPARE(app.customerCount(), sandboxCustomers);
    QCOMPARE(app.connectionText(), u"Sandbox"_s);
    QVERIFY(app.window->accountActions()->useSandboxAction()->isChecked());
    QVERIFY(app.accounts->isSignedIn());
    QVERIFY(app.window->resetSandboxAction()->isVisible());

    // And to Partner Center again, without a new sign-in.
    app.window->accountActions()->useSandboxAction()->trigger();
    QTRY_COMPARE(app.window->client()->baseUrl(), app.partnerCenter.baseUrl());
    QTRY_COMPARE(app.customerCount(), partnerCenterCustomers);
    QVERIFY(!app.window->accountActions()->controller()->deviceCodeDialog());
}

void tst_MainWindow::signOutLeavesPartnerCenterSignedOut()
{
    m_fixture.reset();
    WiredApp app;
    QVERIFY(app.start());
    app.accounts->setConnectionSettings(app.partnerCenterSettings());
    QVERIFY(app.signInThroughMenu());
    QTRY_COMPARE(app.customerCount(), app.partnerCenter.store().listedCount());

    app.window->accountActions()->signOutAction()->trigger();
    QTRY_VERIFY(!app.accounts->isSignedIn());
    QCOMPARE(app.secrets.size(), 0);
    QTRY_COMPARE(app.userText(), u"Not signed in"_s);
    QVERIFY(!app.window->accountActions()->signOutAction()->isEnabled());
    // Still pointed at Partner Center, whose answer now is that nobody is signed in.
    QCOMPARE(app.window->client()->baseUrl(), app.partnerCenter.baseUrl());
    QTRY_COMPARE(app.customerCount(), 0);
    QVERIFY(!app.window->accountActions()->useSandboxAction()->isChecked());

    // Using the sandbox from there needs no sign-in.
    app.window->accountActions()->useSandboxAction()->trigger();
    QTRY_COMPARE(app.connectionText(), u"Sandbox"_s);
    QTRY_VERIFY(app.customerCount() > 0);
}

void tst_MainWindow::resetSandboxLeavesNoOutcome()
{
    m_fixture.reset();
    WiredApp app;
    QVERIFY(app.start());
    QTRY_VERIFY(app.customerCount() > 0);
    CustomerPage *page = app.fixture.openCustomer(u"Contoso Česko a.s."_s);
    QVERIFY(page);
    const QString id = page->state()->activeSubscriptions().constFirst().id;
    SubscriptionsPage *subscriptions = page->subscriptionsPage();
    QVERIFY(subscriptions->tableView()->selectSubscription(id));
    SubscriptionDetailsPanel *details = subscriptions->detailsPanel();
    details->suspendedChoice()->click();
    details->submitButton()->click();
    QTRY_VERIFY2(details->resultText().startsWith(u"✓ Done"_s), qPrintable(details->resultText()));

    // The demo data as it was: nothing anywhere says anything was done.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    app.window->resetSandboxAction()->trigger();
    QVERIFY(app.window->customersPage()->isVisible());
    QCOMPARE(app.fixture.outcomes(), QStringList());
    QTRY_VERIFY(app.customerCount() > 0);
    page = app.fixture.openCustomer(u"Contoso Česko a.s."_s);
    QVERIFY(page);
    QCOMPARE(page->state()->subscription(id)->status.value(), SubscriptionStatus::Value::Active);
    QVERIFY(subscriptions->tableView()->selectSubscription(id));
    QCOMPARE(app.fixture.outcomes(), QStringList());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
