#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Dates, times and quantities as the UI language writes them (QLocale::setDefault() follows
// the language): the locale's short order and separators, always with a four-digit year —
// "7/23/27" reads as a different date in every country.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString date(const QDate &date);
    // Commitment ends and windows are whole days in UTC; local time could move them back a day.
    static QString utcDate(const QDateTime &when);
    static QString dateTime(const QDateTime &when);
    // The format date() uses, for date editors.
    static QString dateFormat() { return shortFormatWithFullYear(false); }
    // The end of a cancellation window: its date and time while it is open, and that it has
    // closed once `now` is past it. Empty when there is no window.
    static QString windowEnd(const QDateTime &until, const QDateTime &now);
    // A subscription's quantity in its unit from Partner Center ("Licenses", "Usage-based"),
    // the unit translated: "40 licencí". An unknown unit is shown as the server sent it.
    static QString quantity(qint64 quantity, const QString &unitType);

private:
    static QString shortFormatWithFullYear(bool withTime);
};
