#pragma once

#include <QString>

struct Address
{
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString state;
    QString postalCode;
    QString country;
    QString phoneNumber;

    // One line per non-empty part, in postal order.
    QString toMultiLine() const;
};
