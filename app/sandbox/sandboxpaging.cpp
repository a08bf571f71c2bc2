#include "sandboxpaging.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

QString SandboxPaging::token(int offset, const QString &filter)
{
    const QByteArray json = QJsonDocument(QJsonObject{{u"o"_s, offset}, {u"f"_s, filter}})
                                .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding));
}

int SandboxPaging::offset(const QByteArray &token, const QString &filter)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.trimmed(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return -1;
    const QJsonObject o = QJsonDocument::fromJson(*decoded).object();
    const QJsonValue offset = o.value(u"o"_s);
    if (!offset.isDouble() || o.value(u"f"_s).toString() != filter)
        return -1;
    const double value = offset.toDouble();
    return value >= 0 && value < 1e9 ? int(value) : -1;
}
