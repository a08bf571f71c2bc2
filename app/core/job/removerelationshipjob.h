#pragma once

#include "core/customer/removalblocker.h"
#include "core/job/job.h"

// "Remove reseller relationship", the last step. Right before the request it reads the
// customer's subscriptions and purchases again and applies the removal rule to that fresh data
// (never to what a page shows). Blocked: the item is refused and nothing is sent. Clear: the
// PATCH; on success the state is marked removed. A failure the server leaves open (a time-out,
// a server error) is settled by reading the customer back. Taking the customer off the list is
// the caller's part.
class RemoveRelationshipJob : public Job
{
    Q_OBJECT

public:
    enum class Stage { Idle, Checking, Removing };
    Q_ENUM(Stage)

    RemoveRelationshipJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
                          QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    // What the fresh data showed when the removal was refused.
    const QList<RemovalBlocker> &blockers() const { return m_blockers; }

signals:
    void stageChanged(RemoveRelationshipJob::Stage stage);

private:
    void run() override;
    void checked(const ApiError &error);
    void remove();
    void end();
    void setStage(Stage stage);
    JobItem item() const;

    Stage m_stage = Stage::Idle;
    QList<RemovalBlocker> m_blockers;
};
