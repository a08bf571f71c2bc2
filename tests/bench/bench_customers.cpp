// Loads every customer of a partner into the Customers model behind its sorted, filtered proxy,
// as the page shows it, and measures it against the wire: the raw floor (a client that only
// fetches and parses the same pages), the first rows, the whole list, search as you type,
// clearing the search and the memory the list holds.
//
//   bench_customers [--customers N] [--page-size P] [--endpoint URL --access-token-file F]
//                   [--json] [--view]
//
// Without --endpoint the pages come from a generated sandbox of N customers on a thread of its
// own in this process; with it, from that server (e.g. a standalone partnerdesk-sandbox), so
// nothing but the client is measured here. --view puts the Customers table on the proxy
// (offscreen unless QT_QPA_PLATFORM says otherwise): it takes in every page, and a keystroke is
// timed until the table has laid itself out and repainted.
#include "core/api/partnercenterclient.h"
#include "core/api/statictokensource.h"
#include "core/api/systemclock.h"
#include "core/models/customerfilterproxy.h"
#include "core/models/customerlistloader.h"
#include "core/models/customerlistmodel.h"
#include "cputime.h"
#include "floorclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "searchbenchmark.h"
#include "ui/customertableview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
qint64 residentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

struct Load
{
    qint64 firstRowsNs = -1;
    qint64 allRowsNs = -1;
    qint64 cpuNs = -1;
    qint64 guiCpuNs = -1;
    int pages = 0;
    ApiError error;
};

// One load, the way the Customers page does it: loader → model → proxy sorted by name.
Load load(PartnerCenterClient *client, CustomerListModel *model, CustomerFilterProxy *proxy,
          int pageSize)
{
    Load result;
    CustomerListLoader loader(client, model);
    CustomerQuery query;
    query.pageSize = pageSize;
    loader.setQuery(query);
    QElapsedTimer clock;
    qint64 cpuStart = 0;
    qint64 guiCpuStart = 0;
    const auto shown = [&] {
        if (result.firstRowsNs < 0 && proxy->rowCount() > 0)
            result.firstRowsNs = clock.nsecsElapsed();
    };
    QObject::connect(proxy, &QAbstractItemModel::rowsInserted, proxy, shown);
    QObject::connect(proxy, &QAbstractItemModel::layoutChanged, proxy, shown);
    QObject::connect(&loader, &CustomerListLoader::pageLoaded, &loader, [&] { ++result.pages; });
    QEventLoop loop;
    QObject::connect(&loader, &CustomerListLoader::finished, &loop, [&](const ApiError &error) {
        result.allRowsNs = clock.nsecsElapsed();
        result.cpuNs = processCpuNanoseconds() - cpuStart;
        result.guiCpuNs = threadCpuNanoseconds() - guiCpuStart;
        result.error = error;
        loop.quit();
    });
    cpuStart = processCpuNanoseconds();
    guiCpuStart = threadCpuNanoseconds();
    clock.start();
    loader.reload();
    loop.exec();
    proxy->disconnect(proxy);
    return result;
}

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 0) + u" ms"_s;
}
} // namespace

int main(int argc, char **argv)
{
    const bool withView = std::any_of(argv + 1, argv + argc,
                                      [](const char *arg) { return qstrcmp(arg, "--view") == 0; });
    if (withView && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = withView
                                                ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Customers to generate."_s, u"N"_s,
                                             u"100000"_s);
    const QCommandLineOption pageSizeOption(u"page-size"_s, u"Page size."_s, u"P"_s, u"500"_s);
    const QCommandLineOption endpointOption(u"endpoint"_s, u"Load from this server."_s, u"URL"_s);
    const QCommandLineOption tokenOption(u"access-token-file"_s, u"Its access token."_s, u"F"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"One line of JSON."_s);
    const QCommandLineOption viewOption(u"view"_s, u"With the Customers table on screen."_s);
    parser.addOptions(
        {customersOption, pageSizeOption, endpointOption, tokenOption, jsonOption, viewOption});
    parser.process(*app);
    const int customers = parser.value(customersOption).toInt();
    const int pageSize = parser.value(pageSizeOption).toInt();

    std::unique_ptr<SandboxThread> sandbox;
    QUrl baseUrl;
    QString token;
    if (parser.isSet(endpointOption)) {
        baseUrl = QUrl(parser.value(endpointOption));
        QFile file(parser.value(tokenOption));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "--endpoint needs a readable --access-token-file\n");
            return 2;
        }
        token = QString::fromUtf8(file.readAll()).trimmed();
    } else {
        sandbox = std::make_unique<SandboxThread>();
        sandbox->run([&](SandboxServer &server) {
            server.generate(customers, 42);
            server.start(0);
            baseUrl = server.baseUrl();
            token = server.issueAccessToken(u"admin"_s);
        });
    }

    // The server's first answer (its index, its connection) costs the same for both clients:
    // paid before either is timed.
    FloorClient floor(baseUrl, token, pageSize);
    floor.fetch(1);

    StaticTokenSource tokens(token);
    PartnerCenterClient client(baseUrl, &tokens, SystemClock::instance());
    const qint64 rssBefore = residentBytes();
    auto model = std::make_unique<CustomerListModel>();
    auto proxy = std::make_unique<CustomerFilterProxy>(model.get());
    std::unique_ptr<CustomerTableView> view;
    if (withView) {
        view = std::make_unique<CustomerTableView>(proxy.get());
        view->resize(1024, 640);
        view->show();
    } else {
        proxy->sort(CustomerListModel::CompanyNameColumn);
    }
    const Load loaded = load(&client, model.get(), proxy.get(), pageSize);
    if (loaded.error.isError()) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(loaded.error.userMessage()));
        return 1;
    }
    std::function<void()> settle;
    if (view) {
        settle = [&view] {
            QCoreApplication::sendPostedEvents();
            view->repaint();
        };
    }
    SearchBenchmark search(proxy.get(), settle);
    search.run();
    const int rows = model->count();
    const qint64 bytesPerCustomer = (residentBytes() - rssBefore) / std::max(1, rows);

    // Before and after the app's load, the better of the two: the stricter ratio.
    qint64 floorNs = std::numeric_limits<qint64>::max();
    qint64 floorCpuNs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 2; ++i) {
        const FloorClient::Run run = floor.fetch();
        if (!run.error.isEmpty() || run.customers != rows) {
            std::fprintf(stderr, "floor client: %d customers, %s\n", run.customers,
                         qPrintable(run.error));
            return 1;
        }
        floorNs = std::min(floorNs, run.nanoseconds);
        floorCpuNs = std::min(floorCpuNs, run.cpuNanoseconds);
    }

    const double floorMs = floorNs / 1e6;
    const double allMs = loaded.allRowsNs / 1e6;
    const double firstMs = loaded.firstRowsNs / 1e6;
    const double p95 = SearchBenchmark::percentile(search.keystrokes(), 95);
    const double clearMs = SearchBenchmark::percentile(search.clears(), 100);
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        const QJsonObject json{{u"customers"_s, rows},
                               {u"pages"_s, loaded.pages},
                               {u"first_rows_ms"_s, firstMs},
                               {u"all_rows_ms"_s, allMs},
                               {u"search_p95_ms"_s, p95},
                               {u"clear_ms"_s, clearMs},
                               {u"bytes_per_customer"_s, bytesPerCustomer},
                               {u"floor_ms"_s, floorMs},
                               {u"floor_ratio"_s, allMs / floorMs},
                               {u"all_rows_cpu_ms"_s, loaded.cpuNs / 1e6},
                               {u"floor_cpu_ms"_s, floorCpuNs / 1e6},
                               {u"gui_cpu_ms"_s, loaded.guiCpuNs / 1e6},
                               {u"load_average"_s, loadAverage()}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    } else {
        out << "customers              " << rows << " in " << loaded.pages << " pages of "
            << pageSize << " from "
            << (sandbox ? u"a sandbox on its own thread"_s : baseUrl.toString()) << "\n"
            << "raw floor (fetch+parse) " << milliseconds(floorMs) << "\n"
            << "first rows visible      " << milliseconds(firstMs) << "\n"
            << "all rows in the model   " << milliseconds(allMs) << "\n"
            << "ratio to the floor      " << QString::number(allMs / floorMs, 'f', 2) << "\n"
            << "CPU time, app / floor   " << milliseconds(loaded.cpuNs / 1e6) << " / "
            << milliseconds(floorCpuNs / 1e6) << " (every thread of this process)\n"
            << "CPU time, GUI thread    " << milliseconds(loaded.guiCpuNs / 1e6) << "\n"
            << "load average (1 min)    " << loadAverage() << "\n"
            << "search as you type      p95 " << milliseconds(p95) << ", max "
            << milliseconds(SearchBenchmark::percentile(search.keystrokes(), 100)) << " over "
            << search.keystrokes().size() << " keystrokes of \""
            << search.queries().join("\", \""_L1) << "\"\n"
            << "clearing the search     " << milliseconds(clearMs) << " (the slowest of "
            << search.clears().size() << ")\n"
            << "memory                  " << bytesPerCustomer << " bytes per customer (RSS +"
            << (bytesPerCustomer * rows) / (1024 * 1024) << " MiB)\n";
    }
    return rows == customers || parser.isSet(endpointOption) ? 0 : 1;
}
