#include "heightforwidthwindow.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

HeightForWidthWindow::HeightForWidthWindow(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

void HeightForWidthWindow::follow(QWidget *window)
{
    auto *follower = new HeightForWidthWindow(window);
    follower->fit();
}

bool HeightForWidthWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::LayoutRequest ||
                                event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    return QObject::eventFilter(watched, event);
}

void HeightForWidthWindow::fit()
{
    QLayout *layout = m_window->layout();
    if (!layout)
        return;
    layout->activate();
    const int width = std::max(m_window->width(), layout->minimumSize().width());
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalMinimumSize().height();
    if (m_window->minimumHeight() != height)
        m_window->setMinimumHeight(height); // grows the window if it is shorter
}
