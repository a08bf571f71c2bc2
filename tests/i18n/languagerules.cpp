#include "languagerules.h"

#include "core/i18n/languagemanager.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

QStringList LanguageRules::translated()
{
    QStringList languages = LanguageManager::available();
    languages.removeAll(u"en"_s);
    return languages;
}

int LanguageRules::pluralFormCount(const QString &language)
{
    if (language == "cs"_L1 || language == "pl"_L1 || language == "sk"_L1)
        return 3;
    // Qt groups Hungarian with Japanese: one form, as a Hungarian noun after a number stays
    // singular ("1 előfizetés", "5 előfizetés").
    if (language == "hu"_L1)
        return 1;
    return 2;
}

int LanguageRules::pluralFormIndex(const QString &language, int n)
{
    if (language == "hu"_L1)
        return 0;
    // Czech and Slovak: 1; 2–4; 0 and 5+.
    if (language == "cs"_L1 || language == "sk"_L1)
        return n == 1 ? 0 : (n >= 2 && n <= 4) ? 1 : 2;
    // Polish: 1; 2–4, 22–24, 32–34 … but not 12–14; 0, 5–21, 25–31 ….
    if (language == "pl"_L1) {
        if (n == 1)
            return 0;
        const int tens = n % 100;
        return (n % 10 >= 2 && n % 10 <= 4 && (tens < 10 || tens > 19)) ? 1 : 2;
    }
    // French: 0 and 1 are singular.
    if (language == "fr"_L1)
        return n <= 1 ? 0 : 1;
    // English, German, Spanish.
    return n == 1 ? 0 : 1;
}

QStringList LanguageRules::pending()
{
    QStringList languages;
    QFile file(QStringLiteral(PARTNERDESK_PENDING_LANGUAGES));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", PARTNERDESK_PENDING_LANGUAGES);
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            languages.append(line);
    }
    return languages;
}
