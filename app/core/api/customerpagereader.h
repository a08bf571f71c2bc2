#pragma once

#include "core/api/decodedcustomerpage.h"

#include <QByteArrayView>

#include <optional>

// Reads a page of GET /v1/customers in one pass straight into Customers, instead of building a
// QJsonDocument and reading it back: that was most of what loading the customer list cost.
// Only pages of the usual shape are read here: valid JSON, the fields WireCodec reads under
// their exact names, strings where strings belong. For anything else read() gives up and the
// page goes through WireCodec, so every page decodes the same either way, errors included.
class CustomerPageReader
{
public:
    static std::optional<DecodedCustomerPage> read(QByteArrayView body);
};
