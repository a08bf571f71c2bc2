#pragma once

#include "core/domain/billingprofile.h"
#include "core/domain/companyprofile.h"

#include <QStringList>

// A customer of the partner. List pages carry only the company profile's id fields; the full
// record (addresses, billing) comes from GET /customers/{id}.
struct Customer
{
    QString id;
    QString commerceId;
    CompanyProfile companyProfile;
    BillingProfile billingProfile;
    // Kept as the wire text ("reseller", "none", or anything new), compared case-insensitively.
    QString relationshipToPartner;
    bool allowDelegatedAccess = false;
    QStringList customDomains;

    QString companyName() const { return companyProfile.companyName; }
    QString domain() const { return companyProfile.domain; }
    QString tenantId() const { return companyProfile.tenantId; }
    bool hasRelationship() const;
};
