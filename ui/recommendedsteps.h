#pragma once

#include <QWidget>

class CustomerState;
class QLabel;
class QPushButton;

// Beside the blockers, what is recommended but does not block the removal (the portal does not
// gate on it, so neither does the button): active admin relationships, which the removal leaves
// in place. Marked as information, not as a blocker, and worded "Recommended".
class RecommendedSteps : public QWidget
{
    Q_OBJECT

public:
    explicit RecommendedSteps(QWidget *parent = nullptr);

    void setState(CustomerState *state);

    QPushButton *terminateButton() const { return m_terminate; }
    QString titleText() const;

signals:
    void terminateAdminRelationshipsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStep();

    CustomerState *m_state = nullptr;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_explanation;
    QPushButton *m_terminate;
};
