#pragma once

#include "core/api/customerquery.h"
#include "core/domain/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <optional>

class CustomerListModel;
class PartnerCenterClient;
class PendingCall;
struct Customer;
struct CustomerRowBatch;

// Fills a CustomerListModel from GET /customers, page by page: the first page shows while the
// rest is still on its way. A reload while loading abandons the old load. The first page is
// made into rows at once, for the first rows to show soonest; every later page on a worker
// thread (CustomerRowBatch), in the order the pages came, so the GUI thread only merges them.
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
    // A page came and is being made into rows on the worker; it shows with a later
    // pageLoaded(), unless the load is abandoned first.
    void pagePreparing();
    void pageLoaded(int totalSoFar);
    // error.isError() is false when every page arrived. Rows loaded before a failure stay.
    void finished(const ApiError &error);

private:
    void abandon();
    void setLoading(bool loading);
    void onPage(const QList<Customer> &page);
    void onDone(const ApiError &error);
    void merge(quint64 generation, const std::shared_ptr<CustomerRowBatch> &batch);
    void finish(const ApiError &error);

    PartnerCenterClient *m_client;
    CustomerListModel *m_model;
    CustomerQuery m_query;
    QPointer<PendingCall> m_call;
    // Callbacks of an abandoned load carry an older generation and are ignored.
    quint64 m_generation = 0;
    bool m_loading = false;
    // Until the first page of a reload (or its end) the old rows stay.
    bool m_replacing = false;
    // Pages of this load on the worker, and the end of the load, told once they have landed.
    int m_building = 0;
    std::optional<ApiError> m_end;
    // One thread: pages are made ready one at a time, in order. Last member: destroyed (and
    // waited for) first, while the rest of the loader still stands.
    QThreadPool m_worker;
};
