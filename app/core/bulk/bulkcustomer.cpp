#include "bulkcustomer.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

Customer BulkCustomer::toCustomer() const
{
    Customer c;
    c.id = customer.customerId;
    c.companyProfile.companyName = customer.companyName;
    c.companyProfile.domain = customer.domain;
    c.companyProfile.tenantId = customer.tenantId;
    c.relationshipToPartner = u"reseller"_s;
    return c;
}

QString BulkCustomer::blockersText(const OffboardPlan &plan)
{
    QStringList parts;
    for (const OffboardPlan::Blocker &b : plan.blockers()) {
        const QString what = b.itemName.isEmpty() ? b.what : tr("%1: %2").arg(b.itemName, b.what);
        parts.append(b.todo.isEmpty() ? what : tr("%1 %2").arg(what, b.todo));
    }
    return parts.join(u"; "_s);
}

QDateTime BulkCustomer::blockersUntil(const OffboardPlan &plan)
{
    QDateTime latest;
    for (const OffboardPlan::Blocker &b : plan.blockers()) {
        if (!b.until.isValid())
            return {};
        if (!latest.isValid() || b.until > latest)
            latest = b.until;
    }
    return latest;
}

int BulkCustomer::count(OffboardPlan::ActionKind kind) const
{
    return int(std::count_if(plan.actions().cbegin(), plan.actions().cend(),
                             [kind](const OffboardPlan::Action &a) { return a.kind == kind; }));
}
