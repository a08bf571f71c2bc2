// A token endpoint's answer: classified, its tokens and expiry read, its message built.
#include "core/auth/oauthreply.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int status = data[0] < 200 ? 200 : 200 + data[0] % 400;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const OAuthReply reply = OAuthReply::fromAnswer(status, body);
    (void)reply.tokens(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    (void)reply.userMessage();
    return 0;
}
