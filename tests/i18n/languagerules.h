#pragma once

#include <QString>
#include <QStringList>

// What the i18n tests expect of each shipped language, stated independently of the code under
// test: Qt 6.4's plural rules (lupdate/lrelease, src/linguist/shared/numerus.cpp in qttools)
// and the languages still being translated (translations/pending-languages.txt).
class LanguageRules
{
public:
    // Every shipped language but English, the source language: "cs", "pl", "de", …
    static QStringList translated();
    // The number of plural forms a numerus message has: en, de, es, fr 2; cs, pl, sk 3; hu 1.
    static int pluralFormCount(const QString &language);
    // Which of those forms Qt picks for n.
    static int pluralFormIndex(const QString &language, int n);
    // The languages listed in translations/pending-languages.txt.
    static QStringList pending();
    static bool isPending(const QString &language) { return pending().contains(language); }
};
