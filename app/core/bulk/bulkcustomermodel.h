#pragma once

#include "core/bulk/bulkcustomer.h"

#include <QAbstractTableModel>
#include <QList>

class BulkOffboardJob;

// The customers of a bulk plan or run, one row each, as the plan and run windows show them:
// whom, how far (waiting, reading, working, or how it ended), what will be or was done here
// (suspend, cancel, terminate) and why a customer is not removed (until when). Follows a
// BulkOffboardJob live; keeps its own copy, so the rows outlive the job.
class BulkCustomerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CustomerColumn,
        DomainColumn,
        StatusColumn,
        SuspendColumn,
        CancelColumn,
        TerminateColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        // The untranslated value of the cell, for sorting: Status sorts by group (will be
        // removed, prepared, unreadable, …) and then by the list's order.
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Column)

    explicit BulkCustomerModel(QObject *parent = nullptr);

    // Takes the job's customers and follows their changes until the job is gone. Planning:
    // the status says what would happen (will be removed), else what did.
    void follow(BulkOffboardJob *job, bool planning);
    const QList<BulkCustomer> &customers() const { return m_customers; }
    const BulkCustomer *customerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Waiting, Reading…, Working…, or the (planned) result.
    static QString statusText(const BulkCustomer &customer, bool planning);

private:
    QVariant display(const BulkCustomer &customer, int column) const;
    QVariant sortValue(int row, int column) const;

    QList<BulkCustomer> m_customers;
    bool m_planning = true;
};
