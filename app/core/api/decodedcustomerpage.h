#pragma once

#include "core/domain/customer.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One page of GET /v1/customers, decoded.
struct DecodedCustomerPage
{
    QList<Customer> customers;
    // links.next: the uri exactly as given, and every header it asks to be sent with it.
    QString nextUri;
    QList<QPair<QByteArray, QByteArray>> nextHeaders;

    bool hasNext() const { return !nextUri.isEmpty(); }
};
