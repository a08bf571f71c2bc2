#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

// Reads the whole lines of a file from a given end towards its start, a block at a time, so a
// log's newest lines come first however long it is.
class ReverseLineReader
{
public:
    // Longer lines are skipped, not returned.
    static constexpr qsizetype MaxLineLength = 1024 * 1024;

    // Lines before `end` (an offset just after a line break, or the file's size).
    ReverseLineReader(const QString &path, qint64 end);

    bool open() { return m_file.open(QIODevice::ReadOnly); }
    bool atStart() const { return m_position == 0 && m_carry.isEmpty(); }
    // The next lines, newest first, from about `bytes` more of the file; without line breaks,
    // empty lines left out.
    QList<QByteArray> previousLines(qint64 bytes);
    int skippedLines() const { return m_skippedLines; }

private:
    QFile m_file;
    qint64 m_position;
    QByteArray m_carry;      // the end of a line whose beginning is further back
    bool m_skipping = false; // in the middle of a line too long to keep
    int m_skippedLines = 0;
};
