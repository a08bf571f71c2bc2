#include "sandboxstore.h"
#include "sandbox/sandboxjson.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

void SandboxStore::clear()
{
    m_partnerId.clear();
    m_partnerName.clear();
    m_partnerDomain.clear();
    m_users.clear();
    m_customers.clear();
    m_order.clear();
    m_orderDirty = false;
}

void SandboxStore::setPartner(const QString &id, const QString &name, const QString &domain)
{
    m_partnerId = id;
    m_partnerName = name;
    m_partnerDomain = domain;
}

const SandboxUser *SandboxStore::user(const QString &login) const
{
    for (const SandboxUser &u : m_users) {
        if (u.login.compare(login, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

void SandboxStore::addDefaultUsers()
{
    const QString domain =
        m_partnerDomain.isEmpty() ? u"partnerdesk-demo.onmicrosoft.com"_s : m_partnerDomain;
    m_users = {
        {u"admin"_s,
         u"Adéla Nováková"_s,
         u"admin@"_s + domain,
         u"3f1c9a52-7d0e-4b8a-9c61-2b5e8d4f7a10"_s,
         {u"AdminAgent"_s},
         true},
        {u"sales"_s,
         u"Szymon Wiśniewski"_s,
         u"sales@"_s + domain,
         u"8b2d4e6f-1a3c-4e5b-8d7f-9c0a1b2c3d4e"_s,
         {u"SalesAgent"_s},
         false},
        {u"helpdesk"_s,
         u"Tomáš Dvořák"_s,
         u"helpdesk@"_s + domain,
         u"c4d5e6f7-0819-4a2b-bc3d-4e5f60718293"_s,
         {u"HelpdeskAgent"_s},
         false},
        // Signs in as an indirect reseller's admin: may manage, may not remove.
        {u"reseller"_s,
         u"Zuzana Horváthová"_s,
         u"reseller@"_s + domain,
         u"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"_s,
         {u"AdminAgent"_s},
         false,
         true},
    };
}

void SandboxStore::putCustomer(const SandboxCustomer &customer)
{
    m_customers.insert(customer.id, customer);
    m_orderDirty = true;
}

void SandboxStore::putCustomer(SandboxCustomer &&customer)
{
    const QString id = customer.id;
    m_customers.insert(id, std::move(customer));
    m_orderDirty = true;
}

SandboxCustomer *SandboxStore::customer(const QString &id)
{
    auto it = m_customers.find(id);
    return it == m_customers.end() ? nullptr : &it.value();
}

const SandboxCustomer *SandboxStore::customer(const QString &id) const
{
    auto it = m_customers.constFind(id);
    return it == m_customers.constEnd() ? nullptr : &it.value();
}

void SandboxStore::ensureSorted() const
{
    if (!m_orderDirty)
        return;
    m_order.clear();
    m_order.reserve(m_customers.size());
    for (auto it = m_customers.constBegin(); it != m_customers.constEnd(); ++it) {
        if (it->isListed())
            m_order.emplace_back(it->companyName.toCaseFolded(), it->id);
    }
    std::sort(m_order.begin(), m_order.end());
    m_orderDirty = false;
}

int SandboxStore::listedCount() const
{
    ensureSorted();
    return int(m_order.size());
}

const SandboxCustomer &SandboxStore::listedAt(int index) const
{
    ensureSorted();
    return *m_customers.constFind(m_order.at(std::size_t(index)).second);
}

const QString &SandboxStore::listedKey(int index) const
{
    ensureSorted();
    return m_order.at(std::size_t(index)).first;
}

int SandboxStore::listedLowerBound(const QString &foldedName) const
{
    ensureSorted();
    const auto pos = std::lower_bound(m_order.begin(), m_order.end(), foldedName,
                                      [](const std::pair<QString, QString> &entry,
                                         const QString &key) { return entry.first < key; });
    return int(pos - m_order.begin());
}

void SandboxStore::setRelationship(const QString &customerId, const QString &relationship)
{
    SandboxCustomer *c = customer(customerId);
    if (!c)
        return;
    const bool wasListed = c->isListed();
    c->relationship = relationship;
    if (wasListed == c->isListed() || m_orderDirty)
        return;
    // Keep the index sorted without a full rebuild: one removal or insertion.
    const std::pair<QString, QString> key{c->companyName.toCaseFolded(), c->id};
    const auto pos = std::lower_bound(m_order.begin(), m_order.end(), key);
    if (wasListed) {
        if (pos != m_order.end() && *pos == key)
            m_order.erase(pos);
    } else {
        m_order.insert(pos, key);
    }
}

SandboxCustomer *SandboxStore::customerByTenant(const QString &tenantId)
{
    // The tenant id is the customer id almost always; otherwise look through them all.
    if (SandboxCustomer *c = customer(tenantId); c && c->tenantId == tenantId)
        return c;
    for (SandboxCustomer &c : m_customers) {
        if (c.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QList<const SandboxCustomer *> SandboxStore::allCustomers() const
{
    QList<const SandboxCustomer *> out;
    out.reserve(m_customers.size());
    for (const SandboxCustomer &c : m_customers)
        out.append(&c);
    std::sort(out.begin(), out.end(),
              [](const SandboxCustomer *a, const SandboxCustomer *b) { return a->id < b->id; });
    return out;
}

SandboxSubscription *SandboxStore::subscription(const QString &customerId,
                                                const QString &subscriptionId)
{
    SandboxCustomer *c = customer(customerId);
    if (!c)
        return nullptr;
    for (SandboxSubscription &s : c->subscriptions) {
        if (s.id.compare(subscriptionId, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QJsonObject SandboxStore::toJson() const
{
    QJsonArray users, customers;
    for (const SandboxUser &u : m_users)
        users.append(SandboxJson::userToJson(u));
    // Sorted by id so the state file diffs cleanly between saves.
    QStringList ids = m_customers.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids))
        customers.append(SandboxJson::customerToState(m_customers.value(id)));
    return {{u"partner"_s, QJsonObject{{u"id"_s, m_partnerId},
                                       {u"name"_s, m_partnerName},
                                       {u"domain"_s, m_partnerDomain}}},
            {u"users"_s, users},
            {u"customers"_s, customers}};
}

bool SandboxStore::fromJson(const QJsonObject &json, const QDateTime &now, QString *error)
{
    const QJsonValue customersValue = SandboxJson::value(json, u"customers");
    if (!customersValue.isArray()) {
        if (error)
            *error = u"The sandbox data has no \"customers\" array."_s;
        return false;
    }
    clear();
    const QJsonObject partner = SandboxJson::value(json, u"partner").toObject();
    setPartner(SandboxJson::string(partner, u"id"), SandboxJson::string(partner, u"name"),
               SandboxJson::string(partner, u"domain"));
    if (m_partnerId.isEmpty())
        m_partnerId = u"4b1f2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"_s;
    const QJsonArray users = SandboxJson::value(json, u"users").toArray();
    for (const QJsonValue &u : users)
        m_users.append(SandboxJson::userFromJson(u.toObject()));
    if (m_users.isEmpty())
        addDefaultUsers();
    const QJsonArray customers = customersValue.toArray();
    for (const QJsonValue &v : customers) {
        SandboxCustomer c = SandboxJson::customerFromState(v.toObject(), now);
        if (c.id.isEmpty()) {
            if (error)
                *error = u"A customer in the sandbox data has no \"id\"."_s;
            clear();
            return false;
        }
        for (SandboxSubscription &s : c.subscriptions) {
            if (s.etag.isEmpty())
                s.etag = newEtag();
        }
        putCustomer(c);
    }
    return true;
}

QString SandboxStore::newEtag()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

QString SandboxStore::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
