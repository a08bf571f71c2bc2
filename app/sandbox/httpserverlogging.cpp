#include "httpserverlogging.h"

#include <QLoggingCategory>

#include <cstring>
#include <mutex>

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void filter(QLoggingCategory *category)
{
    // The previous filter applies QT_LOGGING_RULES and the like; this one has the last word.
    if (previousFilter)
        previousFilter(category);
    if (std::strncmp(category->categoryName(), "qt.httpserver", 13) != 0)
        return;
    for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
        category->setEnabled(type, false);
}
} // namespace

void HttpServerLogging::silence()
{
    // Installing twice would make the filter its own predecessor.
    static std::once_flag once;
    std::call_once(once, [] { previousFilter = QLoggingCategory::installFilter(&filter); });
}
