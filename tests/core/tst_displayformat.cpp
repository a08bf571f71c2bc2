// Dates, times and quantities in the UI language's own writing, which follows a language
// switch at run time (LanguageManager sets the default QLocale): Czech "24. 7. 2027", Polish
// "24.07.2027", English "7/24/2027"; a cancellation window that has passed says so; units from
// Partner Center in the language, with its plural and digit grouping.
#include "core/display/displayformat.h"
#include "core/i18n/languagemanager.h"
#include "core/models/entitlementmodel.h"
#include "core/models/subscriptionmodel.h"
#include "sandboxfixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDate Day(2027, 7, 24);
// Local time, as the tables show times: the test's time zone does not move the date.
const QDateTime Moment(Day, QTime(9, 5));
} // namespace

class tst_DisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void datesFollowTheLanguage_data();
    void datesFollowTheLanguage();
    void modelsFollowALanguageSwitch();
    void closedWindowSaysSo();
    void quantityInItsUnit_data();
    void quantityInItsUnit();

private:
    LanguageManager m_languages;
};

void tst_DisplayFormat::datesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dateTime");
    QTest::newRow("en") << u"en"_s << u"7/24/2027"_s << u"7/24/2027 9:05 AM"_s;
    QTest::newRow("cs") << u"cs"_s << u"24. 7. 2027"_s << u"24. 7. 2027 9:05"_s;
    QTest::newRow("pl") << u"pl"_s << u"24.07.2027"_s << u"24.07.2027 09:05"_s;
    QTest::newRow("de") << u"de"_s << u"24.07.2027"_s << u"24.07.2027 09:05"_s;
    QTest::newRow("fr") << u"fr"_s << u"24/07/2027"_s << u"24/07/2027 09:05"_s;
    QTest::newRow("es") << u"es"_s << u"24/7/2027"_s << u"24/7/2027 9:05"_s;
    QTest::newRow("sk") << u"sk"_s << u"24. 7. 2027"_s << u"24. 7. 2027 9:05"_s;
    QTest::newRow("hu") << u"hu"_s << u"2027. 07. 24."_s << u"2027. 07. 24. 9:05"_s;
    // The layout-testing pseudo-locale keeps English formats.
    QTest::newRow("pseudo") << u"pseudo"_s << u"7/24/2027"_s << u"7/24/2027 9:05 AM"_s;
}

void tst_DisplayFormat::datesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, date);
    QFETCH(QString, dateTime);
    QVERIFY(m_languages.setLanguage(language));
    QCOMPARE(DisplayFormat::date(Day), date);
    QCOMPARE(DisplayFormat::dateTime(Moment), dateTime);
    QCOMPARE(DisplayFormat::date(QDate()), QString());
}

void tst_DisplayFormat::modelsFollowALanguageSwitch()
{
    // The tables format when they are drawn, so a switch needs no reload.
    SandboxFixture f;
    QVERIFY(f.start());
    f.addCustomer(u"c1"_s, {SubscriptionBuilder(u"a"_s).quantity(100000).commitmentEnd(
                               QDateTime(Day, QTime(0, 0), Qt::UTC))});
    auto state = f.loadState(u"c1"_s, CustomerState::Part::Subscriptions);
    QVERIFY(state);
    SubscriptionModel model;
    model.setState(state.get());
    const auto shown = [&model](int column) { return model.index(0, column).data().toString(); };
    QVERIFY(m_languages.setLanguage(u"en"_s));
    QCOMPARE(shown(SubscriptionModel::CommitmentEndColumn), u"7/24/2027"_s);
    QCOMPARE(shown(SubscriptionModel::QuantityColumn), u"100,000"_s);
    QVERIFY(m_languages.setLanguage(u"cs"_s));
    QCOMPARE(shown(SubscriptionModel::CommitmentEndColumn), u"24. 7. 2027"_s);
    QCOMPARE(shown(SubscriptionModel::QuantityColumn), u"100\u00A0000"_s);
    QVERIFY(m_languages.setLanguage(u"en"_s));
}

void tst_DisplayFormat::closedWindowSaysSo()
{
    QVERIFY(m_languages.setLanguage(u"en"_s));
    const QDateTime until(Day, QTime(12, 0), Qt::UTC);
    QCOMPARE(DisplayFormat::windowEnd(until, until.addSecs(-1)), DisplayFormat::dateTime(until));
    QCOMPARE(DisplayFormat::windowEnd(until, until),
             u"Closed on %1"_s.arg(DisplayFormat::dateTime(until)));
    QCOMPARE(DisplayFormat::windowEnd({}, until), QString());

    // The tables ask the clock of the state they show.
    SandboxFixture f;
    QVERIFY(f.start());
    const QDateTime open = f.clock.now().addDays(1);
    SandboxCustomer c =
        f.addCustomer(u"c1"_s, {SubscriptionBuilder(u"n"_s).newCommerce(open, open.addYears(1))});
    c.entitlements = {PurchaseBuilder(u"o"_s).cancellableUntil(open)};
    f.server.store().putCustomer(c);
    f.server.notifyStoreChanged();
    auto state = f.loadState(u"c1"_s);
    QVERIFY(state);
    SubscriptionModel subscriptions;
    subscriptions.setState(state.get());
    EntitlementModel purchases;
    purchases.setState(state.get());
    const auto shown = [&] {
        return QStringList{
            subscriptions.index(0, SubscriptionModel::CancellableUntilColumn).data().toString(),
            purchases.index(0, EntitlementModel::CancellableUntilColumn).data().toString()};
    };
    QCOMPARE(shown(), QStringList(2, DisplayFormat::dateTime(open)));
    f.clock.advance(std::chrono::hours(25));
    QCOMPARE(shown(), QStringList(2, u"Closed on %1"_s.arg(DisplayFormat::dateTime(open))));
    QVERIFY(m_languages.setLanguage(u"cs"_s));
    QCOMPARE(shown().constFirst(), u"Lhůta skončila %1"_s.arg(DisplayFormat::dateTime(open)));
    QVERIFY(m_languages.setLanguage(u"en"_s));
}

void tst_DisplayFormat::quantityInItsUnit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 1") << u"en"_s << qint64(1) << u"Licenses"_s << u"1 license"_s;
    QTest::newRow("en 40") << u"en"_s << qint64(40) << u"Licenses"_s << u"40 licenses"_s;
    QTest::newRow("en large") << u"en"_s << qint64(12000) << u"licenses"_s << u"12,000 licenses"_s;
    QTest::newRow("en usage") << u"en"_s << qint64(1) << u"Usage-based"_s << u"1 (usage-based)"_s;
    QTest::newRow("en unknown") << u"en"_s << qint64(5) << u"Seats"_s << u"5 Seats"_s;
    QTest::newRow("en none") << u"en"_s << qint64(5) << QString() << u"5"_s;
    QTest::newRow("cs 1") << u"cs"_s << qint64(1) << u"Licenses"_s << u"1 licence"_s;
    QTest::newRow("cs 3") << u"cs"_s << qint64(3) << u"Licenses"_s << u"3 licence"_s;
    QTest::newRow("cs 40") << u"cs"_s << qint64(40) << u"Licenses"_s << u"40 licencí"_s;
    QTest::newRow("cs large") << u"cs"_s << qint64(12000) << u"Licenses"_s
                              << u"12\u00A0000 licencí"_s;
    QTest::newRow("cs usage") << u"cs"_s << qint64(1) << u"Usage-based"_s << u"1 (podle využití)"_s;
    QTest::newRow("pl 1") << u"pl"_s << qint64(1) << u"Licenses"_s << u"1 licencja"_s;
    QTest::newRow("pl 22") << u"pl"_s << qint64(22) << u"Licenses"_s << u"22 licencje"_s;
    QTest::newRow("pl 25") << u"pl"_s << qint64(25) << u"Licenses"_s << u"25 licencji"_s;
}

void tst_DisplayFormat::quantityInItsUnit()
{
    QFETCH(QString, language);
    QFETCH(qint64, quantity);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    QVERIFY(m_languages.setLanguage(language));
    QCOMPARE(DisplayFormat::quantity(quantity, unit), expected);
}

QTEST_GUILESS_MAIN(tst_DisplayFormat)
#include "tst_displayformat.moc"
