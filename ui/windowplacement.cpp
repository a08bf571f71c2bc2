#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

QMargins WindowPlacement::frameAllowance()
{
    return {8, 40, 8, 8};
}

QSize WindowPlacement::room(const QRect &available)
{
    const QMargins frame = frameAllowance();
    return available.size().shrunkBy(frame).expandedTo(QSize(1, 1));
}

QRect WindowPlacement::defaultGeometry(const QSize &preferred, const QRect &available)
{
    const QSize size = preferred.boundedTo(room(available));
    QRect geometry(QPoint(), size);
    geometry.moveCenter(available.marginsRemoved(frameAllowance()).center());
    return fitted(geometry, available);
}

QRect WindowPlacement::fitted(const QRect &geometry, const QRect &available)
{
    const QRect inside = available.marginsRemoved(frameAllowance());
    QRect result(geometry.topLeft(), geometry.size().boundedTo(room(available)));
    result.moveLeft(std::clamp(result.left(), inside.left(), inside.right() - result.width() + 1));
    result.moveTop(std::clamp(result.top(), inside.top(), inside.bottom() - result.height() + 1));
    return result;
}

void WindowPlacement::place(QWidget *window, const QByteArray &saved, const QSize &preferred,
                            const QSize &minimum)
{
    const QScreen *primary = QGuiApplication::primaryScreen();
    if (!primary) {
        window->setMinimumSize(minimum);
        window->resize(preferred);
        return;
    }
    // restoreGeometry() picks the screen the window was on, if it is still there.
    const bool restored = !saved.isEmpty() && window->restoreGeometry(saved);
    const QScreen *screen = QGuiApplication::screenAt(window->geometry().center());
    if (!restored || !screen)
        screen = primary;
    const QRect available = screen->availableGeometry();
    window->setMinimumSize(minimum.boundedTo(room(available)));
    if (window->isMaximized() || window->isFullScreen())
        return;
    if (!restored) {
        window->setGeometry(defaultGeometry(preferred, available));
        return;
    }
    // A geometry that still fits is left exactly as restored: setting it again would move the
    // window by its frame at every start.
    const QRect fit = fitted(window->geometry(), available);
    if (fit != window->geometry())
        window->setGeometry(fit);
}
