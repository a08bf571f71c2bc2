// Checks the .ts sources themselves (no build of the catalogs needed): every message finished
// (languages on translations/pending-languages.txt excepted, with what is left reported),
// placeholders and accelerators kept, the right number of plural forms, and the portal's terms
// from the glossary used where their English source appears; and the menu entry
// (resources/partnerdesk.desktop) named and described in every shipped language.
#include "languagerules.h"
#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString tsDir = QStringLiteral(PARTNERDESK_TS_DIR);

TsFile load(const QString &language)
{
    return TsFile::read(u"%1/partnerdesk_%2.ts"_s.arg(tsDir, language));
}

// %1 … %99, %L1, %n, %Ln: what QString::arg() and tr(…, n) fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(uR"(%L?(?:[1-9][0-9]?|n))"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// The accelerator marks of a text: '&' before a letter or digit; "&&" is a literal '&' and
// "&amp;" an entity in rich text.
int accelerators(const QString &text)
{
    static const QRegularExpression re(uR"((?<!&)&(?!&)(?![a-zA-Z]+;|#[0-9]+;)(?=\w))"_s);
    int count = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString normalized(QString text)
{
    static const QRegularExpression accel(uR"(&(?=\w))"_s);
    static const QRegularExpression trailing(uR"([\s:.…]+$)"_s);
    text.replace(accel, QString());
    text.replace(u"&&"_s, u"&"_s);
    text.remove(trailing);
    return text.trimmed();
}

// Fails with every problem listed, not only the first.
void report(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    QStringList shown = problems.mid(0, 40);
    if (problems.size() > shown.size())
        shown.append(u"… and %1 more"_s.arg(problems.size() - shown.size()));
    QFAIL(qPrintable(u"%1 problem(s):\n  "_s.arg(problems.size()) + shown.join(u"\n  "_s)));
}

struct GlossaryRow
{
    QString english;
    QHash<QString, QString> terms; // language -> term
};

struct Glossary
{
    QStringList languages; // the header's columns after English
    QList<GlossaryRow> rows;
    QStringList problems; // rows that do not fit the header
};

// glossary.tsv: comment lines start with '#'; the first other line names the columns ("en",
// then one language code a column); every row after it gives the English source and one term
// per language.
Glossary glossary()
{
    Glossary result;
    QFile file(QStringLiteral(PARTNERDESK_GLOSSARY));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        result.problems.append(u"cannot read "_s + file.fileName());
        return result;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        if (result.languages.isEmpty()) {
            result.languages = cells.mid(1);
            continue;
        }
        if (cells.size() != result.languages.size() + 1) {
            result.problems.append(u"%1 cells, %2 expected: %3"_s.arg(cells.size())
                                       .arg(result.languages.size() + 1)
                                       .arg(cells.value(0)));
            continue;
        }
        GlossaryRow row{cells[0], {}};
        for (qsizetype i = 0; i < result.languages.size(); ++i) {
            if (cells[i + 1].trimmed().isEmpty())
                result.problems.append(u"no %1 term: %2"_s.arg(result.languages[i], cells[0]));
            row.terms.insert(result.languages[i], cells[i + 1]);
        }
        result.rows.append(row);
    }
    return result;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void filesParse_data();
    void filesParse();
    void finished_data();
    void finished();
    void placeholdersKept_data();
    void placeholdersKept();
    void acceleratorsKept_data();
    void acceleratorsKept();
    void pluralFormCount_data();
    void pluralFormCount();
    void shapeKept_data();
    void shapeKept();
    void englishLeftAsIs_data();
    void englishLeftAsIs();
    void englishCarriesPluralsOnly();
    void countsInLocaleDigits();
    void sameMessagesInEveryLanguage();
    void pendingListValid();
    void glossaryComplete();
    void glossaryTermsUsed_data();
    void glossaryTermsUsed();
    void knownMistranslationsAvoided_data();
    void knownMistranslationsAvoided();
    void desktopEntryTranslated_data();
    void desktopEntryTranslated();
};

static void addLanguages(bool withEnglish)
{
    QTest::addColumn<QString>("language");
    if (withEnglish)
        QTest::newRow("en") << u"en"_s;
    const QStringList languages = LanguageRules::translated();
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::filesParse_data()
{
    addLanguages(true);
}

void TestTranslations::filesParse()
{
    QFETCH(QString, language);
    const TsFile ts = load(language);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
    if (language != "en"_L1)
        QVERIFY2(!ts.messages.isEmpty(), "no messages: run the update_translations target");
}

void TestTranslations::finished_data()
{
    addLanguages(false);
}

void TestTranslations::finished()
{
    QFETCH(QString, language);
    const TsFile ts = load(language);
    QStringList problems;
    qsizetype unfinished = 0;
    for (const TsMessage &m : ts.messages) {
        if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
            continue;
        if (m.type == "unfinished"_L1) {
            ++unfinished;
            problems.append(u"unfinished: "_s + m.label());
            continue;
        }
        const QStringList texts = m.texts();
        for (const QString &text : texts) {
            if (text.trimmed().isEmpty()) {
                problems.append(u"empty: "_s + m.label());
                break;
            }
        }
    }
    if (LanguageRules::isPending(language)) {
        // Checked as far as it goes; done means off the list.
        QVERIFY2(unfinished > 0, qPrintable(u"partnerdesk_%1.ts is complete: delete \"%1\" from "
                                            "translations/pending-languages.txt"_s.arg(language)));
        QSKIP(qPrintable(u"%1 is pending: %2 of %3 messages unfinished, %4 problem(s) in all "
                         "(translations/pending-languages.txt)"_s.arg(language)
                             .arg(unfinished)
                             .arg(ts.messages.size())
                             .arg(problems.size())));
    }
    report(problems);
}

void TestTranslations::placeholdersKept_data()
{
    addLanguages(true);
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const TsMessage &m : load(language).messages) {
        if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
            continue;
        const QStringList expected = placeholders(m.source);
        const QStringList texts = m.texts();
        for (const QString &text : texts) {
            if (text.isEmpty())
                continue; // reported by finished()
            const QStringList found = placeholders(text);
            if (found != expected) {
                problems.append(u"%1: expected {%2}, found {%3} in \"%4\""_s.arg(
                    m.label(), expected.join(u' '), found.join(u' '), text));
            }
        }
    }
    report(problems);
}

void TestTranslations::acceleratorsKept_data()
{
    addLanguages(true);
}

void TestTranslations::acceleratorsKept()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const TsMessage &m : load(language).messages) {
        if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
            continue;
        const int expected = accelerators(m.source);
        const QStringList texts = m.texts();
        for (const QString &text : texts) {
            if (!text.isEmpty() && accelerators(text) != expected) {
                problems.append(
                    u"%1: %2 accelerator(s) expected in \"%3\""_s.arg(m.label()).arg(expected).arg(
                        text));
            }
        }
    }
    report(problems);
}

void TestTranslations::pluralFormCount_data()
{
    addLanguages(true);
}

void TestTranslations::pluralFormCount()
{
    QFETCH(QString, language);
    const int forms = LanguageRules::pluralFormCount(language);
    QStringList problems;
    for (const TsMessage &m : load(language).messages) {
        if (!m.numerus || m.type == "vanished"_L1 || m.type == "obsolete"_L1)
            continue;
        if (m.forms.size() != forms)
            problems.append(u"%1: %2 forms"_s.arg(m.label()).arg(m.forms.size()));
    }
    report(problems);
}

void TestTranslations::shapeKept_data()
{
    addLanguages(true);
}

// What the code around a string relies on: indentation and the same line breaks (the
// command-line help is laid out in columns), and the same closing mark — "…" on a command that
// opens a dialog, ":" on a form label, "." or "?" at a sentence's end.
void TestTranslations::shapeKept()
{
    QFETCH(QString, language);
    static const QRegularExpression leading(uR"(^\s*)"_s);
    const QList<QChar> endings = {u'…', u':', u'.', u'?', u'!'};
    QStringList problems;
    for (const TsMessage &m : load(language).messages) {
        if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
            continue;
        const QStringList texts = m.texts();
        for (const QString &text : texts) {
            if (text.isEmpty())
                continue;
            // Indented stays indented; the depth may change (a longer word in a column).
            if ((leading.match(text).capturedLength() == 0) !=
                (leading.match(m.source).capturedLength() == 0))
                problems.append(u"indentation lost or added: "_s + m.label());
            if (text.count(u'\n') != m.source.count(u'\n'))
                problems.append(u"line breaks differ: "_s + m.label());
            for (QChar end : endings) {
                if (m.source.endsWith(end) != text.endsWith(end)) {
                    problems.append(
                        u"ends differently (%1): %2 -> \"%3\""_s.arg(end).arg(m.label(), text));
                    break;
                }
            }
        }
    }
    report(problems);
}

void TestTranslations::englishLeftAsIs_data()
{
    addLanguages(false);
}

// A translation identical to its English source is an entry marked done without being
// translated, unless it holds no English words: placeholders, options, product names, or an
// entry listed here as deliberately the same.
void TestTranslations::englishLeftAsIs()
{
    QFETCH(QString, language);
    static const QRegularExpression notWords(
        uR"(%L?(?:[1-9][0-9]?|n)|--?[\w-]+|\b(?:PartnerDesk|Microsoft|Azure|Entra|CSP|GNOME|KWallet|Keyring|sign-in)\b)"_s);
    static const QRegularExpression englishWord(uR"(\b[A-Za-z]{4,}\b)"_s);
    // Words the language uses as they are (German: as Microsoft's German Partner Center does).
    static const QSet<QString> deliberate = {
        u"cs:TEXT"_s,      u"cs:TENANT"_s,   u"cs:&Tenant:"_s, u"cs:Sandbox"_s,   u"pl:FORMAT"_s,
        u"de:Sandbox"_s,   u"sk:Sandbox"_s,  u"de:Name"_s,     u"de:Name: %1"_s,  u"de:Status"_s,
        u"de:Status:"_s,   u"de:Code: %1"_s, u"de:Reseller"_s, u"de:TEXT"_s,      u"de:FORMAT"_s,
        u"fr:FORMAT"_s,    u"fr:DATE"_s,     u"fr:Type"_s,     u"fr:Message"_s,   u"fr:code"_s,
        u"fr:[options]"_s, u"fr:Pages"_s,    u"fr:Action"_s,   u"es:Roles: %1"_s, u"es:Roles"_s,
        u"sk:TEXT"_s,
    };
    QStringList problems;
    for (const TsMessage &m : load(language).messages) {
        if (m.numerus || m.type == "vanished"_L1 || m.type == "obsolete"_L1 ||
            m.translation != m.source || deliberate.contains(language + u':' + m.source))
            continue;
        if (QString(m.source).remove(notWords).contains(englishWord))
            problems.append(u"left in English: "_s + m.label());
    }
    report(problems);
}

void TestTranslations::englishCarriesPluralsOnly()
{
    const TsFile english = load(u"en"_s);
    const TsFile czech = load(u"cs"_s);
    QStringList problems;
    for (const TsMessage &m : english.messages) {
        if (!m.numerus)
            problems.append(u"not a plural message: "_s + m.label());
        else if (m.type == "unfinished"_L1 || m.forms.contains(QString()))
            problems.append(u"English plural forms missing: "_s + m.label());
    }
    // Every plural message of the app has its English forms.
    for (const TsMessage &m : czech.messages) {
        if (m.numerus && m.type != "vanished"_L1 && m.type != "obsolete"_L1 &&
            !english.find(m.context, m.source, m.comment))
            problems.append(u"not in partnerdesk_en.ts: "_s + m.label());
    }
    report(problems);
}

void TestTranslations::countsInLocaleDigits()
{
    // tr(…, n) fills a bare %n with plain digits, %Ln with the language's grouping: a count
    // reads "100 000 zákazníků", not "100000 zákazníků".
    QStringList problems;
    for (const TsMessage &m : load(u"cs"_s).messages) {
        if (m.type != "vanished"_L1 && m.type != "obsolete"_L1 &&
            placeholders(m.source).contains(u"%n"_s))
            problems.append(u"%n instead of %Ln: "_s + m.label());
    }
    report(problems);
}

void TestTranslations::sameMessagesInEveryLanguage()
{
    // The catalogs are updated together: a message in one and not another means one of them
    // was edited by hand or left out of update_translations.
    auto keys = [](const TsFile &ts) {
        QSet<QString> result;
        for (const TsMessage &m : ts.messages)
            result.insert(m.label());
        return result;
    };
    const QSet<QString> czech = keys(load(u"cs"_s));
    QStringList problems;
    const QStringList languages = LanguageRules::translated();
    for (const QString &language : languages) {
        const QSet<QString> other = keys(load(language));
        for (const QString &k : czech - other)
            problems.append(u"missing in %1: %2"_s.arg(language, k));
        for (const QString &k : other - czech)
            problems.append(u"only in %1: %2"_s.arg(language, k));
    }
    problems.sort();
    report(problems);
}

// The pending list names only languages that are shipped and may still be unfinished: English
// is the source, and Czech and Polish are complete and stay so.
void TestTranslations::pendingListValid()
{
    QStringList problems;
    const QStringList pending = LanguageRules::pending();
    for (const QString &language : pending) {
        if (!LanguageRules::translated().contains(language))
            problems.append(u"not a shipped language: "_s + language);
        if (language == "en"_L1 || language == "cs"_L1 || language == "pl"_L1)
            problems.append(u"may never be pending: "_s + language);
    }
    report(problems);
}

// One term per language on every row, and a column for every shipped language.
void TestTranslations::glossaryComplete()
{
    const Glossary g = glossary();
    QStringList problems = g.problems;
    const QStringList languages = LanguageRules::translated();
    for (const QString &language : languages) {
        if (!g.languages.contains(language))
            problems.append(u"no column for "_s + language);
    }
    if (g.rows.size() < 20)
        problems.append(u"only %1 rows"_s.arg(g.rows.size()));
    report(problems);
}

void TestTranslations::glossaryTermsUsed_data()
{
    addLanguages(false);
}

void TestTranslations::glossaryTermsUsed()
{
    QFETCH(QString, language);
    const QList<GlossaryRow> rows = glossary().rows;
    QVERIFY2(rows.size() >= 20, "glossary.tsv not found or incomplete");
    QStringList problems;
    for (const TsMessage &m : load(language).messages) {
        // An entry not translated yet is reported by finished().
        if (m.numerus || m.type == "vanished"_L1 || m.type == "obsolete"_L1 ||
            m.translation.isEmpty())
            continue;
        const QString source = normalized(m.source);
        for (const GlossaryRow &row : rows) {
            if (normalized(row.english) != source)
                continue;
            const QString term = normalized(row.terms.value(language));
            if (!normalized(m.translation).contains(term, Qt::CaseInsensitive)) {
                problems.append(u"%1: glossary says \"%2\", found \"%3\""_s.arg(m.label(), term,
                                                                                m.translation));
            }
        }
    }
    report(problems);
}

void TestTranslations::knownMistranslationsAvoided_data()
{
    // The seeds' machine-translation slips; none may come back. The name of Partner Center is
    // translated too, as Microsoft does (German keeps "Partner Center"), inflected as needed.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sourceWord");
    QTest::addColumn<QString>("forbidden");
    QTest::addColumn<QString>("required");
    QTest::newRow("cs relationship is vztah, not relace")
        << u"cs"_s << u"relationship"_s << u"relac"_s << QString();
    QTest::newRow("cs subscription is předplatné, not odběr")
        << u"cs"_s << u"subscription"_s << u"odběr"_s << QString();
    QTest::newRow("pl remove is usunąć, not przenieść")
        << u"pl"_s << u"remov"_s << u"przenie"_s << QString();
    QTest::newRow("cs Partner Center")
        << u"cs"_s << u"Partner Center"_s << u"Partner Center"_s << u"Partnersk"_s;
    QTest::newRow("pl Partner Center")
        << u"pl"_s << u"Partner Center"_s << u"Partner Center"_s << u"Centrum partnersk"_s;
    QTest::newRow("sk relationship is vzťah, not relácia")
        << u"sk"_s << u"relationship"_s << u"relác"_s << QString();
    QTest::newRow("fr Partner Center")
        << u"fr"_s << u"Partner Center"_s << u"Partner Center"_s << u"Espace partenaires"_s;
    QTest::newRow("es Partner Center")
        << u"es"_s << u"Partner Center"_s << u"Partner Center"_s << u"Centro de partners"_s;
    QTest::newRow("sk Partner Center")
        << u"sk"_s << u"Partner Center"_s << u"Partner Center"_s << u"Partnersk"_s;
    QTest::newRow("hu Partner Center")
        << u"hu"_s << u"Partner Center"_s << u"Partner Center"_s << u"Partnerközpont"_s;
}

void TestTranslations::knownMistranslationsAvoided()
{
    QFETCH(QString, language);
    QFETCH(QString, sourceWord);
    QFETCH(QString, forbidden);
    QFETCH(QString, required);
    QStringList problems;
    for (const TsMessage &m : load(language).messages) {
        if (!m.source.contains(sourceWord, Qt::CaseInsensitive))
            continue;
        const QStringList texts = m.texts();
        for (const QString &text : texts) {
            if (text.contains(forbidden, Qt::CaseInsensitive))
                problems.append(u"%1: \"%2\" in \"%3\""_s.arg(m.label(), forbidden, text));
            else if (!required.isEmpty() && !text.isEmpty() &&
                     !text.contains(required, Qt::CaseInsensitive))
                problems.append(u"%1: \"%2\" missing in \"%3\""_s.arg(m.label(), required, text));
        }
    }
    report(problems);
}

void TestTranslations::desktopEntryTranslated_data()
{
    addLanguages(false);
}

// A software centre or menu shows the entry's GenericName and Comment in the desktop's language;
// a language the app speaks that is missing there falls back to English.
void TestTranslations::desktopEntryTranslated()
{
    QFETCH(QString, language);
    QFile file(QStringLiteral(PARTNERDESK_DESKTOP_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    QHash<QString, QString> entries;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            entries.insert(line.left(equals), line.mid(equals + 1));
    }
    QStringList problems;
    for (const QString &key : {u"GenericName"_s, u"Comment"_s}) {
        const QString translated = entries.value(u"%1[%2]"_s.arg(key, language));
        if (translated.isEmpty() || translated == entries.value(key))
            problems.append(u"no %1[%2]"_s.arg(key, language));
    }
    report(problems);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
