#pragma once

#include "core/workflow/removalblocker.h"

#include <QWidget>

class QVBoxLayout;
class RemovalReadiness;

// What still blocks the removal, one row per blocker: what it is, why, and a button that goes
// and clears it. Rebuilt from the readiness object whenever it changes, never kept separately.
class BlockerChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit BlockerChecklist(RemovalReadiness *readiness, QWidget *parent = nullptr);

    int rowCount() const;

signals:
    void actionRequested(const RemovalBlocker &blocker);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    QWidget *createRow(const RemovalBlocker &blocker);
    static QString actionText(RemovalBlocker::Action action);

    RemovalReadiness *m_readiness;
    QVBoxLayout *m_rows;
};
