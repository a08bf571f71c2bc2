#include "subscriptionmodel.h"

#include "core/api/clock.h"
#include "core/display/displayformat.h"
#include "core/display/displaynames.h"

#include <QLocale>

SubscriptionModel::SubscriptionModel(QObject *parent)
    : StateTableModel(CustomerState::Part::Subscriptions,
                      {&CustomerState::subscriptionsAboutToBeReplaced,
                       &CustomerState::subscriptionsReplaced, &CustomerState::subscriptionsChanged},
                      ColumnCount, parent)
{
}

int SubscriptionModel::count() const
{
    return int(state()->subscriptions().size());
}

const Subscription *SubscriptionModel::subscriptionAt(int row) const
{
    if (!state() || row < 0 || row >= rowCount())
        return nullptr;
    return &state()->subscriptions().at(row);
}

int SubscriptionModel::rowOf(const QString &id) const
{
    return state() ? state()->subscriptionRow(id) : -1;
}

QVariant SubscriptionModel::displayText(int row, int column) const
{
    const Subscription &s = *subscriptionAt(row);
    switch (column) {
    case NameColumn:
        return s.displayName();
    case OfferColumn:
        return s.offerName.isEmpty() ? s.offerId : s.offerName;
    case QuantityColumn:
        return QLocale().toString(s.quantity);
    case StatusColumn:
        return DisplayNames::subscriptionStatus(s.status);
    case BillingCycleColumn:
        return DisplayNames::billingCycle(s.billingCycle);
    case CommitmentEndColumn:
        return DisplayFormat::utcDate(s.commitmentEndDate);
    case CancellableUntilColumn:
        return s.cancellationWindowEnd().isValid()
                   ? DisplayFormat::windowEnd(s.cancellationWindowEnd(), state()->clock()->now())
                   : QString();
    }
    return {};
}

QVariant SubscriptionModel::sortValue(int row, int column) const
{
    const Subscription &s = *subscriptionAt(row);
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
        return s.cancellationWindowEnd();
    }
    return {};
}

QVariant SubscriptionModel::toolTip(int row, int column) const
{
    const Subscription &s = *subscriptionAt(row);
    if (column == StatusColumn && s.isNewCommerce())
        return tr("%1. New commerce: billed while suspended; it must be cancelled, or run "
                  "to its term end, before the relationship can be removed.")
            .arg(DisplayNames::subscriptionStatus(s.status));
    if (column == NameColumn && s.isAddOn()) {
        const Subscription *base = state()->subscription(s.parentSubscriptionId);
        return base ? tr("%1 — add-on of %2", "an add-on's name, then its base subscription's")
                          .arg(s.displayName(), base->displayName())
                    : tr("%1 (add-on)", "subscription name of an add-on").arg(s.displayName());
    }
    return displayText(row, column);
}

QVariant SubscriptionModel::tone(int row, int column) const
{
    if (column != StatusColumn)
        return {};
    return int(toneOf(subscriptionAt(row)->status));
}

int SubscriptionModel::parentRow(int row) const
{
    const Subscription &s = *subscriptionAt(row);
    return s.isAddOn() ? rowOf(s.parentSubscriptionId) : -1;
}

QVariant SubscriptionModel::customData(int row, int role) const
{
    const Subscription &s = *subscriptionAt(row);
    switch (role) {
    case SubscriptionIdRole:
        return s.id;
    case StatusRole:
        return int(s.status.value());
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

QString SubscriptionModel::columnTitle(int column) const
{
    switch (column) {
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

StateTableModel::Tone SubscriptionModel::toneOf(const SubscriptionStatus &status)
{
    switch (status.value()) {
    case SubscriptionStatus::Value::Active:
        return Tone::Positive;
    case SubscriptionStatus::Value::Pending:
    case SubscriptionStatus::Value::Suspended:
        return Tone::Warning;
    case SubscriptionStatus::Value::Disabled:
    case SubscriptionStatus::Value::Unknown:
        return Tone::Negative;
    case SubscriptionStatus::Value::None:
    case SubscriptionStatus::Value::Deleted:
    case SubscriptionStatus::Value::Expired:
        break;
    }
    return Tone::Neutral;
}
