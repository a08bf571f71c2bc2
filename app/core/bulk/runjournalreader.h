#pragma once

#include "core/bulk/runrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

// What reading a journal found.
struct JournalScan
{
    // The run's records in order: RunStarted first, sequence numbers rising.
    QList<RunRecord> records;
    // Whole lines that are no record of this run: damaged, foreign, out of order, too long.
    int damagedLines = 0;
    // The file ends in a line without its line break: a record torn by a crash, ignored.
    bool tornTail = false;
    // Bytes up to and including the last line break; RunJournal::resume() cuts the file here.
    qint64 validLength = 0;
    // Set when the file could not be read at all.
    QString error;
};

// Reads a RunJournal back, after a clean end or a crash. Never trusts a line: each must be a
// whole JournalLine whose check matches, else it is counted and skipped, and the records around
// it are read as usual. Memory stays bounded whatever the file holds.
class RunJournalReader
{
    Q_DECLARE_TR_FUNCTIONS(RunJournalReader)

public:
    // A line longer than this is skipped unread (a run of 100,000 customers starts with a
    // record of about 20 MB).
    static constexpr qint64 MaxLineLength = 64 * 1024 * 1024;

    static JournalScan read(const QString &path);
    static JournalScan read(QIODevice &device);
};
