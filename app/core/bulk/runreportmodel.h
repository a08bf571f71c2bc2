#pragma once

#include "core/bulk/runstate.h"

#include <QAbstractItemModel>

#include <optional>

// A bulk run's report as a tree: one row per customer of the list (its result, why it is not
// removed and what to do), and under it one row per action the run took (its outcome, the
// item, the server's error, the correlation ID). Built from the run's journal (RunState), so
// the report right after a run and the one reopened a month later are the same.
class RunReportModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { WhatColumn, ResultColumn, CorrelationIdColumn, DetailsColumn, ColumnCount };
    enum Role {
        // The customer's result, or the action's status, by its stable name.
        ResultNameRole = Qt::UserRole + 1,
    };
    Q_ENUM(Column)

    explicit RunReportModel(QObject *parent = nullptr);

    void setRun(const RunState &run);
    const std::optional<RunState> &run() const { return m_run; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant customerData(const RunCustomerState &customer, int column, int role) const;
    QVariant actionData(const RunActionState &action, int column, int role) const;

    std::optional<RunState> m_run;
};
