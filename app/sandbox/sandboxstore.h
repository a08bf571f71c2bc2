#pragma once

#include "sandbox/sandboxtypes.h"

#include <QHash>
#include <QJsonObject>

#include <vector>

// The sandbox's in-memory state: partner, users, customers with their subscriptions,
// entitlements and orders. Listed customers are kept in a sorted index so a page costs
// O(page), not O(customers).
class SandboxStore
{
public:
    void clear();

    QString partnerId() const { return m_partnerId; }
    QString partnerName() const { return m_partnerName; }
    QString partnerDomain() const { return m_partnerDomain; }
    void setPartner(const QString &id, const QString &name, const QString &domain);

    const QList<SandboxUser> &users() const { return m_users; }
    void setUsers(const QList<SandboxUser> &users) { m_users = users; }
    const SandboxUser *user(const QString &login) const;
    // The three standard users (admin, sales, helpdesk) for the partner domain.
    void addDefaultUsers();

    // Adds or replaces a customer (removed ones included: they stay in the state file).
    void putCustomer(const SandboxCustomer &customer);
    void putCustomer(SandboxCustomer &&customer);
    void reserve(int customers) { m_customers.reserve(customers); }
    SandboxCustomer *customer(const QString &id);
    const SandboxCustomer *customer(const QString &id) const;
    int customerCount() const { return int(m_customers.size()); }
    // By Microsoft Entra tenant id (Graph names customers so), removed customers included.
    SandboxCustomer *customerByTenant(const QString &tenantId);
    // Every customer, removed ones included, in a stable order (by id).
    QList<const SandboxCustomer *> allCustomers() const;

    // Customers with a relationship, sorted by company name (case-insensitive), then id.
    int listedCount() const;
    const SandboxCustomer &listedAt(int index) const;
    // Sort key (case-folded company name) of a listed customer, and the first index whose key
    // is not less than `foldedName`: company-name prefixes are contiguous in the list.
    const QString &listedKey(int index) const;
    int listedLowerBound(const QString &foldedName) const;
    // Sets the relationship; "none" takes the customer off the list, anything else restores it.
    void setRelationship(const QString &customerId, const QString &relationship);

    SandboxSubscription *subscription(const QString &customerId, const QString &subscriptionId);

    QJsonObject toJson() const;
    // Relative dates ("+5d") in the JSON are resolved against now.
    bool fromJson(const QJsonObject &json, const QDateTime &now, QString *error = nullptr);

    static QString newEtag();
    static QString newGuid();

private:
    void ensureSorted() const;

    QString m_partnerId;
    QString m_partnerName;
    QString m_partnerDomain;
    QList<SandboxUser> m_users;
    QHash<QString, SandboxCustomer> m_customers;
    mutable std::vector<std::pair<QString, QString>> m_order; // (case-folded name, id)
    mutable bool m_orderDirty = false;
};
