// The Subscriptions section: status colours from the palette (core keeps only a tone); a
// change still running for the previous customer, which reports into that customer's state and
// leaves the next customer's page alone; and what the panel says after each fault the sandbox
// injects into the change (the GUI's column of tests/cli/tst_faultmatrix.cpp), and when the
// read-back after a lost answer fails as well; the Account page's count and gate following the
// same state in every language; add-ons under their base in every sort order, named in the
// details both ways, and suspending a base saying before the click that its add-ons follow and
// naming each after it.
#include "faultcases.h"
#include "uitestfixture.h"

#include "core/api/partnercenterclient.h"
#include "core/audit/auditlog.h"
#include "core/customer/customerstate.h"
#include "core/customer/removalreadiness.h"
#include "core/models/subscriptionmodel.h"
#include "ui/accountpage.h"
#include "ui/blockerchecklist.h"
#include "ui/customerpage.h"
#include "ui/masterdetailsplitter.h"
#include "ui/messageboxes.h"
#include "ui/palette.h"
#include "ui/removalpanel.h"
#include "ui/subscriptiondetailspanel.h"
#include "ui/subscriptionspage.h"
#include "ui/subscriptiontableview.h"
#include "ui/suspendalldialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

class tst_SubscriptionsPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<UiTestFixture>();
        QVERIFY(m_fixture->start());
        m_fixture->showWindow();
        QVERIFY(m_fixture->waitForCustomers());
    }
    void cleanup() { m_fixture.reset(); }

    // Every blocker in the Account page's checklist has an action: the buttons found by text.
    static QPushButton *checklistButton(CustomerPage *page, const QString &blockerTitle,
                                        const QString &text)
    {
        const QList<QPushButton *> buttons =
            page->accountPage()->removalPanel()->checklist()->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->isVisible() && button->text() == text &&
                button->accessibleDescription().startsWith(blockerTitle))
                return button;
        }
        return nullptr;
    }

    void selectInSubscriptionsSelectsTheItem()
    {
        CustomerPage *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
        QVERIFY(page);
        page->showAccount();
        // The add-on follows its base: one blocker, which names it.
        const QList<RemovalBlocker> blockers = page->state()->blockers();
        QCOMPARE(blockers.size(), 1);
        QVERIFY2(blockers.first().explanation().contains(u"Microsoft 365 E5 Security"_s),
                 qPrintable(blockers.first().explanation()));
        QPushButton *select = checklistButton(page, u"Active subscription: Office 365 E3"_s,
                                              u"Select in Subscriptions"_s);
        QVERIFY(select);
        select->click();
        QCOMPARE(page->tabs()->currentWidget(), page->subscriptionsPage());
        QCOMPARE(page->subscriptionsPage()->tableView()->currentSubscriptionId(),
                 blockers.first().subscriptionId);
        SubscriptionDetailsPanel *details = page->subscriptionsPage()->detailsPanel();
        QCOMPARE(details->subscriptionId(), blockers.first().subscriptionId);
        QTRY_VERIFY(details->suspendedChoice()->hasFocus());
    }

    void azurePlanAndAutoRenewBlockersAct()
    {
        CustomerPage *page = m_fixture->openCustomer(u"Northwind Cloud sp. z o.o."_s);
        QVERIFY(page);
        page->showAccount();
        BlockerChecklist *checklist = page->accountPage()->removalPanel()->checklist();
        QList<QUrl> opened;
        checklist->setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        // The Azure plan: which Azure subscriptions, and the Azure portal in the customer's
        // directory.
        const QString plan = u"Azure plan with active Azure subscriptions: Azure plan"_s;
        QPushButton *portal = checklistButton(page, plan, u"Open the Azure portal"_s);
        QVERIFY(portal);
        portal->click();
        QCOMPARE(opened.size(), 1);
        QVERIFY2(opened.first().toString().startsWith(u"https://portal.azure.com/#@"_s +
                                                      page->state()->tenantId()),
                 qPrintable(opened.first().toString()));
        QPushButton *selectPlan = checklistButton(page, plan, u"Select in Subscriptions"_s);
        QVERIFY(selectPlan);
        selectPlan->click();
        QCOMPARE(page->tabs()->currentWidget(), page->subscriptionsPage());
        const Subscription *selected =
            page->subscriptionsPage()->tableView()->currentSubscription();
        QVERIFY(selected && selected->isAzurePlan());

        // New commerce past its window: the switch, asked first, then turned off.
        page->showAccount();
        QPushButton *turnOff = checklistButton(page, u"New-commerce subscription not cancelled"_s,
                                               u"Turn auto-renew off…"_s);
        QVERIFY(turnOff);
        MessageBoxes::clearShownMessages();
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        turnOff->click();
        QCOMPARE(page->tabs()->currentWidget(), page->subscriptionsPage());
        SubscriptionDetailsPanel *details = page->subscriptionsPage()->detailsPanel();
        const QString id = details->subscriptionId();
        QVERIFY(page->state()->subscription(id)->isNewCommerce());
        QVERIFY2(MessageBoxes::shownMessages().join(u'\n').contains(u"not the bill"_s),
                 qPrintable(MessageBoxes::shownMessages().join(u'\n')));
        QTRY_VERIFY2(details->resultText().startsWith(u"✓"_s), qPrintable(details->resultText()));
        QVERIFY(!m_fixture->server.store()
                     .subscription(page->state()->customerId(), id)
                     ->autoRenewEnabled);
        QVERIFY(!details->autoRenewSwitch()->isChecked());
        QCOMPARE(m_fixture->audit()->entries().constLast().itemId, id);
        // What stays: the term end, with nothing more to do here than look.
        page->showAccount();
        QTRY_VERIFY(checklistButton(page, u"New-commerce subscription not cancelled"_s,
                                    u"Select in Subscriptions"_s));
    }

    void autoRenewSwitchAsksBeforeTurningOff()
    {
        CustomerPage *page = m_fixture->openCustomer(u"Proseware NCE Annual sp. z o.o."_s);
        QVERIFY(page);
        const Subscription nce = page->state()->subscriptions().first();
        QVERIFY(page->subscriptionsPage()->showSubscription(nce.id));
        SubscriptionDetailsPanel *details = page->subscriptionsPage()->detailsPanel();
        QCheckBox *autoRenew = details->autoRenewSwitch();
        QVERIFY(autoRenew->isVisible() && autoRenew->isEnabled() && autoRenew->isChecked());
        m_fixture->server.clearRecentRequests();
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        autoRenew->click();
        QVERIFY(autoRenew->isChecked());
        for (const RecordedRequest &request : m_fixture->server.recentRequests())
            QVERIFY2(request.method != "PATCH", qPrintable(request.path));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        autoRenew->click();
        QTRY_VERIFY2(details->resultText().startsWith(u"✓"_s), qPrintable(details->resultText()));
        QVERIFY(!page->state()->subscription(nce.id)->autoRenewEnabled);
        // Back on: reversible, so not asked.
        autoRenew->click();
        QTRY_VERIFY(page->state()->subscription(nce.id)->autoRenewEnabled);
        QVERIFY(autoRenew->isChecked());
    }

    void marketplaceAndReservationBlockersAct()
    {
        CustomerPage *page = m_fixture->openCustomer(u"Lucerne Publishing s.r.o."_s);
        QVERIFY(page);
        page->showAccount();
        QPushButton *select =
            checklistButton(page, u"Marketplace subscription"_s, u"Select in Subscriptions"_s);
        QVERIFY(select);
        select->click();
        SubscriptionDetailsPanel *details = page->subscriptionsPage()->detailsPanel();
        QVERIFY(page->state()->subscription(details->subscriptionId())->isMarketplace());
        QVERIFY(details->cancelChoice()->isVisible());
        QTRY_VERIFY(details->cancelChoice()->hasFocus());

        page = m_fixture->openCustomer(u"Tailspin Reservations Ltd"_s);
        QVERIFY(page);
        page->showAccount();
        BlockerChecklist *checklist = page->accountPage()->removalPanel()->checklist();
        // No browser: the address is copied and the user told so.
        checklist->setUrlOpener([](const QUrl &) { return false; });
        QPushButton *portal =
            checklistButton(page, u"Azure reservation"_s, u"Open the Azure portal"_s);
        QVERIFY(portal);
        portal->click();
        QVERIFY2(checklist->linkStatus().contains(u"ReservationsBrowseBlade"_s),
                 qPrintable(checklist->linkStatus()));
        QVERIFY(checklistButton(page, u"Azure reservation"_s, u"Show in Purchases"_s));
    }

    void statusColoursComeFromThePalette()
    {
        CustomerPage *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
        QVERIFY(page);
        const QAbstractItemModel *shown = page->subscriptionsPage()->tableView()->model();
        int active = -1;
        int suspended = -1;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const bool isActive =
                shown->index(row, 0).data(SubscriptionModel::IsActiveRole).toBool();
            (isActive ? active : suspended) = row;
        }
        QVERIFY(active >= 0 && suspended >= 0);
        const QModelIndex activeStatus = shown->index(active, SubscriptionModel::StatusColumn);
        // Colour is a hint next to the words, never instead of them.
        QCOMPARE(activeStatus.data().toString(), u"Active"_s);
        QCOMPARE(activeStatus.data(Qt::ForegroundRole).value<QColor>(), QColor(u"#2e7d32"_s));
        QCOMPARE(activeStatus.data(Qt::DecorationRole).value<QColor>(),
                 Palette::tone(StateTableModel::Tone::Positive));
        QCOMPARE(shown->index(suspended, SubscriptionModel::StatusColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 Palette::tone(StateTableModel::Tone::Warning));
        QVERIFY(!shown->index(active, SubscriptionModel::NameColumn)
                     .data(Qt::ForegroundRole)
                     .isValid());
    }

    void submitUnderEachFault_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("applied");
        // Not the expired token: this window runs on a fixed token, which no refresh renews.
        for (const FaultCase &c : allFaultCases()) {
            if (c.fault != SandboxServer::Fault::ExpireToken)
                QTest::newRow(c.name) << int(c.fault) << (c.changeRetried || c.changeApplied);
        }
    }

    void submitUnderEachFault()
    {
        QFETCH(int, fault);
        QFETCH(bool, applied);
        // This window runs on the system clock: no Retry-After to sit out, a short time-out.
        FaultOptions faults;
        faults.retryAfterSeconds = 0;
        m_fixture->server.setFaults(faults);
        RetryPolicy policy = m_fixture->client()->retryPolicy();
        policy.transferTimeout = std::chrono::milliseconds(1000);
        m_fixture->client()->setRetryPolicy(policy);

        CustomerPage *page = nullptr;
        Subscription base;
        SubscriptionDetailsPanel *details = selectFirstActive(&page, &base);
        QVERIFY(details);
        const QString customerId = page->state()->customerId();
        m_fixture->server.failNext(SandboxServer::Fault(fault), 1, base.id, "PATCH");
        details->suspendedChoice()->click();
        details->submitButton()->click();

        // The panel tells what the server holds, once it has read it back.
        QTRY_VERIFY_WITH_TIMEOUT(details->resultText().startsWith(u"✓"_s) ||
                                     details->resultText().startsWith(u"✗"_s),
                                 10000);
        const QString told = details->resultText();
        QCOMPARE(m_fixture->server.store().subscription(customerId, base.id)->status,
                 applied ? u"suspended"_s : u"active"_s);
        QVERIFY2(told.startsWith(applied ? u"✓ Done."_s : u"✗ Not changed."_s), qPrintable(told));
        QVERIFY2(!told.contains(u"not known whether"_s), qPrintable(told));
        QCOMPARE(page->state()->subscription(base.id)->status.toWire(),
                 applied ? u"suspended"_s : u"active"_s);
    }

    void submitWhenTheReadBackFailsToo_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("applied");
        QTest::newRow("answer lost") << int(SandboxServer::Fault::LoseAnswer) << true;
        QTest::newRow("500") << int(SandboxServer::Fault::ServerError) << false;
    }

    void submitWhenTheReadBackFailsToo()
    {
        QFETCH(int, fault);
        QFETCH(bool, applied);
        m_fixture->backOffBriefly();

        CustomerPage *page = nullptr;
        Subscription base;
        SubscriptionDetailsPanel *details = selectFirstActive(&page, &base);
        QVERIFY(details);
        const QString customerId = page->state()->customerId();
        m_fixture->server.failNext(SandboxServer::Fault(fault), 1, base.id, "PATCH");
        m_fixture->server.failNext(SandboxServer::Fault::ServerError, RetryPolicy().maxAttempts,
                                   customerId + u"/subscriptions"_s, "GET");
        details->suspendedChoice()->click();
        details->submitButton()->click();

        // Neither ✓ nor ✗: the change may have been made, and the panel says what to do.
        QTRY_VERIFY_WITH_TIMEOUT(!details->resultText().isEmpty() &&
                                     !details->resultText().startsWith(u"Sending"_s),
                                 10000);
        const QString told = details->resultText();
        QVERIFY2(told.startsWith(u"⚠ Outcome unknown."_s), qPrintable(told));
        QVERIFY2(told.contains(u"not known whether"_s), qPrintable(told));
        QVERIFY2(told.contains(u"before trying again"_s), qPrintable(told));
        QCOMPARE(m_fixture->audit()->entries().constLast().outcome, AuditEntry::Outcome::Unknown);
        // Sent once; then the subscriptions are read once more, and show the server's word.
        int patches = 0;
        for (const RecordedRequest &r : m_fixture->server.recentRequests())
            patches += r.method == "PATCH" && r.path.contains(base.id);
        QCOMPARE(patches, 1);
        const QString truth = applied ? u"suspended"_s : u"active"_s;
        QCOMPARE(m_fixture->server.store().subscription(customerId, base.id)->status, truth);
        QTRY_COMPARE(page->state()->subscription(base.id)->status.toWire(), truth);
        QVERIFY2(details->resultText().startsWith(u"⚠"_s), qPrintable(details->resultText()));
    }

    void aChangeKeepsToItsOwnCustomer()
    {
        CustomerPage *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
        QVERIFY(page);
        QPointer<CustomerState> contoso = page->state();
        const QString contosoId = contoso->customerId();
        const Subscription base = contoso->activeSubscriptions().constFirst();
        SubscriptionsPage *subscriptions = page->subscriptionsPage();
        QVERIFY(subscriptions->tableView()->selectSubscription(base.id));
        SubscriptionDetailsPanel *details = subscriptions->detailsPanel();
        details->suspendedChoice()->click();
        details->submitButton()->click();

        // On to another customer before Partner Center has answered.
        m_fixture->window->showCustomers();
        QVERIFY(m_fixture->openCustomer(u"Przedsiębiorstwo Łódź sp. z o.o."_s));
        CustomerState *lodz = page->state();
        QVERIFY(lodz != contoso);
        QCOMPARE(lodz->activeSubscriptionCount(), 3);

        // The change lands in Contoso's state, which lived as long as the change ran, and on
        // the server; the page shows Łódź, untouched, and no outcome of Contoso's change.
        QTRY_COMPARE(m_fixture->server.store().subscription(contosoId, base.id)->status,
                     u"suspended"_s);
        QTRY_VERIFY(!contoso);
        QCOMPARE(page->state(), lodz);
        QCOMPARE(lodz->activeSubscriptionCount(), 3);
        QVERIFY(details->resultText().isEmpty());
        for (const Subscription &s : lodz->subscriptions())
            QVERIFY(s.id != base.id);
    }

    void cancellingNewCommerceAsksAndSaysItIsFinal()
    {
        // Litware's one subscription is new commerce, suspended, inside its cancellation window.
        CustomerPage *page = m_fixture->openCustomer(u"Litware NCE Monthly s.r.o."_s);
        QVERIFY(page);
        const QString customerId = page->state()->customerId();
        const Subscription nce = page->state()->subscriptions().constFirst();
        QVERIFY(nce.isNewCommerce());
        SubscriptionsPage *subscriptions = page->subscriptionsPage();
        QVERIFY(subscriptions->tableView()->selectSubscription(nce.id));
        SubscriptionDetailsPanel *details = subscriptions->detailsPanel();
        QVERIFY(details->cancelChoice()->isVisible());
        details->cancelChoice()->click();
        QVERIFY(details->submitButton()->isEnabled());

        // Asked, naming the subscription and that it is final; answered No: nothing sent.
        MessageBoxes::clearShownMessages();
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        details->submitButton()->click();
        const QStringList asked = MessageBoxes::shownMessages();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(nce.displayName()), qPrintable(asked.first()));
        QVERIFY2(asked.first().contains(u"This is final"_s), qPrintable(asked.first()));
        QVERIFY(details->resultText().isEmpty());
        QCOMPARE(m_fixture->server.store().subscription(customerId, nce.id)->status,
                 u"suspended"_s);

        // Answered Yes: cancelled.
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        details->submitButton()->click();
        QTRY_VERIFY(details->resultText().startsWith(u"✓"_s));
        QCOMPARE(m_fixture->server.store().subscription(customerId, nce.id)->status, u"deleted"_s);
        // Cancelled, it has no window left: neither the table nor the details give a date.
        const QAbstractItemModel *rows = subscriptions->tableView()->model();
        QCOMPARE(rows->index(0, SubscriptionModel::CancellableUntilColumn).data().toString(),
                 QString());
        const QList<QLabel *> labels = details->findChildren<QLabel *>();
        const auto until = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text() == u"Cancellable until:"_s;
        });
        QVERIFY(until != labels.cend());
        QCOMPARE(qobject_cast<QLabel *>((*until)->buddy())->text(), u"—"_s);
    }

    void accountSaysWhatSubscriptionsSays_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "cs", "pl"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void accountSaysWhatSubscriptionsSays()
    {
        QFETCH(QString, language);
        QVERIFY(m_fixture->languages.setLanguage(language));
        // Łódź: new commerce inside its window and past it, and one legacy subscription.
        CustomerPage *page = m_fixture->openCustomer(u"Przedsiębiorstwo Łódź sp. z o.o."_s);
        QVERIFY(page);
        CustomerState *state = page->state();
        SubscriptionsPage *subscriptions = page->subscriptionsPage();
        RemovalPanel *panel = page->accountPage()->removalPanel();
        const auto agree = [&](int active) {
            const QString count = RemovalReadiness::tr("%Ln active subscription(s)", "", active);
            const QString summary = SubscriptionsPage::tr("%Ln active", "subscriptions", active);
            return state->activeSubscriptionCount() == active &&
                   panel->noteText() == state->readinessReason() &&
                   (active == 0 || panel->noteText().contains(count)) &&
                   subscriptions->summaryText().contains(summary) &&
                   panel->removeButton()->isEnabled() == state->isReady();
        };
        QVERIFY2(agree(3), qPrintable(panel->noteText()));

        // Suspended new commerce is still billed, so it still blocks; it is no longer active.
        QString nce;
        for (const Subscription &s : state->activeSubscriptions()) {
            if (s.isNewCommerce() && s.canCancelAt(QDateTime::currentDateTimeUtc()))
                nce = s.id;
        }
        QVERIFY(subscriptions->tableView()->selectSubscription(nce));
        SubscriptionDetailsPanel *details = subscriptions->detailsPanel();
        details->suspendedChoice()->click();
        details->submitButton()->click();
        QTRY_VERIFY2(agree(2), qPrintable(panel->noteText()));
        QVERIFY(!state->isReady());

        // Suspend all: none active, the new commerce still blocking, both pages saying so.
        subscriptions->suspendAllButton()->click();
        SuspendAllDialog *progress = subscriptions->suspendAllDialog();
        QVERIFY(progress);
        progress->suspendButton()->click();
        QTRY_VERIFY(progress->closeButton()->isEnabled());
        progress->closeButton()->click();
        QTRY_VERIFY2(agree(0), qPrintable(panel->noteText()));
        QVERIFY(!state->isReady());
    }

    void offerColumnOnlyWhenItSaysMore()
    {
        // Every demo subscription is named after its offer: a second column would repeat it.
        CustomerPage *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
        QVERIFY(page);
        SubscriptionTableView *table = page->subscriptionsPage()->tableView();
        QVERIFY(table->isColumnHidden(SubscriptionModel::OfferColumn));
        QVERIFY(!table->isColumnHidden(SubscriptionModel::NameColumn));

        // One with a name of its own: the offer is worth its column.
        const QString id = page->state()->subscriptions().constFirst().id;
        m_fixture->server.store().subscription(page->state()->customerId(), id)->friendlyName =
            u"Sales team"_s;
        m_fixture->server.notifyStoreChanged();
        page->refresh();
        QTRY_COMPARE(page->state()->subscription(id)->displayName(), u"Sales team"_s);
        QVERIFY(!table->isColumnHidden(SubscriptionModel::OfferColumn));
    }

    void addOnsStayUnderTheirBase_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int column : {int(SubscriptionModel::NameColumn), int(SubscriptionModel::StatusColumn),
                           int(SubscriptionModel::QuantityColumn),
                           int(SubscriptionModel::CommitmentEndColumn)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow("column %d %s", column,
                              order == Qt::AscendingOrder ? "ascending" : "descending")
                    << column << int(order);
        }
    }
    void addOnsStayUnderTheirBase()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        // Contoso: Partner Center lists each add-on after its base, but by name "Microsoft 365
        // E5 Security" would sort between "Exchange Online" and "Office 365 E3", its base.
        CustomerPage *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
        QVERIFY(page);
        SubscriptionTableView *table = page->subscriptionsPage()->tableView();
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table->sortByColumn(column, Qt::SortOrder(order));
        const QAbstractItemModel *rows = table->model();
        QCOMPARE(rows->rowCount(), 4);
        QStringList bases;
        QString lastBase;
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QModelIndex name = rows->index(row, SubscriptionModel::NameColumn);
            const Subscription *s = page->state()->subscription(
                name.data(SubscriptionModel::SubscriptionIdRole).toString());
            QVERIFY(s);
            if (s->isAddOn()) {
                // Right under its base, marked as under it, and saying whose it is.
                QCOMPARE(s->parentSubscriptionId, lastBase);
                QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
                QVERIFY2(name.data(Qt::AccessibleDescriptionRole)
                             .toString()
                             .contains(page->state()->subscription(lastBase)->displayName()),
                         qPrintable(name.data(Qt::AccessibleDescriptionRole).toString()));
            } else {
                lastBase = s->id;
                bases.append(s->displayName());
                QVERIFY(name.data(Qt::DecorationRole).isNull());
            }
        }
        QCOMPARE(bases.size(), 2);
        // The bases themselves follow the order asked for.
        const QStringList byName{u"Exchange Online (Plan 1)"_s, u"Office 365 E3"_s};
        if (column == SubscriptionModel::NameColumn)
            QCOMPARE(bases, order == Qt::AscendingOrder
                                ? byName
                                : QStringList(byName.crbegin(), byName.crend()));
        if (column == SubscriptionModel::StatusColumn) // "active" before "suspended"
            QCOMPARE(bases.first(), order == Qt::AscendingOrder ? u"Office 365 E3"_s
                                                                : u"Exchange Online (Plan 1)"_s);
    }

    void aBaseThatChangesTakesItsAddOnsAlong()
    {
        // Sorted by status, a base whose status changes moves, and its add-on with it, even
        // when only the base's row is announced as changed.
        CustomerPage *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
        QVERIFY(page);
        SubscriptionTableView *table = page->subscriptionsPage()->tableView();
        table->sortByColumn(SubscriptionModel::StatusColumn, Qt::DescendingOrder);
        const QAbstractItemModel *rows = table->model();
        const auto order = [&] {
            QStringList names;
            for (int row = 0; row < rows->rowCount(); ++row)
                names.append(rows->index(row, SubscriptionModel::NameColumn).data().toString());
            return names;
        };
        QCOMPARE(order(), (QStringList{u"Exchange Online (Plan 1)"_s,
                                       u"Microsoft Teams Audio Conferencing"_s, u"Office 365 E3"_s,
                                       u"Microsoft 365 E5 Security"_s}));
        Subscription exchange;
        for (const Subscription &s : page->state()->subscriptions()) {
            if (s.displayName() == u"Exchange Online (Plan 1)"_s)
                exchange = s;
        }
        exchange.status = SubscriptionStatus(SubscriptionStatus::Value::Active);
        page->state()->applySubscription(exchange);
        QCOMPARE(order(), (QStringList{u"Office 365 E3"_s, u"Microsoft 365 E5 Security"_s,
                                       u"Exchange Online (Plan 1)"_s,
                                       u"Microsoft Teams Audio Conferencing"_s}));
    }

    void detailsNameTheBaseAndTheAddOns()
    {
        CustomerPage *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
        QVERIFY(page);
        SubscriptionsPage *subscriptions = page->subscriptionsPage();
        SubscriptionDetailsPanel *details = subscriptions->detailsPanel();
        const auto idOf = [page](const QString &name) {
            for (const Subscription &s : page->state()->subscriptions()) {
                if (s.displayName() == name)
                    return s.id;
            }
            return QString();
        };
        const QString base = idOf(u"Office 365 E3"_s);
        const QString addOn = idOf(u"Microsoft 365 E5 Security"_s);
        QVERIFY(subscriptions->tableView()->selectSubscription(base));
        QVERIFY(details->addOnLinks()->isVisibleTo(details));
        QVERIFY(!details->baseLinks()->isVisibleTo(details));
        QVERIFY2(details->addOnLinks()->text().contains(u"Microsoft 365 E5 Security (active)"_s),
                 qPrintable(details->addOnLinks()->text()));
        QVERIFY(details->addOnLinks()->text().contains(u"href=\"%1\""_s.arg(addOn)));
        // Following the link from the keyboard selects the add-on, which names its base; the
        // focus stays on the links.
        // Tab into the label goes on to its first link, which then shows the focus.
        details->addOnLinks()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(details->addOnLinks()->hasSelectedText());
        QTest::keyClick(details->addOnLinks(), Qt::Key_Return);
        QCOMPARE(subscriptions->tableView()->currentSubscriptionId(), addOn);
        QCOMPARE(details->subscriptionId(), addOn);
        QVERIFY(details->baseLinks()->isVisibleTo(details));
        QVERIFY(!details->addOnLinks()->isVisibleTo(details));
        QVERIFY(details->baseLinks()->text().contains(u"Office 365 E3"_s));
        QVERIFY(details->baseLinks()->hasFocus());
        // An add-on has nothing that follows it.
        QVERIFY(!details->addOnsNote()->isVisibleTo(details));
        emit details->baseLinks()->linkActivated(base);
        QCOMPARE(details->subscriptionId(), base);
    }

    void suspendingABaseNamesItsAddOnsBeforeAndAfter()
    {
        CustomerPage *page = nullptr;
        Subscription base;
        SubscriptionDetailsPanel *details = selectFirstActive(&page, &base);
        QVERIFY(details);
        QCOMPARE(base.displayName(), u"Office 365 E3"_s);
        // Before the click, where the choice is.
        QVERIFY(details->addOnsNote()->isVisibleTo(details));
        QVERIFY2(details->addOnsNote()->text().contains(u"Microsoft 365 E5 Security"_s),
                 qPrintable(details->addOnsNote()->text()));
        details->suspendedChoice()->setChecked(true);
        QVERIFY(details->submitButton()->isEnabled());
        QVERIFY(details->submitButton()->accessibleDescription().contains(
            u"Microsoft 365 E5 Security"_s));
        const qsizetype before = m_fixture->audit()->entries().size();
        details->submitButton()->click();
        // After it: both named, the add-on as changed with its base.
        QTRY_VERIFY2(details->resultText().startsWith(u"✓"_s), qPrintable(details->resultText()));
        QVERIFY2(details->resultText().contains(
                     u"Microsoft 365 E5 Security is now suspended, with its base subscription."_s),
                 qPrintable(details->resultText()));
        const QList<AuditEntry> entries = m_fixture->audit()->entries().mid(before);
        const auto addOnEntry =
            std::find_if(entries.cbegin(), entries.cend(), [](const AuditEntry &entry) {
                return entry.itemName == u"Microsoft 365 E5 Security"_s &&
                       entry.outcome == AuditEntry::Outcome::Succeeded;
            });
        QVERIFY(addOnEntry != entries.cend());
        QCOMPARE(addOnEntry->action, u"suspendSubscription"_s);
        QCOMPARE(addOnEntry->newStatus, u"suspended"_s);
        QCOMPARE(addOnEntry->errorMessage, u"Changed with its base subscription."_s);
        // Sent once: the add-on itself was never sent, so nothing of it was attempted.
        QVERIFY(std::none_of(entries.cbegin(), entries.cend(), [](const AuditEntry &entry) {
            return entry.itemName == u"Microsoft 365 E5 Security"_s &&
                   entry.outcome == AuditEntry::Outcome::Attempted;
        }));
        // Suspended now: nothing more would follow.
        QTRY_VERIFY(!details->addOnsNote()->isVisibleTo(details));
    }

    void detailsKeepTheirPlaceFromTheFirstPaint()
    {
        // Łódź's rows (a closed cancellation window) need a wider table than Contoso's. At a
        // width between the two, Łódź puts the details under the table from its first paint,
        // though Contoso had them beside; Contoso, shown next, keeps them there.
        CustomerPage *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
        QVERIFY(page);
        auto *splitter = page->subscriptionsPage()->findChild<MasterDetailSplitter *>();
        QVERIFY(splitter);
        SubscriptionTableView *table = page->subscriptionsPage()->tableView();
        const int narrow = table->sizeHint().width();
        m_fixture->window->showCustomers();
        QVERIFY(m_fixture->openCustomer(u"Przedsiębiorstwo Łódź sp. z o.o."_s));
        const int wide = table->sizeHint().width();
        QVERIFY2(wide > narrow + 20, qPrintable(u"%1 %2"_s.arg(wide).arg(narrow)));
        MainWindow *window = m_fixture->window.get();
        const int offset = window->width() - splitter->width();
        const int beside = splitter->handleWidth() + splitter->widget(1)->minimumWidth();
        // Room for Contoso's table beside the details, not for Łódź's.
        const int between = offset + beside + (narrow + wide) / 2;
        window->showCustomers();
        window->resize(between, window->height());

        // The page says "Loading…" until the rows are there; from then on, every paint shows the
        // details in one place, which the splitter keeps when it is asked again.
        PaintedPlaces painted(splitter);
        const auto show = [&](const QString &name) {
            painted.besides.clear();
            window->showCustomers();
            QVERIFY(m_fixture->openCustomer(name));
            QTRY_VERIFY(!painted.besides.isEmpty());
            // As the table's next request for room would.
            QCoreApplication::postEvent(splitter, new QEvent(QEvent::LayoutRequest));
            QCoreApplication::sendPostedEvents(splitter, QEvent::LayoutRequest);
            splitter->repaint();
        };
        show(u"Contoso Česko a.s."_s);
        QCOMPARE(painted.besides, QList<bool>(painted.besides.size(), true));
        show(u"Przedsiębiorstwo Łódź sp. z o.o."_s);
        QCOMPARE(painted.besides, QList<bool>(painted.besides.size(), false));
        show(u"Contoso Česko a.s."_s);
        QCOMPARE(painted.besides, QList<bool>(painted.besides.size(), false));

        // A wider window decides again: beside.
        window->resize(between + wide, window->height());
        QTRY_VERIFY(splitter->isSideBySide());
    }

private:
    // For every paint of a splitter or a widget in it: whether the details were beside the table.
    struct PaintedPlaces : QObject
    {
        explicit PaintedPlaces(MasterDetailSplitter *splitter)
            : splitter(splitter)
        {
            qApp->installEventFilter(this);
        }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (event->type() == QEvent::Paint && widget &&
                (widget == splitter || splitter->isAncestorOf(widget)))
                besides.append(splitter->isSideBySide());
            return false;
        }

        MasterDetailSplitter *splitter;
        QList<bool> besides;
    };

    // Contoso's first active subscription, selected on its page; nullptr if that failed.
    SubscriptionDetailsPanel *selectFirstActive(CustomerPage **page, Subscription *base)
    {
        *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
        if (!*page)
            return nullptr;
        *base = (*page)->state()->activeSubscriptions().constFirst();
        SubscriptionsPage *subscriptions = (*page)->subscriptionsPage();
        if (!subscriptions->tableView()->selectSubscription(base->id))
            return nullptr;
        return subscriptions->detailsPanel();
    }

    std::unique_ptr<UiTestFixture> m_fixture;
};

QTEST_MAIN(tst_SubscriptionsPage)
#include "tst_subscriptionspage.moc"
