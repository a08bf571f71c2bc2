#pragma once

#include "core/audit/auditentry.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

class ActivityModel;
struct ActivityRow;

// What the Activity table shows of the log: search as you type and filters by customer,
// action, result and date, all combined. Sorts on the raw values. Holds no rows of its own.
class ActivityFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityFilter(ActivityModel *source, QObject *parent = nullptr);

    ActivityModel *activityModel() const { return m_source; }

    // Case- and accent-insensitive, in the company name, domain, item, user, error and IDs.
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // A customer ID or primary domain (exactly, in any case; the log names customers by
    // these), or part of a company name; empty for every customer.
    void setCustomer(const QString &customer);
    QString customer() const { return m_customer; }
    // An AuditAction name; empty for every action.
    void setAction(const QString &action);
    QString action() const { return m_action; }
    void setOutcome(std::optional<AuditEntry::Outcome> outcome);
    std::optional<AuditEntry::Outcome> outcome() const { return m_outcome; }
    // Days in local time, both included; an invalid date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    bool isFiltered() const;
    const AuditEntry *entryAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesCustomer(const ActivityRow &row) const;

    ActivityModel *m_source;
    QString m_text;
    QString m_folded;
    QString m_customer;
    QString m_foldedCustomer;
    QString m_action;
    std::optional<AuditEntry::Outcome> m_outcome;
    QDate m_from;
    QDate m_to;
};
