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

void BulkCustomer::restore(const RunCustomerState &journaled)
{
    stage = Stage::Finished;
    fromJournal = true;
    result = journaled.result;
    reason = journaled.reason;
    until = journaled.until;
    if (!journaled.error.isEmpty())
        error = ApiError(ApiError::Kind::Http, journaled.error.message);
}

JobItem BulkCustomer::item(bool planning) const
{
    using Result = RunRecord::CustomerResult;
    JobItem out(customer.customerId, customer.companyName, {}, {}, {});
    out.error = error;
    switch (result.value_or(Result::Failed)) {
    case Result::Removed:
        out.outcome = JobItem::Outcome::Succeeded;
        break;
    case Result::PreparedNotRemovable:
        out.outcome = planning ? JobItem::Outcome::Succeeded : JobItem::Outcome::Refused;
        break;
    case Result::Cancelled:
        out.outcome = JobItem::Outcome::Cancelled;
        break;
    case Result::Unknown:
        out.outcome = JobItem::Outcome::Unknown;
        break;
    case Result::Unreadable:
    case Result::Failed:
        out.outcome = JobItem::Outcome::Failed;
        break;
    }
    return out;
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

int BulkCustomer::cancelCount() const
{
    return count(OffboardPlan::ActionKind::Cancel) + count(OffboardPlan::ActionKind::CancelOrder);
}
