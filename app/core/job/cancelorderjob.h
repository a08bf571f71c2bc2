#pragma once

#include "core/domain/entitlement.h"
#include "core/job/job.h"

// Cancels the order behind a software purchase (the RemovalBlocker::Action::CancelOrder step),
// inside its cancellation window only. A purchase that has no order or is past its window is
// refused here, without a request. Otherwise the PATCH, then both kinds of purchase are read
// again, so the state shows the server's truth whatever the PATCH answered.
class CancelOrderJob : public Job
{
    Q_OBJECT

public:
    CancelOrderJob(std::shared_ptr<CustomerState> state, AuditLog *audit,
                   const Entitlement &entitlement, QObject *parent = nullptr);

    const Entitlement &entitlement() const { return m_entitlement; }

    // What goes into lineItems[0].offerId: "productId:skuId", or the product alone.
    static QString offerIdFor(const Entitlement &entitlement);
    // Why the job would refuse this purchase at `now`; no error when it may be cancelled.
    static ApiError refusalFor(const Entitlement &entitlement, const QDateTime &now);

private:
    void run() override;

    Entitlement m_entitlement;
};
