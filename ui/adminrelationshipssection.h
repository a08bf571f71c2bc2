#pragma once

#include "core/domain/adminrelationship.h"
#include "core/job/jobresult.h"
#include "ui/appcontext.h"

#include <QPointer>
#include <QWidget>

#include <chrono>
#include <memory>

class AdminRelationshipModel;
class AdminRelationshipTableView;
class CustomerState;
class HeadingLabel;
class OutcomeLabel;
class QLabel;
class QPushButton;
class TerminateAdminRelationshipsJob;

// The Account page's "Admin relationships": the customer's granular delegated admin (GDAP)
// relationships from Microsoft Graph (name, status, roles, end) and legacy delegated admin (DAP),
// with Terminate… and Terminate all…, each confirmed naming what ends and how many. Terminating
// is core's TerminateAdminRelationshipsJob (audited, read back); while a relationship is ending,
// the section reads them again now and then, so its status moves as Graph reports it.
class AdminRelationshipsSection : public QWidget
{
    Q_OBJECT

public:
    // How long Graph is left alone between the re-reads of relationships that are ending.
    static constexpr std::chrono::seconds FollowUpInterval{30};

    explicit AdminRelationshipsSection(const AppContext &context, QWidget *parent = nullptr);

    void setState(std::shared_ptr<CustomerState> state);

    // Asks to terminate the selected relationship, then does.
    void terminateSelected();
    // Asks to terminate every active relationship, then does.
    void terminateAll();
    bool isTerminating() const;

    AdminRelationshipModel *model() const { return m_model; }
    AdminRelationshipTableView *table() const { return m_table; }
    QPushButton *terminateButton() const { return m_terminate; }
    QPushButton *terminateAllButton() const { return m_terminateAll; }
    QPushButton *retryButton() const { return m_retry; }
    // What the section says about the list (loading, could not load, none, how many are active).
    QString statusText() const;
    QString delegatedAccessText() const;
    QString outcomeText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateView();
    void updateButtons();
    void confirmAndTerminate(const QList<AdminRelationship> &relationships);
    void terminate(const QList<AdminRelationship> &relationships);
    void showResult(const JobResult &result);
    // How many relationships Graph is ending now (termination requested or terminating).
    static int endingCount(const CustomerState &state);

    AppContext m_context;
    std::shared_ptr<CustomerState> m_state;
    AdminRelationshipModel *m_model;
    HeadingLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_delegatedAccess;
    QLabel *m_status;
    QPushButton *m_retry;
    AdminRelationshipTableView *m_table;
    QPushButton *m_terminate;
    QPushButton *m_terminateAll;
    OutcomeLabel *m_outcome;
    QPointer<TerminateAdminRelationshipsJob> m_job;
    // Bumped for every customer shown: a follow-up scheduled for another one does nothing.
    quint64 m_generation = 0;
    bool m_followUpPending = false;
};
