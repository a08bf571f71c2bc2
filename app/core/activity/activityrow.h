#pragma once

#include "core/audit/auditentry.h"

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

// One line of the audit log as the Activity table holds it.
struct ActivityRow
{
    AuditEntry entry;
    // Company name, domain, item name, user and error, case- and accent-folded for the search,
    // apart by a character no text holds, so no match spans two of them.
    QString foldedText;

    static constexpr QChar Separator = u'\x1f';
    // The company name's part of foldedText.
    static QStringView foldedCustomerName(QStringView foldedText)
    {
        const qsizetype end = foldedText.indexOf(Separator);
        return end < 0 ? foldedText : foldedText.first(end);
    }
};

// Turns audit log lines into rows. Values that repeat from line to line (customers, actions,
// statuses, users, subscription names, the folded text) are stored once and shared, which
// keeps 100,000 rows in tens of megabytes. One parser per thread.
class ActivityRowParser
{
public:
    std::optional<ActivityRow> parse(QByteArrayView line);

private:
    QString shared(const QString &text);

    QSet<QString> m_pool;
    QHash<QString, QString> m_folded; // text -> its folded form, shared
};
