// An access token's claims: the input is the token text, header.payload.signature.
#include "core/auth/tokenclaims.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString token = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const TokenClaims claims = TokenClaims::fromAccessToken(token);
    (void)claims.roleSummary();
    (void)claims.displayName();
    (void)claims.mayRemoveRelationship();
    (void)claims.expiresAt().toString(Qt::ISODate);
    return 0;
}
