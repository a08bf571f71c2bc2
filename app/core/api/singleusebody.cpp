#include "singleusebody.h"

#include <cstring>

SingleUseBody::SingleUseBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 SingleUseBody::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

qint64 SingleUseBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_read);
    if (count <= 0)
        return m_read == m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_read, size_t(count));
    m_read += count;
    return count;
}
