#pragma once

#include "core/audit/auditentry.h"
#include "core/audit/auditsubject.h"
#include "core/domain/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <functional>
#include <utility>

// The record of every change PartnerDesk attempted: one JSON object per line, appended and
// flushed at once so a crash loses at most the line being written. Read back for the history.
class AuditLog
{
public:
    // An empty path means defaultPath().
    explicit AuditLog(QString filePath = {});

    // <AppDataLocation>/audit.jsonl
    static QString defaultPath();
    QString filePath() const { return m_filePath; }

    // Who is signed in, stamped on entries that name nobody.
    void setUserDisplayName(const QString &name) { m_user = name; }
    QString userDisplayName() const { return m_user; }

    // False (and errorString() set) when the file cannot be written.
    bool append(AuditEntry entry);
    // One line for subject's outcome. A null log records nothing, so workflows that run
    // without one need no checks of their own.
    static void record(AuditLog *log, const AuditSubject &subject, AuditEntry::Outcome outcome,
                       const QString &newStatus, const QUuid &correlationId,
                       const ApiError &error = {}, const QString &message = {});
    // Every readable line, oldest first; a damaged line is skipped, not fatal.
    QList<AuditEntry> entries() const;
    QString errorString() const { return m_error; }

    using Observer = std::function<void(const AuditEntry &entry)>;
    // Called with every entry once it is written (before the change it announces is sent),
    // while context lives: a bulk run mirrors its changes into its journal this way.
    void observe(QObject *context, Observer observer);
    void unobserve(QObject *context);

private:
    bool write(const AuditEntry &entry);

    QString m_filePath;
    QString m_user;
    QString m_error;
    QList<std::pair<QPointer<QObject>, Observer>> m_observers;
};
