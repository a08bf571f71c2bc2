#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A granular delegated admin (GDAP) relationship with a customer: Microsoft Graph's
// delegatedAdminRelationship. Removing the reseller relationship does not end it; terminating
// it does (status terminationRequested → terminating → terminated).
struct AdminRelationship
{
    Q_DECLARE_TR_FUNCTIONS(AdminRelationship)

public:
    QString id;
    QString displayName;
    QString status; // Graph's status, kept raw ("active", "terminating", anything new)
    QString customerTenantId;
    QString customerName;
    QStringList roleDefinitionIds; // accessDetails.unifiedRoles[].roleDefinitionId
    QString duration;              // ISO 8601, e.g. "P730D"
    QString autoExtendDuration;    // "PT0S" (no), "P180D"
    QDateTime createdDateTime;
    QDateTime activatedDateTime;
    QDateTime endDateTime;
    QString etag; // @odata.etag

    // The partner still has admin access through it (or is about to get it).
    bool isActive() const;
    // Terminated or expired: nothing is left to do.
    bool isEnded() const;
    // A termination was asked for and is running.
    bool isEnding() const;
    // Only an active relationship can be terminated.
    bool canTerminate() const { return isActive(); }
    // The status in the user's language ("Active", "Termination requested"…).
    QString statusText() const;
    // The roles by name, for the Account page and the CLI.
    QStringList roleNames() const;
};
