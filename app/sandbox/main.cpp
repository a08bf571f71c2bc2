#include "partnerdesk/version.h"
#include "sandbox/httpserverlogging.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "partnerdesk-sandbox: %s\n", qUtf8Printable(message));
    return 2;
}

bool readRate(const QCommandLineParser &parser, const QString &name, double *rate, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *rate = parser.value(name).toDouble(&ok);
    if (!ok || *rate < 0 || *rate > 1) {
        *error = u"--%1 must be a number from 0 to 1, got \"%2\""_s.arg(name, parser.value(name));
        return false;
    }
    return true;
}

bool readInt(const QCommandLineParser &parser, const QString &name, qint64 max, qint64 *value,
             QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toLongLong(&ok);
    if (!ok || *value < 0 || *value > max) {
        *error = u"--%1 must be a whole number from 0 to %2, got \"%3\""_s.arg(
            name, QString::number(max), parser.value(name));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"partnerdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    // Requests carry bearer tokens and refresh tokens: Qt's request logging stays off.
    HttpServerLogging::silence();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A Partner Center-compatible sandbox server on 127.0.0.1. Prints the base URL and an "
        u"access token for the admin user (or the one --user names)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"port"_s, u"Port to listen on (0 = random)."_s, u"P"_s, u"0"_s},
        {u"user"_s,
         u"Print the access token of this user: admin, sales, helpdesk, or reseller (an "
         u"indirect reseller's admin agent, who may not remove relationships)."_s,
         u"LOGIN"_s, u"admin"_s},
        {u"customers"_s, u"Serve a generated dataset of N customers."_s, u"N"_s},
        {u"seed"_s, u"Seed for the generated dataset and random faults."_s, u"S"_s, u"1"_s},
        {u"data"_s, u"Load state from FILE if present; save after every change."_s, u"FILE"_s},
        {u"latency-ms"_s, u"Delay every /v1 answer by L milliseconds."_s, u"L"_s},
        {u"throttle-rate"_s, u"Share of /v1 requests answered 429 (0..1)."_s, u"R"_s},
        {u"error-rate"_s, u"Share of /v1 requests answered 500 (0..1)."_s, u"R"_s},
        {u"drop-rate"_s, u"Share of /v1 connections dropped (0..1)."_s, u"R"_s},
        {u"malformed-rate"_s, u"Share of /v1 answers with a broken JSON body (0..1)."_s, u"R"_s},
        {u"lose-answer-rate"_s,
         u"Share of /v1 requests handled (a change applied) and then closed without an answer "
         u"(0..1)."_s,
         u"R"_s},
        {u"stall-rate"_s,
         u"Share of /v1 requests handled (a change applied) and then never answered, until the "
         u"client gives up (0..1)."_s,
         u"R"_s},
    });
    parser.process(app);

    QString error;
    qint64 port = 0, customers = -1, seed = 1, latency = 0;
    FaultOptions faults;
    if (!readInt(parser, u"port"_s, 65535, &port, &error) ||
        !readInt(parser, u"customers"_s, 10'000'000, &customers, &error) ||
        !readInt(parser, u"seed"_s, 0xffffffffLL, &seed, &error) ||
        !readInt(parser, u"latency-ms"_s, 600'000, &latency, &error) ||
        !readRate(parser, u"throttle-rate"_s, &faults.throttleRate, &error) ||
        !readRate(parser, u"error-rate"_s, &faults.errorRate, &error) ||
        !readRate(parser, u"drop-rate"_s, &faults.dropRate, &error) ||
        !readRate(parser, u"malformed-rate"_s, &faults.malformedRate, &error) ||
        !readRate(parser, u"lose-answer-rate"_s, &faults.loseAnswerRate, &error) ||
        !readRate(parser, u"stall-rate"_s, &faults.stallRate, &error))
        return fail(error);
    faults.latencyMs = int(latency);
    faults.seed = quint32(seed);

    SandboxServer server;
    const QString data = parser.value(u"data"_s);
    if (!data.isEmpty() && QFile::exists(data)) {
        if (!server.loadState(data, &error))
            return fail(error);
    } else if (parser.isSet(u"customers"_s)) {
        server.generate(int(customers), quint32(seed));
    } else if (!server.loadDemo(&error)) {
        return fail(error);
    }
    server.setStateFile(data);
    server.setFaults(faults);
    if (server.start(quint16(port)) == 0)
        return fail(u"cannot listen on 127.0.0.1:%1"_s.arg(port));

    const QString token = server.issueAccessToken(parser.value(u"user"_s));
    if (token.isEmpty())
        return fail(
            u"no user %1 (admin, sales, helpdesk, reseller)"_s.arg(parser.value(u"user"_s)));
    std::printf("%s\n%s\n", qUtf8Printable(server.baseUrl().toString()), qUtf8Printable(token));
    std::fflush(stdout);
    return app.exec();
}
