#include "bulkreport.h"

#include "core/domain/enumnames.h"
#include "core/models/tablecsvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace {
using CustomerResult = RunRecord::CustomerResult;

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

constexpr EnumNames ActionStatusNames{std::array{
    std::pair{RunActionState::Status::InDoubt, "inDoubt"_L1},
    std::pair{RunActionState::Status::Succeeded, "succeeded"_L1},
    std::pair{RunActionState::Status::VerifiedAfterLostAnswer, "verifiedAfterLostAnswer"_L1},
    std::pair{RunActionState::Status::Failed, "failed"_L1},
    std::pair{RunActionState::Status::Refused, "refused"_L1},
}};

QJsonObject customerJson(const RunCustomer &c)
{
    return {{u"spec"_s, c.spec},
            {u"customerId"_s, c.customerId},
            {u"tenantId"_s, c.tenantId},
            {u"companyName"_s, c.companyName},
            {u"domain"_s, c.domain}};
}

QString resultName(const std::optional<CustomerResult> &result)
{
    return result ? RunRecord::customerResultName(*result) : u"notStarted"_s;
}
} // namespace

QString BulkReport::resultText(RunRecord::CustomerResult result)
{
    switch (result) {
    case CustomerResult::Removed:
        return tr("Removed");
    case CustomerResult::PreparedNotRemovable:
        return tr("Prepared, not removable yet");
    case CustomerResult::Unreadable:
        return tr("Could not be read");
    case CustomerResult::Failed:
        return tr("Failed");
    case CustomerResult::Cancelled:
        return tr("Cancelled");
    case CustomerResult::Unknown:
        return tr("Outcome unknown");
    }
    return {};
}

QString BulkReport::plannedText(RunRecord::CustomerResult result)
{
    switch (result) {
    case CustomerResult::Removed:
        return tr("Will be removed");
    case CustomerResult::PreparedNotRemovable:
        return tr("Will be prepared, cannot be removed yet");
    default:
        return resultText(result);
    }
}

QString BulkReport::actionResultText(RunActionState::Status status)
{
    switch (status) {
    case RunActionState::Status::InDoubt:
        return tr("Not known: no answer came, and it was not read back yet");
    case RunActionState::Status::Succeeded:
        return tr("Done");
    case RunActionState::Status::VerifiedAfterLostAnswer:
        return tr("Done (answer lost, read back)");
    case RunActionState::Status::Failed:
        return tr("Failed");
    case RunActionState::Status::Refused:
        return tr("Refused");
    }
    return {};
}

QString BulkReport::notStartedText()
{
    return tr("Not started");
}

QString BulkReport::reasonText(const QString &reason, const QDateTime &until)
{
    return until.isValid()
               ? tr("%1 (until %2)", "why a customer is not removed, and until when")
                     .arg(reason, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
               : reason;
}

QString BulkReport::whatToDo(const RunCustomerState &customer)
{
    if (!customer.result || *customer.result == CustomerResult::Cancelled)
        return tr("Resume the run, or offboard it again.");
    switch (*customer.result) {
    case CustomerResult::Removed:
        return {};
    case CustomerResult::Unknown:
        return tr("Resume the run: it reads the customer back before anything is sent again.");
    case CustomerResult::PreparedNotRemovable:
        return customer.until.isValid() ? tr("Offboard it again after %1.")
                                              .arg(QLocale().toString(customer.until.toLocalTime(),
                                                                      QLocale::ShortFormat))
                                        : tr("Clear what blocks, then offboard it again.");
    default:
        return tr("Check the error, then offboard it again.");
    }
}

QJsonObject BulkReport::runJson(const RunState &run)
{
    QJsonArray customers;
    for (const RunCustomerState &c : run.customers()) {
        QJsonArray actions;
        for (const RunActionState &a : c.actions) {
            QJsonObject action{{u"action"_s, a.action},
                               {u"itemId"_s, a.itemId},
                               {u"itemName"_s, a.itemName},
                               {u"result"_s, QString(ActionStatusNames.name(a.status))},
                               {u"correlationId"_s, a.correlationId},
                               {u"attempts"_s, a.attempts}};
            if (!a.error.isEmpty())
                action.insert(u"error"_s, a.error.message);
            actions.append(action);
        }
        QJsonObject customer = customerJson(c.customer);
        customer.insert(u"result"_s, resultName(c.result));
        customer.insert(u"reason"_s, c.reason);
        customer.insert(u"until"_s, iso(c.until));
        if (!c.error.isEmpty())
            customer.insert(u"error"_s, c.error.message);
        customer.insert(u"actions"_s, actions);
        customers.append(customer);
    }
    const auto status = run.status() == RunState::Status::Completed   ? u"completed"_s
                        : run.status() == RunState::Status::Cancelled ? u"cancelled"_s
                                                                      : u"unfinished"_s;
    return {{u"runId"_s, run.runId()},
            {u"status"_s, status},
            {u"startedAt"_s, iso(run.startedAt())},
            {u"lastActivity"_s, iso(run.lastActivity())},
            {u"keepAdminRelationships"_s, run.options().keepAdminRelationships},
            {u"confirmCount"_s, run.options().confirmCount},
            {u"confirmed"_s, QJsonArray::fromStringList(run.options().confirmedIds)},
            {u"removed"_s, run.count(CustomerResult::Removed)},
            {u"customers"_s, customers}};
}

QList<QStringList> BulkReport::runRows(const RunState &run)
{
    QList<QStringList> rows{{u"customerId"_s, u"companyName"_s, u"domain"_s, u"result"_s,
                             u"reason"_s, u"until"_s, u"action"_s, u"itemId"_s, u"itemName"_s,
                             u"actionResult"_s, u"correlationId"_s, u"error"_s}};
    for (const RunCustomerState &c : run.customers()) {
        const QStringList head{c.customer.customerId,
                               c.customer.companyName,
                               c.customer.domain,
                               resultName(c.result),
                               c.reason,
                               iso(c.until)};
        if (c.actions.isEmpty())
            rows.append(head + QStringList{{}, {}, {}, {}, {}, c.error.message});
        for (const RunActionState &a : c.actions) {
            rows.append(head + QStringList{a.action, a.itemId, a.itemName,
                                           QString(ActionStatusNames.name(a.status)),
                                           a.correlationId, a.error.message});
        }
    }
    return rows;
}

QJsonObject BulkReport::planJson(const QList<BulkCustomer> &plan)
{
    QJsonArray customers;
    for (const BulkCustomer &c : plan) {
        QJsonObject customer = customerJson(c.customer);
        customer.insert(u"planned"_s, resultName(c.result));
        customer.insert(u"reason"_s, c.reason);
        customer.insert(u"until"_s, iso(c.until));
        QJsonArray actions;
        for (const OffboardPlan::Action &a : c.plan.actions())
            actions.append(a.describe());
        customer.insert(u"actions"_s, actions);
        customers.append(customer);
    }
    return {{u"customers"_s, customers}};
}

QList<QStringList> BulkReport::planRows(const QList<BulkCustomer> &plan)
{
    using Kind = OffboardPlan::ActionKind;
    QList<QStringList> rows{{u"customerId"_s, u"companyName"_s, u"domain"_s, u"planned"_s,
                             u"suspend"_s, u"cancel"_s, u"terminate"_s, u"reason"_s, u"until"_s}};
    for (const BulkCustomer &c : plan) {
        rows.append(
            {c.customer.customerId, c.customer.companyName, c.customer.domain, resultName(c.result),
             QString::number(c.count(Kind::Suspend)), QString::number(c.cancelCount()),
             QString::number(c.count(Kind::TerminateRelationship)), c.reason, iso(c.until)});
    }
    return rows;
}

QByteArray BulkReport::csv(const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &f : row)
            fields.append(TableCsvWriter::field(f));
        out += fields.join(u',').toUtf8();
        out += "\r\n";
    }
    return out;
}

bool BulkReport::write(const QString &path, const QJsonObject &json, const QList<QStringList> &rows,
                       QString *error)
{
    const QByteArray data = path.endsWith(u".json"_s, Qt::CaseInsensitive)
                                ? QJsonDocument(json).toJson(QJsonDocument::Indented)
                                : csv(rows);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}
