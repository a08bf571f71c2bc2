// One WireCodec decoder on an arbitrary body: FUZZ_DECODE names it, FUZZ_COLLECTION takes a
// whole customers page instead.
#include "core/api/wirecodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
#ifdef FUZZ_COLLECTION
    const Result<CollectionPage> page = WireCodec::collection(body);
    if (page.ok())
        (void)WireCodec::list<Customer>(page.value().items, QStringLiteral("items"),
                                        &WireCodec::customer);
#else
    const Result<QJsonObject> object = WireCodec::object(body);
    if (object.ok()) {
        const auto decoded = FUZZ_DECODE(object.value(), {});
        if (!decoded.ok())
            (void)decoded.error().userMessage();
    }
#endif
    return 0;
}
