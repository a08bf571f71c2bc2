// partnerdesk: the GUI. Parses the command line, wires the backend and the window, runs.
#include "backend.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
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
                                      u"Partner Center-compatible endpoint (default: the "
                                      "embedded sandbox)."_s,
                                      u"url"_s);
    const QCommandLineOption tokenFile(
        u"access-token-file"_s, u"File holding an access token (or PARTNERDESK_ACCESS_TOKEN)."_s,
        u"file"_s);
    const QCommandLineOption language(u"language"_s, u"UI language: en, cs or pl."_s, u"code"_s);
    parser.addOptions({endpoint, tokenFile, language});
    parser.process(app);

    LanguageManager languages;
    const QSettings settings(u"PartnerDesk"_s, u"PartnerDesk"_s);
    languages.setLanguage(LanguageManager::chooseInitial(parser.value(language),
                                                         settings.value(u"language"_s).toString()));

    Backend backend;
    QString error;
    if (parser.isSet(endpoint)) {
        QString token = qEnvironmentVariable("PARTNERDESK_ACCESS_TOKEN");
        if (parser.isSet(tokenFile)) {
            QFile file(parser.value(tokenFile));
            if (!file.open(QIODevice::ReadOnly))
                return fail(u"Cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
            token = QString::fromUtf8(file.readAll()).trimmed();
        }
        if (token.isEmpty())
            return fail(u"--endpoint needs --access-token-file or PARTNERDESK_ACCESS_TOKEN."_s);
        if (!backend.connectTo(QUrl(parser.value(endpoint)), token, &error))
            return fail(error);
    } else if (!backend.startSandbox(&error)) {
        return fail(u"The embedded sandbox could not start: %1"_s.arg(error));
    }

    MainWindow window(backend.context(&languages));
    window.show();
    window.start();
    return app.exec();
}
