#include "customerlisting.h"

#include "core/api/customerpagereader.h"
#include "core/api/nextlink.h"
#include "core/api/wirecodec.h"

using namespace Qt::Literals::StringLiterals;

CustomerListing::CustomerListing(QUrl baseUrl, QUuid correlationId)
    : m_baseUrl(std::move(baseUrl))
    , m_correlationId(correlationId)
{
}

void CustomerListing::prepare(HttpRequest &request) const
{
    request.readBody = [read = m_read](const QByteArray &body) {
        *read = CustomerPageReader::read(body);
        return read->has_value();
    };
}

Result<CustomerListing::Page> CustomerListing::read(const HttpAnswer &answer) const
{
    DecodedCustomerPage page;
    if (m_read->has_value()) {
        page = std::move(**m_read);
        m_read->reset();
    } else {
        Result<CollectionPage> collection = WireCodec::collection(answer.json);
        if (!collection.ok())
            return collection.error();
        Result<QList<Customer>> customers =
            WireCodec::list<Customer>(collection.value().items, u"items"_s, &WireCodec::customer);
        if (!customers.ok())
            return customers.error();
        page = {std::move(customers.value()), collection.value().nextUri,
                collection.value().nextHeaders};
    }
    Page out{std::move(page.customers), std::nullopt};
    if (page.hasNext()) {
        const std::optional<QUrl> next = NextLink::resolve(m_baseUrl, page.nextUri);
        if (!next)
            return NextLink::refused(page.nextUri);
        HttpRequest request;
        request.url = *next;
        request.correlationId = m_correlationId;
        request.extraHeaders = page.nextHeaders;
        prepare(request);
        out.next = std::move(request);
    }
    return out;
}
