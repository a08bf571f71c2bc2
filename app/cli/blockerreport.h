#pragma once

#include "cli/outputformatter.h"
#include "core/customer/removalblocker.h"

#include <QCoreApplication>
#include <QList>

// What still blocks the removal, for the terminal (a bulleted list with what to do about each)
// or for scripts (rows with a stable kind).
class BlockerReport
{
    Q_DECLARE_TR_FUNCTIONS(BlockerReport)

public:
    static QString text(const QList<RemovalBlocker> &blockers);
    static QList<OutputFormatter::Column> columns();
    static QList<OutputFormatter::Row> rows(const QList<RemovalBlocker> &blockers);
    // Stable names for scripts: "activeSubscription", "reservation", ...
    static QString kindKey(RemovalBlocker::Kind kind);
};
