#include "terminateadminrelationshipsjob.h"

#include "core/api/graphclient.h"

using namespace Qt::Literals::StringLiterals;

TerminateAdminRelationshipsJob::TerminateAdminRelationshipsJob(
    std::shared_ptr<CustomerState> state, AuditLog *audit,
    const QList<AdminRelationship> &relationships, QObject *parent)
    : Job(std::move(state), audit, parent)
    , m_queue(relationships)
{
}

JobItem TerminateAdminRelationshipsJob::itemFor(const AdminRelationship &r)
{
    return {r.id, r.displayName, u"terminateAdminRelationship"_s, r.status,
            u"terminationRequested"_s};
}

void TerminateAdminRelationshipsJob::run()
{
    setTotal(int(m_queue.size()));
    next();
}

void TerminateAdminRelationshipsJob::cancelled()
{
    const QList<AdminRelationship> rest = std::exchange(m_queue, {});
    for (const AdminRelationship &r : rest)
        reportNotStarted(itemFor(r));
}

void TerminateAdminRelationshipsJob::next()
{
    if (m_queue.isEmpty() || isCancelled()) {
        finish();
        return;
    }
    const AdminRelationship relationship = m_queue.takeFirst();
    JobItem item = itemFor(relationship);
    GraphClient *graph = state()->graph();
    if (!graph || !relationship.canTerminate()) {
        item.outcome = JobItem::Outcome::Refused;
        item.error = ApiError(ApiError::Kind::Refused,
                              graph ? tr("The admin relationship “%1” is %2: only an active one "
                                         "can be terminated.",
                                         "%1 is the relationship name, %2 its status")
                                          .arg(relationship.displayName, relationship.statusText())
                                    : tr("Microsoft Graph is not connected, so admin "
                                         "relationships cannot be terminated here."));
        reportItem(item);
        next();
        return;
    }
    Change c;
    c.item = item;
    c.send = [this, graph, id = relationship.id](Change::Sent sent) {
        return graph->terminateAdminRelationship(
            id, this,
            [sent](const Result<GraphCodec::RelationshipRequest> &result) {
                sent(result.error(), result.ok() ? u"terminationRequested"_s : QString());
            },
            callOptions());
    };
    c.readBack = CustomerState::Part::AdminRelationships;
    c.applied = [this, id = relationship.id](const ApiError &readError) {
        const AdminRelationship *now = state()->adminRelationship(id);
        return !readError.isError() && now && (now->isEnding() || now->isEnded());
    };
    change(c, [this](const JobItem &, bool readBack) {
        if (readBack) {
            next();
            return;
        }
        // The state shows the status Graph reports now, not the one the request asked for.
        reread(CustomerState::Part::AdminRelationships, [this](const ApiError &) { next(); });
    });
}
