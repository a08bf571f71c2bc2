// partnerdesk: the GUI. Parses the command line, wires the account, the connection and the
// window, runs.
#include "connection/appconnection.h"
#include "core/api/systemclock.h"
#include "core/auth/accountmanager.h"
#include "core/auth/keychainsecretstore.h"
#include "core/i18n/languagemanager.h"
#include "partnerdesk/version.h"
#include "ui/mainwindow.h"
#include "ui/startupbenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
int fail(const QString &message)
{
    // Before the window exists a blocking box is the only place to say it.
    qCritical("%s", qUtf8Printable(message));
    QMessageBox::critical(nullptr, u"PartnerDesk"_s, message);
    return 1;
}

// --help and --version only print text: they answer without a display (on a server, over ssh,
// in a package check) instead of aborting for want of a platform plugin.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1StringView arg(argv[i]);
        if (arg == "-h"_L1 || arg == "--help"_L1 || arg == "--help-all"_L1 || arg == "-?"_L1 ||
            arg == "-v"_L1 || arg == "--version"_L1)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const std::unique_ptr<QCoreApplication> app(onlyPrintsText(argc, argv)
                                                    ? new QCoreApplication(argc, argv)
                                                    : new QApplication(argc, argv));
    QApplication::setOrganizationName(u"PartnerDesk"_s);
    QApplication::setApplicationName(u"PartnerDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    QApplication::setDesktopFileName(u"partnerdesk"_s);

    // The language first: --help and every message below are translated.
    LanguageManager languages;
    QSettings settings;
    languages.setLanguage(
        LanguageManager::chooseInitial(LanguageManager::languageFromArguments(app->arguments()),
                                       settings.value(u"language"_s).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Ends CSP reseller relationships, clearing the "
                                            "blockers first."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpoint(
        u"endpoint"_s,
        QCoreApplication::translate("main", "Partner Center-compatible endpoint for this run "
                                            "(default: the account chosen in the File menu, "
                                            "else the embedded sandbox)."),
        QCoreApplication::translate("main", "url", "command-line value name"));
    const QCommandLineOption tokenFile(
        u"access-token-file"_s,
        QCoreApplication::translate("main",
                                    "File holding an access token (or PARTNERDESK_ACCESS_TOKEN)."),
        QCoreApplication::translate("main", "file", "command-line value name"));
    const QCommandLineOption language(
        u"language"_s,
        QCoreApplication::translate("main", "UI language: %1.")
            .arg(LanguageManager::available().join(u", "_s)),
        QCoreApplication::translate("main", "code", "command-line value name"));
    const QCommandLineOption startupBenchmark(
        u"startup-benchmark"_s,
        QCoreApplication::translate("main", "Print how long the window took to appear, then "
                                            "quit."));
    parser.addOptions({endpoint, tokenFile, language, startupBenchmark});
    parser.process(*app);

    Clock *clock = SystemClock::instance();
    auto *secrets = new KeychainSecretStore(clock, app.get());
    auto *accounts = new AccountManager(&settings, secrets, clock, app.get());
    AppConnection connection(clock);
    QString error;
    if (parser.isSet(endpoint)) {
        // The command line wins for this run; the File menu's account is kept for the next.
        QString token = AppConnection::environmentAccessToken();
        if (parser.isSet(tokenFile) &&
            !AppConnection::readAccessToken(parser.value(tokenFile), &token, &error))
            return fail(error);
        if (token.isEmpty())
            return fail(QCoreApplication::translate(
                "main", "--endpoint needs --access-token-file or PARTNERDESK_ACCESS_TOKEN."));
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
    if (parser.isSet(startupBenchmark))
        new StartupBenchmark(&window, sinceMain);
    window.show();
    window.start();
    return app->exec();
}
