// An error answer: any status, any body, turned into what the user reads (as Partner Center's
// and as Microsoft Graph's).
#include "core/api/wirecodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 400 + (data[0] << 8 | data[1]) % 200;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    ApiError error = WireCodec::error(status, body);
    (void)error.userMessage();
    // The same answer from Microsoft Graph is worded by its own rules.
    error.setService(ApiError::Service::Graph);
    (void)error.userMessage();
    (void)error.isGraphPermissionMissing();
    (void)error.isStaleEtag();
    return 0;
}
