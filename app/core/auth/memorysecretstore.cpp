#include "memorysecretstore.h"

#include <QCoreApplication>
#include <QTimer>

void MemorySecretStore::answer(QObject *context, Callback done, Outcome outcome)
{
    if (!m_available)
        outcome = {Status::Unavailable,
                   {},
                   QCoreApplication::translate("MemorySecretStore", "No keychain is available.")};
    // Asynchronous like a real keychain, so callers are tested with the same ordering.
    QTimer::singleShot(0, context, [done = std::move(done), outcome] { done(outcome); });
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_secrets.constFind(key);
    answer(context, std::move(done),
           it == m_secrets.constEnd() ? Outcome{Status::NotFound, {}, {}}
                                      : Outcome{Status::Ok, it.value(), {}});
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              Callback done)
{
    if (m_available) {
        m_secrets.insert(key, secret);
        ++m_writes;
    }
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    const bool existed = m_available && m_secrets.remove(key);
    answer(context, std::move(done), existed ? Outcome{} : Outcome{Status::NotFound, {}, {}});
}
