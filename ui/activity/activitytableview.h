#pragma once

#include "core/audit/auditentry.h"

#include <QTableView>

class ActivityFilter;

// The Activity table, newest first. Speaks audit entries, not indexes. The status change and
// the user are hidden at first (the action and the computer mostly say them); the context menu
// of the table or its header shows or hides any column.
class ActivityTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ActivityTableView(ActivityFilter *filter, QWidget *parent = nullptr);

    // nullptr when no row is current.
    const AuditEntry *currentEntry() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void sizeColumns();
    void createColumnActions();

    ActivityFilter *m_filter;
    QList<QAction *> m_columnActions; // one a column, in column order
};
