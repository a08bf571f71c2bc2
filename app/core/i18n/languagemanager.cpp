#include "languagemanager.h"

#include "core/i18n/pseudotranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

#include <algorithm>

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

namespace {

struct Language
{
    QLatin1StringView code;
    const char16_t *nativeName;
    QLatin1StringView localeTag; // BCP 47, sent as X-Locale
};

// The shipped languages in menu order; English first as the source language.
constexpr Language languages[] = {
    {"en"_L1, u"English", "en-US"_L1},    {"cs"_L1, u"Čeština", "cs-CZ"_L1},
    {"pl"_L1, u"Polski", "pl-PL"_L1},     {"de"_L1, u"Deutsch", "de-DE"_L1},
    {"fr"_L1, u"Français", "fr-FR"_L1},   {"es"_L1, u"Español", "es-ES"_L1},
    {"sk"_L1, u"Slovenčina", "sk-SK"_L1}, {"hu"_L1, u"Magyar", "hu-HU"_L1},
};

const Language *find(QStringView code)
{
    for (const Language &language : languages) {
        if (language.code == code)
            return &language;
    }
    return nullptr;
}

} // namespace

QStringList LanguageManager::available()
{
    QStringList codes;
    for (const Language &language : languages)
        codes.append(language.code);
    return codes;
}

QString LanguageManager::pseudoLanguage()
{
    return u"pseudo"_s;
}

QStringList LanguageManager::translationsOf(const char *context, const char *source,
                                            const char *comment)
{
    QStringList out{QString::fromUtf8(source)};
    for (const QString &code : available()) {
        QTranslator catalog;
        if (!catalog.load(catalogPath(code)))
            continue;
        const QString text = catalog.translate(context, source, comment);
        if (!text.isEmpty() && !out.contains(text))
            out.append(text);
    }
    return out;
}

QString LanguageManager::catalogPath(const QString &code)
{
    return u":/i18n/partnerdesk_%1.qm"_s.arg(code);
}

bool LanguageManager::isSupported(const QString &code)
{
    return find(code) || code == pseudoLanguage();
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == pseudoLanguage())
        return u"Pseudo (layout test)"_s;
    const Language *language = find(code);
    return QString::fromUtf16(language ? language->nativeName : languages[0].nativeName);
}

QString LanguageManager::languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--"_L1)
            break;
        if (argument == "--language"_L1 && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith("--language="_L1))
            return argument.mid(11);
    }
    return {};
}

QString LanguageManager::chooseInitial(const QString &fromArguments, const QString &saved,
                                       const QLocale &system)
{
    if (isSupported(fromArguments))
        return fromArguments;
    if (qEnvironmentVariableIntValue("PARTNERDESK_PSEUDO_LOCALE") == 1)
        return pseudoLanguage();
    // The pseudo-locale is asked for explicitly each time, never remembered.
    if (available().contains(saved))
        return saved;
    // uiLanguages() is the user's preference order ("pl-PL", "pl", "en-US", ...).
    const QStringList preferred = system.uiLanguages();
    for (const QString &tag : preferred) {
        const QString language = tag.section(u'-', 0, 0).toLower();
        if (available().contains(language))
            return language;
    }
    return u"en"_s;
}

QString LanguageManager::localeTag() const
{
    // The pseudo-locale asks for English.
    const Language *language = find(m_language);
    return language ? QString(language->localeTag) : QString(languages[0].localeTag);
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!isSupported(code))
        return false;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    m_base.reset();

    const bool pseudo = code == pseudoLanguage();
    const QString catalog = pseudo ? u"en"_s : code;
    const QLocale locale(pseudo ? u"en_US"_s : code);
    QLocale::setDefault(locale);

    // The app's catalogs are embedded under :/i18n; English carries the plural forms.
    auto app = std::make_unique<QTranslator>();
    const bool loaded = app->load(catalogPath(catalog));
    if (pseudo) {
        // The pseudo-locale lengthens the English text, plural forms included.
        if (loaded)
            m_base = std::move(app);
        m_app = std::make_unique<PseudoTranslator>(m_base.get());
        QCoreApplication::installTranslator(m_app.get());
    } else {
        if (!loaded)
            qWarning("LanguageManager: no catalog for %s", qPrintable(code));
        m_app = std::move(app);
        if (loaded)
            QCoreApplication::installTranslator(m_app.get());
    }

    // Qt's own strings (standard buttons, context menus): the Qt installation's catalogs, or
    // those deployed beside the executable.
    if (code != "en"_L1 && !pseudo) {
        m_qt = std::make_unique<QTranslator>();
        const QStringList places = {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                                    QCoreApplication::applicationDirPath() + u"/translations"_s};
        const bool found = std::any_of(places.begin(), places.end(), [&](const QString &dir) {
            return m_qt->load(locale, u"qtbase"_s, u"_"_s, dir);
        });
        if (found)
            QCoreApplication::installTranslator(m_qt.get());
        else
            qWarning("LanguageManager: Qt's own catalog qtbase_%s not found", qPrintable(code));
    }
    m_language = code;
    emit languageChanged(code);
    return true;
}
