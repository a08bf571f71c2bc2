#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

struct OrderLineItem
{
    int lineItemNumber = 0;
    QString offerId;
};

struct Order
{
    QString id;
    QString status;
    QDateTime creationDate;
    QList<OrderLineItem> lineItems;
};
