#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

// The UI language: chosen from the command line, then the saved setting, then the system
// locale; switched at run time by installing new translators, which sends LanguageChange to
// every widget so each window retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The languages shipped, in menu order: "en", "cs", "pl", "de", "fr", "es", "sk", "hu".
    static QStringList available();
    // The layout-testing pseudo-locale: accepted by setLanguage(), --language and the
    // PARTNERDESK_PSEUDO_LOCALE=1 environment variable, never listed in available().
    static QString pseudoLanguage();
    static bool isSupported(const QString &code);
    // The language's own name ("Čeština"), for the View → Language menu.
    static QString nativeName(const QString &code);
    // From --language, else PARTNERDESK_PSEUDO_LOCALE, else the saved setting (never the
    // pseudo-locale), else the system locale's UI languages, else English.
    // The value of --language, if given, without parsing the rest: the options' own help texts
    // are translated, so the language comes before the parser.
    static QString languageFromArguments(const QStringList &arguments);
    static QString chooseInitial(const QString &fromArguments, const QString &saved,
                                 const QLocale &system = QLocale::system());

    // A message in every shipped language, English first: for input that may come in any of
    // them, such as the titles of a CSV file exported in another language.
    static QStringList translationsOf(const char *context, const char *source,
                                      const char *comment = nullptr);

    QString language() const { return m_language; }
    // BCP 47 tag for X-Locale: "en-US", "cs-CZ", "de-DE", … (the pseudo-locale asks for English).
    QString localeTag() const;
    bool isPseudo() const { return m_language == pseudoLanguage(); }
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    // The app's catalog of a language, embedded under :/i18n.
    static QString catalogPath(const QString &code);

    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    // Only for the pseudo-locale: the English catalog it lengthens.
    std::unique_ptr<QTranslator> m_base;
};
