#pragma once

#include "core/api/decodedcustomerpage.h"
#include "core/api/httpanswer.h"
#include "core/api/httprequest.h"
#include "core/domain/customer.h"
#include "core/domain/result.h"

#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

// One customer listing in progress: what carries it from a page to the next. Each page names
// the next one (links.next, with the headers such as MS-ContinuationToken it must be asked
// with); the listing turns that into the next request, or refuses a next page on another host,
// where the bearer token must never go.
class CustomerListing
{
public:
    struct Page
    {
        QList<Customer> customers;
        std::optional<HttpRequest> next; // none after the last page
    };

    CustomerListing(QUrl baseUrl, QUuid correlationId);

    // Lets a request of this listing read its page in one pass (CustomerPageReader); read()
    // takes the page from there, or from the answer's JSON when the reader gave up.
    void prepare(HttpRequest &request) const;
    Result<Page> read(const HttpAnswer &answer) const;

private:
    QUrl m_baseUrl;
    QUuid m_correlationId;
    // The page the reader read from the answer in flight; one request at a time.
    std::shared_ptr<std::optional<DecodedCustomerPage>> m_read =
        std::make_shared<std::optional<DecodedCustomerPage>>();
};
