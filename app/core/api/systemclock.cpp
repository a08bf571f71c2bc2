#include "systemclock.h"

#include <QTimer>

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::callAfter(std::chrono::milliseconds delay, QObject *context,
                            std::function<void()> fn)
{
    QTimer::singleShot(delay, context, std::move(fn));
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}
