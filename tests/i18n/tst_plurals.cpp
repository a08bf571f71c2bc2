// Plural forms as the user sees them: through the embedded .qm catalogs and QCoreApplication's
// translate(), for the numbers where the languages' rules differ (0, 1, 2, 4, 5, 12, 21, 22, 25
// …), in every language.
#include "core/i18n/languagemanager.h"
#include "languagerules.h"
#include "tsfile.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QList<int> numbers = {0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 24, 25, 101, 102, 112, 122};

bool inCatalog(const char *context, const char *source)
{
    const TsFile ts =
        TsFile::read(u"%1/partnerdesk_cs.ts"_s.arg(QStringLiteral(PARTNERDESK_TS_DIR)));
    return ts.find(QString::fromUtf8(context), QString::fromUtf8(source)) != nullptr;
}

QString translated(const TsMessage &m, int n)
{
    return QCoreApplication::translate(
        m.context.toUtf8().constData(), m.source.toUtf8().constData(),
        m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData(), n);
}

} // namespace

class TestPlurals : public QObject
{
    Q_OBJECT

private slots:
    void everyPluralMessage_data();
    void everyPluralMessage();
    void activeSubscriptions_data();
    void activeSubscriptions();
    void customers_data();
    void customers();

private:
    void expectRendering(const QString &context, const QString &source, const QString &comment);
    LanguageManager m_languages;
};

// Every numerus message in the .ts renders, through the .qm, the form the language's rule
// picks for n, with n filled in.
void TestPlurals::everyPluralMessage_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = LanguageManager::available();
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestPlurals::everyPluralMessage()
{
    QFETCH(QString, language);
    const TsFile ts =
        TsFile::read(u"%1/partnerdesk_%2.ts"_s.arg(QStringLiteral(PARTNERDESK_TS_DIR), language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(m_languages.setLanguage(language));
    int checked = 0;
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus || m.type == "unfinished"_L1 || m.type == "vanished"_L1 ||
            m.type == "obsolete"_L1)
            continue;
        for (int n : numbers) {
            const QString expected = m.forms.value(LanguageRules::pluralFormIndex(language, n))
                                         .replace(u"%Ln"_s, QLocale().toString(n))
                                         .replace(u"%n"_s, QString::number(n));
            const QString actual = translated(m, n);
            if (actual != expected)
                problems.append(u"%1, n=%2: \"%3\", expected \"%4\""_s.arg(m.label()).arg(n).arg(
                    actual, expected));
        }
        ++checked;
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(problems.mid(0, 30).join(u"\n  "_s)));
    if (checked == 0) {
        QVERIFY2(LanguageRules::isPending(language), "no plural messages checked");
        QSKIP("pending (translations/pending-languages.txt): no finished plural messages yet");
    }
}

void TestPlurals::activeSubscriptions_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    // The glossary's words; the other languages as their translators will write them (checked
    // once the language leaves the pending list).
    const QList<std::tuple<const char *, int, QString>> rows = {
        {"en", 0, u"0 active subscriptions"_s},     {"en", 1, u"1 active subscription"_s},
        {"en", 2, u"2 active subscriptions"_s},     {"cs", 0, u"0 aktivních předplatných"_s},
        {"cs", 1, u"1 aktivní předplatné"_s},       {"cs", 2, u"2 aktivní předplatná"_s},
        {"cs", 4, u"4 aktivní předplatná"_s},       {"cs", 5, u"5 aktivních předplatných"_s},
        {"cs", 21, u"21 aktivních předplatných"_s}, {"cs", 22, u"22 aktivních předplatných"_s},
        {"cs", 25, u"25 aktivních předplatných"_s}, {"pl", 0, u"0 aktywnych subskrypcji"_s},
        {"pl", 1, u"1 aktywna subskrypcja"_s},      {"pl", 2, u"2 aktywne subskrypcje"_s},
        {"pl", 4, u"4 aktywne subskrypcje"_s},      {"pl", 5, u"5 aktywnych subskrypcji"_s},
        {"pl", 21, u"21 aktywnych subskrypcji"_s},  {"pl", 22, u"22 aktywne subskrypcje"_s},
        {"pl", 25, u"25 aktywnych subskrypcji"_s},  {"de", 0, u"0 aktive Abonnements"_s},
        {"de", 1, u"1 aktives Abonnement"_s},       {"de", 2, u"2 aktive Abonnements"_s},
        {"fr", 0, u"0 abonnement actif"_s},         {"fr", 1, u"1 abonnement actif"_s},
        {"fr", 2, u"2 abonnements actifs"_s},       {"es", 0, u"0 suscripciones activas"_s},
        {"es", 1, u"1 suscripción activa"_s},       {"es", 2, u"2 suscripciones activas"_s},
        {"sk", 0, u"0 aktívnych predplatných"_s},   {"sk", 1, u"1 aktívne predplatné"_s},
        {"sk", 2, u"2 aktívne predplatné"_s},       {"sk", 4, u"4 aktívne predplatné"_s},
        {"sk", 5, u"5 aktívnych predplatných"_s},   {"sk", 22, u"22 aktívnych predplatných"_s},
        {"hu", 0, u"0 aktív előfizetés"_s},         {"hu", 1, u"1 aktív előfizetés"_s},
        {"hu", 5, u"5 aktív előfizetés"_s},
    };
    for (const auto &[language, n, expected] : rows)
        QTest::addRow("%s %d", language, n) << QString::fromLatin1(language) << n << expected;
}

// Spelled out for the message the seed's NOTE is about, so a reviewer sees the real words.
void TestPlurals::activeSubscriptions()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);
    if (!inCatalog("RemovalReadiness", "%Ln active subscription(s)"))
        QSKIP("RemovalReadiness has no \"%Ln active subscription(s)\" message any more");
    if (LanguageRules::isPending(language))
        QSKIP("pending (translations/pending-languages.txt)");
    QVERIFY(m_languages.setLanguage(language));
    const QString actual =
        QCoreApplication::translate("RemovalReadiness", "%Ln active subscription(s)", nullptr, n);
    QCOMPARE(actual, expected);
}

void TestPlurals::customers_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    // The last rows: large counts in the language's digit grouping (a no-break space in cs, pl).
    const QList<std::tuple<const char *, int, QString>> rows = {
        {"en", 1, u"1 customer"_s},
        {"en", 25, u"25 customers"_s},
        {"cs", 1, u"1 zákazník"_s},
        {"cs", 2, u"2 zákazníci"_s},
        {"cs", 4, u"4 zákazníci"_s},
        {"cs", 5, u"5 zákazníků"_s},
        {"cs", 22, u"22 zákazníků"_s},
        {"pl", 1, u"1 klient"_s},
        {"pl", 2, u"2 klientów"_s},
        {"pl", 5, u"5 klientów"_s},
        {"pl", 22, u"22 klientów"_s},
        {"pl", 0, u"0 klientów"_s},
        {"de", 1, u"1 Kunde"_s},
        {"de", 2, u"2 Kunden"_s},
        {"fr", 0, u"0 client"_s},
        {"fr", 1, u"1 client"_s},
        {"fr", 2, u"2 clients"_s},
        {"es", 1, u"1 cliente"_s},
        {"es", 2, u"2 clientes"_s},
        {"sk", 1, u"1 zákazník"_s},
        {"sk", 2, u"2 zákazníci"_s},
        {"sk", 5, u"5 zákazníkov"_s},
        {"hu", 1, u"1 ügyfél"_s},
        {"hu", 25, u"25 ügyfél"_s},
        {"en", 100000, u"100,000 customers"_s},
        {"cs", 100000, u"100\u00A0000 zákazníků"_s},
        {"pl", 100000, u"100\u00A0000 klientów"_s},
    };
    for (const auto &[language, n, expected] : rows)
        QTest::addRow("%s %d", language, n) << QString::fromLatin1(language) << n << expected;
}

void TestPlurals::customers()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);
    if (!inCatalog("CustomerListPage", "%Ln customer(s)"))
        QSKIP("CustomerListPage has no \"%Ln customer(s)\" message any more");
    if (LanguageRules::isPending(language))
        QSKIP("pending (translations/pending-languages.txt)");
    QVERIFY(m_languages.setLanguage(language));
    const QString actual =
        QCoreApplication::translate("CustomerListPage", "%Ln customer(s)", nullptr, n);
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestPlurals)
#include "tst_plurals.moc"
