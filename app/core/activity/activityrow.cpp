#include "activityrow.h"

#include "core/models/searchtext.h"

std::optional<ActivityRow> ActivityRowParser::parse(QByteArrayView line)
{
    std::optional<AuditEntry> parsed = AuditEntry::fromLine(line);
    if (!parsed)
        return std::nullopt;
    ActivityRow row{std::move(*parsed), {}};
    AuditEntry &e = row.entry;
    for (QString *text : {&e.user, &e.action, &e.customerId, &e.customerName, &e.customerDomain,
                          &e.itemName, &e.oldStatus, &e.newStatus, &e.errorCode, &e.errorMessage})
        *text = shared(*text);
    const QChar separator = ActivityRow::Separator;
    row.foldedText =
        shared(SearchText::fold(e.customerName + separator + e.customerDomain + separator +
                                e.itemName + separator + e.user + separator + e.errorMessage));
    return row;
}

QString ActivityRowParser::shared(const QString &text)
{
    if (text.isEmpty())
        return {};
    const auto known = m_pool.constFind(text);
    if (known != m_pool.cend())
        return *known;
    m_pool.insert(text);
    return text;
}
