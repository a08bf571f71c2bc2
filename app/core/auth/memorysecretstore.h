#pragma once

#include "core/auth/secretstore.h"

#include <QHash>

// A SecretStore in this process's memory: for tests, where it stands in for the keychain and
// can play one that is missing. Nothing is ever written anywhere.
class MemorySecretStore : public SecretStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QString secret(const QString &key) const { return m_secrets.value(key); }
    qsizetype size() const { return m_secrets.size(); }
    int writeCount() const { return m_writes; }

private:
    void answer(QObject *context, Callback done, Outcome outcome);

    QHash<QString, QString> m_secrets;
    bool m_available = true;
    int m_writes = 0;
};
