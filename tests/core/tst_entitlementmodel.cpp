// EntitlementModel over a customer's state: software first, display text and raw roles, rows
// updated in place, unknown types and statuses shown raw.
#include "core/display/displaynames.h"
#include "core/models/entitlementmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_EntitlementModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsRolesAndUpdates()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        const QString id = u"c1"_s;
        const QDateTime until(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
        SandboxCustomer c = f.addCustomer(id, {});
        c.entitlements = {PurchaseBuilder(u"o2"_s).reservation(),
                          PurchaseBuilder(u"o1"_s).cancellableUntil(until)};
        f.server.store().putCustomer(c);
        f.server.notifyStoreChanged();

        EntitlementModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isLoaded());
        auto state = f.loadState(id);
        QVERIFY(state);
        model.setState(state.get());
        QVERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EntitlementModel::TypeColumn).data().toString(),
                 u"Software purchase"_s);
        QCOMPARE(model.index(1, EntitlementModel::TypeColumn).data().toString(),
                 u"Azure reservation"_s);
        QCOMPARE(model.index(0, EntitlementModel::StatusColumn).data().toString(), u"Active"_s);
        QCOMPARE(model.index(0, EntitlementModel::CancellableUntilColumn)
                     .data(EntitlementModel::SortRole)
                     .toDateTime(),
                 until);
        QCOMPARE(model.rowOfOrder(u"o2"_s), 1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        state->applyOrderStatus(u"o1"_s, u"cancelled"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, EntitlementModel::StatusColumn).data().toString(), u"Cancelled"_s);

        SandboxCustomer *onServer = f.server.store().customer(id);
        onServer->entitlements = {PurchaseBuilder(u"o3"_s).status(u"frozen"_s)};
        f.server.notifyStoreChanged();
        state->refresh(CustomerState::Part::Purchases);
        QTRY_VERIFY(!state->isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, EntitlementModel::StatusColumn).data().toString(),
                 u"Unknown (frozen)"_s);
        model.setState(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoaded());
    }

    void unknownTypeIsShownRaw()
    {
        // Only software and reservations are asked for; a type the app does not know that
        // comes with them is shown as the server names it, as the table's type column does.
        QCOMPARE(DisplayNames::entitlementType(Entitlement::Type::Other, u"perpetualThing"_s),
                 u"Unknown (perpetualThing)"_s);
        QCOMPARE(DisplayNames::entitlementType(Entitlement::Type::Other), u"Other"_s);
        QCOMPARE(DisplayNames::purchaseStatus(u"frozen"_s), u"Unknown (frozen)"_s);
    }
};

QTEST_GUILESS_MAIN(tst_EntitlementModel)
#include "tst_entitlementmodel.moc"
