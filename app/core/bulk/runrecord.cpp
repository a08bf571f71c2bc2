#include "runrecord.h"

#include "core/domain/apierror.h"
#include "core/domain/enumnames.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {
// The journal format; a reader skips records of a newer major version.
constexpr int FormatVersion = 1;

constexpr EnumNames TypeNames{std::array{
    std::pair{RunRecord::Type::RunStarted, "runStarted"_L1},
    std::pair{RunRecord::Type::RunResumed, "runResumed"_L1},
    std::pair{RunRecord::Type::ActionAttempted, "attempted"_L1},
    std::pair{RunRecord::Type::ActionOutcome, "outcome"_L1},
    std::pair{RunRecord::Type::CustomerFinished, "customerFinished"_L1},
    std::pair{RunRecord::Type::RunFinished, "runFinished"_L1},
}};
constexpr EnumNames ActionResultNames{std::array{
    std::pair{RunRecord::ActionResult::Succeeded, "succeeded"_L1},
    std::pair{RunRecord::ActionResult::Failed, "failed"_L1},
    std::pair{RunRecord::ActionResult::VerifiedAfterLostAnswer, "verifiedAfterLostAnswer"_L1},
    std::pair{RunRecord::ActionResult::Refused, "refused"_L1},
    std::pair{RunRecord::ActionResult::Unknown, "unknown"_L1},
}};
constexpr EnumNames CustomerResultNames{std::array{
    std::pair{RunRecord::CustomerResult::Removed, "removed"_L1},
    std::pair{RunRecord::CustomerResult::PreparedNotRemovable, "preparedNotRemovable"_L1},
    std::pair{RunRecord::CustomerResult::Unreadable, "unreadable"_L1},
    std::pair{RunRecord::CustomerResult::Failed, "failed"_L1},
    std::pair{RunRecord::CustomerResult::Cancelled, "cancelled"_L1},
    std::pair{RunRecord::CustomerResult::Unknown, "unknown"_L1},
}};
constexpr EnumNames RunEndNames{std::array{
    std::pair{RunRecord::RunEnd::Completed, "completed"_L1},
    std::pair{RunRecord::RunEnd::Cancelled, "cancelled"_L1},
}};

void putIfSet(QJsonObject &json, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}

QString text(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toString();
}

QJsonObject customerToJson(const RunCustomer &customer)
{
    QJsonObject json;
    putIfSet(json, "spec"_L1, customer.spec);
    putIfSet(json, "customerId"_L1, customer.customerId);
    putIfSet(json, "tenantId"_L1, customer.tenantId);
    putIfSet(json, "companyName"_L1, customer.companyName);
    putIfSet(json, "domain"_L1, customer.domain);
    return json;
}

RunCustomer customerFromJson(const QJsonObject &json)
{
    return {text(json, "spec"_L1), text(json, "customerId"_L1), text(json, "tenantId"_L1),
            text(json, "companyName"_L1), text(json, "domain"_L1)};
}

void putError(QJsonObject &json, const RecordedError &error)
{
    if (error.isEmpty())
        return;
    QJsonObject object;
    if (error.httpStatus != 0)
        object.insert("httpStatus"_L1, error.httpStatus);
    putIfSet(object, "code"_L1, error.code);
    putIfSet(object, "message"_L1, error.message);
    json.insert("error"_L1, object);
}

RecordedError errorFromJson(const QJsonObject &json)
{
    const QJsonObject object = json.value("error"_L1).toObject();
    return {object.value("httpStatus"_L1).toInt(), text(object, "code"_L1),
            text(object, "message"_L1)};
}
} // namespace

RecordedError RecordedError::from(const ApiError &error)
{
    if (!error.isError())
        return {};
    return {error.httpStatus(), error.code(),
            error.description().isEmpty() ? error.summary() : error.description()};
}

RunRecord RunRecord::runStarted(const QString &runId, const QList<RunCustomer> &customers,
                                const RunOptions &options)
{
    RunRecord record;
    record.type = Type::RunStarted;
    record.runId = runId;
    record.customers = customers;
    record.options = options;
    return record;
}

RunRecord RunRecord::runResumed()
{
    RunRecord record;
    record.type = Type::RunResumed;
    return record;
}

RunRecord RunRecord::forAction(Type type, const QString &customerId, const QString &action,
                               const QString &itemId, const QString &correlationId)
{
    RunRecord record;
    record.type = type;
    record.customerId = customerId;
    record.action = action;
    record.itemId = itemId;
    record.correlationId = correlationId;
    return record;
}

RunRecord RunRecord::attempted(const QString &customerId, const QString &action,
                               const QString &itemId, const QString &itemName,
                               const QString &correlationId, const QString &requestId)
{
    RunRecord record = forAction(Type::ActionAttempted, customerId, action, itemId, correlationId);
    record.itemName = itemName;
    record.requestId = requestId;
    return record;
}

RunRecord RunRecord::outcome(const QString &customerId, const QString &action,
                             const QString &itemId, ActionResult result,
                             const QString &correlationId, const RecordedError &error)
{
    RunRecord record = forAction(Type::ActionOutcome, customerId, action, itemId, correlationId);
    record.actionResult = result;
    record.error = error;
    return record;
}

RunRecord RunRecord::customerFinished(const QString &customerId, CustomerResult result,
                                      const QString &reason, const QDateTime &until,
                                      const RecordedError &error)
{
    RunRecord record;
    record.type = Type::CustomerFinished;
    record.customerId = customerId;
    record.customerResult = result;
    record.reason = reason;
    record.until = until;
    record.error = error;
    return record;
}

RunRecord RunRecord::runFinished(RunEnd end)
{
    RunRecord record;
    record.type = Type::RunFinished;
    record.runEnd = end;
    return record;
}

QString RunRecord::customerResultName(CustomerResult result)
{
    return CustomerResultNames.name(result);
}

QJsonObject RunRecord::toJson() const
{
    QJsonObject json;
    json.insert("v"_L1, FormatVersion);
    json.insert("seq"_L1, sequence);
    json.insert("type"_L1, TypeNames.name(type));
    json.insert("time"_L1, time.toUTC().toString(Qt::ISODateWithMs));
    switch (type) {
    case Type::RunStarted: {
        json.insert("runId"_L1, runId);
        QJsonArray list;
        for (const RunCustomer &customer : customers)
            list.append(customerToJson(customer));
        json.insert("customers"_L1, list);
        json.insert("keepAdminRelationships"_L1, options.keepAdminRelationships);
        json.insert("confirmCount"_L1, options.confirmCount);
        json.insert("confirmed"_L1, QJsonArray::fromStringList(options.confirmedIds));
        break;
    }
    case Type::RunResumed:
        break;
    case Type::ActionAttempted:
    case Type::ActionOutcome:
        json.insert("customerId"_L1, customerId);
        json.insert("action"_L1, action);
        putIfSet(json, "itemId"_L1, itemId);
        putIfSet(json, "itemName"_L1, itemName);
        putIfSet(json, "correlationId"_L1, correlationId);
        putIfSet(json, "requestId"_L1, requestId);
        if (type == Type::ActionOutcome)
            json.insert("result"_L1, ActionResultNames.name(actionResult));
        putError(json, error);
        break;
    case Type::CustomerFinished:
        json.insert("customerId"_L1, customerId);
        json.insert("result"_L1, CustomerResultNames.name(customerResult));
        putIfSet(json, "reason"_L1, reason);
        if (until.isValid())
            json.insert("until"_L1, until.toUTC().toString(Qt::ISODate));
        putError(json, error);
        break;
    case Type::RunFinished:
        json.insert("end"_L1, RunEndNames.name(runEnd));
        break;
    }
    return json;
}

std::optional<RunRecord> RunRecord::fromJson(const QJsonObject &json)
{
    const auto type = TypeNames.value(text(json, "type"_L1));
    if (!type || json.value("v"_L1).toInt() != FormatVersion)
        return std::nullopt;
    RunRecord record;
    record.type = *type;
    record.sequence = json.value("seq"_L1).toInteger();
    record.time = QDateTime::fromString(text(json, "time"_L1), Qt::ISODateWithMs);
    record.customerId = text(json, "customerId"_L1);
    record.error = errorFromJson(json);
    switch (record.type) {
    case Type::RunStarted: {
        record.runId = text(json, "runId"_L1);
        const QJsonArray list = json.value("customers"_L1).toArray();
        for (const QJsonValue &customer : list)
            record.customers.append(customerFromJson(customer.toObject()));
        record.options.keepAdminRelationships = json.value("keepAdminRelationships"_L1).toBool();
        record.options.confirmCount = json.value("confirmCount"_L1).toInt();
        for (const QJsonValue &id : json.value("confirmed"_L1).toArray())
            record.options.confirmedIds.append(id.toString());
        return record.runId.isEmpty() ? std::nullopt : std::optional(record);
    }
    case Type::RunResumed:
        return record;
    case Type::ActionAttempted:
    case Type::ActionOutcome: {
        record.action = text(json, "action"_L1);
        record.itemId = text(json, "itemId"_L1);
        record.itemName = text(json, "itemName"_L1);
        record.correlationId = text(json, "correlationId"_L1);
        record.requestId = text(json, "requestId"_L1);
        if (record.type == Type::ActionOutcome) {
            const auto result = ActionResultNames.value(text(json, "result"_L1));
            if (!result)
                return std::nullopt;
            record.actionResult = *result;
        }
        const bool named = !record.customerId.isEmpty() && !record.action.isEmpty();
        return named ? std::optional(record) : std::nullopt;
    }
    case Type::CustomerFinished: {
        const auto result = CustomerResultNames.value(text(json, "result"_L1));
        if (!result || record.customerId.isEmpty())
            return std::nullopt;
        record.customerResult = *result;
        record.reason = text(json, "reason"_L1);
        record.until = QDateTime::fromString(text(json, "until"_L1), Qt::ISODate);
        return record;
    }
    case Type::RunFinished: {
        const auto end = RunEndNames.value(text(json, "end"_L1));
        if (!end)
            return std::nullopt;
        record.runEnd = *end;
        return record;
    }
    }
    return std::nullopt;
}
