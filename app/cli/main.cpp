// partnerdesk-cli: parse the command line, connect, run one command, exit with its code.
#include "clicommand.h"
#include "cliconnection.h"
#include "clioptions.h"
#include "console.h"
#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's identity: the embedded sandbox state and the audit log are shared with the GUI.
    QCoreApplication::setOrganizationName(u"PartnerDesk"_s);
    QCoreApplication::setApplicationName(u"PartnerDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));

    // Before the options are built: their help text is translated too. Without --language,
    // the language chosen in the app (View → Language) applies here as well.
    LanguageManager languages;
    const QSettings settings;
    languages.setLanguage(
        LanguageManager::chooseInitial(CliOptions::languageFromArguments(app.arguments()),
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
        Console::errLine(options.errorText());
        Console::err(u"\n"_s + options.helpText());
        return CliCommand::Usage;
    case CliOptions::Outcome::Run:
        break;
    }

    CliConnection connection;
    QString error;
    int exitCode = CliCommand::Usage;
    if (!connection.open(options, languages.localeTag(), &error, &exitCode)) {
        Console::errLine(error);
        return exitCode;
    }
    CliCommand *command = CliCommand::create(options, &connection, &connection);
    QObject::connect(command, &CliCommand::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    // Started from the event loop, so a command that ends at once still exits through it.
    QTimer::singleShot(0, command, &CliCommand::start);
    return app.exec();
}
