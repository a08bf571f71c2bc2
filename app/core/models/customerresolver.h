#pragma once

#include "core/bulk/customerdirectory.h"
#include "core/domain/apierror.h"
#include "core/domain/customer.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class CustomerListImport;
class CustomerListLoader;
class CustomerListModel;
class PartnerCenterClient;
class PendingCall;

// Finds the customers a command line or an imported list names, by customer ID, Microsoft ID
// (tenant ID) or primary domain, with as few requests as the case allows:
// - one customer: GET /customers/{id} for an ID, a server-side starts_with query for a domain;
// - a list: the partner's whole customer list, loaded once (one request per 500 customers),
//   then every entry matched locally, however long the list.
// Calls back once per request: with the result, or with the server's error.
class CustomerResolver : public QObject
{
    Q_OBJECT

public:
    using Done =
        std::function<void(const std::optional<Customer> &customer, const ApiError &error)>;
    using ListDone = std::function<void(const ImportResolution &resolution, const ApiError &error)>;

    explicit CustomerResolver(PartnerCenterClient *client, QObject *parent = nullptr);

    // With nothing when no customer matches.
    void resolve(const QString &spec, Done done);
    void resolveList(const CustomerListImport &import, ListDone done);

    static bool looksLikeId(const QString &spec);

private:
    // Pages through the customers the query returns and keeps the first that matches.
    void search(bool byDomain, Done done);

    PartnerCenterClient *m_client;
    QString m_spec;
    std::optional<Customer> m_found;
    QPointer<PendingCall> m_call;
    CustomerListModel *m_list = nullptr;
    CustomerListLoader *m_loader = nullptr;
};
