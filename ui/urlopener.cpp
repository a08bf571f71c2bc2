#include "urlopener.h"

#include <QDesktopServices>

UrlOpener::Function UrlOpener::system()
{
    return [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}
