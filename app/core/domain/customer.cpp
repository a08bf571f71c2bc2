#include "customer.h"

using namespace Qt::Literals::StringLiterals;

bool Customer::hasRelationship() const
{
    return relationshipToPartner.compare("none"_L1, Qt::CaseInsensitive) != 0;
}
