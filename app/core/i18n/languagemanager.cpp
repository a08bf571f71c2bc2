#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::available()
{
    return {u"en"_s, u"cs"_s, u"pl"_s};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == "cs"_L1)
        return u"Čeština"_s;
    if (code == "pl"_L1)
        return u"Polski"_s;
    return u"English"_s;
}

QString LanguageManager::chooseInitial(const QString &fromArguments, const QString &saved)
{
    for (const QString &candidate : {fromArguments, saved}) {
        if (available().contains(candidate))
            return candidate;
    }
    const QString system = QLocale::system().name().left(2);
    return available().contains(system) ? system : u"en"_s;
}

QString LanguageManager::localeTag() const
{
    if (m_language == "cs"_L1)
        return u"cs-CZ"_s;
    if (m_language == "pl"_L1)
        return u"pl-PL"_s;
    return u"en-US"_s;
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    const QLocale locale(code);
    QLocale::setDefault(locale);
    // The app's catalogs are embedded under :/i18n; English carries the plural forms.
    if (m_app->load(u":/i18n/partnerdesk_%1.qm"_s.arg(code)))
        QCoreApplication::installTranslator(m_app.get());
    if (code != "en"_L1 &&
        m_qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    m_language = code;
    emit languageChanged(code);
    return true;
}
