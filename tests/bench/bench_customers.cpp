// Loads a generated partner of N customers from the sandbox over loopback into the Customers
// model (behind a sorted, filtered proxy, as the page shows it) and prints how long the first
// rows take to appear, how long the whole list takes, and what searching it costs.
//
//   bench_customers [customers=100000] [pageSize=500] [proxy|plain]
//
// "plain" leaves the sorted proxy out, to tell the model's and the proxy's share apart.

#include "core/api/partnercenterclient.h"
#include "core/api/statictokensource.h"
#include "core/api/systemclock.h"
#include "core/models/customerfilterproxy.h"
#include "core/models/customerlistloader.h"
#include "core/models/customerlistmodel.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int pageSize = argc > 2 ? std::atoi(argv[2]) : 500;
    const bool withProxy = argc <= 3 || qstrcmp(argv[3], "plain") != 0;

    QElapsedTimer clock;
    clock.start();
    SandboxServer server;
    server.generate(customers, 42);
    server.start(0);
    const qint64 generated = clock.elapsed();
    const long rssBefore = residentKiB();

    StaticTokenSource tokens(server.issueAccessToken(QStringLiteral("admin")));
    PartnerCenterClient client(server.baseUrl(), &tokens, SystemClock::instance());
    CustomerListModel model;
    CustomerFilterProxy proxy(withProxy ? &model : nullptr);
    if (withProxy)
        proxy.sort(CustomerListModel::CompanyNameColumn);
    CustomerListLoader loader(&client, &model);
    CustomerQuery query;
    query.pageSize = pageSize;
    loader.setQuery(query);

    int pages = 0;
    int inserts = 0;
    qint64 firstRows = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        ++inserts;
        if (firstRows < 0)
            firstRows = clock.elapsed();
    });
    QObject::connect(&loader, &CustomerListLoader::pageLoaded, &loader, [&](int) { ++pages; });
    ApiError error;
    QObject::connect(&loader, &CustomerListLoader::finished, &app, [&](const ApiError &e) {
        error = e;
        app.quit();
    });
    clock.restart();
    loader.reload();
    app.exec();
    const qint64 total = clock.elapsed();
    if (error.isError()) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(error.userMessage()));
        return 1;
    }

    qint64 filterMs = -1;
    qint64 clearMs = -1;
    int matches = -1;
    if (withProxy) {
        clock.restart();
        proxy.setSearchText(QStringLiteral("an"));
        filterMs = clock.elapsed();
        matches = proxy.rowCount();
        clock.restart();
        proxy.setSearchText(QString());
        clearMs = clock.elapsed();
    }

    QTextStream out(stdout);
    out << "customers            " << model.rowCount() << " of " << customers << "\n"
        << "page size            " << pageSize << "\n"
        << "sorted proxy         " << (withProxy ? "yes" : "no") << "\n"
        << "pages / inserts      " << pages << " / " << inserts << "\n"
        << "sandbox generation   " << generated << " ms\n"
        << "first rows visible   " << firstRows << " ms\n"
        << "all rows loaded      " << total << " ms\n"
        << "first/all ratio      "
        << QString::number(double(firstRows) / std::max<qint64>(1, total), 'f', 4) << "\n"
        << "rows per second      " << qint64(model.rowCount() * 1000.0 / std::max<qint64>(1, total))
        << "\n"
        << "search \"an\"          " << filterMs << " ms, " << matches << " matches\n"
        << "clear search         " << clearMs << " ms\n"
        << "resident memory      " << rssBefore / 1024 << " MiB before load, "
        << residentKiB() / 1024 << " MiB after (sandbox included)\n";
    return model.rowCount() == customers ? 0 : 1;
}
