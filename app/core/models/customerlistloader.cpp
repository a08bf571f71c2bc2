#include "customerlistloader.h"

#include "core/api/partnercenterclient.h"
#include "core/api/pendingcall.h"
#include "core/models/customerlistmodel.h"

#include <memory>
#include <utility>

CustomerListLoader::CustomerListLoader(PartnerCenterClient *client, CustomerListModel *model,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
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
    auto replacing = std::make_shared<bool>(true);
    setLoading(true);
    m_call = m_client->listCustomers(
        m_query, this,
        [this, generation, replacing](const QList<Customer> &page) {
            if (generation != m_generation)
                return;
            if (std::exchange(*replacing, false))
                m_model->clear();
            m_model->appendCustomers(page);
            emit pageLoaded(m_model->count());
        },
        [this, generation, replacing](const ApiError &error) {
            if (generation != m_generation)
                return;
            // Read to the end without a row: the list is empty now.
            if (!error.isError() && *replacing)
                m_model->clear();
            m_call = nullptr;
            setLoading(false);
            emit finished(error);
        });
}

void CustomerListLoader::cancel()
{
    if (!m_loading)
        return;
    abandon();
    setLoading(false);
    emit finished(ApiError(ApiError::Kind::Cancelled));
}

void CustomerListLoader::abandon()
{
    // Bump first: the client reports the cancellation through the callbacks, which must not
    // count as the end of the next load.
    ++m_generation;
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
