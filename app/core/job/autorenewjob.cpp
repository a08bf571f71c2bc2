#include "autorenewjob.h"

#include "core/audit/auditaction.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QString wire(bool enabled)
{
    return enabled ? u"on"_s : u"off"_s;
}
} // namespace

AutoRenewJob::AutoRenewJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
                           const Subscription &subscription, bool enabled, QObject *parent)
    : Job(std::move(state), audit, parent)
    , m_subscription(subscription)
    , m_enabled(enabled)
{
}

void AutoRenewJob::run()
{
    setTotal(1);
    const Subscription &s = m_subscription;
    Change c;
    c.item = {s.id, s.displayName(), AuditAction::name(AuditAction::SetAutoRenew),
              wire(s.autoRenewEnabled), wire(m_enabled)};
    c.send = [this](Change::Sent sent) {
        return client()->setAutoRenew(
            state()->customerId(), m_subscription, m_enabled, this,
            [this, sent](const Result<Subscription> &result) {
                if (result.ok())
                    state()->applySubscription(result.value());
                sent(result.error(),
                     result.ok() ? wire(result.value().autoRenewEnabled) : QString());
            },
            callOptions());
    };
    c.readBack = CustomerState::Part::Subscriptions;
    c.applied = [this](const ApiError &readError) {
        const Subscription *now = state()->subscription(m_subscription.id);
        return !readError.isError() && now && now->autoRenewEnabled == m_enabled;
    };
    change(c, [this](const JobItem &, bool) { finish(); });
}
