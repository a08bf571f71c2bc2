#include "core/api/partnercenterclient.h"
#include "core/models/customerfilterproxy.h"
#include "core/models/customerlistloader.h"
#include "core/models/customerlistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {
// A started sandbox with `customers` customers; nullptr when it could not start.
std::unique_ptr<SandboxFixture> sandboxWith(int customers)
{
    auto f = std::make_unique<SandboxFixture>();
    if (!f->start())
        return nullptr;
    f->server.generate(customers, 7);
    return f;
}
} // namespace

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

    // Later pages are made into rows on the worker: the sorted list equals one filled from the
    // same pages on this thread, row by row.
    void workerRowsEqualRowsMadeHere()
    {
        const auto f = sandboxWith(1'700);
        QVERIFY(f);
        CustomerListModel loaded;
        CustomerFilterProxy loadedOrder(&loaded);
        QAbstractItemModelTester tester(&loadedOrder,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadedOrder.sort(CustomerListModel::CompanyNameColumn);
        CustomerListLoader loader(f->client.get(), &loaded);
        QSignalSpy preparing(&loader, &CustomerListLoader::pagePreparing);
        QSignalSpy finished(&loader, &CustomerListLoader::finished);
        loader.reload();

        CustomerListModel here;
        bool done = false;
        f->client->listCustomers(
            {}, this, [&](const QList<Customer> &page) { here.appendCustomers(page); },
            [&](const ApiError &error) { done = !error.isError(); });
        CustomerFilterProxy hereOrder(&here);
        QTRY_VERIFY(done);
        hereOrder.sort(CustomerListModel::CompanyNameColumn);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(preparing.size(), 3);
        QCOMPARE(loaded.count(), 1'700);
        for (int row = 0; row < here.count(); ++row) {
            QCOMPARE(loadedOrder.customerAt(row)->id, hereOrder.customerAt(row)->id);
            QCOMPARE(loaded.searchIndex().text(row), here.searchIndex().text(row));
        }
    }

    // A reload while a page is on the worker: nothing of the old load lands in the new one.
    void reloadWhileAPageIsOnTheWorker()
    {
        const auto f = sandboxWith(1'500);
        QVERIFY(f);
        CustomerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CustomerListLoader loader(f->client.get(), &model);
        QSignalSpy finished(&loader, &CustomerListLoader::finished);
        QList<int> loaded;
        connect(&loader, &CustomerListLoader::pageLoaded, this,
                [&](int total) { loaded.append(total); });
        // Pages of 300 the second time: a page of the first load would show as 500 rows.
        connect(&loader, &CustomerListLoader::pagePreparing, this, [&] {
            if (loader.query().pageSize == 500) {
                loaded.clear();
                loader.setQuery({300, CustomerQuery::Field::None, {}});
                loader.reload();
            }
        });
        loader.reload();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).value<ApiError>().isError());
        QCOMPARE(loaded, (QList<int>{300, 600, 900, 1'200, 1'500}));
        QCOMPARE(model.count(), 1'500);
    }

    // Cancelled, then destroyed, while a page is on the worker: nothing lands, nothing is
    // touched after it is gone (the sanitizer run watches this).
    void destroyedWhileAPageIsOnTheWorker()
    {
        const auto f = sandboxWith(1'500);
        QVERIFY(f);
        CustomerListModel model;
        std::optional<CustomerListLoader> loader;
        loader.emplace(f->client.get(), &model);
        QSignalSpy finished(&*loader, &CustomerListLoader::finished);
        bool destroyed = false;
        connect(&*loader, &CustomerListLoader::pagePreparing, this, [&] {
            loader->cancel();
            QMetaObject::invokeMethod(
                this,
                [&] {
                    loader.reset();
                    destroyed = true;
                },
                Qt::QueuedConnection);
        });
        loader->reload();
        QTRY_VERIFY(destroyed);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<ApiError>().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(model.count(), 500);
    }
};

QTEST_GUILESS_MAIN(tst_CustomerListLoader)
#include "tst_customerlistloader.moc"
