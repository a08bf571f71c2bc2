#include "displayformat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

QString DisplayFormat::shortFormatWithFullYear(bool withTime)
{
    const QLocale locale;
    QString format = withTime ? locale.dateTimeFormat(QLocale::ShortFormat)
                              : locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains("yyyy"_L1))
        format.replace("yy"_L1, "yyyy"_L1);
    return format;
}

QString DisplayFormat::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, shortFormatWithFullYear(false)) : QString();
}

QString DisplayFormat::utcDate(const QDateTime &when)
{
    return when.isValid() ? date(when.toUTC().date()) : QString();
}

QString DisplayFormat::dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), shortFormatWithFullYear(true))
                          : QString();
}
