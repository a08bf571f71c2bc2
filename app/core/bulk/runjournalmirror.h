#pragma once

#include "core/bulk/runrecord.h"

#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

struct AuditEntry;
class AuditLog;
class QObject;
class RunJournal;

// What a bulk run writes into its RunJournal: every change the audit log records about a
// customer of the run — the attempt, on the disk before the request leaves, then its outcome —
// and what the run adds itself (a customer's end, a doubt settled). The first write that fails
// is kept and reported once: without its journal a run could not be resumed truthfully.
class RunJournalMirror
{
public:
    void setJournal(RunJournal *journal) { m_journal = journal; }
    bool hasJournal() const { return m_journal; }
    // Mirrors audit's entries about `customers` while context lives; failed() after the first
    // failed write.
    void follow(AuditLog *audit, QObject *context, QSet<QString> customers,
                std::function<void()> failed);
    void unfollow();
    // While paused, audit entries are not mirrored: the run writes its own record instead.
    void setPaused(bool paused) { m_paused = paused; }

    void write(const RunRecord &record);
    QString error() const { return m_error; }

private:
    void mirror(const AuditEntry &entry);

    RunJournal *m_journal = nullptr;
    AuditLog *m_audit = nullptr;
    QPointer<QObject> m_context;
    QSet<QString> m_customers;
    QSet<QString> m_attempted; // customer/action/item of every attempt this start journaled
    std::function<void()> m_failed;
    bool m_paused = false;
    QString m_error;
};
