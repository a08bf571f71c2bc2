#include "activityfilter.h"

#include "core/activity/activitymodel.h"
#include "core/models/searchtext.h"

ActivityFilter::ActivityFilter(ActivityModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(ActivityModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ActivityFilter::setSearchText(const QString &text)
{
    m_text = text;
    const QString folded = SearchText::fold(text.trimmed());
    if (folded == m_folded)
        return;
    m_folded = folded;
    invalidateFilter();
}

void ActivityFilter::setCustomer(const QString &customer)
{
    if (customer.trimmed() == m_customer)
        return;
    m_customer = customer.trimmed();
    m_foldedCustomer = SearchText::fold(m_customer);
    invalidateFilter();
}

void ActivityFilter::setAction(const QString &action)
{
    if (action == m_action)
        return;
    m_action = action;
    invalidateFilter();
}

void ActivityFilter::setOutcome(std::optional<AuditEntry::Outcome> outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateFilter();
}

void ActivityFilter::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool ActivityFilter::isFiltered() const
{
    return !m_folded.isEmpty() || !m_customer.isEmpty() || !m_action.isEmpty() || m_outcome ||
           m_from.isValid() || m_to.isValid();
}

const AuditEntry *ActivityFilter::entryAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return nullptr;
    return &m_source->entryAt(mapToSource(index(proxyRow, 0)).row());
}

bool ActivityFilter::matchesCustomer(const ActivityRow &row) const
{
    const AuditEntry &entry = row.entry;
    return entry.customerId.compare(m_customer, Qt::CaseInsensitive) == 0 ||
           entry.customerDomain.compare(m_customer, Qt::CaseInsensitive) == 0 ||
           ActivityRow::foldedCustomerName(row.foldedText).contains(m_foldedCustomer);
}

bool ActivityFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    // Straight to the rows: 100,000 QVariant round trips per keystroke would show.
    const ActivityRow &row = m_source->rowAt(sourceRow);
    const AuditEntry &entry = row.entry;
    if (!m_action.isEmpty() && entry.action != m_action)
        return false;
    if (m_outcome && entry.outcome != *m_outcome)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day = entry.time.toLocalTime().date();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    if (!m_customer.isEmpty() && !matchesCustomer(row))
        return false;
    if (m_folded.isEmpty())
        return true;
    return row.foldedText.contains(m_folded) ||
           entry.customerId.contains(m_folded, Qt::CaseInsensitive) ||
           entry.itemId.contains(m_folded, Qt::CaseInsensitive) ||
           entry.correlationId.contains(m_folded, Qt::CaseInsensitive);
}
