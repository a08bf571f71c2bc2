#pragma once

#include "core/api/retrypolicy.h"

#include <QString>

class AccessTokenSource;
class Clock;
class NetworkLanes;

// What every exchange of one client shares: where it sends, who gives it a token, whose time it
// waits on, how hard it tries, which language it asks for and in whose dialect.
struct HttpEnvironment
{
    // Whose conventions the requests follow: Partner Center's MS-CorrelationId, MS-RequestId and
    // X-Locale, or Microsoft Graph's client-request-id and Accept-Language.
    enum class Dialect { PartnerCenter, Graph };

    NetworkLanes *network = nullptr;
    AccessTokenSource *tokens = nullptr;
    Clock *clock = nullptr;
    RetryPolicy retryPolicy;
    QString localeTag;
    Dialect dialect = Dialect::PartnerCenter;
};
