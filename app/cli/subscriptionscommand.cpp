#include "subscriptionscommand.h"

#include "core/customer/customerstate.h"
#include "core/models/subscriptionmodel.h"

using namespace Qt::Literals::StringLiterals;

SubscriptionsCommand::SubscriptionsCommand(const CliOptions &options, AppConnection *connection,
                                           QObject *parent)
    : CliCommand(options, connection, parent)
    , m_model(new SubscriptionModel(this))
{
}

void SubscriptionsCommand::start()
{
    resolveCustomer([this](const Customer &customer) {
        m_state = stateOf(customer);
        m_model->setState(m_state.get());
        m_state->refresh(CustomerState::Part::Subscriptions, this,
                         [this, customer](const ApiError &error) {
                             if (error.isError()) {
                                 fail(error);
                                 return;
                             }
                             print(customer);
                             finish(Success);
                         });
    });
}

void SubscriptionsCommand::print(const Customer &customer)
{
    QList<OutputFormatter::Column> columns{{u"id"_s, tr("Subscription ID")}};
    columns += OutputFormatter::modelColumns(
        m_model, {u"name"_s, u"offer"_s, u"quantity"_s, u"status"_s, u"billingCycle"_s,
                  u"commitmentEndDate"_s, u"cancellationAllowedUntilDate"_s});
    // For scripts: what the table leaves out.
    columns += {{u"offerId"_s, {}, false},
                {u"parentSubscriptionId"_s, {}, false},
                {u"autoRenewEnabled"_s, {}, false},
                {u"isTrial"_s, {}, false},
                {u"newCommerce"_s, {}, false}};
    QList<OutputFormatter::Row> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Subscription &s = *m_model->subscriptionAt(row);
        OutputFormatter::Row cells{{s.id, {}}};
        cells += OutputFormatter::modelRow(m_model, row, SubscriptionModel::SortRole);
        cells += {{s.offerId, {}},
                  {s.parentSubscriptionId, {}},
                  {s.autoRenewEnabled, {}},
                  {s.isTrial, {}},
                  {s.isNewCommerce(), {}}};
        rows.append(cells);
    }
    printList(columns, rows, tr("%1 has no subscriptions.").arg(customerLabel(customer)));
}
