#pragma once

#include <QTableView>

class PresentationProxy;

// What the detail tables (subscriptions, purchases) share: a sorting proxy on the model's raw
// role, whole-row single selection, no editing, and the mapping between the proxy's rows and
// the model's. Subclasses turn source rows into the domain objects they speak.
class SortedTableView : public QTableView
{
    Q_OBJECT

public:
    QSize sizeHint() const override;

signals:
    // Another row became current (or none): subclasses announce it in domain terms.
    void currentSourceRowChanged();

protected:
    SortedTableView(QAbstractItemModel *model, int sortRole, QWidget *parent);

    // The model row of the current row, -1 when nothing is selected.
    int currentSourceRow() const;
    bool selectSourceRow(int row);
    void changeEvent(QEvent *event) override;
    // Called after the column titles were retranslated, for column widths that depend on them.
    virtual void retranslateColumns() {}

private:
    PresentationProxy *m_proxy;
};
