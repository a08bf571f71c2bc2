#pragma once

#include <QNetworkAccessManager>
#include <QUrl>

// The floor the app is measured against: fetches the pages of GET /v1/customers one after the
// other over one keep-alive connection, parses each with QJsonDocument to find the next one,
// and does nothing else.
class FloorClient
{
public:
    struct Run
    {
        qint64 nanoseconds = 0;
        qint64 cpuNanoseconds = 0;
        int customers = 0;
        int pages = 0;
        QString error;
    };

    FloorClient(const QUrl &baseUrl, const QString &token, int pageSize);
    // maxPages < 0: every page.
    Run fetch(int maxPages = -1);

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_authorization;
    int m_pageSize;
};
