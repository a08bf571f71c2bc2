#include "reverselinereader.h"

#include <utility>

ReverseLineReader::ReverseLineReader(const QString &path, qint64 end)
    : m_file(path)
    , m_position(end)
{
}

QList<QByteArray> ReverseLineReader::previousLines(qint64 bytes)
{
    QList<QByteArray> lines;
    if (atStart())
        return lines;
    const qint64 size = qMin(bytes, m_position);
    m_position -= size;
    QByteArray block;
    if (size > 0 && m_file.seek(m_position))
        block = m_file.read(size);
    if (block.size() != size) {
        // The file shrank under us: what is left cannot be trusted to be lines.
        m_position = 0;
        m_carry.clear();
        return lines;
    }
    block.append(m_carry);
    m_carry.clear();
    qsizetype end = block.size();
    for (;;) {
        const qsizetype newline = end > 0 ? block.lastIndexOf('\n', end - 1) : -1;
        if (newline < 0 && m_position > 0) {
            // The first line of the block may start further back; a line too long to be an
            // entry is dropped as it goes instead of being held.
            if (m_skipping || end > MaxLineLength)
                m_skipping = true;
            else
                m_carry = block.first(end);
            break;
        }
        const QByteArray line = block.sliced(newline + 1, end - newline - 1);
        if (std::exchange(m_skipping, false) || line.size() > MaxLineLength)
            ++m_skippedLines;
        else if (!line.trimmed().isEmpty())
            lines.append(line);
        if (newline < 0)
            break;
        end = newline;
    }
    return lines;
}
