#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Reads one JSON object the way Partner Center needs it read: keys case-insensitively (GETs
// answer camelCase, some PATCHes PascalCase), nulls and missing fields as empty, numbers and
// strings interchangeable where the contract is loose, and every wrong type written down as a
// problem instead of turning into a silent empty value.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QString path);

    QJsonValue value(QLatin1StringView key) const;
    bool has(QLatin1StringView key) const;

    QString string(QLatin1StringView key);
    // A string that must be there and be non-empty (identifiers).
    QString requiredString(QLatin1StringView key);
    qint64 integer(QLatin1StringView key);
    bool boolean(QLatin1StringView key);
    QDateTime dateTime(QLatin1StringView key);
    QJsonObject object(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);

    QString path() const { return m_path; }
    QString childPath(QLatin1StringView key) const;
    QStringList problems() const { return m_problems; }
    void addProblems(const QStringList &problems) { m_problems += problems; }

private:
    void wrongType(QLatin1StringView key, QLatin1StringView expected, const QJsonValue &got);

    QJsonObject m_object;
    QString m_path;
    QStringList m_problems;
};
