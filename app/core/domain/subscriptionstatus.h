#pragma once

#include <QString>

// An open enumeration: a value Partner Center adds tomorrow is kept as Unknown with its raw
// text, never dropped and never mistaken for a known one.
class SubscriptionStatus
{
public:
    enum class Value { None, Active, Suspended, Deleted, Expired, Pending, Disabled, Unknown };

    SubscriptionStatus() = default;
    SubscriptionStatus(Value value);

    static SubscriptionStatus fromWire(const QString &raw);
    QString toWire() const;

    Value value() const { return m_value; }
    QString raw() const { return m_raw; }

    // What blocks removal: active, and pending, which becomes active.
    bool countsAsActive() const { return m_value == Value::Active || m_value == Value::Pending; }
    // Whether Partner Center still lets the status be changed at all.
    bool isChangeable() const;

    bool operator==(const SubscriptionStatus &other) const
    {
        return m_value == other.m_value && m_raw == other.m_raw;
    }

private:
    Value m_value = Value::None;
    QString m_raw = QStringLiteral("none");
};
