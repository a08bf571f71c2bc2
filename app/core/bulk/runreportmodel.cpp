#include "runreportmodel.h"

#include "core/audit/auditaction.h"
#include "core/bulk/bulkreport.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// Customers are the top level (internal id 0); an action's internal id is its customer's row + 1.
constexpr quintptr TopLevel = 0;

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a + b;
    return a + u' ' + b;
}
} // namespace

RunReportModel::RunReportModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void RunReportModel::setRun(const RunState &run)
{
    beginResetModel();
    m_run = run;
    endResetModel();
}

QModelIndex RunReportModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : TopLevel);
}

QModelIndex RunReportModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int RunReportModel::rowCount(const QModelIndex &parent) const
{
    if (!m_run)
        return 0;
    if (!parent.isValid())
        return int(m_run->customers().size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return int(m_run->customers().at(parent.row()).actions.size());
}

int RunReportModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RunReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == TopLevel)
        return customerData(m_run->customers().at(index.row()), index.column(), role);
    const RunCustomerState &customer = m_run->customers().at(int(index.internalId() - 1));
    return actionData(customer.actions.at(index.row()), index.column(), role);
}

QVariant RunReportModel::customerData(const RunCustomerState &c, int column, int role) const
{
    if (role == ResultNameRole)
        return c.result ? RunRecord::customerResultName(*c.result) : u"notStarted"_s;
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && column == DetailsColumn))
        return {};
    switch (column) {
    case WhatColumn:
        return c.customer.companyName;
    case ResultColumn:
        return c.result ? BulkReport::resultText(*c.result) : BulkReport::notStartedText();
    case DetailsColumn: {
        const QString why = BulkReport::reasonText(c.reason, c.until);
        const QString error = c.error.message.isEmpty() || why.contains(c.error.message)
                                  ? QString()
                                  : c.error.message;
        return joined(joined(why, error), BulkReport::whatToDo(c));
    }
    default:
        return {};
    }
}

QVariant RunReportModel::actionData(const RunActionState &a, int column, int role) const
{
    if (role == ResultNameRole)
        return int(a.status);
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && column == DetailsColumn))
        return {};
    switch (column) {
    case WhatColumn:
        return AuditAction::displayName(a.action);
    case ResultColumn:
        return BulkReport::actionResultText(a.status);
    case DetailsColumn:
        if (a.error.message.isEmpty() || a.itemName.isEmpty())
            return a.itemName + a.error.message;
        return tr("%1: %2", "item: the server's error").arg(a.itemName, a.error.message);
    case CorrelationIdColumn:
        return a.correlationId;
    }
    return {};
}

QVariant RunReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case WhatColumn:
        return tr("Customer / action");
    case ResultColumn:
        return tr("Result");
    case DetailsColumn:
        return tr("Details and what to do");
    case CorrelationIdColumn:
        return tr("Correlation ID");
    }
    return {};
}
