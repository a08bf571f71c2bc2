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
