#include "core/models/subscriptionmodel.h"
#include "subscriptionbuilder.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// "name:status" per row.
QStringList rows(const SubscriptionModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, SubscriptionModel::NameColumn).data().toString() + u':' +
                   model.index(r, SubscriptionModel::StatusColumn).data().toString());
    return out;
}
} // namespace

class tst_SubscriptionModel : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void displayAndRawRoles()
    {
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomerId(u"c1"_s);
        Subscription s = makeSubscription(u"s1"_s, u"active"_s, u"Microsoft 365 E3"_s);
        s.quantity = 12345;
        s.commitmentEndDate = QDateTime(QDate(2027, 3, 31), QTime(0, 0), Qt::UTC);
        model.setSubscriptions({s});
        QVERIFY(model.isLoaded());
        QCOMPARE(model.customerId(), u"c1"_s);

        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(SubscriptionModel::NameColumn).toString(), u"Microsoft 365 E3"_s);
        QCOMPARE(cell(SubscriptionModel::QuantityColumn).toString(), u"12,345"_s);
        QCOMPARE(cell(SubscriptionModel::QuantityColumn, SubscriptionModel::SortRole),
                 QVariant(qint64(12345)));
        QCOMPARE(cell(SubscriptionModel::StatusColumn).toString(), u"Active"_s);
        QCOMPARE(cell(SubscriptionModel::BillingCycleColumn).toString(), u"Monthly"_s);
        // Always a four-digit year, whatever the locale's short format does.
        QCOMPARE(cell(SubscriptionModel::CommitmentEndColumn).toString(), u"3/31/2027"_s);
        QCOMPARE(
            cell(SubscriptionModel::CommitmentEndColumn, SubscriptionModel::SortRole).toDateTime(),
            s.commitmentEndDate);
        QCOMPARE(
            cell(SubscriptionModel::NameColumn, SubscriptionModel::SubscriptionIdRole).toString(),
            u"s1"_s);
        // Colour is a hint next to the words, never instead of them.
        QCOMPARE(cell(SubscriptionModel::StatusColumn, Qt::ForegroundRole).value<QColor>(),
                 QColor(u"#2e7d32"_s));
        QCOMPARE(cell(SubscriptionModel::StatusColumn, SubscriptionModel::StatusToneRole).toInt(),
                 int(SubscriptionModel::StatusTone::Positive));
        QCOMPARE(model.headerData(SubscriptionModel::CancellableUntilColumn, Qt::Horizontal),
                 QVariant(u"Cancellable until"_s));
    }

    void unknownStatusIsShownRaw()
    {
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubscriptions({makeSubscription(u"s1"_s, u"transferring"_s)});
        QCOMPARE(rows(model), QStringList{u"Sub s1:Unknown (transferring)"_s});
        QCOMPARE(model.activeCount(), 0);
    }

    void activeCountChangesOnlyWhenItChanges()
    {
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy spy(&model, &SubscriptionModel::activeCountChanged);
        model.setCustomerId(u"c1"_s);
        model.setSubscriptions({makeSubscription(u"a"_s, u"active"_s),
                                makeSubscription(u"b"_s, u"pending"_s),
                                makeSubscription(u"c"_s, u"suspended"_s)});
        QCOMPARE(model.activeCount(), 2);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.last().at(0).toInt(), 2);

        // Quantity changes: same count, no signal.
        Subscription a = *model.subscriptionById(u"a"_s);
        a.quantity = 99;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.updateSubscription(a));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.last().at(1).toModelIndex().row(), 0);
        QCOMPARE(spy.size(), 1);

        // Whoever reacts to dataChanged (the readiness does) already reads the new count.
        int countSeenOnDataChanged = -1;
        connect(&model, &QAbstractItemModel::dataChanged, this,
                [&] { countSeenOnDataChanged = model.activeCount(); });
        a.status = SubscriptionStatus(SubscriptionStatus::Value::Suspended);
        model.updateSubscription(a);
        QCOMPARE(countSeenOnDataChanged, 1);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.last().at(0).toInt(), 1);
        QCOMPARE(model.activeSubscriptions().size(), 1);
        QCOMPARE(model.activeSubscriptions().first().id, u"b"_s);

        QVERIFY(!model.updateSubscription(makeSubscription(u"zzz"_s, u"active"_s)));
        QCOMPARE(spy.size(), 2);
        model.clear();
        QCOMPARE(spy.size(), 3);
        QCOMPARE(model.activeCount(), 0);
        QVERIFY(!model.isLoaded());
    }

    void setSubscriptionsUpdatesInPlaceWhenIdsMatch()
    {
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubscriptions(
            {makeSubscription(u"a"_s, u"active"_s), makeSubscription(u"b"_s, u"active"_s)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSubscriptions(
            {makeSubscription(u"a"_s, u"suspended"_s), makeSubscription(u"b"_s, u"active"_s)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rows(model), (QStringList{u"Sub a:Suspended"_s, u"Sub b:Active"_s}));

        model.setSubscriptions({makeSubscription(u"c"_s, u"expired"_s)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(rows(model), QStringList{u"Sub c:Expired"_s});
        QCOMPARE(model.rowOf(u"c"_s), 0);
        QCOMPARE(model.rowOf(u"a"_s), -1);
        QCOMPARE(model.subscriptionAt(1), nullptr);
    }

    void switchingCustomerEmpties()
    {
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomerId(u"c1"_s);
        model.setSubscriptions({makeSubscription(u"a"_s, u"active"_s)});
        model.setCustomerId(u"c2"_s);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoaded());
        QCOMPARE(model.customerId(), u"c2"_s);
    }

    void newCommerceColumns()
    {
        SubscriptionModel model;
        const QDateTime until(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        model.setSubscriptions({makeNce(u"n"_s, u"suspended"_s, until, until.addYears(1))});
        QCOMPARE(model.index(0, SubscriptionModel::CancellableUntilColumn)
                     .data(SubscriptionModel::SortRole)
                     .toDateTime(),
                 until);
        QVERIFY(
            !model.index(0, SubscriptionModel::CancellableUntilColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, SubscriptionModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"New commerce"_s));
    }
};

QTEST_MAIN(tst_SubscriptionModel)
#include "tst_subscriptionmodel.moc"
