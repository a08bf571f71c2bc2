#include "keychainsecretstore.h"

#include "core/api/clock.h"

#include <QPointer>
#include <qt6keychain/keychain.h>
#include <QTimer>

#ifdef PARTNERDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

#include <memory>

using namespace Qt::Literals::StringLiterals;

KeychainSecretStore::KeychainSecretStore(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

bool KeychainSecretStore::probeBackend(QString *why)
{
#ifdef PARTNERDESK_HAVE_DBUS
    // qtkeychain talks to the Secret Service or KWallet over the session bus; without either, a
    // job can wait for the D-Bus timeout (25 s) before failing. The bus daemon answers these
    // questions at once.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()) {
        if (why)
            *why = tr("there is no D-Bus session bus to reach a keychain service on");
        return false;
    }
    const QStringList services{u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s,
                               u"org.kde.kwalletd5"_s, u"org.kde.kwalletd"_s};
    QDBusConnectionInterface *daemon = bus.interface();
    const QDBusReply<QStringList> activatable = daemon->activatableServiceNames();
    for (const QString &service : services) {
        if (daemon->isServiceRegistered(service) ||
            (activatable.isValid() && activatable.value().contains(service)))
            return true;
    }
    if (why)
        *why = tr("neither the Secret Service (e.g. GNOME Keyring) nor KWallet is running");
    return false;
#else
    Q_UNUSED(why);
    return true; // Windows and macOS always have theirs.
#endif
}

void KeychainSecretStore::markUnavailable(const QString &reason)
{
    if (!m_unavailable)
        m_unavailable = tr("No keychain is available (%1). You stay signed in until PartnerDesk "
                           "closes; nothing is saved to disk.")
                            .arg(reason);
}

bool KeychainSecretStore::answerIfUnavailable(QObject *context, Callback &done)
{
    if (!m_probed) {
        m_probed = true;
        QString why;
        if (!m_probe(&why))
            markUnavailable(why);
    }
    if (!m_unavailable)
        return false;
    QTimer::singleShot(0, context, [done = std::move(done), message = *m_unavailable] {
        done({Status::Unavailable, {}, message});
    });
    return true;
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    if (answerIfUnavailable(context, done))
        return;
    auto *job = new QKeychain::ReadPasswordJob(ServiceName, this);
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    if (answerIfUnavailable(context, done))
        return;
    auto *job = new QKeychain::WritePasswordJob(ServiceName, this);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (answerIfUnavailable(context, done))
        return;
    auto *job = new QKeychain::DeletePasswordJob(ServiceName, this);
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, Callback done)
{
    job->setInsecureFallback(false); // qtkeychain's fallback is a plain-text file: never.
    job->setAutoDelete(true);
    // Whichever comes first, the job's answer or the timeout, answers; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<Callback>(std::move(done));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, answered, callback, guard](auto *j) {
        if (std::exchange(*answered, true))
            return;
        Outcome outcome;
        switch (j->error()) {
        case QKeychain::NoError:
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                outcome.secret = read->textData();
            break;
        case QKeychain::EntryNotFound:
            outcome.status = Status::NotFound;
            break;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::AccessDeniedByUser:
            outcome.status = Status::Failed;
            outcome.message = tr("The keychain refused: %1").arg(j->errorString());
            break;
        default:
            // No backend, or a broken one: stop asking it for the rest of the run.
            markUnavailable(j->errorString());
            outcome = {Status::Unavailable, {}, *m_unavailable};
            break;
        }
        if (guard)
            (*callback)(outcome);
    });
    m_clock->callAfter(m_timeout, this, [this, answered, callback, guard] {
        if (std::exchange(*answered, true))
            return;
        markUnavailable(tr("the keychain did not answer in time"));
        if (guard)
            (*callback)({Status::Unavailable, {}, *m_unavailable});
    });
    job->start();
}
