#include "billingprofile.h"

QString BillingProfile::contactName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + u' ' + lastName;
}
