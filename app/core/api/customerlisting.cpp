#include "customerlisting.h"

#include "core/api/nextlink.h"
#include "core/api/wirecodec.h"

using namespace Qt::Literals::StringLiterals;

CustomerListing::CustomerListing(QUrl baseUrl, QUuid correlationId)
    : m_baseUrl(std::move(baseUrl))
    , m_correlationId(correlationId)
{
}

Result<CustomerListing::Page> CustomerListing::read(const HttpAnswer &answer) const
{
    Result<CollectionPage> page = WireCodec::collection(answer.json);
    if (!page.ok())
        return page.error();
    Result<QList<Customer>> customers =
        WireCodec::list<Customer>(page.value().items, u"items"_s, &WireCodec::customer);
    if (!customers.ok())
        return customers.error();
    Page out{std::move(customers.value()), std::nullopt};
    if (page.value().hasNext()) {
        const std::optional<QUrl> next = NextLink::resolve(m_baseUrl, page.value().nextUri);
        if (!next)
            return NextLink::refused(page.value().nextUri);
        HttpRequest request;
        request.url = *next;
        request.correlationId = m_correlationId;
        request.extraHeaders = page.value().nextHeaders;
        out.next = std::move(request);
    }
    return out;
}
