#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

// Time as the app sees it. Waiting for Retry-After, back-off and cancellation windows all go
// through here, so tests move time forward instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // Calls fn after delay, unless context is destroyed first.
    virtual void callAfter(std::chrono::milliseconds delay, QObject *context,
                           std::function<void()> fn) = 0;
};
