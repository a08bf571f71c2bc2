#include "core/models/entitlementmodel.h"
#include "subscriptionbuilder.h"

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
        EntitlementModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomerId(u"c1"_s);
        QVERIFY(!model.isLoaded());
        const QDateTime until(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
        model.setEntitlements({makeEntitlement(Entitlement::Type::Software, u"o1"_s, until),
                               makeEntitlement(Entitlement::Type::ReservedInstance, u"o2"_s)});
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
        QVERIFY(model.updateEntitlement(
            makeEntitlement(Entitlement::Type::Software, u"o1"_s, until, u"cancelled"_s)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, EntitlementModel::StatusColumn).data().toString(), u"Cancelled"_s);

        Entitlement odd = makeEntitlement(Entitlement::Type::Other, u"o3"_s, {}, u"frozen"_s);
        odd.rawType = u"perpetualThing"_s;
        model.setEntitlements({odd});
        QCOMPARE(model.index(0, EntitlementModel::TypeColumn).data().toString(),
                 u"Unknown (perpetualThing)"_s);
        QCOMPARE(model.index(0, EntitlementModel::StatusColumn).data().toString(),
                 u"Unknown (frozen)"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoaded());
    }
};

QTEST_GUILESS_MAIN(tst_EntitlementModel)
#include "tst_entitlementmodel.moc"
