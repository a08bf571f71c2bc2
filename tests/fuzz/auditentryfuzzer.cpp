// The audit log's lines as AuditLog reads them back: JSON objects, one a line, round-tripped
// with the same outcome.
#include "core/audit/auditentry.h"

#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : text.split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue;
        const AuditEntry entry = AuditEntry::fromJson(document.object());
        // What is written reads back the same: every outcome, "unknown" included, survives.
        if (AuditEntry::fromJson(entry.toJson()).outcome != entry.outcome)
            std::abort();
    }
    return 0;
}
