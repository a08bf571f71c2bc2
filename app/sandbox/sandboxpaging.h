#pragma once

#include <QByteArray>
#include <QString>

// The sandbox's continuation tokens (Partner Center's MS-ContinuationToken, Graph's $skiptoken):
// opaque to clients, base64url of the offset and the filter they belong to, so a token cannot be
// replayed against another filter.
namespace SandboxPaging {
QString token(int offset, const QString &filter);
// The offset, or -1 for a token that is not one of ours or belongs to another filter.
int offset(const QByteArray &token, const QString &filter);
} // namespace SandboxPaging
