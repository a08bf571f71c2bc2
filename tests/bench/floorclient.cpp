#include "floorclient.h"

#include "cputime.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

FloorClient::FloorClient(const QUrl &baseUrl, const QString &token, int pageSize)
    : m_baseUrl(baseUrl)
    , m_authorization("Bearer " + token.toUtf8())
    , m_pageSize(pageSize)
{
}

FloorClient::Run FloorClient::fetch(int maxPages)
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    const qint64 cpuStart = processCpuNanoseconds();
    QUrl url = m_baseUrl.resolved(QUrl(u"/v1/customers?size=%1"_s.arg(m_pageSize)));
    QByteArray continuation;
    QEventLoop loop;
    while (maxPages < 0 || run.pages < maxPages) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_authorization);
        request.setRawHeader("Accept", "application/json");
        if (!continuation.isEmpty())
            request.setRawHeader("MS-ContinuationToken", continuation);
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            run.error = reply->errorString();
            return run;
        }
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        ++run.pages;
        run.customers += int(page.value("items"_L1).toArray().size());
        const QJsonObject next = page.value("links"_L1).toObject().value("next"_L1).toObject();
        if (next.isEmpty())
            break;
        url = m_baseUrl.resolved(QUrl(next.value("uri"_L1).toString()));
        continuation.clear();
        for (const QJsonValue &header : next.value("headers"_L1).toArray()) {
            if (header["key"_L1].toString() == "MS-ContinuationToken"_L1)
                continuation = header["value"_L1].toString().toUtf8();
        }
    }
    run.nanoseconds = clock.nsecsElapsed();
    run.cpuNanoseconds = processCpuNanoseconds() - cpuStart;
    return run;
}
