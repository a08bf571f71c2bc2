#pragma once

#include "core/bulk/runstate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The folder that keeps the journals of bulk runs, one file a run: <folder>/<run id>.jsonl.
// Run IDs begin with the UTC start time, so the names sort oldest first. A run whose journal has
// no RunFinished record is unfinished: the app crashed, was killed or quit during it, and the
// next start offers to resume it.
class Clock;

class RunJournalStore
{
public:
    // <data folder>/runs
    explicit RunJournalStore(QString folder);
    // The folder a data folder keeps its runs in.
    static QString folderIn(const QString &dataFolder);

    QString folder() const { return m_folder; }
    // "20261120T090000Z-3f9a1c2e": the start time, then random hex against two starts in one
    // second.
    static QString newRunId(const QDateTime &startedAt);
    QString pathOf(const QString &runId) const;

    // Every run with a readable start, oldest first.
    QList<RunState> runs() const;
    // The newest run without a RunFinished record, if any.
    std::optional<RunState> unfinishedRun() const;
    std::optional<RunState> run(const QString &runId) const;
    // Ends an unfinished run as cancelled without working on it: its journal stays, so its
    // report (and the audit log) keep what it did, and no start offers it again.
    bool discard(const QString &runId, Clock *clock, QString *error = nullptr) const;

private:
    QStringList runIds() const;

    QString m_folder;
};
