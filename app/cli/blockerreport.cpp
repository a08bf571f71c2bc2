#include "blockerreport.h"

using namespace Qt::Literals::StringLiterals;

QString BlockerReport::text(const QList<RemovalBlocker> &blockers)
{
    QString out;
    for (const RemovalBlocker &blocker : blockers) {
        out += tr("  - %1", "one item of a bulleted list").arg(blocker.title()) + u'\n';
        const QString explanation = blocker.explanation();
        if (!explanation.isEmpty())
            out += u"    "_s + explanation + u'\n';
        if (!blocker.itemId().isEmpty())
            out += u"    "_s + tr("ID: %1").arg(blocker.itemId()) + u'\n';
        if (blocker.link.isValid())
            out += u"    "_s + blocker.link.toString() + u'\n';
    }
    return out;
}

QList<OutputFormatter::Column> BlockerReport::columns()
{
    return {{u"kind"_s, tr("Kind")},
            {u"itemId"_s, tr("ID")},
            {u"itemName"_s, tr("Name")},
            {u"title"_s, tr("Blocker")},
            {u"explanation"_s, tr("What to do")},
            {u"deadline"_s, tr("Deadline"), false}};
}

QList<OutputFormatter::Row> BlockerReport::rows(const QList<RemovalBlocker> &blockers)
{
    QList<OutputFormatter::Row> rows;
    for (const RemovalBlocker &b : blockers) {
        rows.append({{kindKey(b.kind), {}},
                     {b.itemId(), {}},
                     {b.itemName, {}},
                     {b.title(), {}},
                     {b.explanation(), {}},
                     {b.deadline, {}}});
    }
    return rows;
}

QString BlockerReport::kindKey(RemovalBlocker::Kind kind)
{
    switch (kind) {
    case RemovalBlocker::Kind::ActiveSubscription:
        return u"activeSubscription"_s;
    case RemovalBlocker::Kind::NewCommerceNotCancelled:
        return u"newCommerceNotCancelled"_s;
    case RemovalBlocker::Kind::Reservation:
        return u"reservation"_s;
    case RemovalBlocker::Kind::SoftwarePurchaseCancellable:
        return u"softwarePurchaseCancellable"_s;
    case RemovalBlocker::Kind::Marketplace:
        return u"marketplace"_s;
    case RemovalBlocker::Kind::AzurePlanInUse:
        return u"azurePlanInUse"_s;
    case RemovalBlocker::Kind::SavingsPlan:
        return u"savingsPlan"_s;
    case RemovalBlocker::Kind::NotLoaded:
        return u"notLoaded"_s;
    case RemovalBlocker::Kind::LoadFailed:
        return u"loadFailed"_s;
    }
    return u"unknown"_s;
}
