#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

// --startup-benchmark: how long the app takes from its start to a window that is shown and
// takes input, i.e. to the end of the window's first paint. Prints it on standard output and
// quits. Measured from main()'s start (exactly) and, on Linux, from the process's start
// (before the libraries loaded; to the kernel's 10 ms tick), with the CPU time spent so far.
class StartupBenchmark : public QObject
{
public:
    StartupBenchmark(QWidget *window, const QElapsedTimer &sinceMain);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_window;
    QElapsedTimer m_sinceMain;
    bool m_painted = false;
};
