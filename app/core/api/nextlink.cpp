#include "nextlink.h"

#include "core/api/wirecodec.h"

#include <QCoreApplication>

std::optional<QUrl> NextLink::resolve(const QUrl &base, const QString &uri)
{
    QUrl next(uri);
    if (next.isRelative()) {
        // "/v1/customers?size=…" is relative to the service root, not to the base path.
        const QString basePath = base.path().endsWith(u'/') ? base.path().chopped(1) : base.path();
        if (uri.startsWith(u'/') && !uri.startsWith(basePath + u'/'))
            next = base.resolved(QUrl(basePath + uri));
        else
            next = base.resolved(next);
    }
    // Checked after resolving too: a scheme-relative "//other.host/…" is relative as well.
    if (next.scheme() == base.scheme() && next.host() == base.host() &&
        next.port(base.port()) == base.port())
        return next;
    return std::nullopt;
}

ApiError NextLink::refused(const QString &uri)
{
    return WireCodec::malformed(
        QCoreApplication::translate("PartnerCenterClient",
                                    "The next page is on another server (%1); it was not "
                                    "requested.")
            .arg(uri.left(200)));
}
