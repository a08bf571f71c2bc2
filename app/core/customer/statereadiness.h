#pragma once

#include "core/customer/removalblocker.h"
#include "core/customer/windowtimer.h"

#include <QList>

#include <functional>

class CustomerState;

// The readiness of one CustomerState for removal, kept current: the blockers the rule finds in
// what the state holds (NotLoaded or LoadFailed while the parts it reads are not all there), the
// active count its reason names, and a timer that evaluates again when a window closes.
class StateReadiness
{
public:
    // due runs when a window has closed, so the state evaluates again.
    StateReadiness(CustomerState *state, std::function<void()> due);

    const QList<RemovalBlocker> &blockers() const { return m_blockers; }
    // Evaluates the rule again; true when the blockers or the active count changed.
    bool update();

private:
    QList<RemovalBlocker> evaluate() const;

    const CustomerState *m_state;
    QList<RemovalBlocker> m_blockers;
    // The active count the reason last said.
    int m_activeCount = -1;
    WindowTimer m_windowTimer;
};
