#include "customerlisting.h"

#include "core/api/customerpagereader.h"
#include "core/api/wirecodec.h"

#include <QCoreApplication>

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
        const std::optional<QUrl> next = resolveNext(page.nextUri);
        if (!next) {
            return WireCodec::malformed(
                QCoreApplication::translate(
                    "PartnerCenterClient",
                    "The next page is on another server (%1); it was not requested.")
                    .arg(page.nextUri.left(200)));
        }
        HttpRequest request;
        request.url = *next;
        request.correlationId = m_correlationId;
        request.extraHeaders = page.nextHeaders;
        prepare(request);
        out.next = std::move(request);
    }
    return out;
}

std::optional<QUrl> CustomerListing::resolveNext(const QString &uri) const
{
    QUrl next(uri);
    if (next.isRelative()) {
        // "/v1/customers?size=…" is relative to the service root, not to the base path.
        const QString basePath =
            m_baseUrl.path().endsWith(u'/') ? m_baseUrl.path().chopped(1) : m_baseUrl.path();
        if (uri.startsWith(u'/') && !uri.startsWith(basePath + u'/'))
            next = m_baseUrl.resolved(QUrl(basePath + uri));
        else
            next = m_baseUrl.resolved(next);
    }
    // Checked after resolving too: a scheme-relative "//other.host/…" is relative as well.
    if (next.scheme() == m_baseUrl.scheme() && next.host() == m_baseUrl.host() &&
        next.port(m_baseUrl.port()) == m_baseUrl.port())
        return next;
    return std::nullopt;
}
