#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <initializer_list>

// The one place a Partner Center (or Microsoft Graph) request path is written: "/v1/" (Graph:
// "/v1.0/") and the segments, each
// percent-encoded, then the query parameters, each key and value percent-encoded, so that no id
// or search text can add a segment or a parameter.
class ApiPath
{
public:
    using Query = QList<QPair<QString, QString>>;

    // ApiPath::of({u"customers", customerId, u"subscriptions"}) is
    // "/v1/customers/<customerId>/subscriptions".
    static QString of(std::initializer_list<QStringView> segments, const Query &query = {});
    // The same under Graph's "/v1.0"; OData's "$" stays readable in parameter names ("$filter").
    static QString graph(std::initializer_list<QStringView> segments, const Query &query = {});
};
