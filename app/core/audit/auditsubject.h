#pragma once

#include <QString>

// What a change is about, known before its outcome: one per workflow run or item.
struct AuditSubject
{
    QString action; // e.g. "suspendSubscription", "cancelOrder", "removeRelationship"
    QString customerId;
    QString customerName;
    QString itemId;
    QString itemName;
    QString oldStatus;
    QString customerDomain = {};
};
