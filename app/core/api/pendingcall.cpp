#include "pendingcall.h"

void PendingCall::cancel()
{
    if (m_finished || !m_canceller)
        return;
    // The canceller reports Cancelled through the call's own callback, which finishes it.
    auto canceller = std::move(m_canceller);
    canceller();
}

void PendingCall::markFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    m_canceller = {};
    emit finished();
    deleteLater();
}
