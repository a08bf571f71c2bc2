#pragma once

#include "core/domain/address.h"

struct CompanyProfile
{
    QString tenantId; // the "Microsoft ID"
    QString domain;   // the primary domain
    QString companyName;
    QString email;
    Address address;
};
