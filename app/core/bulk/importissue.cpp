#include "importissue.h"

QString ImportIssue::message() const
{
    switch (kind) {
    case Kind::Malformed:
        return detail.isEmpty()
                   ? tr("Line %1: “%2” is not a primary domain, customer ID or Microsoft ID.")
                         .arg(line)
                         .arg(text)
                   : tr("Line %1: “%2” is not a primary domain, customer ID or Microsoft ID "
                        "(%3).")
                         .arg(line)
                         .arg(text, detail);
    case Kind::Duplicate:
        return tr("Line %1: “%2” is listed already on line %3.")
            .arg(line)
            .arg(text)
            .arg(earlierLine);
    case Kind::Unknown:
        return tr("Line %1: no customer has the primary domain, customer ID or Microsoft ID “%2”.")
            .arg(line)
            .arg(text);
    case Kind::SameCustomer:
        return tr("Line %1: “%2” names %3, already named on line %4.")
            .arg(line)
            .arg(text, detail)
            .arg(earlierLine);
    }
    return {};
}
