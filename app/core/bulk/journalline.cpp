#include "journalline.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace {
constexpr QByteArrayView CheckKey(",\"check\":\"");
constexpr qsizetype CheckHexLength = 8;
// The check member's key, its value and the closing `"}`.
constexpr qsizetype CheckSuffixLength = CheckKey.size() + CheckHexLength + 2;

QByteArray checkOf(QByteArrayView body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256)
        .first(CheckHexLength / 2)
        .toHex();
}
} // namespace

QByteArray JournalLine::encode(const QJsonObject &record)
{
    Q_ASSERT(!record.isEmpty() && !record.contains(QLatin1StringView("check")));
    // Compact JSON escapes every quote inside a string, so the check key cannot occur there.
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    line.chop(1); // the closing brace: the check member comes last
    const QByteArray check = checkOf(line);
    line.append(CheckKey);
    line.append(check);
    line.append("\"}\n");
    return line;
}

std::optional<QJsonObject> JournalLine::decode(QByteArrayView line)
{
    if (line.size() <= CheckSuffixLength || !line.endsWith("\"}"))
        return std::nullopt;
    const qsizetype keyAt = line.size() - CheckSuffixLength;
    if (!line.sliced(keyAt).startsWith(CheckKey))
        return std::nullopt;
    const QByteArrayView check = line.sliced(keyAt + CheckKey.size(), CheckHexLength);
    if (checkOf(line.first(keyAt)) != check)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QJsonObject record = document.object();
    record.remove(QLatin1StringView("check"));
    return record;
}
