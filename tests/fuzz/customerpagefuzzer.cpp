// The one-pass customer page reader on an arbitrary body, against the general way: whatever
// CustomerPageReader accepts, WireCodec must read into the same customers and next link.
#include "core/api/customerpagereader.h"
#include "core/api/wirecodec.h"

#include <cstdlib>

namespace {
bool same(const Customer &a, const Customer &b)
{
    return a.id == b.id && a.commerceId == b.commerceId && a.tenantId() == b.tenantId() &&
           a.domain() == b.domain() && a.companyName() == b.companyName() &&
           a.companyProfile.email == b.companyProfile.email &&
           a.relationshipToPartner == b.relationshipToPartner &&
           a.allowDelegatedAccess == b.allowDelegatedAccess;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<DecodedCustomerPage> read = CustomerPageReader::read(body);
    if (!read)
        return 0;
    const Result<CollectionPage> page = WireCodec::collection(body);
    if (!page.ok())
        std::abort();
    const Result<QList<Customer>> customers = WireCodec::list<Customer>(
        page.value().items, QStringLiteral("items"), &WireCodec::customer);
    if (!customers.ok() || customers.value().size() != read->customers.size() ||
        page.value().nextUri != read->nextUri || page.value().nextHeaders != read->nextHeaders)
        std::abort();
    for (qsizetype i = 0; i < read->customers.size(); ++i) {
        if (!same(read->customers.at(i), customers.value().at(i)))
            std::abort();
    }
    return 0;
}
