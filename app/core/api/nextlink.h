#pragma once

#include "core/domain/apierror.h"

#include <QString>
#include <QUrl>

#include <optional>

// The next page of a collection — Partner Center's links.next, Graph's @odata.nextLink — is
// followed only on the server the first page came from: the bearer token must go nowhere else.
class NextLink
{
public:
    // uri may be relative (to the service root, not the base path) or absolute; an absolute one
    // must have base's scheme, host and port.
    static std::optional<QUrl> resolve(const QUrl &base, const QString &uri);
    // The error for a next page that was not requested because it is elsewhere.
    static ApiError refused(const QString &uri);
};
