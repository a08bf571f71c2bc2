#pragma once

#include "sandbox/sandboxtypes.h"

#include <QJsonObject>

// Maps the sandbox records to and from JSON. The same camelCase shape serves the wire (GET
// answers) and the state file; `Wire` adds the objectType/etag attributes Partner Center sends.
class SandboxJson
{
public:
    enum class Form { State, Wire };

    // Case-insensitive key lookup: Partner Center mixes camelCase and PascalCase.
    static QJsonValue value(const QJsonObject &object, QStringView key);
    static QString string(const QJsonObject &object, QStringView key);

    static QString dateToString(const QDateTime &date);
    // Accepts ISO-8601 and relative values such as "+5d", "-40d", "+12h" (resolved against now).
    static QDateTime parseDate(const QJsonValue &value, const QDateTime &now);

    static QJsonObject subscriptionToJson(const SandboxSubscription &s, Form form);
    static SandboxSubscription subscriptionFromJson(const QJsonObject &o, const QDateTime &now);
    static QJsonObject entitlementToJson(const SandboxEntitlement &e, Form form);
    static SandboxEntitlement entitlementFromJson(const QJsonObject &o, const QDateTime &now);
    static QJsonObject orderToJson(const SandboxOrder &order);
    static SandboxOrder orderFromJson(const QJsonObject &o, const QDateTime &now);
    static QJsonObject customerToListItem(const SandboxCustomer &c);
    static QJsonObject customerToWire(const SandboxCustomer &c);
    static QJsonObject customerToState(const SandboxCustomer &c);
    static SandboxCustomer customerFromState(const QJsonObject &o, const QDateTime &now);
    static QJsonObject userToJson(const SandboxUser &u);
    static SandboxUser userFromJson(const QJsonObject &o);

    // Some Partner Center PATCH answers use PascalCase keys; enum values stay as they are.
    static QJsonObject toPascalCase(const QJsonObject &object);
};
