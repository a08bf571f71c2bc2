#include "bulkcustomermodel.h"

#include "core/bulk/bulkoffboardjob.h"
#include "core/bulk/bulkreport.h"

#include <QLocale>

namespace {
using Kind = OffboardPlan::ActionKind;

// The plan's groups in the order the plan lists them.
int groupOf(const BulkCustomer &c)
{
    if (!c.result)
        return 10 + int(c.stage);
    return int(*c.result);
}
} // namespace

BulkCustomerModel::BulkCustomerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BulkCustomerModel::follow(BulkOffboardJob *job, bool planning)
{
    beginResetModel();
    m_customers = job->customers();
    m_planning = planning;
    endResetModel();
    connect(job, &BulkOffboardJob::customerChanged, this, [this, job](int row) {
        if (row < 0 || row >= m_customers.size())
            return;
        m_customers[row] = job->customers().at(row);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

const BulkCustomer *BulkCustomerModel::customerAt(int row) const
{
    return row >= 0 && row < m_customers.size() ? &m_customers.at(row) : nullptr;
}

int BulkCustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int BulkCustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkCustomerModel::statusText(const BulkCustomer &customer, bool planning)
{
    switch (customer.stage) {
    case BulkCustomer::Stage::Waiting:
        return tr("Waiting", "a customer of a bulk run not started yet");
    case BulkCustomer::Stage::Reading:
        return tr("Reading…", "a customer of a bulk run being read");
    case BulkCustomer::Stage::Running:
        return tr("Working… %Ln change(s) made", "", customer.actionsDone);
    case BulkCustomer::Stage::Finished:
        break;
    }
    if (!customer.result)
        return BulkReport::notStartedText();
    return planning ? BulkReport::plannedText(*customer.result)
                    : BulkReport::resultText(*customer.result);
}

QVariant BulkCustomerModel::display(const BulkCustomer &c, int column) const
{
    const QLocale locale;
    switch (column) {
    case CustomerColumn:
        return c.customer.companyName;
    case DomainColumn:
        return c.customer.domain;
    case StatusColumn:
        return statusText(c, m_planning);
    case SuspendColumn:
        return c.planned ? locale.toString(c.count(Kind::Suspend)) : QString();
    case CancelColumn:
        return c.planned ? locale.toString(c.cancelCount()) : QString();
    case TerminateColumn:
        return c.planned ? locale.toString(c.count(Kind::TerminateRelationship)) : QString();
    case ReasonColumn:
        return BulkReport::reasonText(c.reason, c.until);
    }
    return {};
}

QVariant BulkCustomerModel::sortValue(int row, int column) const
{
    const BulkCustomer &c = m_customers.at(row);
    switch (column) {
    case StatusColumn:
        return groupOf(c) * 1000000 + row;
    case SuspendColumn:
        return c.count(Kind::Suspend);
    case CancelColumn:
        return c.cancelCount();
    case TerminateColumn:
        return c.count(Kind::TerminateRelationship);
    default:
        return display(c, column);
    }
}

QVariant BulkCustomerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkCustomer &c = m_customers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn || index.column() == DomainColumn
                   ? display(c, index.column())
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= SuspendColumn && index.column() <= TerminateColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SortRole:
        return sortValue(index.row(), index.column());
    default:
        return {};
    }
}

QVariant BulkCustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case DomainColumn:
        return tr("Primary domain");
    case StatusColumn:
        return tr("Status", "of a customer in a bulk plan or run");
    case SuspendColumn:
        return tr("Suspend", "column: number of subscriptions to suspend");
    case CancelColumn:
        return tr("Cancel", "column: number of subscriptions and purchases to cancel");
    case TerminateColumn:
        return tr("Terminate", "column: number of admin relationships to terminate");
    case ReasonColumn:
        return tr("Why not removed", "column: what blocks the removal, or the error");
    }
    return {};
}
