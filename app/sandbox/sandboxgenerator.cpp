#include "sandboxgenerator.h"
#include "sandbox/sandboxstore.h"

#include <QRandomGenerator>
#include <QUuid>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Offer
{
    QString name;
    QString offerId;
    QString productType; // empty = legacy license-based
    QString billingCycle;
    QString term;
};

const std::array<Offer, 8> &offers()
{
    static const std::array<Offer, 8> table{{
        {u"Microsoft 365 Business Standard"_s, u"CFQ7TTC0LDPB:0001:P1M"_s, u"OnlineServicesNCE"_s,
         u"monthly"_s, u"P1M"_s},
        {u"Microsoft 365 Business Premium"_s, u"CFQ7TTC0LCHC:0002:P1Y"_s, u"OnlineServicesNCE"_s,
         u"annual"_s, u"P1Y"_s},
        {u"Office 365 E3"_s, u"CFQ7TTC0LF8Q:0001:P1Y"_s, u"OnlineServicesNCE"_s, u"monthly"_s,
         u"P1Y"_s},
        {u"Exchange Online (Plan 1)"_s,
         u"195416C1-3447-423A-B37B-EE59A99A19C4"_s,
         {},
         u"monthly"_s,
         u"P1M"_s},
        {u"Microsoft Defender for Office 365 (Plan 1)"_s, u"CFQ7TTC0LH0R:0001:P1M"_s,
         u"OnlineServicesNCE"_s, u"monthly"_s, u"P1M"_s},
        {u"Office 365 E1"_s, u"91FD106F-4B2C-4938-95AC-F54F74E9A239"_s, {}, u"monthly"_s, u"P1M"_s},
        {u"Microsoft Teams Essentials"_s, u"CFQ7TTC0QW7C:0002:P1M"_s, u"OnlineServicesNCE"_s,
         u"monthly"_s, u"P1M"_s},
        {u"Azure plan"_s, u"DZH318Z0BPS6:0001"_s, u"Azure"_s, u"monthly"_s, {}},
    }};
    return table;
}

const std::array<QString, 5> statuses{u"active"_s, u"suspended"_s, u"deleted"_s, u"expired"_s,
                                      u"pending"_s};

QString guid(QRandomGenerator &random)
{
    const quint64 a = random.generate64();
    const quint64 b = random.generate64();
    // Version 4 / variant 1 bits, so the ids look like the real thing.
    return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0fff) | 0x4000),
                 uchar(((b >> 56) & 0x3f) | 0x80), uchar(b >> 48), uchar(b >> 40), uchar(b >> 32),
                 uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b))
        .toString(QUuid::WithoutBraces);
}

// Role sets partners commonly ask for (Microsoft Entra built-in role template ids).
const std::array<QStringList, 4> &roleSets()
{
    static const QString directoryReaders = u"88d8e3e3-8f55-4a1e-953a-9b9898b8876b"_s;
    static const std::array<QStringList, 4> sets{{
        {directoryReaders, u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s,
         u"fe930be7-5e62-47db-91af-98c3a49a38b1"_s}, // + Helpdesk, User Administrator
        {directoryReaders, u"29232cdf-9323-42fd-ade2-1d097af3e4de"_s,
         u"f28a1f50-f6e7-4571-818b-6a12f2af6b6c"_s,
         u"69091246-20e8-4a56-aa4d-066075b2a7a8"_s}, // + Exchange, SharePoint, Teams
        {u"62e90394-69f5-4237-9190-012177145e10"_s}, // Global Administrator
        {directoryReaders, u"f2ef992c-3afb-46b9-b7cf-a126ee74c451"_s}, // + Global Reader
    }};
    return sets;
}

// 0–3 relationships, mostly active, some in the other states a partner meets.
void addAdminRelationships(SandboxCustomer &c, QRandomGenerator &random, const QDateTime &now)
{
    static const std::array<QString, 8> states{u"active"_s, u"active"_s,         u"active"_s,
                                               u"active"_s, u"expired"_s,        u"terminated"_s,
                                               u"active"_s, u"approvalPending"_s};
    static const std::array<QString, 4> names{u"Helpdesk"_s, u"Workloads"_s, u"Emergency"_s,
                                              u"Read only"_s};
    const int count = random.bounded(4);
    for (int i = 0; i < count; ++i) {
        SandboxAdminRelationship r;
        r.id = guid(random) + u'-' + c.tenantId;
        const int set = random.bounded(int(roleSets().size()));
        r.displayName = u"%1 %2"_s.arg(names.at(set), c.domain.section(u'.', 0, 0)).left(50);
        r.roleDefinitionIds = roleSets().at(set);
        r.status = states.at(random.bounded(int(states.size())));
        r.createdDateTime = now.addDays(-1 - random.bounded(700));
        if (r.status != u"approvalPending") {
            r.activatedDateTime = r.createdDateTime.addDays(1);
            r.endDateTime = r.activatedDateTime.addDays(730);
        }
        if (r.status == u"expired")
            r.endDateTime = now.addDays(-1 - random.bounded(30));
        if (r.status == u"terminated")
            r.endDateTime = now.addDays(-1 - random.bounded(300));
        if (r.status == u"active" && r.endDateTime <= now)
            r.endDateTime = now.addDays(1 + random.bounded(400));
        c.adminRelationships.append(r);
    }
}

} // namespace

void SandboxGenerator::generate(SandboxStore &store, int customers, quint32 seed,
                                const QDateTime &now)
{
    static const std::array<QString, 12> first{
        u"Contoso"_s,   u"Fabrikam"_s,  u"Northwind"_s, u"Tailspin"_s, u"Adatum"_s,  u"Litware"_s,
        u"Proseware"_s, u"Woodgrove"_s, u"Žlutý"_s,     u"Łąkowy"_s,   u"Wingtip"_s, u"Alpine"_s};
    static const std::array<QString, 8> second{u"Traders"_s,    u"Systems"_s, u"Logistika"_s,
                                               u"Energie"_s,    u"Handel"_s,  u"Studio"_s,
                                               u"Consulting"_s, u"Foods"_s};
    static const std::array<QString, 5> forms{u"s.r.o."_s, u"a.s."_s, u"sp. z o.o."_s, u"Ltd"_s,
                                              u"GmbH"_s};
    static const std::array<QString, 4> countries{u"CZ"_s, u"PL"_s, u"DE"_s, u"GB"_s};

    const QString partnerId = store.partnerId();
    const QString partnerName = store.partnerName();
    const QString partnerDomain = store.partnerDomain();
    const QList<SandboxUser> users = store.users();
    store.clear();
    store.setPartner(partnerId, partnerName, partnerDomain);
    store.setUsers(users);
    if (store.users().isEmpty())
        store.addDefaultUsers();

    QRandomGenerator random(seed);
    // A stream of its own, so the subscriptions stay what they were for a given seed.
    QRandomGenerator graphRandom(seed ^ 0x9e3779b9u);
    const int count = qMax(0, customers);
    store.reserve(count);
    for (int i = 0; i < count; ++i) {
        SandboxCustomer c;
        c.id = guid(random);
        c.tenantId = c.id;
        c.commerceId = guid(random);
        const QString &a = first.at(random.bounded(int(first.size())));
        const QString &b = second.at(random.bounded(int(second.size())));
        c.companyName = u"%1 %2 %3 %4"_s.arg(a, b, QString::number(i + 1),
                                             forms.at(random.bounded(int(forms.size()))));
        c.domain =
            u"%1%2%3.onmicrosoft.com"_s.arg(a.toLower(), b.toLower(), QString::number(i + 1));
        c.email = u"it@"_s + c.domain;
        c.firstName = u"Jana"_s;
        c.lastName = u"Svobodová"_s;
        c.billingId = c.commerceId;
        c.address.country = countries.at(random.bounded(int(countries.size())));
        c.address.city = c.address.country == u"PL" ? u"Kraków"_s : u"Brno"_s;
        c.address.addressLine1 = u"Hlavní %1"_s.arg(i % 200 + 1);
        c.address.postalCode = u"60200"_s;
        c.address.phoneNumber = u"+420 500 %1"_s.arg(i % 1000000, 6, 10, QChar(u'0'));
        const int subscriptionCount = random.bounded(6);
        for (int s = 0; s < subscriptionCount; ++s) {
            const Offer &offer = offers().at(random.bounded(int(offers().size())));
            SandboxSubscription sub;
            sub.id = guid(random);
            sub.offerId = offer.offerId;
            sub.offerName = offer.name;
            sub.friendlyName = offer.name;
            sub.productTypeId = offer.productType;
            sub.productTypeName = offer.productType == u"Azure" ? u"Azure"_s
                                  : offer.productType.isEmpty() ? QString()
                                                                : u"OnlineServices"_s;
            sub.quantity = offer.productType == u"Azure" ? 1 : 1 + random.bounded(250);
            sub.status = statuses.at(random.bounded(int(statuses.size())));
            sub.billingCycle = offer.billingCycle;
            sub.termDuration = offer.term;
            sub.billingType = offer.productType == u"Azure" ? u"usage"_s : u"license"_s;
            const int ageDays = 1 + random.bounded(700);
            sub.creationDate = now.addDays(-ageDays);
            sub.effectiveStartDate = sub.creationDate;
            if (!offer.term.isEmpty())
                sub.commitmentEndDate = now.addDays(1 + random.bounded(365));
            if (offer.productType == u"OnlineServicesNCE")
                sub.cancellationAllowedUntilDate = sub.creationDate.addDays(7);
            sub.orderId = guid(random);
            sub.etag = QString::number(random.generate64(), 36);
            if (sub.isAzurePlan()) {
                for (int a = graphRandom.bounded(4); a > 0; --a)
                    sub.azureEntitlements.append(
                        {guid(graphRandom), u"Azure subscription %1"_s.arg(a),
                         graphRandom.bounded(3) == 0 ? u"disabled"_s : u"active"_s});
            }
            c.subscriptions.append(std::move(sub));
        }
        addAdminRelationships(c, graphRandom, now);
        store.putCustomer(std::move(c));
    }
}
