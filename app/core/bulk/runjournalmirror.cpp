#include "runjournalmirror.h"

#include "core/audit/auditentry.h"
#include "core/audit/auditlog.h"
#include "core/bulk/runjournal.h"

void RunJournalMirror::follow(AuditLog *audit, QObject *context, QSet<QString> customers,
                              std::function<void()> failed)
{
    m_audit = audit;
    m_context = context;
    m_customers = std::move(customers);
    m_failed = std::move(failed);
    if (m_audit && m_journal)
        m_audit->observe(context, [this](const AuditEntry &entry) { mirror(entry); });
}

void RunJournalMirror::unfollow()
{
    if (m_audit && m_context)
        m_audit->unobserve(m_context);
    m_audit = nullptr;
}

void RunJournalMirror::mirror(const AuditEntry &entry)
{
    if (m_paused || !m_customers.contains(entry.customerId))
        return;
    using Outcome = AuditEntry::Outcome;
    const QString key = entry.customerId + u'/' + entry.action + u'/' + entry.itemId;
    if (entry.outcome == Outcome::Attempted) {
        m_attempted.insert(key);
        write(RunRecord::attempted(entry.customerId, entry.action, entry.itemId, entry.itemName,
                                   entry.correlationId));
        return;
    }
    RunRecord::ActionResult result = RunRecord::ActionResult::Failed;
    RecordedError error{entry.httpStatus, entry.errorCode, entry.errorMessage};
    switch (entry.outcome) {
    case Outcome::Succeeded:
        // An attempt whose success carries the request's error was read back after a lost
        // answer; a success without an attempt changed along with another (an add-on).
        result = m_attempted.contains(key) && !error.isEmpty()
                     ? RunRecord::ActionResult::VerifiedAfterLostAnswer
                     : RunRecord::ActionResult::Succeeded;
        error = {};
        break;
    case Outcome::Refused:
        result = RunRecord::ActionResult::Refused;
        break;
    case Outcome::Unknown:
        result = RunRecord::ActionResult::Unknown;
        break;
    default:
        break;
    }
    RunRecord record = RunRecord::outcome(entry.customerId, entry.action, entry.itemId, result,
                                          entry.correlationId, error);
    record.itemName = entry.itemName;
    write(record);
}

void RunJournalMirror::write(const RunRecord &record)
{
    if (!m_journal || !m_error.isEmpty() || m_journal->append(record))
        return;
    m_error = m_journal->errorString();
    if (m_failed)
        m_failed();
}
