// The sandbox's error descriptions: every message in every language the app ships, with the
// English placeholders and the language's own quotation marks, chosen by X-Locale.
#include "core/i18n/languagemanager.h"
#include "sandbox/sandboxmessages.h"

#include <QMetaEnum>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Message = SandboxMessages::Message;

QList<Message> everyMessage()
{
    QList<Message> messages;
    const QMetaEnum meta = QMetaEnum::fromType<Message>();
    for (int i = 0; i < meta.keyCount(); ++i)
        messages.append(Message(meta.value(i)));
    return messages;
}

QString name(Message message)
{
    return QString::fromLatin1(QMetaEnum::fromType<Message>().valueToKey(int(message)));
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(uR"(%[1-9])"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// How each language quotes a name inside a sentence.
QString quoted(const QString &language, const QString &text)
{
    if (language == "cs"_L1 || language == "sk"_L1 || language == "de"_L1)
        return u"„"_s + text + u"“"_s;
    if (language == "pl"_L1 || language == "hu"_L1)
        return u"„"_s + text + u"”"_s;
    if (language == "fr"_L1)
        return u"«\u00a0"_s + text + u"\u00a0»"_s;
    if (language == "es"_L1)
        return u"«"_s + text + u"»"_s;
    return u"\""_s + text + u"\""_s;
}

} // namespace

class TestSandboxMessages : public QObject
{
    Q_OBJECT

private slots:
    void sameLanguagesAsTheApp();
    void everyMessageInEveryLanguage_data();
    void everyMessageInEveryLanguage();
    void localeChoosesTheLanguage_data();
    void localeChoosesTheLanguage();
};

void TestSandboxMessages::sameLanguagesAsTheApp()
{
    QCOMPARE(SandboxMessages::languages(), LanguageManager::available());
}

void TestSandboxMessages::everyMessageInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = LanguageManager::available();
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestSandboxMessages::everyMessageInEveryLanguage()
{
    QFETCH(QString, language);
    QStringList problems;
    const QList<Message> messages = everyMessage();
    for (Message message : messages) {
        const QString english = SandboxMessages::text(message, u"en-US"_s);
        const QString text = SandboxMessages::text(message, language);
        if (english.isEmpty()) {
            problems.append(u"no English text: "_s + name(message));
            continue;
        }
        if (language != "en"_L1 && text == english)
            problems.append(u"not translated: "_s + name(message));
        if (placeholders(text) != placeholders(english))
            problems.append(u"placeholders differ: %1: %2"_s.arg(name(message), text));
        if (english.contains(u"\"%1\""_s) && !text.contains(quoted(language, u"%1"_s)))
            problems.append(u"quotation marks: %1: %2"_s.arg(name(message), text));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n  "_s)));
}

void TestSandboxMessages::localeChoosesTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de-DE") << u"de-DE"_s << u"Der Kunde X wurde nicht gefunden."_s;
    QTest::newRow("de-AT") << u"de-AT"_s << u"Der Kunde X wurde nicht gefunden."_s;
    QTest::newRow("fr_FR") << u"fr_FR"_s << u"Le client X est introuvable."_s;
    QTest::newRow("ES") << u"ES"_s << u"No se encontró el cliente X."_s;
    QTest::newRow("sk-SK") << u"sk-SK"_s << u"Zákazník X sa nenašiel."_s;
    QTest::newRow("hu-HU") << u"hu-HU"_s << u"A(z) X ügyfél nem található."_s;
    QTest::newRow("cs-CZ") << u"cs-CZ"_s << u"Zákazník X nebyl nalezen."_s;
    QTest::newRow("pl-PL") << u"pl-PL"_s << u"Nie znaleziono klienta X."_s;
    QTest::newRow("unknown") << u"it-IT"_s << u"Customer X was not found."_s;
    QTest::newRow("empty") << QString() << u"Customer X was not found."_s;
}

void TestSandboxMessages::localeChoosesTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(SandboxMessages::text(Message::CustomerNotFound, locale, {u"X"_s}), expected);
}

QTEST_GUILESS_MAIN(TestSandboxMessages)
#include "tst_sandboxmessages.moc"
