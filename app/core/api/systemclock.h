#pragma once

#include "core/api/clock.h"

class SystemClock : public Clock
{
public:
    QDateTime now() const override;
    void callAfter(std::chrono::milliseconds delay, QObject *context,
                   std::function<void()> fn) override;

    // The clock of the running application.
    static SystemClock *instance();
};
