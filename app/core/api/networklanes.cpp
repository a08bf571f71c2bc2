#include "networklanes.h"

NetworkLanes::NetworkLanes()
{
    // Replies are deleted by their exchange, which may still read them after finished().
    for (QNetworkAccessManager &manager : m_managers)
        manager.setAutoDeleteReplies(false);
}

QNetworkAccessManager *NetworkLanes::next()
{
    QNetworkAccessManager *manager = &m_managers[m_next];
    m_next = (m_next + 1) % m_managers.size();
    return manager;
}
