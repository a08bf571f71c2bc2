#include "apipath.h"

#include <QUrl>

namespace {
QString encoded(QStringView text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text.toString(), keep));
}

QString build(QString path, std::initializer_list<QStringView> segments,
              const ApiPath::Query &query)
{
    for (QStringView segment : segments)
        path += u'/' + encoded(segment);
    for (qsizetype i = 0; i < query.size(); ++i)
        path += (i == 0 ? u'?' : u'&') + encoded(query.at(i).first, "$") + u'=' +
                encoded(query.at(i).second);
    return path;
}
} // namespace

QString ApiPath::of(std::initializer_list<QStringView> segments, const Query &query)
{
    return build(QStringLiteral("/v1"), segments, query);
}

QString ApiPath::graph(std::initializer_list<QStringView> segments, const Query &query)
{
    return build(QStringLiteral("/v1.0"), segments, query);
}
