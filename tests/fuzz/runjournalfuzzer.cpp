// A bulk run's journal as RunJournalReader reads it back after a crash: any bytes at all, then
// the run rebuilt from what was read, and every record read written and read again unchanged.
#include "core/bulk/journalline.h"
#include "core/bulk/runjournalreader.h"
#include "core/bulk/runstate.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    const JournalScan scan = RunJournalReader::read(device);
    if (scan.validLength < 0 || scan.validLength > qint64(size))
        std::abort();
    for (const RunRecord &record : scan.records) {
        const QByteArray line = JournalLine::encode(record.toJson());
        const std::optional<QJsonObject> back =
            JournalLine::decode(QByteArrayView(line).chopped(1));
        if (!back || *back != record.toJson())
            std::abort();
    }
    if (const std::optional<RunState> state = RunState::fromRecords(scan.records)) {
        for (const RunCustomerState &customer : state->customers())
            (void)customer.inDoubt();
        (void)state->remaining();
    }
    return 0;
}
