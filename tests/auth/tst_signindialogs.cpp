// The sign-in dialogs offscreen against the sandbox: the code is shown, Copy puts it on the
// clipboard, Open browser opens the page, the countdown follows the clock, Cancel stops
// polling, a failure offers Try again; connection settings validate as typed; the controller
// walks from incomplete settings to signed in.
#include "core/auth/accountmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/oauthclient.h"
#include "sandboxfixture.h"
#include "testclientid.h"
#include "ui/help/guidedialog.h"
#include "ui/messageboxes.h"
#include "ui/signin/connectionsettingsdialog.h"
#include "ui/signin/devicecodedialog.h"
#include "ui/signin/signincontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace std::chrono_literals;

class tst_SignInDialogs : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Fixture()
            : oauth(&sandbox.network)
            , flow(&oauth, &sandbox.clock, sandbox.settings())
            , dialog(&flow, &sandbox.clock)
        {
            dialog.setUrlOpener([this](const QUrl &url) {
                opened << url;
                return true;
            });
            dialog.open();
            flow.start();
        }
        bool codeShown()
        {
            return QTest::qWaitFor([&] { return !dialog.codeLabel()->text().isEmpty(); }, 5000);
        }
        // One poll interval passes and its answer arrives.
        void poll()
        {
            const int before = sandbox.identityRequests(QStringLiteral("token"));
            sandbox.advance(std::chrono::seconds(flow.intervalSeconds()));
            QTRY_VERIFY(sandbox.identityRequests(QStringLiteral("token")) > before);
            QTest::qWait(20);
        }

        AuthSandbox sandbox;
        OAuthClient oauth;
        DeviceCodeFlow flow;
        DeviceCodeDialog dialog;
        QList<QUrl> opened;
    };

private slots:
    void initTestCase() { MessageBoxes::setNonInteractive(true); }

    void showsTheCodeAndCopiesIt()
    {
        Fixture f;
        QVERIFY(f.codeShown());
        QCOMPARE(f.dialog.codeLabel()->text(), f.flow.userCode());
        QCOMPARE(f.dialog.uriLabel()->text(), f.flow.verificationUri().toDisplayString());
        QVERIFY(f.dialog.copyButton()->isEnabled());
        QTest::mouseClick(f.dialog.copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), f.flow.userCode());
        QTest::mouseClick(f.dialog.openButton(), Qt::LeftButton);
        QCOMPARE(f.opened, QList<QUrl>{f.flow.verificationUri()});
        QVERIFY(f.dialog.codeLabel()->accessibleName().contains(f.flow.userCode()));
    }

    void countdownFollowsTheClock()
    {
        Fixture f;
        QVERIFY(f.codeShown());
        QVERIFY2(f.dialog.countdownLabel()->text().contains(QStringLiteral("15:00")),
                 qPrintable(f.dialog.countdownLabel()->text()));
        f.sandbox.advance(61s);
        QVERIFY2(f.dialog.countdownLabel()->text().contains(QStringLiteral("13:59")),
                 qPrintable(f.dialog.countdownLabel()->text()));
    }

    void cancelStopsPolling()
    {
        Fixture f;
        QVERIFY(f.codeShown());
        f.poll();
        const int polls = f.sandbox.identityRequests(QStringLiteral("token"));
        QTest::mouseClick(f.dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(!f.dialog.isVisible());
        QCOMPARE(f.dialog.result(), int(QDialog::Rejected));
        QVERIFY(!f.flow.isRunning());
        f.sandbox.advance(60s);
        QTest::qWait(50);
        QCOMPARE(f.sandbox.identityRequests(QStringLiteral("token")), polls);
    }

    void declinedShowsWhyAndOffersTryAgain()
    {
        Fixture f;
        QVERIFY(f.codeShown());
        const QString first = f.flow.userCode();
        QCOMPARE(f.sandbox.visit(QStringLiteral("decline"), first), 200);
        f.poll();
        QTRY_VERIFY(f.dialog.retryButton()->isVisible());
        QVERIFY(f.dialog.statusLabel()->text().contains(QStringLiteral("declined")));
        QVERIFY(!f.dialog.copyButton()->isEnabled());
        QVERIFY(f.dialog.isVisible());
        QTest::mouseClick(f.dialog.retryButton(), Qt::LeftButton);
        QTRY_VERIFY(f.dialog.codeLabel()->text() != first);
        QVERIFY(!f.dialog.retryButton()->isVisible());
        QVERIFY(f.dialog.copyButton()->isEnabled());
    }

    void approvalClosesTheDialog()
    {
        Fixture f;
        QVERIFY(f.codeShown());
        QCOMPARE(f.sandbox.visit(QStringLiteral("approve"), f.flow.userCode()), 200);
        f.poll();
        QTRY_VERIFY(!f.dialog.isVisible());
        QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
    }

    void settingsValidateAsTyped()
    {
        ConnectionSettingsDialog dialog;
        dialog.show();
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("client")));
        QCOMPARE(dialog.clientIdEdit()->accessibleName(),
                 QStringLiteral("Application (client) ID"));
        dialog.clientIdEdit()->setText(TestClientId);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.problemsLabel()->isHidden());
        dialog.endpointEdit()->setText(QStringLiteral("http://partner.example.com"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("loopback")));
        QVERIFY(!dialog.okButton()->accessibleDescription().isEmpty());
        dialog.endpointEdit()->setText(QStringLiteral("http://127.0.0.1:8080"));
        dialog.tenantEdit()->setText(QStringLiteral("contoso/../x"));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.tenantEdit()->setText(QStringLiteral("contoso.onmicrosoft.com"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.settings().endpoint, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    }

    void settingsFormHasBuddiesRoomAndHelp()
    {
        ConnectionSettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Every label with an accelerator is its field's buddy, so the '&' is an underline,
        // not a character, and Alt+letter reaches the field.
        static const QRegularExpression accelerator(QStringLiteral("&(?!&)\\w"));
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QList<QWidget *> buddies;
        for (QLabel *label : labels) {
            if (label->text().contains(accelerator) && !Qt::mightBeRichText(label->text())) {
                QVERIFY2(label->buddy(), qPrintable(label->text()));
                buddies << label->buddy();
            }
        }
        QCOMPARE(buddies, (QList<QWidget *>{dialog.endpointEdit(), dialog.authorityEdit(),
                                            dialog.tenantEdit(), dialog.clientIdEdit()}));
        QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog.clientIdEdit());
        // Room for the default endpoint in every field.
        const int needed = dialog.endpointEdit()->fontMetrics().horizontalAdvance(
            QStringLiteral("https://api.partnercenter.microsoft.com"));
        for (QLineEdit *edit : {dialog.endpointEdit(), dialog.authorityEdit(), dialog.tenantEdit(),
                                dialog.clientIdEdit()})
            QVERIFY2(edit->width() > needed, qPrintable(edit->accessibleName()));

        // Help is the app's own guide, at its sign-in section; no pointer to a README.
        for (QLabel *label : labels)
            QVERIFY2(!label->text().contains(QStringLiteral("README")), qPrintable(label->text()));
        QVERIFY(dialog.helpLink()->text().contains(QStringLiteral("<a href")));
        emit dialog.helpLink()->linkActivated(QStringLiteral("#sign-in"));
        auto *guide = dialog.findChild<GuideDialog *>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QVERIFY(
            guide->browser()->toPlainText().contains(QStringLiteral("Allow public client flows")));
    }

    void controllerAsksForSettingsThenSignsIn()
    {
        AuthSandbox sandbox;
        MemorySecretStore secrets;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AccountManager accounts(&settings, &secrets, &sandbox.clock);
        QMainWindow window;
        window.show();
        SignInController controller(&accounts, &sandbox.clock, &window);
        controller.setUrlOpener([](const QUrl &) { return true; });
        QSignalSpy signedIn(&controller, &SignInController::signedIn);

        controller.signIn(); // no client id yet: the settings come first
        QVERIFY(controller.settingsDialog());
        QVERIFY(!controller.deviceCodeDialog());
        controller.settingsDialog()->setSettings(sandbox.settings());
        QTest::mouseClick(controller.settingsDialog()->okButton(), Qt::LeftButton);
        QCOMPARE(accounts.connectionSettings(), sandbox.settings());

        QVERIFY(controller.deviceCodeDialog());
        DeviceCodeDialog *dialog = controller.deviceCodeDialog();
        QTRY_VERIFY(!dialog->codeLabel()->text().isEmpty());
        QCOMPARE(sandbox.visit(QStringLiteral("approve"), dialog->codeLabel()->text()), 200);
        sandbox.advance(5s);
        QVERIFY(signedIn.wait(5000));
        QVERIFY(accounts.isSignedIn());
        QCOMPARE(accounts.mode(), AccountManager::Mode::PartnerCenter);
        QTRY_VERIFY(!controller.deviceCodeDialog()); // closed and deleted

        controller.useSandbox();
        QCOMPARE(accounts.mode(), AccountManager::Mode::Sandbox);
        controller.signOut();
        QVERIFY(!accounts.isSignedIn());
    }

    void noKeychainIsToldOnce()
    {
        AuthSandbox sandbox;
        MemorySecretStore secrets;
        secrets.setAvailable(false);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AccountManager accounts(&settings, &secrets, &sandbox.clock);
        accounts.setConnectionSettings(sandbox.settings());
        QMainWindow window;
        SignInController controller(&accounts, &sandbox.clock, &window);
        MessageBoxes::clearShownMessages();
        controller.signIn();
        DeviceCodeDialog *dialog = controller.deviceCodeDialog();
        QTRY_VERIFY(!dialog->codeLabel()->text().isEmpty());
        sandbox.visit(QStringLiteral("approve"), dialog->codeLabel()->text());
        sandbox.advance(5s);
        QTRY_VERIFY(accounts.isSignedIn());
        QTRY_COMPARE(MessageBoxes::shownMessages().size(), 1);
        QVERIFY(MessageBoxes::shownMessages().first().contains(QStringLiteral("keychain")));
    }
};

QTEST_MAIN(tst_SignInDialogs)
#include "tst_signindialogs.moc"
