#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class ApiError;

// One line of the audit trail: a change that was attempted, and how it ended. Holds ids,
// statuses and the server's verdict; never a token or any other credential.
struct AuditEntry
{
    // Unknown: the change may have been made; its answer was lost and reading it back failed.
    // Written as "unknown"; a line older than that value reads as before.
    enum class Outcome { Attempted, Succeeded, Failed, Refused, Cancelled, Unknown };

    QDateTime time; // UTC; filled in by AuditLog::append when empty
    QString user;   // display name, when known
    QString action; // "suspendSubscription", "removeRelationship", ...
    QString customerId;
    QString customerName;
    QString customerDomain; // primary domain, when the change knew it (not in older lines)
    QString itemId;         // subscription or order id
    QString itemName;
    QString oldStatus;
    QString newStatus;
    Outcome outcome = Outcome::Attempted;
    int httpStatus = 0;
    QString errorCode;
    QString errorMessage;
    QString correlationId;

    // Copies status, code, description and correlation id of a failure.
    void setError(const ApiError &error);

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &json);
    // One line of the log, without its line break; nothing for a damaged line.
    static std::optional<AuditEntry> fromLine(QByteArrayView line);
    static QString outcomeToText(Outcome outcome);
    static Outcome outcomeFromText(const QString &text);
};
