#pragma once

#include "core/domain/adminrelationship.h"
#include "core/models/statetablemodel.h"

#include <QAbstractTableModel>
#include <QPointer>

class CustomerState;

// The customer's admin relationships (GDAP) as a table: name, status, roles by name, end date,
// translated and formatted in DisplayRole, the raw value in SortRole, the status's tone in ToneRole
// (the roles of the other customer tables, so the views show it alike). The state reports only that
// its relationships changed, so the model keeps the list it shows: the same ids in the same order
// update the rows in place (a selection survives the re-reads that follow a termination), anything
// else resets.
class AdminRelationshipModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, RolesColumn, EndColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = StateTableModel::SortRole,
        ToneRole = StateTableModel::ToneRole,
        IdRole = StateTableModel::FirstCustomRole,
        // Whether the relationship can be terminated now (it is active).
        TerminableRole,
    };

    explicit AdminRelationshipModel(QObject *parent = nullptr);

    void setState(CustomerState *state);
    const AdminRelationship *relationshipAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void take();
    QVariant displayText(const AdminRelationship &r, int column) const;
    static QVariant sortValue(const AdminRelationship &r, int column);

    QPointer<CustomerState> m_state;
    QList<AdminRelationship> m_rows;
};
