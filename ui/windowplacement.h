#pragma once

#include <QByteArray>
#include <QMargins>
#include <QRect>
#include <QSize>

class QWidget;

// Where a top-level window opens: where and as large as the user left it, else a sensible
// default; either way inside the available area of its screen (panels and docks excluded),
// so that a window saved on a larger monitor, or a first start on a small screen, never puts
// the status bar or a button off-screen.
class WindowPlacement
{
public:
    // Room for the title bar the window manager adds around the window's contents; its real
    // size is only known once the window is shown.
    static QMargins frameAllowance();

    // The largest contents size that fits `available` with the frame.
    static QSize room(const QRect &available);
    // `preferred`, or less on a smaller screen, centred on `available`.
    static QRect defaultGeometry(const QSize &preferred, const QRect &available);
    // `geometry` shrunk to fit and moved inside `available`, frame included.
    static QRect fitted(const QRect &geometry, const QRect &available);

    // Sets the window's minimum size (bounded by its screen), then restores `saved`
    // (QWidget::saveGeometry()) or applies the default, and fits the result on the screen.
    static void place(QWidget *window, const QByteArray &saved, const QSize &preferred,
                      const QSize &minimum);
};
