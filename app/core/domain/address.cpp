#include "address.h"

#include <QStringList>

QString Address::toMultiLine() const
{
    QStringList lines;
    for (const QString &line : {addressLine1, addressLine2}) {
        if (!line.isEmpty())
            lines << line;
    }
    QStringList place;
    for (const QString &part : {postalCode, city, state}) {
        if (!part.isEmpty())
            place << part;
    }
    if (!place.isEmpty())
        lines << place.join(u' ');
    if (!country.isEmpty())
        lines << country;
    return lines.join(u'\n');
}
