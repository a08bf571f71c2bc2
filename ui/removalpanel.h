#pragma once

#include "core/auth/tokenclaims.h"
#include "core/customer/removalblocker.h"

#include <QWidget>

class BlockerChecklist;
class HeadingLabel;
class IndirectProviders;
class QLabel;
class CustomerState;
class QPushButton;
class RecommendedSteps;

// The Account section's "Remove reseller relationship": the action, bound to the customer's
// readiness (enabled exactly when the CustomerState says ready), the seed's note with the active
// count next to it, and the checklist of what is left to clear. The reason is also the button's
// tooltip and accessible description, so a screen reader hears why it is unavailable.
class RemovalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RemovalPanel(const TokenClaims &claims, QWidget *parent = nullptr);

    void setState(CustomerState *state);
    // The partner's indirect providers: an indirect reseller may not remove the relationship.
    void setIndirectProviders(IndirectProviders *providers);

    QPushButton *removeButton() const { return m_remove; }
    QString noteText() const;
    BlockerChecklist *checklist() const { return m_checklist; }
    RecommendedSteps *recommended() const { return m_recommended; }
    // While the removal runs: what it is doing ("Checking…"), or empty when idle.
    void setBusyText(const QString &text);

signals:
    void removeRequested();
    void blockerActionRequested(const RemovalBlocker &blocker);
    void terminateAdminRelationshipsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAction();

    CustomerState *m_state = nullptr;
    IndirectProviders *m_providers = nullptr;
    TokenClaims m_claims;
    HeadingLabel *m_heading;
    QLabel *m_consequence;
    QPushButton *m_remove;
    QLabel *m_statusIcon;
    QLabel *m_note;
    QLabel *m_busy;
    BlockerChecklist *m_checklist;
    RecommendedSteps *m_recommended;
    QString m_busyText;
};
