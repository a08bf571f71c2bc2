#include "adminrelationshipmodel.h"

#include "core/customer/customerstate.h"
#include "core/display/displayformat.h"

#include <QLocale>

AdminRelationshipModel::AdminRelationshipModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AdminRelationshipModel::setState(CustomerState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state)
        connect(state, &CustomerState::adminRelationshipsChanged, this,
                &AdminRelationshipModel::take);
    beginResetModel();
    m_rows = state ? state->adminRelationships() : QList<AdminRelationship>();
    endResetModel();
}

void AdminRelationshipModel::take()
{
    const QList<AdminRelationship> rows = m_state->adminRelationships();
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                     [](const AdminRelationship &a, const AdminRelationship &b) {
                                         return a.id == b.id;
                                     });
    if (!sameRows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const AdminRelationship *AdminRelationshipModel::relationshipAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AdminRelationshipModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int AdminRelationshipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdminRelationshipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdminRelationshipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminRelationship &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(r, index.column());
    case SortRole:
        return sortValue(r, index.column());
    case ToneRole:
        // Active as a subscription is; ending is in progress; ended is over.
        if (index.column() != StatusColumn)
            return {};
        return int(r.isActive()   ? StateTableModel::Tone::Positive
                   : r.isEnding() ? StateTableModel::Tone::Warning
                                  : StateTableModel::Tone::Neutral);
    case IdRole:
        return r.id;
    case TerminableRole:
        return r.canTerminate();
    default:
        return {};
    }
}

QVariant AdminRelationshipModel::displayText(const AdminRelationship &r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.displayName;
    case StatusColumn:
        return r.statusText();
    case RolesColumn:
        return QLocale().createSeparatedList(r.roleNames());
    case EndColumn:
        return DisplayFormat::utcDate(r.endDateTime);
    }
    return {};
}

QVariant AdminRelationshipModel::sortValue(const AdminRelationship &r, int column)
{
    switch (column) {
    case NameColumn:
        return r.displayName;
    case StatusColumn:
        return r.status;
    case RolesColumn:
        return r.roleDefinitionIds.join(u',');
    case EndColumn:
        return r.endDateTime;
    }
    return {};
}

QVariant AdminRelationshipModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name", "name of an admin relationship");
    case StatusColumn:
        return tr("Status", "status of an admin relationship");
    case RolesColumn:
        return tr("Roles", "Microsoft Entra roles an admin relationship grants");
    case EndColumn:
        return tr("Ends", "end date of an admin relationship");
    }
    return {};
}
