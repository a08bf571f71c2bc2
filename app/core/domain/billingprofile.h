#pragma once

#include "core/domain/address.h"

struct BillingProfile
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString culture;
    QString language;
    QString companyName;
    Address defaultAddress;

    QString contactName() const;
};
