#pragma once

#include <QSplitter>

class QScrollArea;

// A table and the selected row's details: side by side when the table gets the width it asks
// for (its sizeHint) beside the details, the details under the table when not. At the window's
// minimum width, or with the longer Czech and Polish column titles, a table beside a panel would
// otherwise scroll sideways or cut its columns. The details scroll rather than being cut.
// Once one customer's rows have put the details under the table at a width, they stay there at
// that width and below for the customers shown after it, so the details do not jump from one
// customer to the next; a language switch or a wider window decides again.
class MasterDetailSplitter : public QSplitter
{
    Q_OBJECT

public:
    // detailWidth: the details' width when side by side.
    MasterDetailSplitter(QWidget *master, QWidget *detail, int detailWidth,
                         QWidget *parent = nullptr);

    bool isSideBySide() const { return orientation() == Qt::Horizontal; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    void arrange();
    void stackSizes();

    QWidget *m_master;
    QWidget *m_detail;
    QScrollArea *m_scroll;
    int m_detailWidth;
    bool m_arranged = false;
    bool m_userSized = false;
    // The widest width at which rows have needed the details under the table; -1: none yet.
    int m_stackedUpTo = -1;
};
