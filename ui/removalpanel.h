#pragma once

#include "core/auth/tokenclaims.h"
#include "core/workflow/removalblocker.h"

#include <QWidget>

class BlockerChecklist;
class HeadingLabel;
class QLabel;
class QPushButton;
class RemovalReadiness;

// The Account section's "Remove reseller relationship": the action, bound to RemovalReadiness
// (enabled exactly when it says ready), the seed's note with the active count next to it, and
// the checklist of what is left to clear. The reason is also the button's tooltip and
// accessible description, so a screen reader hears why it is unavailable.
class RemovalPanel : public QWidget
{
    Q_OBJECT

public:
    RemovalPanel(RemovalReadiness *readiness, const TokenClaims &claims, QWidget *parent = nullptr);

    QPushButton *removeButton() const { return m_remove; }
    QString noteText() const;
    BlockerChecklist *checklist() const { return m_checklist; }
    // While the removal runs: what it is doing ("Checking…"), or empty when idle.
    void setBusyText(const QString &text);

signals:
    void removeRequested();
    void blockerActionRequested(const RemovalBlocker &blocker);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAction();

    RemovalReadiness *m_readiness;
    TokenClaims m_claims;
    HeadingLabel *m_heading;
    QLabel *m_consequence;
    QPushButton *m_remove;
    QLabel *m_statusIcon;
    QLabel *m_note;
    QLabel *m_busy;
    BlockerChecklist *m_checklist;
    QString m_busyText;
};
