#include "statetablemodel.h"

StateTableModel::StateTableModel(CustomerState::Part part, RowSignals rows, int columnCount,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_part(part)
    , m_rows(rows)
    , m_columnCount(columnCount)
{
}

void StateTableModel::setState(CustomerState *state)
{
    if (state == m_state)
        return;
    beginResetModel();
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state) {
        connect(state, m_rows.aboutToBeReplaced, this, &StateTableModel::beginResetModel);
        connect(state, m_rows.replaced, this, &StateTableModel::endResetModel);
        connect(state, m_rows.changed, this, [this](int first, int last) {
            emit dataChanged(index(first, 0), index(last, m_columnCount - 1));
        });
        // A state that goes away takes its rows with it.
        connect(state, &QObject::destroyed, this, [this] { setState(nullptr); });
    }
    endResetModel();
}

bool StateTableModel::isLoaded() const
{
    return m_state && m_state->hasData(m_part);
}

int StateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_state ? 0 : count();
}

int StateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant StateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, column);
    case ToneRole:
        return tone(row, column);
    case ParentRowRole:
        return parentRow(row);
    case Qt::AccessibleDescriptionRole:
        // A row under another says whose it is, as its tool tip does (the indent is not read).
        if (column == 0 && parentRow(row) >= 0)
            return toolTip(row, column);
        return {};
    default:
        return role >= FirstCustomRole ? customData(row, role) : QVariant();
    }
}

QVariant StateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QVariant StateTableModel::customData(int, int) const
{
    return {};
}
