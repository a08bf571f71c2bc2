#include "subscriptionstatus.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr std::array<std::pair<SubscriptionStatus::Value, QLatin1StringView>, 7> WireNames{{
    {SubscriptionStatus::Value::None, "none"_L1},
    {SubscriptionStatus::Value::Active, "active"_L1},
    {SubscriptionStatus::Value::Suspended, "suspended"_L1},
    {SubscriptionStatus::Value::Deleted, "deleted"_L1},
    {SubscriptionStatus::Value::Expired, "expired"_L1},
    {SubscriptionStatus::Value::Pending, "pending"_L1},
    {SubscriptionStatus::Value::Disabled, "disabled"_L1},
}};
} // namespace

SubscriptionStatus::SubscriptionStatus(Value value)
    : m_value(value)
{
    for (const auto &[known, name] : WireNames) {
        if (known == value)
            m_raw = name;
    }
}

SubscriptionStatus SubscriptionStatus::fromWire(const QString &raw)
{
    for (const auto &[known, name] : WireNames) {
        if (raw.compare(name, Qt::CaseInsensitive) == 0)
            return SubscriptionStatus(known);
    }
    SubscriptionStatus unknown;
    unknown.m_value = Value::Unknown;
    unknown.m_raw = raw;
    return unknown;
}

QString SubscriptionStatus::toWire() const
{
    return m_raw;
}

bool SubscriptionStatus::isChangeable() const
{
    return m_value == Value::Active || m_value == Value::Suspended || m_value == Value::Pending;
}

QString SubscriptionStatus::displayName() const
{
    switch (m_value) {
    case Value::None:
        return tr("None", "subscription status");
    case Value::Active:
        return tr("Active", "subscription status");
    case Value::Suspended:
        return tr("Suspended", "subscription status, as chosen in the status selector");
    case Value::Deleted:
        return tr("Cancelled", "subscription status (deleted on the wire)");
    case Value::Expired:
        return tr("Expired", "subscription status");
    case Value::Pending:
        return tr("Pending", "subscription status");
    case Value::Disabled:
        return tr("Disabled", "subscription status");
    case Value::Unknown:
        break;
    }
    return tr("Unknown (%1)", "subscription status the app does not know; %1 is the raw value")
        .arg(m_raw);
}
