#include "customerlistloader.h"

#include "core/api/partnercenterclient.h"
#include "core/api/pendingcall.h"
#include "core/models/customerlistmodel.h"
#include "core/models/customerrowbatch.h"

#include <QFuture>
#include <QPromise>

#include <utility>

CustomerListLoader::CustomerListLoader(PartnerCenterClient *client, CustomerListModel *model,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_worker.setMaxThreadCount(1);
}

CustomerListLoader::~CustomerListLoader()
{
    abandon();
}

void CustomerListLoader::reload()
{
    abandon();
    const quint64 generation = m_generation;
    // The rows shown stay until the first page of the new list replaces them: a refresh never
    // shows an empty list while Partner Center answers, nor when it fails.
    m_replacing = true;
    setLoading(true);
    m_call = m_client->listCustomers(
        m_query, this,
        [this, generation](const QList<Customer> &page) {
            if (generation == m_generation)
                onPage(page);
        },
        [this, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
            // Read to the end without a row: the list is empty now.
            if (!error.isError() && std::exchange(m_replacing, false))
                m_model->clear();
            m_call = nullptr;
            onDone(error);
        });
}

void CustomerListLoader::onPage(const QList<Customer> &page)
{
    if (std::exchange(m_replacing, false)) {
        m_model->clear();
        m_model->appendCustomers(page);
        emit pageLoaded(m_model->count());
        return;
    }
    // The batch holds copies of everything it reads (the page, the locale): the worker shares
    // nothing with this thread. Its result comes back through the event loop, and not at all
    // once the loader is gone; a result of an abandoned load is dropped by its generation.
    auto promise = std::make_shared<QPromise<std::shared_ptr<CustomerRowBatch>>>();
    promise->start();
    promise->future().then(
        this, [this, generation = m_generation](const std::shared_ptr<CustomerRowBatch> &batch) {
            merge(generation, batch);
        });
    ++m_building;
    m_worker.start(
        [promise, page, column = m_model->sortKeyColumn(), locale = m_model->sortKeyLocale()] {
            promise->addResult(CustomerRowBatch::build(page, column, locale));
            promise->finish();
        });
    emit pagePreparing();
}

void CustomerListLoader::merge(quint64 generation, const std::shared_ptr<CustomerRowBatch> &batch)
{
    if (generation != m_generation)
        return;
    --m_building;
    m_model->appendRows(*batch);
    emit pageLoaded(m_model->count());
    if (m_building == 0 && m_end)
        finish(*std::exchange(m_end, std::nullopt));
}

void CustomerListLoader::onDone(const ApiError &error)
{
    // Rows that came before the end land before it is told.
    if (m_building > 0)
        m_end = error;
    else
        finish(error);
}

void CustomerListLoader::finish(const ApiError &error)
{
    setLoading(false);
    emit finished(error);
}

void CustomerListLoader::cancel()
{
    if (!m_loading)
        return;
    abandon();
    finish(ApiError(ApiError::Kind::Cancelled));
}

void CustomerListLoader::abandon()
{
    // Bump first: the client reports the cancellation through the callbacks, which must not
    // count as the end of the next load.
    ++m_generation;
    m_building = 0;
    m_end.reset();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
}

void CustomerListLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}
