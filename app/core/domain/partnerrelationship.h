#pragma once

#include <QString>

// A relationship between two partners in the indirect (two-tier) CSP model, as Partner Center
// lists them ("Retrieve a list of indirect resellers", GET /v1/relationships): for an indirect
// reseller, each of its indirect providers. Only the indirect provider may remove a reseller
// relationship with a customer of theirs.
struct PartnerRelationship
{
    QString id; // the other partner's tenant id
    QString name;
    QString relationshipType; // "is_indirect_reseller_of", kept raw
    QString state;            // "active", or anything new, kept raw
    QString mpnId;

    bool isActive() const
    {
        return state.isEmpty() ||
               state.compare(QLatin1StringView("active"), Qt::CaseInsensitive) == 0;
    }
};
