#include "auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

AuditLog::AuditLog(QString filePath)
    : m_filePath(filePath.isEmpty() ? defaultPath() : std::move(filePath))
{
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/audit.jsonl"_L1;
}

void AuditLog::record(AuditLog *log, const AuditSubject &subject, AuditEntry::Outcome outcome,
                      const QString &newStatus, const QUuid &correlationId, const ApiError &error,
                      const QString &message)
{
    if (!log)
        return;
    AuditEntry entry;
    entry.action = subject.action;
    entry.customerId = subject.customerId;
    entry.customerName = subject.customerName;
    entry.customerDomain = subject.customerDomain;
    entry.itemId = subject.itemId;
    entry.itemName = subject.itemName;
    entry.oldStatus = subject.oldStatus;
    entry.newStatus = newStatus;
    entry.outcome = outcome;
    entry.correlationId = correlationId.toString(QUuid::WithoutBraces);
    if (error.isError())
        entry.setError(error);
    if (!message.isEmpty())
        entry.errorMessage = message;
    log->append(entry);
}

bool AuditLog::append(AuditEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    if (entry.user.isEmpty())
        entry.user = m_user;

    const bool written = write(entry);
    m_observers.removeIf([](const auto &o) { return !o.first; });
    // A copy: an observer may stop observing from inside the call.
    const auto observers = m_observers;
    for (const auto &[context, observer] : observers) {
        if (context)
            observer(entry);
    }
    return written;
}

bool AuditLog::write(const AuditEntry &entry)
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_error = file.errorString();
        return false;
    }
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (file.write(line) != line.size() || !file.flush()) {
        m_error = file.errorString();
        return false;
    }
    m_error.clear();
    return true;
}

void AuditLog::observe(QObject *context, Observer observer)
{
    m_observers.append({context, std::move(observer)});
}

void AuditLog::unobserve(QObject *context)
{
    m_observers.removeIf([context](const auto &o) { return !o.first || o.first == context; });
}

QList<AuditEntry> AuditLog::entries() const
{
    QList<AuditEntry> out;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (std::optional<AuditEntry> entry = AuditEntry::fromLine(line))
            out.append(std::move(*entry));
    }
    return out;
}
