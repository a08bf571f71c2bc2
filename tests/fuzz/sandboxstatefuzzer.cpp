// The sandbox's state file (--data FILE, the GUI's sandbox-state.json): loaded and saved.
#include "sandbox/sandboxstore.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    SandboxStore store;
    if (store.fromJson(document.object(), QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC))) {
        (void)store.toJson();
        for (int i = 0; i < store.listedCount(); ++i)
            (void)store.listedAt(i);
    }
    return 0;
}
