#include "removerelationshipjob.h"

#include "core/api/clock.h"
#include "core/audit/auditaction.h"
#include "core/customer/removalreadiness.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

RemoveRelationshipJob::RemoveRelationshipJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
                                             QObject *parent)
    : Job(std::move(state), audit, parent)
{
}

JobItem RemoveRelationshipJob::item() const
{
    const QString relationship = state()->customer().relationshipToPartner;
    return {{},
            {},
            AuditAction::name(AuditAction::RemoveRelationship),
            relationship.isEmpty() ? u"reseller"_s : relationship.toLower(),
            u"none"_s};
}

void RemoveRelationshipJob::run()
{
    setTotal(1);
    setStage(Stage::Checking);
    reread(CustomerState::readinessParts(), [this](const ApiError &error) { checked(error); });
}

void RemoveRelationshipJob::checked(const ApiError &error)
{
    JobItem refused = item();
    if (error.isError() || isCancelled()) {
        // Without fresh data there is no telling whether removal is allowed: do not try.
        refused.error = error.isError() ? error : ApiError(ApiError::Kind::Cancelled);
        refused.outcome = refused.error.kind() == ApiError::Kind::Cancelled
                              ? JobItem::Outcome::Cancelled
                              : JobItem::Outcome::Failed;
        reportItem(refused);
        end();
        return;
    }
    m_blockers =
        RemovalReadiness::evaluate(state()->subscriptions(), state()->purchases(), clock()->now(),
                                   state()->azureEntitlements(), state()->tenantId());
    if (m_blockers.isEmpty()) {
        remove();
        return;
    }
    QStringList titles;
    for (const RemovalBlocker &blocker : std::as_const(m_blockers))
        titles.append(blocker.title());
    refused.outcome = JobItem::Outcome::Refused;
    refused.error = ApiError(ApiError::Kind::Refused, titles.join(u"; "_s));
    reportItem(refused);
    end();
}

void RemoveRelationshipJob::remove()
{
    setStage(Stage::Removing);
    Change c;
    c.item = item();
    c.send = [this](Change::Sent sent) {
        return client()->removeRelationship(
            state()->customerId(), this,
            [this, sent](const Result<Customer> &result) {
                if (result.ok()) {
                    // The PATCH answer may be partial; keep what the state knew.
                    Customer removed = result.value();
                    if (removed.companyName().isEmpty())
                        removed.companyProfile = state()->customer().companyProfile;
                    state()->markRemoved(removed);
                }
                sent(result.error(), result.ok() ? u"none"_s : QString());
            },
            callOptions());
    };
    c.readBack = CustomerState::Part::Profile;
    c.applied = [this](const ApiError &readError) {
        // Gone from the partner's customers, or still there without the relationship.
        return readError.httpStatus() == 404 ||
               (!readError.isError() && !state()->customer().hasRelationship());
    };
    change(c, [this](const JobItem &done, bool readBack) {
        if (readBack && done.succeeded())
            state()->markRemoved(state()->customer());
        end();
    });
}

void RemoveRelationshipJob::end()
{
    setStage(Stage::Idle);
    finish();
}

void RemoveRelationshipJob::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}
