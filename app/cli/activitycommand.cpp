#include "activitycommand.h"

#include "cli/console.h"
#include "connection/appconnection.h"
#include "core/activity/activityfilter.h"
#include "core/activity/activitymodel.h"

using namespace Qt::Literals::StringLiterals;

ActivityCommand::ActivityCommand(const CliOptions &options, AppConnection *connection,
                                 QObject *parent)
    : CliCommand(options, connection, parent)
    , m_model(new ActivityModel(this))
    , m_filter(new ActivityFilter(m_model, this))
{
}

void ActivityCommand::start()
{
    m_filter->setCustomer(options().customer);
    m_filter->setDateRange(options().since, {});
    m_filter->sort(ActivityModel::TimeColumn, Qt::AscendingOrder);
    connect(m_model, &ActivityModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            print();
    });
    m_model->open(AppConnection::auditLogPath());
    if (!m_model->isLoading())
        print();
}

void ActivityCommand::print()
{
    const auto title = [this](ActivityModel::Column column) {
        return m_model->headerData(column, Qt::Horizontal).toString();
    };
    // The table shows what the Activity window shows; JSON and CSV carry every field raw.
    const QList<OutputFormatter::Column> columns = {
        {u"time"_s, title(ActivityModel::TimeColumn)},
        {u"customerName"_s, title(ActivityModel::CustomerColumn)},
        {u"customerId"_s, {}, false},
        {u"customerDomain"_s, {}, false},
        {u"action"_s, title(ActivityModel::ActionColumn)},
        {u"itemName"_s, title(ActivityModel::ItemColumn)},
        {u"itemId"_s, {}, false},
        {u"oldStatus"_s, {}, false},
        {u"newStatus"_s, title(ActivityModel::ChangeColumn)},
        {u"result"_s, title(ActivityModel::ResultColumn)},
        {u"httpStatus"_s, {}, false},
        {u"errorCode"_s, {}, false},
        {u"errorMessage"_s, title(ActivityModel::DetailsColumn)},
        {u"correlationId"_s, {}, false},
        {u"user"_s, {}, false},
    };
    QList<OutputFormatter::Row> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const AuditEntry &e = *m_filter->entryAt(row);
        const auto shown = [this, row](ActivityModel::Column column) {
            return m_filter->index(row, column).data().toString();
        };
        rows.append({
            {e.time.toUTC().toString(Qt::ISODateWithMs), shown(ActivityModel::TimeColumn)},
            {e.customerName, shown(ActivityModel::CustomerColumn)},
            {e.customerId, {}},
            {e.customerDomain, {}},
            {e.action, shown(ActivityModel::ActionColumn)},
            {e.itemName, shown(ActivityModel::ItemColumn)},
            {e.itemId, {}},
            {e.oldStatus, {}},
            {e.newStatus, shown(ActivityModel::ChangeColumn)},
            {AuditEntry::outcomeToText(e.outcome), shown(ActivityModel::ResultColumn)},
            {e.httpStatus == 0 ? QVariant() : QVariant(e.httpStatus), {}},
            {e.errorCode, {}},
            {e.errorMessage, shown(ActivityModel::DetailsColumn)},
            {e.correlationId, {}},
            {e.user, {}},
        });
    }
    printList(columns, rows);
    if (m_model->damagedLines() > 0)
        Console::errLine(tr("%Ln line(s) of the audit log could not be read and were left out.", "",
                            m_model->damagedLines()));
    finish(Success);
}
