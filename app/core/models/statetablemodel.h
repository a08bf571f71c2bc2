#pragma once

#include "core/customer/customerstate.h"

#include <QAbstractTableModel>
#include <QPointer>

// What the customer's tables share: the rows of one part of a CustomerState (none without a
// state), translated and formatted text in DisplayRole, the raw value (QDateTime, qint64, wire
// text) in SortRole for sorting and logic, and a tone for cells whose value is good or bad news.
// A tone is not a colour: the views decide how it looks. Rows follow the state: replaced rows
// reset the model, changed rows are updated in place (a selection survives a refresh).
class StateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        // Tone as int, for the cells that have one.
        ToneRole,
        // The row this row belongs under (an add-on's base), -1 for a row of its own. Views
        // keep such a row right under its parent whatever the sort order.
        ParentRowRole,
        FirstCustomRole,
    };
    // Colour is only a hint next to the words, never the only signal.
    enum class Tone { Neutral, Positive, Warning, Negative };
    Q_ENUM(Tone)

    void setState(CustomerState *state);
    CustomerState *state() const { return m_state; }
    // Whether the state's part has been read (its rows are kept while it is read again).
    bool isLoaded() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // The state's signals for the part's rows.
    struct RowSignals
    {
        void (CustomerState::*aboutToBeReplaced)();
        void (CustomerState::*replaced)();
        void (CustomerState::*changed)(int firstRow, int lastRow);
    };

    StateTableModel(CustomerState::Part part, RowSignals rows, int columnCount,
                    QObject *parent = nullptr);

    virtual int count() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant displayText(int row, int column) const = 0;
    virtual QVariant sortValue(int row, int column) const = 0;
    virtual QVariant toolTip(int row, int column) const { return displayText(row, column); }
    // The tone of a cell; no value for cells without one.
    virtual QVariant tone(int, int) const { return {}; }
    virtual int parentRow(int) const { return -1; }
    virtual bool isNumeric(int column) const = 0;
    // The data of roles from FirstCustomRole up, for the row.
    virtual QVariant customData(int row, int role) const;

private:
    CustomerState::Part m_part;
    RowSignals m_rows;
    int m_columnCount;
    QPointer<CustomerState> m_state;
};
