#pragma once

// Qt's HTTP server logs every request it receives, headers included, on the qt.httpserver*
// categories; that would put bearer tokens into logs. silence() turns those categories off for
// good, whatever QT_LOGGING_RULES says, and keeps any filter installed before it working.
class HttpServerLogging
{
public:
    static void silence();
};
