#pragma once

#include "core/auth/secretstore.h"

#include <QObject>

// Passes every call on to the real store (the keychain) and says when none is left in flight.
// A command-line process ends right after its work; it must not end while the keychain is
// still writing the refresh token, or the sign-in is lost.
class TrackedSecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit TrackedSecretStore(SecretStore *store, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    bool isSettled() const { return m_pending == 0; }

signals:
    // The last call in flight has answered.
    void settled();

private:
    Callback track(QObject *context, Callback done);

    SecretStore *m_store;
    int m_pending = 0;
};
