// SubscriptionModel over a customer's state: display text and raw roles, unknown statuses shown
// raw, rows following the state in place or by a reset.
#include "core/models/subscriptionmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString CustomerId = u"c1"_s;

// "name:status" per row.
QStringList rows(const SubscriptionModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, SubscriptionModel::NameColumn).data().toString() + u':' +
                   model.index(r, SubscriptionModel::StatusColumn).data().toString());
    return out;
}

void setServerStatus(SandboxFixture &f, const QString &id, const QString &status)
{
    f.server.store().subscription(CustomerId, id)->status = status;
    f.server.notifyStoreChanged();
}

// Reads the subscriptions again and waits for the answer.
void reread(CustomerState &state)
{
    state.refresh(CustomerState::Part::Subscriptions);
    QTRY_VERIFY(!state.isLoading());
}
} // namespace

class tst_SubscriptionModel : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void displayAndRawRoles()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        const QDateTime commitmentEnd(QDate(2027, 3, 31), QTime(0, 0), Qt::UTC);
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"s1"_s)
                                       .named(u"Microsoft 365 E3"_s)
                                       .quantity(12345)
                                       .commitmentEnd(commitmentEnd)});
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isLoaded());
        auto state = f.loadState(CustomerId, CustomerState::Part::Subscriptions);
        QVERIFY(state);
        model.setState(state.get());
        QVERIFY(model.isLoaded());
        QCOMPARE(model.state()->customerId(), CustomerId);

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
            commitmentEnd);
        QCOMPARE(
            cell(SubscriptionModel::NameColumn, SubscriptionModel::SubscriptionIdRole).toString(),
            u"s1"_s);
        // A tone next to the words, never a colour: the views decide how it looks.
        QCOMPARE(cell(SubscriptionModel::StatusColumn, SubscriptionModel::ToneRole).toInt(),
                 int(SubscriptionModel::Tone::Positive));
        QVERIFY(!cell(SubscriptionModel::StatusColumn, Qt::ForegroundRole).isValid());
        QVERIFY(!cell(SubscriptionModel::NameColumn, SubscriptionModel::ToneRole).isValid());
        QCOMPARE(model.headerData(SubscriptionModel::CancellableUntilColumn, Qt::Horizontal),
                 QVariant(u"Cancellable until"_s));
    }

    void unknownStatusIsShownRaw()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"s1"_s, u"transferring"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(state.get());
        QCOMPARE(rows(model), QStringList{u"Sub s1:Unknown (transferring)"_s});
        QCOMPARE(state->activeSubscriptionCount(), 0);
    }

    void rowsFollowTheStateInPlaceWhenIdsMatch()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId, {SubscriptionBuilder(u"a"_s), SubscriptionBuilder(u"b"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(state.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        setServerStatus(f, u"a"_s, u"suspended"_s);
        reread(*state);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rows(model), (QStringList{u"Sub a:Suspended"_s, u"Sub b:Active"_s}));

        SandboxCustomer *c = f.server.store().customer(CustomerId);
        c->subscriptions = {SubscriptionBuilder(u"c"_s, u"expired"_s)};
        f.server.notifyStoreChanged();
        reread(*state);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(rows(model), QStringList{u"Sub c:Expired"_s});
        QCOMPARE(model.rowOf(u"c"_s), 0);
        QCOMPARE(model.rowOf(u"a"_s), -1);
        QCOMPARE(model.subscriptionAt(1), nullptr);
    }

    void oneRowChangesAlone()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.addCustomer(CustomerId,
                      {SubscriptionBuilder(u"a"_s), SubscriptionBuilder(u"b"_s, u"pending"_s),
                       SubscriptionBuilder(u"c"_s, u"suspended"_s)});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(state.get());
        QCOMPARE(state->activeSubscriptionCount(), 2);
        QSignalSpy readiness(state.get(), &CustomerState::readinessChanged);

        // Quantity changes: one row's dataChanged, the same count, no readiness change.
        Subscription a = *state->subscription(u"a"_s);
        a.quantity = 99;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(state->applySubscription(a));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.last().at(1).toModelIndex().row(), 0);
        QCOMPARE(readiness.size(), 0);

        // Whoever reacts to dataChanged already reads the new count.
        int countSeenOnDataChanged = -1;
        connect(&model, &QAbstractItemModel::dataChanged, this,
                [&] { countSeenOnDataChanged = state->activeSubscriptionCount(); });
        a.status = SubscriptionStatus(SubscriptionStatus::Value::Suspended);
        state->applySubscription(a);
        QCOMPARE(countSeenOnDataChanged, 1);
        QCOMPARE(readiness.size(), 1);
        QCOMPARE(model.index(0, 0).data(SubscriptionModel::IsActiveRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(SubscriptionModel::IsActiveRole).toBool(), true);
        QVERIFY(!state->applySubscription(SubscriptionBuilder(u"zzz"_s).domain()));
        QCOMPARE(readiness.size(), 1);
    }

    void newCommerceColumns()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        const QDateTime until(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        f.addCustomer(
            CustomerId,
            {SubscriptionBuilder(u"n"_s, u"suspended"_s).newCommerce(until, until.addYears(1))});
        auto state = f.loadState(CustomerId);
        QVERIFY(state);
        SubscriptionModel model;
        model.setState(state.get());
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

QTEST_GUILESS_MAIN(tst_SubscriptionModel)
#include "tst_subscriptionmodel.moc"
