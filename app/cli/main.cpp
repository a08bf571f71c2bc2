// partnerdesk-cli: parse the command line, connect, run one command, exit with its code.
#include "cli/clicommand.h"
#include "cli/clioptions.h"
#include "cli/clistartup.h"
#include "cli/console.h"
#include "cli/trackedsecretstore.h"
#include "connection/appconnection.h"
#include "core/api/systemclock.h"
#include "core/auth/accountmanager.h"
#include "core/auth/keychainsecretstore.h"
#include "core/i18n/languagemanager.h"
#include "partnerdesk/version.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's identity: settings, the sign-in, the embedded sandbox state and the audit log
    // are shared with the GUI.
    QCoreApplication::setOrganizationName(u"PartnerDesk"_s);
    QCoreApplication::setApplicationName(u"PartnerDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));

    // Before the options are built: their help text is translated too. Without --language,
    // the language chosen in the app (View → Language) applies here as well.
    LanguageManager languages;
    QSettings settings;
    languages.setLanguage(
        LanguageManager::chooseInitial(LanguageManager::languageFromArguments(app.arguments()),
                                       settings.value(u"language"_s).toString()));

    CliOptions options;
    switch (options.parse(app.arguments())) {
    case CliOptions::Outcome::Help:
        Console::out(options.helpText());
        return CliCommand::Success;
    case CliOptions::Outcome::Version:
        Console::outLine(u"partnerdesk-cli "_s + QCoreApplication::applicationVersion());
        return CliCommand::Success;
    case CliOptions::Outcome::UsageError:
        // The error and where to read more; the whole help would bury the one line that matters.
        Console::errLine(options.errorText());
        Console::errLine(CliOptions::helpHint());
        return CliCommand::Usage;
    case CliOptions::Outcome::Run:
        break;
    }

    Clock *clock = SystemClock::instance();
    KeychainSecretStore keychain(clock);
    TrackedSecretStore secrets(&keychain);
    AccountManager accounts(&settings, &secrets, clock);
    AppConnection connection(clock);
    connection.setLocaleTag(languages.localeTag());
    CliStartup startup(options, &connection, &accounts);

    // A refresh during the command rotates the refresh token: the process may only end once the
    // keychain holds the new one.
    const auto exitWhenSettled = [&secrets](int code) {
        if (secrets.isSettled()) {
            QCoreApplication::exit(code);
            return;
        }
        QObject::connect(
            &secrets, &TrackedSecretStore::settled, &secrets,
            [code] { QCoreApplication::exit(code); }, Qt::SingleShotConnection);
    };
    QObject::connect(&startup, &CliStartup::failed, &app,
                     [exitWhenSettled](const QString &message, int code) {
                         Console::errLine(message);
                         exitWhenSettled(code);
                     });
    QObject::connect(&startup, &CliStartup::ready, &app, [&] {
        CliCommand *command =
            CliCommand::create(options, &connection, &accounts, &secrets, &connection);
        QObject::connect(command, &CliCommand::finished, &app, exitWhenSettled);
        command->start();
    });
    // Started from the event loop, so a command that ends at once still exits through it.
    QTimer::singleShot(0, &startup, &CliStartup::start);
    return app.exec();
}
