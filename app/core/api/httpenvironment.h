#pragma once

#include "core/api/retrypolicy.h"

#include <QString>

class AccessTokenSource;
class Clock;
class QNetworkAccessManager;

// What every exchange of one client shares: where it sends, who gives it a token, whose time it
// waits on, how hard it tries and which language it asks for.
struct HttpEnvironment
{
    QNetworkAccessManager *network = nullptr;
    AccessTokenSource *tokens = nullptr;
    Clock *clock = nullptr;
    RetryPolicy retryPolicy;
    QString localeTag;
};
