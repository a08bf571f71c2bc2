#pragma once

#include "core/customer/removalblocker.h"

#include <QStringList>

// Blockers as short "kind/action/item" lines, for one readable comparison per expectation.
inline QString blockerLine(RemovalBlocker::Kind kind, RemovalBlocker::Action action,
                           const QString &item)
{
    return QStringLiteral("%1/%2/%3").arg(int(kind)).arg(int(action)).arg(item);
}

inline QStringList blockerLines(const QList<RemovalBlocker> &blockers)
{
    QStringList out;
    for (const RemovalBlocker &b : blockers)
        out.append(blockerLine(b.kind, b.action, b.itemId()));
    return out;
}
