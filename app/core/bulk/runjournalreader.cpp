#include "runjournalreader.h"

#include "core/bulk/journalline.h"

#include <QFile>

namespace {
constexpr qint64 ChunkSize = 1024 * 1024;

// Takes the whole lines one at a time and keeps the run's records among them.
class RecordCollector
{
public:
    explicit RecordCollector(JournalScan &scan)
        : m_scan(scan)
    {
    }

    void line(QByteArrayView text)
    {
        const std::optional<QJsonObject> json = JournalLine::decode(text);
        const std::optional<RunRecord> record = json ? RunRecord::fromJson(*json) : std::nullopt;
        if (!record || !belongs(*record)) {
            ++m_scan.damagedLines;
            return;
        }
        m_scan.records.append(*record);
    }

    void damaged() { ++m_scan.damagedLines; }

private:
    // One run per journal, starting with its RunStarted, each record after the one before.
    bool belongs(const RunRecord &record) const
    {
        const bool started = !m_scan.records.isEmpty();
        if (started != (record.type != RunRecord::Type::RunStarted))
            return false;
        return !started || record.sequence > m_scan.records.constLast().sequence;
    }

    JournalScan &m_scan;
};
} // namespace

JournalScan RunJournalReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        JournalScan scan;
        scan.error = file.errorString();
        return scan;
    }
    return read(file);
}

JournalScan RunJournalReader::read(QIODevice &device)
{
    JournalScan scan;
    RecordCollector collector(scan);
    QByteArray pending; // the line read so far
    bool overlong = false;
    qint64 offset = 0;
    while (!device.atEnd()) {
        const QByteArray chunk = device.read(ChunkSize);
        if (chunk.isEmpty())
            break;
        qsizetype from = 0;
        while (from < chunk.size()) {
            const qsizetype newline = chunk.indexOf('\n', from);
            const qsizetype to = newline < 0 ? chunk.size() : newline;
            if (!overlong) {
                pending.append(chunk.constData() + from, to - from);
                if (pending.size() > MaxLineLength) {
                    overlong = true;
                    pending = QByteArray();
                }
            }
            if (newline < 0)
                break;
            if (overlong)
                collector.damaged();
            else if (!pending.isEmpty())
                collector.line(pending);
            pending.clear();
            overlong = false;
            scan.validLength = offset + newline + 1;
            from = newline + 1;
        }
        offset += chunk.size();
    }
    scan.tornTail = offset > scan.validLength;
    return scan;
}
