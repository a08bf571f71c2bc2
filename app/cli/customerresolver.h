#pragma once

#include "core/domain/apierror.h"
#include "core/domain/customer.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class PartnerCenterClient;
class PendingCall;

// Finds the customer a command line names: by customer ID or Microsoft ID (tenant ID), or by
// primary domain (a server-side starts_with query, then an exact match). Calls back once:
// with the customer, with nothing when none matches, or with the server's error.
class CustomerResolver : public QObject
{
    Q_OBJECT

public:
    using Done =
        std::function<void(const std::optional<Customer> &customer, const ApiError &error)>;

    explicit CustomerResolver(PartnerCenterClient *client, QObject *parent = nullptr);

    void resolve(const QString &spec, Done done);

    static bool looksLikeId(const QString &spec);

private:
    // Pages through the customers the query returns and keeps the first that matches.
    void search(bool byDomain, Done done);
    bool matches(const Customer &customer, bool byDomain) const;

    PartnerCenterClient *m_client;
    QString m_spec;
    std::optional<Customer> m_found;
    QPointer<PendingCall> m_call;
};
