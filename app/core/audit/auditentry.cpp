#include "auditentry.h"

#include "core/domain/apierror.h"

#include <QJsonDocument>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr std::array<std::pair<AuditEntry::Outcome, QLatin1StringView>, 6> OutcomeNames{{
    {AuditEntry::Outcome::Attempted, "attempted"_L1},
    {AuditEntry::Outcome::Succeeded, "succeeded"_L1},
    {AuditEntry::Outcome::Failed, "failed"_L1},
    {AuditEntry::Outcome::Refused, "refused"_L1},
    {AuditEntry::Outcome::Cancelled, "cancelled"_L1},
    {AuditEntry::Outcome::Unknown, "unknown"_L1},
}};

void putIfSet(QJsonObject &json, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}
} // namespace

void AuditEntry::setError(const ApiError &error)
{
    httpStatus = error.httpStatus();
    errorCode = error.code();
    errorMessage = error.description().isEmpty() ? error.summary() : error.description();
    if (!error.correlationId().isEmpty())
        correlationId = error.correlationId();
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject json;
    json.insert("time"_L1, time.toUTC().toString(Qt::ISODateWithMs));
    putIfSet(json, "user"_L1, user);
    json.insert("action"_L1, action);
    putIfSet(json, "customerId"_L1, customerId);
    putIfSet(json, "customerName"_L1, customerName);
    putIfSet(json, "customerDomain"_L1, customerDomain);
    putIfSet(json, "itemId"_L1, itemId);
    putIfSet(json, "itemName"_L1, itemName);
    putIfSet(json, "oldStatus"_L1, oldStatus);
    putIfSet(json, "newStatus"_L1, newStatus);
    json.insert("outcome"_L1, outcomeToText(outcome));
    if (httpStatus != 0)
        json.insert("httpStatus"_L1, httpStatus);
    putIfSet(json, "errorCode"_L1, errorCode);
    putIfSet(json, "errorMessage"_L1, errorMessage);
    putIfSet(json, "correlationId"_L1, correlationId);
    return json;
}

AuditEntry AuditEntry::fromJson(const QJsonObject &json)
{
    AuditEntry entry;
    entry.time = QDateTime::fromString(json.value("time"_L1).toString(), Qt::ISODateWithMs);
    entry.user = json.value("user"_L1).toString();
    entry.action = json.value("action"_L1).toString();
    entry.customerId = json.value("customerId"_L1).toString();
    entry.customerName = json.value("customerName"_L1).toString();
    entry.customerDomain = json.value("customerDomain"_L1).toString();
    entry.itemId = json.value("itemId"_L1).toString();
    entry.itemName = json.value("itemName"_L1).toString();
    entry.oldStatus = json.value("oldStatus"_L1).toString();
    entry.newStatus = json.value("newStatus"_L1).toString();
    entry.outcome = outcomeFromText(json.value("outcome"_L1).toString());
    entry.httpStatus = json.value("httpStatus"_L1).toInt();
    entry.errorCode = json.value("errorCode"_L1).toString();
    entry.errorMessage = json.value("errorMessage"_L1).toString();
    entry.correlationId = json.value("correlationId"_L1).toString();
    return entry;
}

std::optional<AuditEntry> AuditEntry::fromLine(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

QString AuditEntry::outcomeToText(Outcome outcome)
{
    for (const auto &[known, name] : OutcomeNames) {
        if (known == outcome)
            return name;
    }
    return {};
}

AuditEntry::Outcome AuditEntry::outcomeFromText(const QString &text)
{
    for (const auto &[known, name] : OutcomeNames) {
        if (text == name)
            return known;
    }
    return Outcome::Attempted;
}
