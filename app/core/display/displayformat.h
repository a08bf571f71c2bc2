#pragma once

#include <QDateTime>
#include <QString>

// Dates as the tables show them: the locale's short order and separators, but always with a
// four-digit year — "7/23/27" reads as a different date in every country.
class DisplayFormat
{
public:
    static QString date(const QDate &date);
    // Commitment ends and windows are whole days in UTC; local time could move them back a day.
    static QString utcDate(const QDateTime &when);
    static QString dateTime(const QDateTime &when);
    // The format date() uses, for date editors.
    static QString dateFormat() { return shortFormatWithFullYear(false); }

private:
    static QString shortFormatWithFullYear(bool withTime);
};
