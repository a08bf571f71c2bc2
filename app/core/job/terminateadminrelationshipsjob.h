#pragma once

#include "core/domain/adminrelationship.h"
#include "core/job/job.h"

// Terminates admin relationships (GDAP) one after the other: POST …/requests
// {"action":"terminate"} to Microsoft Graph through the state's Graph client. The relationships
// are read back after each request, so the state shows the status Graph reports
// (terminationRequested, terminating, terminated); a lost answer is a success when the re-read
// shows the relationship ending. One that is not active is refused here, without a request.
class TerminateAdminRelationshipsJob : public Job
{
    Q_OBJECT

public:
    TerminateAdminRelationshipsJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
                                   const QList<AdminRelationship> &relationships,
                                   QObject *parent = nullptr);

private:
    void run() override;
    void cancelled() override;
    void next();
    static JobItem itemFor(const AdminRelationship &relationship);

    QList<AdminRelationship> m_queue;
};
