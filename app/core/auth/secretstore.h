#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where a refresh token may rest between runs: the OS keychain, nothing else (never a file,
// never QSettings). Every call answers exactly once, asynchronously, while context lives.
class SecretStore
{
public:
    enum class Status {
        Ok,
        NotFound,    // the store works, the entry is not there
        Unavailable, // no keychain on this system (or it did not answer in time)
        Failed,      // the keychain refused this one operation
    };
    struct Outcome
    {
        Status status = Status::Ok;
        QString secret;  // read() only
        QString message; // translated, for Unavailable and Failed
    };
    using Callback = std::function<void(const Outcome &outcome)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    // Replaces any previous secret under key.
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};
