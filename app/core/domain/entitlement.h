#pragma once

#include <QDateTime>
#include <QString>

// A purchase that is not a subscription: a software purchase or an Azure reservation.
struct Entitlement
{
    enum class Type { Software, ReservedInstance, Other };

    Type type = Type::Other;
    QString rawType;
    QString productId;
    QString skuId;
    QString friendlyName;
    qint64 quantity = 0;
    QString orderId; // referenceOrder.id
    QDateTime expiryDate;
    QDateTime cancellationAllowedUntilDate;
    QString fulfillmentState;
    QString status; // "active", "cancelled", "expired", or anything new

    static Type typeFromWire(const QString &raw);
    static QString typeToWire(Type type);
    QString displayName() const;
    bool isActiveAt(const QDateTime &now) const;
    // An Azure savings plan, which Partner Center lists as no type of its own.
    bool isSavingsPlan() const;
    bool canCancelAt(const QDateTime &now) const;
};
