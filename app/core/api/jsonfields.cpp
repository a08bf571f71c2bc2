#include "jsonfields.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QLatin1StringView typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null"_L1;
    case QJsonValue::Bool:
        return "a boolean"_L1;
    case QJsonValue::Double:
        return "a number"_L1;
    case QJsonValue::String:
        return "a string"_L1;
    case QJsonValue::Array:
        return "an array"_L1;
    case QJsonValue::Object:
        return "an object"_L1;
    case QJsonValue::Undefined:
        break;
    }
    return "nothing"_L1;
}
} // namespace

JsonFields::JsonFields(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{
}

QJsonValue JsonFields::value(QLatin1StringView key) const
{
    // Exact match first: it is the common case and O(log n).
    const auto exact = m_object.constFind(key);
    if (exact != m_object.constEnd())
        return *exact;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool JsonFields::has(QLatin1StringView key) const
{
    const QJsonValue v = value(key);
    return !v.isUndefined() && !v.isNull();
}

QString JsonFields::childPath(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

void JsonFields::wrongType(QLatin1StringView key, QLatin1StringView expected, const QJsonValue &got)
{
    m_problems << u"%1: expected %2, got %3"_s.arg(childPath(key), expected, typeName(got));
}

QString JsonFields::string(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "a string"_L1, v);
    return {};
}

QString JsonFields::requiredString(QLatin1StringView key)
{
    const QString s = string(key);
    if (s.isEmpty() && (value(key).isUndefined() || value(key).isNull() || value(key).isString()))
        m_problems << u"%1: missing"_s.arg(childPath(key));
    return s;
}

qint64 JsonFields::integer(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        // A quantity beyond 2^53 is not a quantity: refuse it rather than wrap around.
        if (d > 9007199254740992.0 || d < -9007199254740992.0) {
            m_problems << u"%1: number out of range"_s.arg(childPath(key));
            return 0;
        }
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
        if (!v.toString().isEmpty())
            wrongType(key, "a number"_L1, v);
        return 0;
    }
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "a number"_L1, v);
    return 0;
}

bool JsonFields::boolean(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString();
        if (s.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare("false"_L1, Qt::CaseInsensitive) == 0 || s.isEmpty())
            return false;
    }
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "a boolean"_L1, v);
    return false;
}

QDateTime JsonFields::dateTime(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        wrongType(key, "a date"_L1, v);
        return {};
    }
    const QString text = v.toString();
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        m_problems << u"%1: not a date: %2"_s.arg(childPath(key), text.left(40));
        return {};
    }
    // Partner Center dates without an offset are UTC.
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toUTC();
}

QJsonObject JsonFields::object(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "an object"_L1, v);
    return {};
}

QJsonArray JsonFields::array(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "an array"_L1, v);
    return {};
}
