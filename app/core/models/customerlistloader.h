#pragma once

#include "core/api/customerquery.h"
#include "core/domain/apierror.h"

#include <QObject>
#include <QPointer>

class CustomerListModel;
class PartnerCenterClient;
class PendingCall;

// Fills a CustomerListModel from GET /customers, page by page: the first page shows while the
// rest is still on its way. A reload while loading abandons the old load.
class CustomerListLoader : public QObject
{
    Q_OBJECT

public:
    CustomerListLoader(PartnerCenterClient *client, CustomerListModel *model,
                       QObject *parent = nullptr);
    ~CustomerListLoader() override;

    // The server-side query (page size, starts_with filter) of the next reload().
    void setQuery(const CustomerQuery &query) { m_query = query; }
    CustomerQuery query() const { return m_query; }

    void reload();
    // Stops the load; the rows already loaded stay. Reports finished() with Kind::Cancelled.
    void cancel();
    bool isLoading() const { return m_loading; }

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int totalSoFar);
    // error.isError() is false when every page arrived. Rows loaded before a failure stay.
    void finished(const ApiError &error);

private:
    void abandon();
    void setLoading(bool loading);

    PartnerCenterClient *m_client;
    CustomerListModel *m_model;
    CustomerQuery m_query;
    QPointer<PendingCall> m_call;
    // Callbacks of an abandoned load carry an older generation and are ignored.
    quint64 m_generation = 0;
    bool m_loading = false;
};
