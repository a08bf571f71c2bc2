#include "core/bulk/csvreader.h"
#include "core/bulk/customerdirectory.h"
#include "core/bulk/customerlistimport.h"
#include "core/i18n/languagemanager.h"
#include "core/models/customerfilterproxy.h"
#include "core/models/customerlistmodel.h"
#include "core/models/customerresolver.h"
#include "core/models/tablecsvwriter.h"
#include "sandboxfixture.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
Customer customer(const QString &id, const QString &tenant, const QString &domain,
                  const QString &name)
{
    Customer c;
    c.id = id;
    c.companyProfile.tenantId = tenant;
    c.companyProfile.domain = domain;
    c.companyProfile.companyName = name;
    c.relationshipToPartner = u"reseller"_s;
    return c;
}

const QString ContosoId = u"0b6c9c2e-1c4e-4d8e-9a39-1f2d3c4b5a61"_s;
const QString FabrikamId = u"7a1e0f5d-2b3c-4d5e-8f90-a1b2c3d4e5f6"_s;
const QString LodzId = u"c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f"_s;

QList<Customer> sampleCustomers()
{
    return {
        customer(ContosoId, ContosoId, u"contoso-cz.onmicrosoft.com"_s, u"Contoso Česko, a.s."_s),
        customer(FabrikamId, FabrikamId, u"fabrikam.onmicrosoft.com"_s,
                 u"Fabrikam \"Quoted\" Ltd\nsecond line"_s),
        customer(LodzId, u"d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70"_s, u"lodz.onmicrosoft.com"_s,
                 u"Przedsiębiorstwo Łódź sp. z o.o."_s)};
}

// "7 malformed", "9 duplicate of 2": short strings a failing QCOMPARE prints readably.
QStringList issues(const QList<ImportIssue> &list)
{
    QStringList out;
    for (const ImportIssue &issue : list) {
        static const char *const kinds[] = {"malformed", "duplicate", "unknown", "same"};
        QString text = u"%1 %2"_s.arg(issue.line).arg(QLatin1StringView(kinds[int(issue.kind)]));
        if (issue.earlierLine > 0)
            text += u" of %1"_s.arg(issue.earlierLine);
        out.append(text);
    }
    return out;
}

QStringList keys(const CustomerListImport &import)
{
    QStringList out;
    for (const CustomerListImport::Entry &entry : import.entries())
        out.append(u"%1:%2"_s.arg(entry.line).arg(entry.key));
    return out;
}
} // namespace

class tst_CustomerListImport : public QObject
{
    Q_OBJECT

private slots:
    void plainList()
    {
        const QByteArray file = "\xEF\xBB\xBF# customers sold to Northwind\r\n"
                                "contoso-cz.onmicrosoft.com\r\n"
                                "\r\n"
                                "  {7A1E0F5D-2B3C-4D5E-8F90-A1B2C3D4E5F6}  # Fabrikam\r\n"
                                "\"LODZ.onmicrosoft.com.\"\r\n"
                                "admin@contoso.com\r\n"
                                "https://contoso.com\r\n"
                                "contoso cz\r\n"
                                "Contoso-CZ.onmicrosoft.com\r\n"
                                "contoso\r\n" +
                                QByteArray(5000, 'a') + "\r\n" +
                                "-bad-.example.com\n"
                                "x.žluťoučký.cz\n"
                                "   # an indented comment\n";
        const CustomerListImport import = CustomerListImport::fromData(file);
        QVERIFY(import.error().isEmpty());
        QVERIFY(import.column().isEmpty());
        QCOMPARE(keys(import), QStringList({u"2:contoso-cz.onmicrosoft.com"_s,
                                            u"4:7a1e0f5d-2b3c-4d5e-8f90-a1b2c3d4e5f6"_s,
                                            u"5:lodz.onmicrosoft.com"_s, u"13:x.žluťoučký.cz"_s}));
        QCOMPARE(import.entries().at(1).kind, CustomerListImport::Entry::Kind::Id);
        QCOMPARE(import.entries().at(2).text, u"LODZ.onmicrosoft.com."_s);
        QCOMPARE(issues(import.issues()),
                 QStringList({u"6 malformed"_s, u"7 malformed"_s, u"8 malformed"_s,
                              u"9 duplicate of 2"_s, u"10 malformed"_s, u"11 malformed"_s,
                              u"12 malformed"_s}));
        QCOMPARE(import.issues().at(0).detail, u"an e-mail address"_s);
        QCOMPARE(import.issues().at(0).message(),
                 u"Line 6: “admin@contoso.com” is not a primary domain, customer ID or "
                 "Microsoft ID (an e-mail address)."_s);
        QCOMPARE(import.issues().at(3).message(),
                 u"Line 9: “Contoso-CZ.onmicrosoft.com” is listed already on line 2."_s);
    }

    void emptyAndCommentOnlyFiles()
    {
        for (const QByteArray &data :
             {QByteArray(), QByteArray("\n\r\n# nothing\n"), QByteArray("\xEF\xBB\xBF")}) {
            const CustomerListImport import = CustomerListImport::fromData(data);
            QVERIFY(import.error().isEmpty());
            QVERIFY(import.entries().isEmpty());
            QVERIFY(import.issues().isEmpty());
        }
        QVERIFY(!CustomerListImport::fromFile(u"/nonexistent/list.txt"_s).error().isEmpty());
    }

    void csvFromTheCommandLine()
    {
        // partnerdesk-cli customers --format csv: stable keys; the customer ID column wins.
        const QByteArray file = "companyName,domain,tenantId,relationship,id\n"
                                "\"Contoso Česko, a.s.\",contoso-cz.onmicrosoft.com," +
                                ContosoId.toUtf8() + ",reseller," + ContosoId.toUtf8() +
                                "\n"
                                "# a comment row\n"
                                "\"Fabrikam \"\"Quoted\"\" Ltd\nsecond line\",fabrikam."
                                "onmicrosoft.com,,reseller,\n"
                                "Nobody,,,reseller,\n"
                                ",,,,\n"
                                "Broken,\"lodz.onmicrosoft.com,x,y\n";
        const CustomerListImport import = CustomerListImport::fromData(file);
        QVERIFY2(import.error().isEmpty(), qPrintable(import.error()));
        QCOMPARE(import.column(), u"domain, tenantId, id"_s);
        QCOMPARE(keys(import), QStringList({u"2:"_s + ContosoId, u"4:fabrikam.onmicrosoft.com"_s}));
        QCOMPARE(issues(import.issues()), QStringList({u"6 malformed"_s, u"8 malformed"_s}));
        QCOMPARE(import.issues().at(1).detail, u"a quote is not closed"_s);
    }

    void csvInOtherLanguagesAndSeparators()
    {
        // A Czech spreadsheet saves with ';'; "Unicode text" is UTF-16 with tabs.
        const QString czech = u"Název společnosti;Primární doména\r\n"
                              "Contoso;contoso-cz.onmicrosoft.com\r\n"
                              "Łódź;lodz.onmicrosoft.com\r\n"_s;
        CustomerListImport import = CustomerListImport::fromData(czech.toUtf8());
        QVERIFY2(import.error().isEmpty(), qPrintable(import.error()));
        QCOMPARE(import.column(), u"Primární doména"_s);
        QCOMPARE(import.entries().size(), 2);

        const QString polish = u"Identyfikator Microsoft\tNazwa\n"_s + LodzId + u"\tŁódź\n"_s;
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        import = CustomerListImport::fromData(utf16(polish));
        QVERIFY2(import.error().isEmpty(), qPrintable(import.error()));
        QCOMPARE(keys(import), QStringList({u"2:"_s + LodzId}));

        // One column with a known title is a CSV too; its title is not an entry.
        import = CustomerListImport::fromData("Domain\ncontoso-cz.onmicrosoft.com\n");
        QCOMPARE(keys(import), QStringList({u"2:contoso-cz.onmicrosoft.com"_s}));

        import = CustomerListImport::fromData("Name,Notes\nContoso,x\n");
        QVERIFY(import.error().contains(u"Name, Notes"_s));
        QVERIFY(import.entries().isEmpty());
    }

    void csvReaderKeepsLineNumbers()
    {
        const QList<CsvReader::Record> records =
            CsvReader::read(u"a,\"b\nc\",d\r\n\r\ne,f\rg"_s, u',');
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, QStringList({u"a"_s, u"b\nc"_s, u"d"_s}));
        QCOMPARE(records.at(1).line, 4);
        QCOMPARE(records.at(2).line, 5);
        QCOMPARE(CsvReader::sniffDelimiter(u"\"a,b\";c;d"_s), QChar(u';'));
        QVERIFY(CsvReader::sniffDelimiter(u"contoso.com"_s).isNull());
    }

    // The Customers page's File → Export to CSV, in every shipped language, imports back.
    void customersPageExportReadsBack_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageManager::available())
            QTest::newRow(qPrintable(language)) << language;
    }

    void customersPageExportReadsBack()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        CustomerListModel model;
        model.appendCustomers(sampleCustomers());
        CustomerFilterProxy rows(&model);
        QByteArray csv;
        QBuffer buffer(&csv);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(TableCsvWriter::write(rows, buffer));
        QVERIFY(languages.setLanguage(u"en"_s));

        const CustomerListImport import = CustomerListImport::fromData(csv);
        QVERIFY2(import.error().isEmpty(), qPrintable(import.error()));
        QVERIFY(import.issues().isEmpty());
        QCOMPARE(import.entries().size(), 3);
        const ImportResolution resolution = CustomerDirectory(sampleCustomers()).resolve(import);
        QVERIFY(resolution.issues.isEmpty());
        QCOMPARE(resolution.customers.size(), 3);
        QCOMPARE(resolution.customers.at(2).customerId, LodzId);
        QCOMPARE(resolution.customers.at(2).domain, u"lodz.onmicrosoft.com"_s);
    }

    void resolution()
    {
        const QByteArray file = "LODZ.onmicrosoft.com\n"
                                "unknown.onmicrosoft.com\n" +
                                ContosoId.toUpper().toUtf8() +
                                "\n"
                                "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70\n" // Łódź's tenant ID
                                "contoso\n"
                                "contoso-cz.onmicrosoft.com\n";
        const CustomerListImport import = CustomerListImport::fromData(file);
        const ImportResolution resolution = CustomerDirectory(sampleCustomers()).resolve(import);
        QCOMPARE(resolution.customers.size(), 2);
        QCOMPARE(resolution.customers.at(0),
                 (RunCustomer{u"LODZ.onmicrosoft.com"_s, LodzId,
                              u"d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70"_s,
                              u"Przedsiębiorstwo Łódź sp. z o.o."_s, u"lodz.onmicrosoft.com"_s}));
        QCOMPARE(resolution.customers.at(1).customerId, ContosoId);
        QCOMPARE(issues(resolution.issues), QStringList({u"2 unknown"_s, u"4 same of 1"_s,
                                                         u"5 malformed"_s, u"6 same of 3"_s}));
        QCOMPARE(resolution.issues.at(1).message(),
                 u"Line 4: “d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70” names Przedsiębiorstwo Łódź "
                 "sp. z o.o., already named on line 1."_s);
    }

    // 500 entries against the partner's list on the sandbox: one load of the list (a request
    // per 500 customers), then local lookups.
    void resolvesAListWithOneLoad()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.server.generate(2'000, 11);
        QByteArray file;
        for (int i = 0; i < 500; ++i) {
            const SandboxCustomer &c = f.server.store().listedAt(i * 4);
            file += (i % 3 == 0 ? c.id : i % 3 == 1 ? c.domain : c.tenantId).toUtf8() + '\n';
        }
        file += "nobody.onmicrosoft.com\n";
        const CustomerListImport import = CustomerListImport::fromData(file);
        QCOMPARE(import.entries().size(), 501);

        CustomerResolver resolver(f.client.get());
        const int before = f.server.requestCount();
        std::optional<ImportResolution> resolution;
        QElapsedTimer timer;
        timer.start();
        resolver.resolveList(import, [&](const ImportResolution &r, const ApiError &error) {
            QVERIFY(!error.isError());
            resolution = r;
        });
        QTRY_VERIFY(resolution);
        qInfo("500 entries against 2,000 customers: %d requests, %lld ms",
              f.server.requestCount() - before, timer.elapsed());
        QCOMPARE(f.server.requestCount() - before, 4);
        QCOMPARE(resolution->customers.size(), 500);
        QCOMPARE(issues(resolution->issues), QStringList({u"501 unknown"_s}));

        // A failed load resolves nothing rather than call customers unknown.
        f.server.injectError(403, u"900150"_s, u"No rights"_s, u"/v1/customers"_s, "GET");
        bool failed = false;
        resolver.resolveList(import, [&](const ImportResolution &r, const ApiError &error) {
            QCOMPARE(error.httpStatus(), 403);
            QVERIFY(r.customers.isEmpty());
            failed = true;
        });
        QTRY_VERIFY(failed);
    }

    void matchingCost()
    {
        QList<Customer> customers;
        for (int i = 0; i < 100'000; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            customers.append(
                customer(id, id, u"customer%1.onmicrosoft.com"_s.arg(i), u"Customer %1"_s.arg(i)));
        }
        QByteArray file;
        for (int i = 0; i < 500; ++i)
            file += customers.at(i * 200).domain().toUtf8() + '\n';
        QElapsedTimer timer;
        timer.start();
        const CustomerDirectory directory(customers);
        const qint64 indexed = timer.restart();
        const ImportResolution resolution = directory.resolve(CustomerListImport::fromData(file));
        qInfo("index of 100,000 customers: %lld ms; parsing and matching 500 entries: %lld ms",
              indexed, timer.elapsed());
        QCOMPARE(resolution.customers.size(), 500);
    }
};

QTEST_GUILESS_MAIN(tst_CustomerListImport)
#include "tst_customerlistimport.moc"
