// CSV as Excel and RFC 4180 want it: BOM, header, quoting, CRLF.
#include "core/models/tablecsvwriter.h"

#include <QBuffer>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_TableCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void writesHeaderAndRows();
};

void tst_TableCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"Contoso"_s << u"Contoso"_s;
    QTest::newRow("comma") << u"A, s.r.o."_s << u"\"A, s.r.o.\""_s;
    QTest::newRow("quote") << u"Margie's \"Travel\""_s << u"\"Margie's \"\"Travel\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("diacritics") << u"Łódź"_s << u"Łódź"_s;
}

void tst_TableCsvWriter::quoting()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(TableCsvWriter::field(in), out);
}

void tst_TableCsvWriter::writesHeaderAndRows()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({u"Company name"_s, u"Primary domain"_s});
    model.setItem(0, 0, new QStandardItem(u"Žluťoučký kůň, s.r.o."_s));
    model.setItem(0, 1, new QStandardItem(u"zlutoucky-kun.onmicrosoft.com"_s));
    model.setItem(1, 0, new QStandardItem(u"Contoso"_s));
    model.setItem(1, 1, new QStandardItem(u"contoso.onmicrosoft.com"_s));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(TableCsvWriter::write(model, buffer));
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                       "Company name,Primary domain\r\n"
                                       "\"Žluťoučký kůň, s.r.o.\",zlutoucky-kun.onmicrosoft.com\r\n"
                                       "Contoso,contoso.onmicrosoft.com\r\n"));
}

QTEST_GUILESS_MAIN(tst_TableCsvWriter)
#include "tst_tablecsvwriter.moc"
