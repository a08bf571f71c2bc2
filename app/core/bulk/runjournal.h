#pragma once

#include "core/bulk/runrecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

class Clock;

// A bulk run's journal, written as the run goes: append-only, one JournalLine per record, each
// one on the disk (write, then fdatasync) before append() returns, so what the run did survives
// a kill -9 or a power loss. RunJournalReader reads it back; a record torn by the crash is
// ignored and never hides the records before it.
class RunJournal
{
    Q_DECLARE_TR_FUNCTIONS(RunJournal)

public:
    explicit RunJournal(Clock *clock);
    ~RunJournal();
    RunJournal(const RunJournal &) = delete;
    RunJournal &operator=(const RunJournal &) = delete;

    // A new journal at path (its folder is made) starting with `started`; fails if the file
    // exists.
    bool create(const QString &path, const RunRecord &started);
    // Continues an existing journal: cuts off a torn last record, carries on its sequence and
    // appends a RunResumed record.
    bool resume(const QString &path);

    // Stamps sequence and time, writes the line and waits until it is on the disk.
    bool append(RunRecord record);

    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &error);
    bool syncFile();

    Clock *m_clock;
    QFile m_file;
    qint64 m_sequence = 0;
    QString m_error;
};
