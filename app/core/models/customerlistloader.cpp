#include "customerlistloader.h"

#include "core/api/partnercenterclient.h"
#include "core/api/pendingcall.h"
#include "core/models/customerlistmodel.h"

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
    m_model->clear();
    const quint64 generation = m_generation;
    setLoading(true);
    m_call = m_client->listCustomers(
        m_query, this,
        [this, generation](const QList<Customer> &page) {
            if (generation != m_generation)
                return;
            m_model->appendCustomers(page);
            emit pageLoaded(m_model->count());
        },
        [this, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
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
