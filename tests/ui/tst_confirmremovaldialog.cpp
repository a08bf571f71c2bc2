// The confirmation: four consequences, the typed domain gates the destructive button.
#include "ui/confirmremovaldialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_ConfirmRemovalDialog : public QObject
{
    Q_OBJECT

private slots:
    void matching_data();
    void matching();
    void buttonFollowsTypedDomain();
    void listsTheFourConsequences();
    void cancelIsDefault();
};

void tst_ConfirmRemovalDialog::matching_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << u"contoso.onmicrosoft.com"_s << true;
    QTest::newRow("case") << u"Contoso.OnMicrosoft.com"_s << true;
    QTest::newRow("spaces") << u"  contoso.onmicrosoft.com "_s << true;
    QTest::newRow("prefix") << u"contoso"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("other") << u"fabrikam.onmicrosoft.com"_s << false;
}

void tst_ConfirmRemovalDialog::matching()
{
    QFETCH(QString, typed);
    QFETCH(bool, matches);
    QCOMPARE(ConfirmRemovalDialog::matches(typed, u"contoso.onmicrosoft.com"_s), matches);
    QVERIFY(!ConfirmRemovalDialog::matches(QString(), QString()));
}

static Customer contoso()
{
    Customer customer;
    customer.id = u"c1"_s;
    customer.companyProfile.companyName = u"Contoso Česko a.s."_s;
    customer.companyProfile.domain = u"contoso-cz.onmicrosoft.com"_s;
    return customer;
}

void tst_ConfirmRemovalDialog::buttonFollowsTypedDomain()
{
    ConfirmRemovalDialog dialog(contoso());
    dialog.open();
    QCOMPARE(dialog.confirmButton()->text(), u"Remove reseller relationship"_s);
    QCOMPARE(dialog.domainField()->accessibleName(), u"Type the primary domain to confirm"_s);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClicks(dialog.domainField(), u"contoso.com"_s);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.domainField()->clear();
    QTest::keyClicks(dialog.domainField(), u"CONTOSO-CZ.onmicrosoft.com"_s);
    QVERIFY(dialog.confirmButton()->isEnabled());
    dialog.confirmButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_ConfirmRemovalDialog::listsTheFourConsequences()
{
    ConfirmRemovalDialog dialog(contoso());
    QString all;
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels)
        all += label->text();
    for (const QString &line :
         {u"The customer is removed from your customer list."_s,
          u"You are removed from the customer's list of available support "
          "contacts."_s,
          u"Your legacy delegated admin privileges (DAP) for the customer are removed."_s,
          u"You can no longer make purchases for the customer."_s})
        QVERIFY2(all.contains(line.toHtmlEscaped()), qPrintable(line));
    QVERIFY(all.contains(u"Contoso Česko a.s."_s));
}

void tst_ConfirmRemovalDialog::cancelIsDefault()
{
    ConfirmRemovalDialog dialog(contoso());
    dialog.open();
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.confirmButton()->isDefault());
    // Enter in the field: nothing while the domain does not match (a typo closes nothing)…
    dialog.domainField()->setFocus();
    QTest::keyClicks(dialog.domainField(), u"contoso-cz"_s);
    QTest::keyClick(dialog.domainField(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), 0);
    // …and confirms once it does, as the enabled button would.
    QTest::keyClicks(dialog.domainField(), u".onmicrosoft.com"_s);
    QVERIFY(dialog.confirmButton()->isEnabled());
    QTest::keyClick(dialog.domainField(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(tst_ConfirmRemovalDialog)
#include "tst_confirmremovaldialog.moc"
