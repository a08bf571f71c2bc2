#pragma once

#include "core/api/partnercenterclient.h"

#include <QList>

class PendingCall;

// A customer's purchases as one list, read with two requests: the software purchases, then the
// Azure reservations, each in the server's order. The two are answered only together: a mix of
// fresh software and missing reservations would be a state the server never was in.
namespace PurchasesListing {
// Both calls, so that the caller can cancel them; done runs once, after both have answered.
QList<PendingCall *> read(PartnerCenterClient *client, const QString &customerId, QObject *context,
                          PartnerCenterClient::Callback<QList<Entitlement>> done,
                          const CallOptions &options);
} // namespace PurchasesListing
