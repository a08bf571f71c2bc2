#include "core/i18n/languagemanager.h"
#include "core/models/customerfilterproxy.h"
#include "core/models/customerlistmodel.h"
#include "core/models/customerrowbatch.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <future>

using namespace Qt::Literals::StringLiterals;

namespace {
Customer customer(int i, const QString &name = {}, const QString &domain = {})
{
    Customer c;
    c.id = QStringLiteral("id-%1").arg(i);
    c.companyProfile.companyName = name.isEmpty() ? QStringLiteral("Company %1").arg(i) : name;
    c.companyProfile.domain =
        domain.isEmpty() ? QStringLiteral("c%1.onmicrosoft.com").arg(i) : domain;
    c.companyProfile.tenantId =
        QStringLiteral("0000%1-aaaa-bbbb-cccc-dddddddddddd").arg(i, 4, 10, QLatin1Char('0'));
    c.relationshipToPartner = QStringLiteral("reseller");
    return c;
}

QList<Customer> page(int first, int count)
{
    QList<Customer> out;
    out.reserve(count);
    for (int i = first; i < first + count; ++i)
        out.append(customer(i));
    return out;
}

// The company name of every row of a model.
QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, CustomerListModel::CompanyNameColumn).data().toString());
    return out;
}

// A model behind its proxy sorted by name, under the tester.
struct SortedList
{
    SortedList() { proxy.sort(CustomerListModel::CompanyNameColumn); }

    CustomerListModel model;
    CustomerFilterProxy proxy{&model};
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

// Every role of every cell of a model, row by row, for comparing two models whole.
QStringList cells(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c) {
            for (const int role :
                 {int(Qt::DisplayRole), int(CustomerListModel::SortRole),
                  int(CustomerListModel::CustomerIdRole), int(CustomerListModel::SearchTextRole)})
                row.append(model.index(r, c).data(role).toString());
        }
        out.append(row.join(u'|'));
    }
    return out;
}

// "name|domain" of every row of a model, for one readable comparison.
QStringList rows(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, CustomerListModel::CompanyNameColumn).data().toString() + u'|' +
                   model.index(r, CustomerListModel::DomainColumn).data().toString());
    return out;
}
} // namespace

class tst_CustomerListModel : public QObject
{
    Q_OBJECT

private slots:
    void headersAndRoles()
    {
        CustomerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(CustomerListModel::CompanyNameColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Company name")));
        QCOMPARE(model.headerData(CustomerListModel::MicrosoftIdColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Microsoft ID")));
        model.appendCustomers({customer(1)});
        const QModelIndex rel = model.index(0, CustomerListModel::RelationshipColumn);
        QCOMPARE(rel.data().toString(), QStringLiteral("Reseller"));
        QCOMPARE(rel.data(CustomerListModel::SortRole).toString(), QStringLiteral("reseller"));
        QCOMPARE(rel.data(CustomerListModel::CustomerIdRole).toString(), QStringLiteral("id-1"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Company 1"));
    }

    void pageAppendsUnderTester()
    {
        CustomerListModel model;
        CustomerFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(u"7"_s);
        for (int first = 0; first < 2'000; first += 500)
            model.appendCustomers(page(first, 500));
        QCOMPARE(model.count(), 2'000);
        QVERIFY(proxy.rowCount() > 0);
        model.removeCustomer(u"id-7"_s);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    // 100,000 customers in pages of 500, one rowsInserted per page; then the testers walk all
    // 100,000 rows after every change: more pages, a search, typing on, clearing, sorting the
    // other way, a removal. (Attached during the 200 pages they would walk the list 400 times.)
    void hundredThousandInPagesOfFiveHundred()
    {
        CustomerListModel model;
        CustomerFilterProxy proxy(&model);
        proxy.sort(CustomerListModel::CompanyNameColumn);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy shown(&proxy, &QAbstractItemModel::rowsInserted);
        QElapsedTimer timer;
        timer.start();
        for (int first = 0; first < 99'000; first += 500) {
            model.appendCustomers(page(first, 500));
            // Exactly one rowsInserted per page, covering the page; the pages come in name
            // order ("Company 9" before "Company 10"), so the proxy shows each as one block.
            QCOMPARE(inserted.size(), first / 500 + 1);
            QCOMPARE(inserted.last().at(1).toInt(), first);
            QCOMPARE(inserted.last().at(2).toInt(), first + 499);
            QCOMPARE(shown.size(), first / 500 + 1);
        }
        qInfo("99,000 customers appended in %lld ms", timer.elapsed());

        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers(page(99'000, 500));
        model.appendCustomers(page(99'500, 500));
        QCOMPARE(model.count(), 100'000);
        QCOMPARE(proxy.rowCount(), 100'000);
        QCOMPARE(model.rowOfCustomer(u"id-99999"_s), 99'999);
        QCOMPARE(model.customerAt(54'321)->id, u"id-54321"_s);
        QVERIFY(!model.customerAt(100'000));
        QCOMPARE(proxy.customerAt(99'999)->id, u"id-99999"_s);

        proxy.setSearchText(u"  C7777"_s);
        QCOMPARE(proxy.rowCount(), 11);
        proxy.setSearchText(u"  C77777.onmicrosoft  "_s);
        QCOMPARE(rows(proxy), QStringList{u"Company 77777|c77777.onmicrosoft.com"_s});
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 100'000);
        proxy.sort(CustomerListModel::CompanyNameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.customerAt(0)->id, u"id-99999"_s);
        QVERIFY(model.removeCustomer(u"id-500"_s));
        QCOMPARE(model.rowOfCustomer(u"id-99999"_s), 99'998);
        QCOMPARE(proxy.rowCount(), 99'999);
    }

    // Sorted in the UI language's collation with numbers by value; switching the language
    // sorts again.
    void sortsInTheLanguagesCollation()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"en"_s));
        SortedList list;
        CustomerListModel &model = list.model;
        CustomerFilterProxy &proxy = list.proxy;
        model.appendCustomers({customer(1, u"Contoso 10"_s), customer(2, u"Hradec Králové"_s),
                               customer(3, u"Contoso 9"_s), customer(4, u"Chrudim"_s),
                               customer(5, u"Contoso 100"_s)});
        QCOMPARE(names(proxy), (QStringList{u"Chrudim"_s, u"Contoso 9"_s, u"Contoso 10"_s,
                                            u"Contoso 100"_s, u"Hradec Králové"_s}));
        // In Czech "ch" is a letter of its own, after "h".
        QVERIFY(languages.setLanguage(u"cs"_s));
        QCOMPARE(names(proxy), (QStringList{u"Contoso 9"_s, u"Contoso 10"_s, u"Contoso 100"_s,
                                            u"Hradec Králové"_s, u"Chrudim"_s}));
        proxy.sort(CustomerListModel::CompanyNameColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy).first(), u"Chrudim"_s);
        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(names(proxy).first(), u"Hradec Králové"_s);
    }

    // A selected row stays selected while the search narrows to it and after it is cleared.
    void persistentIndexFollowsItsRow()
    {
        SortedList list;
        CustomerListModel &model = list.model;
        CustomerFilterProxy &proxy = list.proxy;
        model.appendCustomers(page(0, 1'000));
        const QPersistentModelIndex selected =
            proxy.mapFromSource(model.index(model.rowOfCustomer(u"id-777"_s), 1));
        QCOMPARE(selected.data().toString(), u"c777.onmicrosoft.com"_s);
        proxy.setSearchText(u"7"_s);
        proxy.setSearchText(u"77"_s);
        QCOMPARE(selected.data().toString(), u"c777.onmicrosoft.com"_s);
        QCOMPARE(selected.column(), 1);
        proxy.setSearchText({});
        QCOMPARE(selected.row(), 777);
        QCOMPARE(selected.data().toString(), u"c777.onmicrosoft.com"_s);
        proxy.setSearchText(u"c778"_s);
        QVERIFY(!selected.isValid());
    }

    // A page whose rows land all over the sorted order is one layout change, not a signal per
    // row; a page that lands in one place is one insertion.
    void pagesAllOverTheOrderAreOneLayoutChange()
    {
        SortedList list;
        CustomerListModel &model = list.model;
        CustomerFilterProxy &proxy = list.proxy;
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        QList<Customer> odd, even;
        for (int i = 0; i < 100; ++i)
            (i % 2 ? odd : even).append(customer(i));
        model.appendCustomers(even);
        QCOMPARE(inserted.size(), 1);
        model.appendCustomers(odd);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(proxy.customerAt(9)->companyName(), u"Company 9"_s);
        QCOMPARE(proxy.customerAt(10)->companyName(), u"Company 10"_s);
        // Filtered: only the matching rows of a page arrive, here in one place.
        proxy.setSearchText(u"company 1"_s);
        layouts.clear();
        model.appendCustomers({customer(100), customer(150), customer(200)});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 11);
        QCOMPARE(inserted.last().at(2).toInt(), 12);
        QCOMPARE(layouts.size(), 0);
    }

    void duplicatesUpdateInPlace()
    {
        CustomerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers(page(0, 3));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendCustomers({customer(1, QStringLiteral("Renamed")), customer(3)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(
            rows(model),
            (QStringList{u"Company 0|c0.onmicrosoft.com"_s, u"Renamed|c1.onmicrosoft.com"_s,
                         u"Company 2|c2.onmicrosoft.com"_s, u"Company 3|c3.onmicrosoft.com"_s}));
    }

    void removeCustomerKeepsIndex()
    {
        CustomerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers(page(0, 5));
        QVERIFY(model.removeCustomer(QStringLiteral("id-1")));
        QVERIFY(!model.removeCustomer(QStringLiteral("id-1")));
        QCOMPARE(model.count(), 4);
        QCOMPARE(model.rowOfCustomer(QStringLiteral("id-1")), -1);
        QCOMPARE(model.rowOfCustomer(QStringLiteral("id-4")), 3);
        QCOMPARE(model.customerAt(1)->id, QStringLiteral("id-2"));
        model.clear();
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.rowOfCustomer(QStringLiteral("id-4")), -1);
    }

    void filterByCompanyDomainAndTenant()
    {
        CustomerListModel model;
        CustomerFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers({customer(1, u"Žluťoučký kůň s.r.o."_s, u"kun.cz"_s),
                               customer(2, u"Łódź Metal"_s, u"lodzmetal.pl"_s),
                               customer(3, u"Contoso"_s, u"contoso.com"_s)});
        proxy.setSearchText(u"ZLUTOUCKY"_s);
        QCOMPARE(rows(proxy), QStringList{u"Žluťoučký kůň s.r.o.|kun.cz"_s});
        proxy.setSearchText(u"lodz"_s);
        QCOMPARE(rows(proxy), QStringList{u"Łódź Metal|lodzmetal.pl"_s});
        proxy.setSearchText(u"CONTOSO.COM"_s);
        QCOMPARE(rows(proxy), QStringList{u"Contoso|contoso.com"_s});
        proxy.setSearchText(u"00003-AAAA"_s);
        QCOMPARE(rows(proxy), QStringList{u"Contoso|contoso.com"_s});
        QCOMPARE(proxy.customerAt(0)->id, u"id-3"_s);
        QVERIFY(!proxy.customerAt(1));

        // Rows arriving while a filter is set are filtered too; a removal leaves the proxy.
        model.appendCustomers({customer(4, u"Contoso Praha"_s, u"contoso.cz"_s)});
        proxy.setSearchText(u"contoso"_s);
        QCOMPARE(proxy.rowCount(), 2);
        model.removeCustomer(u"id-3"_s);
        QCOMPARE(rows(proxy), QStringList{u"Contoso Praha|contoso.cz"_s});
    }

    void sortsOnRawRole()
    {
        CustomerListModel model;
        CustomerFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCustomers(
            {customer(1, u"beta"_s), customer(2, u"Alpha"_s), customer(3, u"gamma"_s)});
        proxy.sort(CustomerListModel::CompanyNameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.customerAt(0)->companyName(), u"Alpha"_s);
        QCOMPARE(proxy.customerAt(2)->companyName(), u"gamma"_s);
        // Appending while sorted keeps the order.
        model.appendCustomers({customer(4, u"Aardvark"_s)});
        QCOMPARE(proxy.customerAt(0)->companyName(), u"Aardvark"_s);
    }

    // Pages made ready on another thread (CustomerRowBatch, as CustomerListLoader does) give
    // the very rows, search text and order that the model and its sort make from the texts
    // themselves: diacritics, numbers by value, odd and broken entries, repeated ids.
    void readyPagesMatchRowsMadeFromText()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"cs"_s));
        Customer empty;
        empty.id = u"id-empty"_s;
        Customer broken = customer(20, u"Bad "_s + QChar(0xd800) + u" surrogate"_s);
        broken.relationshipToPartner = u"Reseller"_s;
        const QList<QList<Customer>> pages{
            {customer(1, u"Contoso 10"_s), customer(2, u"Žluťoučký kůň s.r.o."_s, u"kun.cz"_s),
             customer(3, u"Contoso 9"_s), customer(4, u"Chrudim"_s),
             customer(5, u"Łódź sp. z o.o."_s), customer(3, u"Contoso 9 (renamed)"_s), empty},
            {customer(6, u"Contoso 100"_s), customer(7, u"Hradec Králové"_s), broken,
             customer(1, u"Contoso 11"_s), customer(8, u"ÉCOLE"_s), customer(9, u"école"_s)},
        };
        for (int column = 0; column < CustomerListModel::ColumnCount; ++column) {
            // The old way: the model from the customers, the keys from its texts.
            CustomerListModel fromText;
            for (const QList<Customer> &customers : pages)
                fromText.appendCustomers(customers);
            CustomerFilterProxy textOrder(&fromText);
            textOrder.sort(column);

            SortedList ready;
            ready.proxy.sort(column);
            for (const QList<Customer> &customers : pages) {
                auto batch = std::async(
                    std::launch::async, [&customers, keyColumn = ready.model.sortKeyColumn(),
                                         locale = ready.model.sortKeyLocale()] {
                        return CustomerRowBatch::build(customers, keyColumn, locale);
                    });
                ready.model.appendRows(*batch.get());
            }
            QCOMPARE(cells(ready.model), cells(fromText));
            QCOMPARE(cells(ready.proxy), cells(textOrder));
            ready.proxy.setSearchText(u"kun"_s);
            textOrder.setSearchText(u"kun"_s);
            QCOMPARE(cells(ready.proxy), cells(textOrder));
            QCOMPARE(ready.proxy.rowCount(), 1);
        }
        QVERIFY(languages.setLanguage(u"en"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CustomerListModel)
#include "tst_customerlistmodel.moc"
