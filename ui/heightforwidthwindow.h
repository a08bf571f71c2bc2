#pragma once

#include <QObject>

class QWidget;

// Keeps a window at least as tall as its wrapped texts need at its current width. Qt sizes a
// window by its layout's minimum size, which ignores height-for-width: a label that wraps to
// more lines than at first (a longer message, a narrower window, a longer translation) is
// squeezed, and the widget below it covers its last lines.
class HeightForWidthWindow : public QObject
{
    Q_OBJECT

public:
    // Follows `window` from now on; owned by it.
    static void follow(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit HeightForWidthWindow(QWidget *window);
    void fit();

    QWidget *m_window;
};
