#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

// One page of a Partner Center collection, before its items are decoded.
struct CollectionPage
{
    QJsonArray items;
    // links.next: the uri exactly as given, and every header it asks to be sent with it.
    QString nextUri;
    QList<QPair<QByteArray, QByteArray>> nextHeaders;

    bool hasNext() const { return !nextUri.isEmpty(); }
};
