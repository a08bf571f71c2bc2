#include "trackedsecretstore.h"

#include <QPointer>

TrackedSecretStore::TrackedSecretStore(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

SecretStore::Callback TrackedSecretStore::track(QObject *context, Callback done)
{
    ++m_pending;
    // The store answers to this object, so the count is right even when the caller has gone;
    // the caller hears the answer only while it lives, as the SecretStore contract says.
    return [this, caller = QPointer<QObject>(context), done](const Outcome &outcome) {
        if (caller)
            done(outcome);
        if (--m_pending == 0)
            emit settled();
    };
}

void TrackedSecretStore::read(const QString &key, QObject *context, Callback done)
{
    m_store->read(key, this, track(context, std::move(done)));
}

void TrackedSecretStore::write(const QString &key, const QString &secret, QObject *context,
                               Callback done)
{
    m_store->write(key, secret, this, track(context, std::move(done)));
}

void TrackedSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_store->remove(key, this, track(context, std::move(done)));
}
