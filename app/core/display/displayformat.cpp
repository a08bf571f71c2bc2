#include "displayformat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

QString DisplayFormat::shortFormatWithFullYear(bool withTime)
{
    const QLocale locale;
    // Qt's Czech short format is the compact "dd.MM.yy"; Czech writes a date "24. 7. 2027"
    // (ČSN 01 6910, CLDR's medium format), as Slovak's short format already does.
    if (locale.language() == QLocale::Czech)
        return withTime ? u"d. M. yyyy H:mm"_s : u"d. M. yyyy"_s;
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

QString DisplayFormat::windowEnd(const QDateTime &until, const QDateTime &now)
{
    if (!until.isValid())
        return {};
    if (now.isValid() && until <= now)
        return tr("Closed on %1", "a cancellation window that has ended; %1 is when")
            .arg(dateTime(until));
    return dateTime(until);
}

QString DisplayFormat::quantity(qint64 quantity, const QString &unitType)
{
    // Partner Center's unit types, compared as it spells them in any case.
    const QString unit = unitType.trimmed().toLower();
    if (unit == "licenses"_L1 || unit == "license"_L1)
        return tr("%Ln license(s)", "subscription quantity", int(quantity));
    if (unit == "usage-based"_L1 || unit == "usagebased"_L1)
        return tr("%L1 (usage-based)", "subscription quantity of a plan billed by consumption")
            .arg(quantity);
    const QString number = QLocale().toString(quantity);
    return unit.isEmpty() ? number : number + u' ' + unitType.trimmed();
}
