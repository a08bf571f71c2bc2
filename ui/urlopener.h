#pragma once

#include <QUrl>

#include <functional>

// Hands a URL to the desktop (browser, mail program). Widgets that open URLs take one of these,
// so tests see the URL that would have been opened instead of starting a program.
class UrlOpener
{
public:
    using Function = std::function<bool(const QUrl &)>;

    // QDesktopServices::openUrl, false when nothing can take the URL.
    static Function system();
    // Whether the desktop names a program for mailto: links; true when it cannot tell.
    static bool hasMailProgram();
};
