#include "urlopener.h"

#include <QDesktopServices>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

UrlOpener::Function UrlOpener::system()
{
    return [](const QUrl &url) {
        if (url.scheme() == "mailto"_L1 && !hasMailProgram())
            return false;
        return QDesktopServices::openUrl(url);
    };
}

bool UrlOpener::hasMailProgram()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // On Linux QDesktopServices hands the URL to xdg-open and succeeds as soon as that starts,
    // even when no program takes mailto: links and nothing opens. The desktop's own answer to
    // "which program opens mailto:" tells beforehand.
    QProcess query;
    query.start(u"xdg-mime"_s, {u"query"_s, u"default"_s, u"x-scheme-handler/mailto"_s});
    if (!query.waitForFinished(3000) || query.exitStatus() != QProcess::NormalExit ||
        query.exitCode() != 0) {
        query.kill();
        return true; // no answer: let the desktop try
    }
    // It prints the program's .desktop file, or nothing when there is none.
    return !query.readAllStandardOutput().trimmed().isEmpty();
#else
    return true;
#endif
}
