#include "core/models/customerlistloader.h"
#include "core/models/customerlistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_CustomerListLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsPageByPage()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.server.generate(1'200, 7);
        CustomerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CustomerListLoader loader(f.client.get(), &model);
        QSignalSpy pages(&loader, &CustomerListLoader::pageLoaded);
        QSignalSpy finished(&loader, &CustomerListLoader::finished);
        QSignalSpy loading(&loader, &CustomerListLoader::loadingChanged);
        loader.reload();
        QVERIFY(loader.isLoading());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).value<ApiError>().isError());
        // Pages of 500: the first rows were there before the last page came.
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.at(0).at(0).toInt(), 500);
        QCOMPARE(model.count(), 1'200);
        QCOMPARE(loading.size(), 2);
        QVERIFY(!loader.isLoading());
    }

    void failureKeepsLoadedRows()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.server.generate(1'200, 7);
        CustomerListModel model;
        CustomerListLoader loader(f.client.get(), &model);
        QSignalSpy finished(&loader, &CustomerListLoader::finished);
        // Once the first page is in, the next request fails for good (403 is not retried).
        bool injected = false;
        connect(&loader, &CustomerListLoader::pageLoaded, this, [&] {
            if (!std::exchange(injected, true))
                f.server.injectError(403, u"900150"_s, u"No rights for page two"_s,
                                     u"/v1/customers"_s, "GET");
        });
        loader.reload();
        QTRY_COMPARE(finished.size(), 1);
        const ApiError error = finished.first().at(0).value<ApiError>();
        QVERIFY(error.isError());
        QCOMPARE(error.httpStatus(), 403);
        QCOMPARE(model.count(), 500);

        finished.clear();
        loader.reload();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(model.count(), 1'200);

        // Reloading keeps the rows until the new list's first page replaces them, and keeps
        // them when that never comes.
        finished.clear();
        f.server.injectError(403, u"900150"_s, u"No rights"_s, u"/v1/customers"_s, "GET");
        loader.reload();
        QCOMPARE(model.count(), 1'200);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).value<ApiError>().isError());
        QCOMPARE(model.count(), 1'200);
    }

    void reloadDuringLoadAndCancel()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.server.generate(1'200, 7);
        CustomerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CustomerListLoader loader(f.client.get(), &model);
        QSignalSpy finished(&loader, &CustomerListLoader::finished);
        loader.reload();
        loader.reload(); // abandons the first: its pages must not land twice
        QTRY_COMPARE(finished.size(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(model.count(), 1'200);

        finished.clear();
        loader.reload();
        loader.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<ApiError>().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!loader.isLoading());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CustomerListLoader)
#include "tst_customerlistloader.moc"
