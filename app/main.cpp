// partnerdesk: the GUI. Parses the command line, wires the account, the connection and the
// window, runs.
#include "api/systemclock.h"
#include "appconnection.h"
#include "auth/accountmanager.h"
#include "auth/keychainsecretstore.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
int fail(const QString &message)
{
    // Before the window exists a blocking box is the only place to say it.
    qCritical("%s", qUtf8Printable(message));
    QMessageBox::critical(nullptr, u"PartnerDesk"_s, message);
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PartnerDesk"_s);
    QApplication::setApplicationName(u"PartnerDesk"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QApplication::setDesktopFileName(u"partnerdesk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Ends CSP reseller relationships, clearing the blockers first."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpoint(u"endpoint"_s,
                                      u"Partner Center-compatible endpoint for this run (default: "
                                      "the account chosen in the File menu, else the embedded "
                                      "sandbox)."_s,
                                      u"url"_s);
    const QCommandLineOption tokenFile(
        u"access-token-file"_s, u"File holding an access token (or PARTNERDESK_ACCESS_TOKEN)."_s,
        u"file"_s);
    const QCommandLineOption language(u"language"_s, u"UI language: en, cs or pl."_s, u"code"_s);
    parser.addOptions({endpoint, tokenFile, language});
    parser.process(app);

    LanguageManager languages;
    QSettings settings;
    languages.setLanguage(LanguageManager::chooseInitial(parser.value(language),
                                                         settings.value(u"language"_s).toString()));

    Clock *clock = SystemClock::instance();
    auto *secrets = new KeychainSecretStore(clock, &app);
    auto *accounts = new AccountManager(&settings, secrets, clock, &app);
    AppConnection connection(clock);
    QString error;
    if (parser.isSet(endpoint)) {
        // The command line wins for this run; the File menu's account is kept for the next.
        QString token = AppConnection::environmentAccessToken();
        if (parser.isSet(tokenFile) &&
            !AppConnection::readAccessToken(parser.value(tokenFile), &token, &error))
            return fail(error);
        if (token.isEmpty())
            return fail(u"--endpoint needs --access-token-file or PARTNERDESK_ACCESS_TOKEN."_s);
        if (!connection.connectToEndpoint(QUrl(parser.value(endpoint)), token, &error))
            return fail(error);
    } else {
        // A saved endpoint that is no longer allowed must not lock the user out of the app.
        if (!connection.connectToAccount(accounts, &error)) {
            qWarning("%s", qUtf8Printable(error));
            accounts->setMode(AccountManager::Mode::Sandbox);
            if (!connection.connectToSandbox(&error))
                return fail(error);
        }
        connection.followAccount(accounts);
    }

    AppContext context;
    context.clock = clock;
    context.languages = &languages;
    context.connection = &connection;
    context.accounts = accounts;
    MainWindow window(context);
    window.show();
    window.start();
    return app.exec();
}
