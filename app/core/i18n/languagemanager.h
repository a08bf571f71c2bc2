#pragma once

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

    // The languages shipped: "en", "cs", "pl".
    static QStringList available();
    // The language's own name ("Čeština"), for the View → Language menu.
    static QString nativeName(const QString &code);
    // From --language, else the saved setting, else the system locale, else English.
    static QString chooseInitial(const QString &fromArguments, const QString &saved);

    QString language() const { return m_language; }
    // BCP 47 tag for X-Locale: "en-US", "cs-CZ", "pl-PL".
    QString localeTag() const;
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
