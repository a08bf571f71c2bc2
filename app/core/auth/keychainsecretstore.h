#pragma once

#include "core/auth/secretstore.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class Clock;

namespace QKeychain {
class Job;
}

// The OS keychain through qtkeychain (Secret Service / KWallet, Windows Credential Manager,
// macOS Keychain), service "PartnerDesk", one key per account. Where there is none — a
// headless Linux, a container — it has to say so quickly: a D-Bus probe answers before any
// job is started, a bounded timeout covers a keychain that never answers, and after the first
// failure every call answers Unavailable at once. It never falls back to a file (qtkeychain's
// "insecure fallback" stays off).
class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView ServiceName{"PartnerDesk"};

    explicit KeychainSecretStore(Clock *clock, QObject *parent = nullptr);

    // Long enough for a user to unlock a locked keyring; short enough not to look hung.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // Whether a keychain service is there to be asked at all; why says what is missing.
    static bool probeBackend(QString *why);
    // Replaces probeBackend(), e.g. so a test can make the store ask qtkeychain regardless.
    void setBackendProbe(std::function<bool(QString *why)> probe) { m_probe = std::move(probe); }
    bool isKnownUnavailable() const { return m_unavailable.has_value(); }
    QString unavailableReason() const { return m_unavailable.value_or(QString()); }

private:
    void run(QKeychain::Job *job, QObject *context, Callback done);
    bool answerIfUnavailable(QObject *context, Callback &done);
    void markUnavailable(const QString &reason);

    Clock *m_clock;
    std::chrono::milliseconds m_timeout{15000};
    std::function<bool(QString *)> m_probe = &KeychainSecretStore::probeBackend;
    bool m_probed = false;
    std::optional<QString> m_unavailable;
};
