#include "subscriptionmodel.h"

#include "core/api/systemclock.h"
#include "core/models/displayformat.h"
#include "core/models/statuscolors.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QVariant toneColor(SubscriptionModel::StatusTone tone)
{
    switch (tone) {
    case SubscriptionModel::StatusTone::Positive:
        return StatusColors::color(u"#2e7d32"_s);
    case SubscriptionModel::StatusTone::Warning:
        return StatusColors::color(u"#b26a00"_s);
    case SubscriptionModel::StatusTone::Negative:
        return StatusColors::color(u"#c62828"_s);
    case SubscriptionModel::StatusTone::Neutral:
        break;
    }
    return StatusColors::color(u"#616161"_s);
}
} // namespace

SubscriptionModel::SubscriptionModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(SystemClock::instance())
{
}

int SubscriptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int SubscriptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Subscription &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && s.isNewCommerce())
            return tr("%1. New commerce: billed while suspended; it must be cancelled, or run "
                      "to its term end, before the relationship can be removed.")
                .arg(s.status.displayName());
        if (index.column() == NameColumn && s.isAddOn())
            return tr("%1 (add-on)", "subscription name of an add-on").arg(s.displayName());
        return displayText(s, index.column());
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return toneColor(toneOf(s.status));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(s, index.column());
    case SubscriptionIdRole:
        return s.id;
    case StatusRole:
        return int(s.status.value());
    case StatusToneRole:
        return int(toneOf(s.status));
    case IsActiveRole:
        return s.status.countsAsActive();
    case IsAddOnRole:
        return s.isAddOn();
    case IsNewCommerceRole:
        return s.isNewCommerce();
    default:
        return {};
    }
}

QVariant SubscriptionModel::displayText(const Subscription &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.displayName();
    case OfferColumn:
        return s.offerName.isEmpty() ? s.offerId : s.offerName;
    case QuantityColumn:
        return QLocale().toString(s.quantity);
    case StatusColumn:
        return s.status.displayName();
    case BillingCycleColumn:
        return billingCycleDisplayName(s.billingCycle);
    case CommitmentEndColumn:
        return DisplayFormat::utcDate(s.commitmentEndDate);
    case CancellableUntilColumn:
        return s.isNewCommerce()
                   ? DisplayFormat::windowEnd(s.cancellationAllowedUntilDate, m_clock->now())
                   : QString();
    }
    return {};
}

QVariant SubscriptionModel::sortValue(const Subscription &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.displayName();
    case OfferColumn:
        return s.offerName.isEmpty() ? s.offerId : s.offerName;
    case QuantityColumn:
        return s.quantity;
    case StatusColumn:
        return s.status.toWire();
    case BillingCycleColumn:
        return s.billingCycle;
    case CommitmentEndColumn:
        return s.commitmentEndDate;
    case CancellableUntilColumn:
        return s.cancellationAllowedUntilDate;
    }
    return {};
}

QVariant SubscriptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name", "subscription name");
    case OfferColumn:
        return tr("Offer");
    case QuantityColumn:
        return tr("Quantity");
    case StatusColumn:
        return tr("Status", "subscription status");
    case BillingCycleColumn:
        return tr("Billing cycle");
    case CommitmentEndColumn:
        return tr("Commitment end", "end date of the subscription's term");
    case CancellableUntilColumn:
        return tr("Cancellable until", "last moment a new-commerce subscription can be cancelled");
    }
    return {};
}

void SubscriptionModel::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    clear();
    m_customerId = customerId;
}

void SubscriptionModel::setSubscriptions(const QList<Subscription> &subscriptions)
{
    bool sameIds = subscriptions.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < subscriptions.size(); ++i)
        sameIds = subscriptions.at(i).id == m_rows.at(i).id;

    if (sameIds) {
        m_rows = subscriptions;
        updateActiveCount();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(count() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = subscriptions;
        endResetModel();
        updateActiveCount();
    }
    setLoaded(true);
}

bool SubscriptionModel::updateSubscription(const Subscription &subscription)
{
    const int row = rowOf(subscription.id);
    if (row < 0)
        return false;
    m_rows[row] = subscription;
    // The count first: whoever reacts to dataChanged (the readiness) must see the new one.
    updateActiveCount();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void SubscriptionModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_customerId.clear();
    endResetModel();
    updateActiveCount();
    setLoaded(false);
}

const Subscription *SubscriptionModel::subscriptionAt(int row) const
{
    if (row < 0 || row >= count())
        return nullptr;
    return &m_rows.at(row);
}

const Subscription *SubscriptionModel::subscriptionById(const QString &id) const
{
    return subscriptionAt(rowOf(id));
}

int SubscriptionModel::rowOf(const QString &id) const
{
    // A customer has tens of subscriptions at most: a scan beats keeping an index in step.
    for (int row = 0; row < count(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QList<Subscription> SubscriptionModel::activeSubscriptions() const
{
    QList<Subscription> active;
    for (const Subscription &s : m_rows) {
        if (s.status.countsAsActive())
            active.append(s);
    }
    return active;
}

SubscriptionModel::StatusTone SubscriptionModel::toneOf(const SubscriptionStatus &status)
{
    switch (status.value()) {
    case SubscriptionStatus::Value::Active:
        return StatusTone::Positive;
    case SubscriptionStatus::Value::Pending:
    case SubscriptionStatus::Value::Suspended:
        return StatusTone::Warning;
    case SubscriptionStatus::Value::Disabled:
    case SubscriptionStatus::Value::Unknown:
        return StatusTone::Negative;
    case SubscriptionStatus::Value::None:
    case SubscriptionStatus::Value::Deleted:
    case SubscriptionStatus::Value::Expired:
        break;
    }
    return StatusTone::Neutral;
}

QString SubscriptionModel::billingCycleDisplayName(const QString &raw)
{
    const QString cycle = raw.toLower();
    if (cycle == "monthly"_L1)
        return tr("Monthly", "billing cycle");
    if (cycle == "annual"_L1)
        return tr("Annual", "billing cycle");
    if (cycle == "triennial"_L1)
        return tr("Every three years", "billing cycle");
    if (cycle == "one_time"_L1)
        return tr("One time", "billing cycle");
    if (cycle.isEmpty() || cycle == "none"_L1 || cycle == "unknown"_L1)
        return tr("None", "billing cycle");
    return tr("Unknown (%1)", "billing cycle the app does not know; %1 is the raw value").arg(raw);
}

int SubscriptionModel::activeCount() const
{
    // Counted, not cached: a listener of dataChanged or modelReset must never read a count
    // that lags behind the rows.
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Subscription &s) { return s.status.countsAsActive(); }));
}

void SubscriptionModel::updateActiveCount()
{
    const int active = activeCount();
    if (active == m_activeCount)
        return;
    m_activeCount = active;
    emit activeCountChanged(active);
}

void SubscriptionModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    emit loadedChanged(loaded);
}
