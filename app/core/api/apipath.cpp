#include "apipath.h"

#include <QUrl>

namespace {
QString encoded(QStringView text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text.toString()));
}
} // namespace

QString ApiPath::of(std::initializer_list<QStringView> segments, const Query &query)
{
    QString path = QStringLiteral("/v1");
    for (QStringView segment : segments)
        path += u'/' + encoded(segment);
    for (qsizetype i = 0; i < query.size(); ++i)
        path += (i == 0 ? u'?' : u'&') + encoded(query.at(i).first) + u'=' +
                encoded(query.at(i).second);
    return path;
}
