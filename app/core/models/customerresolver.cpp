#include "customerresolver.h"

#include "core/api/partnercenterclient.h"
#include "core/api/pendingcall.h"
#include "core/models/customerlistloader.h"
#include "core/models/customerlistmodel.h"

#include <QUuid>

CustomerResolver::CustomerResolver(PartnerCenterClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

bool CustomerResolver::looksLikeId(const QString &spec)
{
    return !QUuid::fromString(spec).isNull();
}

void CustomerResolver::resolve(const QString &spec, Done done)
{
    m_spec = spec.trimmed();
    m_found.reset();
    if (!looksLikeId(m_spec)) {
        search(true, std::move(done));
        return;
    }
    m_call = m_client->getCustomer(m_spec, this, [this, done](const Result<Customer> &result) {
        if (result.ok() && result.value().hasRelationship()) {
            done(result.value(), {});
            return;
        }
        // Partner Center's customer ID is usually the tenant ID, but not always: a 404 may
        // still be a Microsoft ID, which only the list tells.
        if (result.ok() || result.error().httpStatus() == 404) {
            search(false, done);
            return;
        }
        done(std::nullopt, result.error());
    });
}

void CustomerResolver::search(bool byDomain, Done done)
{
    const CustomerQuery query =
        byDomain ? CustomerQuery::domainStartsWith(m_spec) : CustomerQuery();
    m_call = m_client->listCustomers(
        query, this,
        [this](const QList<Customer> &page) {
            if (m_found)
                return;
            for (const Customer &customer : page) {
                if (CustomerDirectory::matches(customer, m_spec)) {
                    // The remaining pages are read and ignored: cancelling from inside a page
                    // callback is not something the client promises to handle.
                    m_found = customer;
                    return;
                }
            }
        },
        [this, done](const ApiError &error) {
            if (m_found)
                done(m_found, {});
            else if (error.isError())
                done(std::nullopt, error);
            else
                done(std::nullopt, {});
        });
}

void CustomerResolver::resolveList(const CustomerListImport &import, ListDone done)
{
    if (!m_loader) {
        m_list = new CustomerListModel(this);
        m_loader = new CustomerListLoader(m_client, m_list, this);
    }
    disconnect(m_loader, &CustomerListLoader::finished, this, nullptr);
    connect(m_loader, &CustomerListLoader::finished, this,
            [this, import, done](const ApiError &error) {
                // Matching against half a list would call customers unknown who are not.
                if (error.isError())
                    done({}, error);
                else
                    done(CustomerDirectory::of(*m_list).resolve(import), {});
            });
    m_loader->reload();
}
