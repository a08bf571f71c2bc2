// View → Activity: the audit log in a window of its own, offscreen, on the log of the window's
// own changes: opened from the menu, searched, filtered, exported, following new entries, and
// keyboard-reachable with every control named.
#include "uitestfixture.h"

#include "core/activity/activityfilter.h"
#include "core/activity/activitymodel.h"
#include "core/audit/auditaction.h"
#include "ui/activity/activityfilterbar.h"
#include "ui/activity/activitytableview.h"
#include "ui/activity/activitywindow.h"
#include "ui/statepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace {
AuditEntry entry(const QString &customer, AuditAction::Action action, AuditEntry::Outcome outcome,
                 const QDateTime &time)
{
    AuditEntry e;
    e.time = time;
    e.action = AuditAction::name(action);
    e.customerId = customer.toLower().remove(u' ');
    e.customerName = customer;
    e.itemId = u"sub-"_s + e.customerId;
    e.itemName = u"Microsoft 365 E3"_s;
    e.oldStatus = u"active"_s;
    e.newStatus = u"suspended"_s;
    e.outcome = outcome;
    e.correlationId = u"corr-"_s + e.customerId;
    if (outcome == AuditEntry::Outcome::Failed) {
        e.errorCode = u"2055"_s;
        e.errorMessage = u"The ETag is stale"_s;
    }
    return e;
}

// What every interactive control must have for a screen reader.
QStringList unnamed(QWidget *root)
{
    QStringList out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QDateEdit *>(w) || qobject_cast<QAbstractButton *>(w);
        const auto *button = qobject_cast<QAbstractButton *>(w);
        // Parts of other controls (a box's line edit, a table's corner) speak through those.
        if (!control || !w->isVisibleTo(root) ||
            (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parent())) ||
            w->parent()->inherits("QAbstractSpinBox") || w->inherits("QToolButton") ||
            w->inherits("QTableCornerButton"))
            continue;
        if (w->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            out.append(QString::fromLatin1(w->metaObject()->className()) + u" in "_s +
                       QString::fromLatin1(w->parent()->metaObject()->className()));
    }
    return out;
}
} // namespace

class tst_ActivityWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<UiTestFixture>();
        QVERIFY(fixture().start());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AuditLog &log = *fixture().audit();
        QVERIFY(log.append(entry(u"Contoso Česko"_s, AuditAction::SuspendSubscription,
                                 AuditEntry::Outcome::Succeeded, now.addDays(-40))));
        QVERIFY(log.append(entry(u"Fabrikam"_s, AuditAction::SuspendSubscription,
                                 AuditEntry::Outcome::Failed, now.addDays(-2))));
        QVERIFY(log.append(entry(u"Łódź Partners"_s, AuditAction::CancelOrder,
                                 AuditEntry::Outcome::Succeeded, now.addSecs(-60))));
        m_window = fixture().showWindow();
        m_window->activityAction()->trigger();
        m_activity = m_window->activityWindow();
        QVERIFY(m_activity);
        QVERIFY(m_activity->isVisible());
        QTRY_VERIFY(!m_activity->model()->isLoading());
    }

    void cleanup() { m_fixture.reset(); }

    void opensFromTheViewMenuNewestFirst()
    {
        QCOMPARE(m_window->activityAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QCOMPARE(m_activity->windowTitle(), u"Activity — PartnerDesk"_s);
        QCOMPARE(m_activity->filter()->rowCount(), 3);
        QCOMPARE(m_activity->filter()->entryAt(0)->customerName, u"Łódź Partners"_s);
        QCOMPARE(m_activity->countLabel()->text(), u"3 entries"_s);
        // Asked again, the same window comes up.
        m_window->activityAction()->trigger();
        QCOMPARE(m_window->activityWindow(), m_activity);
    }

    void searchesAndFilters()
    {
        ActivityFilter *filter = m_activity->filter();
        ActivityFilterBar *bar = m_activity->filterBar();
        m_activity->searchField()->setText(u"lodz"_s);
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(m_activity->countLabel()->text(), u"1 entry of 3"_s);
        m_activity->searchField()->clear();

        // The customers the log names are offered, sorted.
        QCOMPARE(bar->customerBox()->count(), 3);
        QCOMPARE(bar->customerBox()->itemText(0), u"Contoso Česko"_s);
        bar->customerBox()->setCurrentIndex(1);
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->entryAt(0)->customerName, u"Fabrikam"_s);
        bar->customerBox()->setEditText(QString());

        bar->actionBox()->setCurrentIndex(
            bar->actionBox()->findData(AuditAction::name(AuditAction::CancelOrder)));
        QCOMPARE(filter->rowCount(), 1);
        bar->actionBox()->setCurrentIndex(0);
        bar->resultBox()->setCurrentIndex(
            bar->resultBox()->findData(int(AuditEntry::Outcome::Failed)));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->entryAt(0)->errorCode, u"2055"_s);

        // Nothing matches: the panel says so and its button clears every filter.
        bar->fromCheck()->setChecked(true);
        QVERIFY(bar->fromDate()->isEnabled());
        bar->fromDate()->setDate(QDate::currentDate());
        QCOMPARE(filter->rowCount(), 0);
        QVERIFY(m_activity->statePanel()->isVisible());
        QCOMPARE(m_activity->statePanel()->title(), u"No entry matches the filters"_s);
        QVERIFY(!m_activity->exportButton()->isEnabled());
        m_activity->statePanel()->button()->click();
        QCOMPARE(filter->rowCount(), 3);
        QVERIFY(!filter->isFiltered());
        QVERIFY(!bar->fromDate()->isEnabled());

        bar->fromCheck()->setChecked(true);
        bar->fromDate()->setDate(QDate::currentDate().addDays(-7));
        QCOMPARE(filter->rowCount(), 2);
        bar->clearButton()->click();
        QCOMPARE(filter->rowCount(), 3);
    }

    void columnsShowAndHide()
    {
        // The status change and the user wait behind the context menu of the table and its
        // titles (the Menu key reaches it too); CSV exports every column anyway.
        ActivityTableView *table = m_activity->tableView();
        QVERIFY(table->isColumnHidden(ActivityModel::ChangeColumn));
        QVERIFY(table->isColumnHidden(ActivityModel::UserColumn));
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(table->actions().size(), int(ActivityModel::ColumnCount));
        QCOMPARE(table->horizontalHeader()->actions(), table->actions());
        QAction *user = table->actions().at(ActivityModel::UserColumn);
        QCOMPARE(user->text(), u"User"_s);
        QVERIFY(!user->isChecked());
        user->trigger();
        QVERIFY(!table->isColumnHidden(ActivityModel::UserColumn));
        QVERIFY(!table->actions().at(ActivityModel::TimeColumn)->isEnabled());
    }

    void followsNewEntries()
    {
        QVERIFY(fixture().audit()->append(entry(u"Northwind"_s, AuditAction::RemoveRelationship,
                                                AuditEntry::Outcome::Attempted,
                                                QDateTime::currentDateTimeUtc())));
        QTRY_COMPARE(m_activity->filter()->rowCount(), 4);
        QCOMPARE(m_activity->filter()->entryAt(0)->customerName, u"Northwind"_s);
        QTRY_COMPARE(m_activity->filterBar()->customerBox()->count(), 4);
    }

    void exportsWhatIsShown()
    {
        m_activity->searchField()->setText(u"fabrikam"_s);
        const QString path = fixture().dir.filePath(u"activity.csv"_s);
        QVERIFY(m_activity->exportCsvTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // title row, one entry, the final line break
        QVERIFY(lines.at(0).contains("Correlation ID"));
        QVERIFY(lines.at(1).contains("corr-fabrikam"));
        QVERIFY(lines.at(1).contains("The ETag is stale (code 2055)"));
        QVERIFY(m_activity->statusBar()->currentMessage().contains(u"1 entry"_s));

        QVERIFY(!m_activity->exportCsvTo(fixture().dir.path())); // a folder: refused, said why
        QVERIFY(MessageBoxes::shownMessages().constLast().contains(u"could not be written"_s));
    }

    void opensTheDataFolder()
    {
        QUrl opened;
        m_activity->setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        m_activity->openFolderButton()->click();
        QCOMPARE(opened,
                 QUrl::fromLocalFile(QFileInfo(fixture().audit()->filePath()).absolutePath()));
    }

    void emptyLog()
    {
        ActivityWindow empty(fixture().dir.filePath(u"none/audit.jsonl"_s));
        empty.show();
        QTRY_VERIFY(!empty.model()->isLoading());
        QCOMPARE(empty.statePanel()->title(), u"No activity yet"_s);
        QCOMPARE(empty.countLabel()->text(), u"0 entries"_s);
    }

    void keyboardAndScreenReaders()
    {
        const QStringList nameless = unnamed(m_activity);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u", "_s)));
        // Tab goes search → buttons → filters → table; the disabled dates are skipped.
        ActivityFilterBar *bar = m_activity->filterBar();
        const QList<QWidget *> expected = {m_activity->searchField(),
                                           m_activity->exportButton(),
                                           m_activity->openFolderButton(),
                                           bar->customerBox(),
                                           bar->actionBox(),
                                           bar->resultBox(),
                                           bar->fromCheck(),
                                           bar->toCheck(),
                                           bar->clearButton(),
                                           m_activity->tableView()};
        m_activity->activateWindow();
        m_activity->searchField()->setFocus();
        QList<QWidget *> order;
        for (int i = 0; i < expected.size(); ++i) {
            QWidget *focus = QApplication::focusWidget();
            // An editable combo box's line edit stands for its box.
            if (focus && qobject_cast<QComboBox *>(focus->parentWidget()))
                focus = focus->parentWidget();
            order.append(focus);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(order, expected);
    }

    void retranslates()
    {
        QVERIFY(fixture().languages.setLanguage(u"cs"_s));
        // LanguageChange is posted to every window.
        QTRY_COMPARE(m_activity->windowTitle(), u"Aktivita — PartnerDesk"_s);
        QCOMPARE(m_activity->model()->headerData(ActivityModel::ActionColumn, Qt::Horizontal),
                 QVariant(u"Akce"_s));
        QCOMPARE(m_activity->filterBar()->actionBox()->itemText(0), u"Všechny akce"_s);
        QVERIFY(fixture().languages.setLanguage(u"en"_s));
        QTRY_COMPARE(m_activity->filterBar()->actionBox()->itemText(0), u"All actions"_s);
    }

private:
    UiTestFixture &fixture() { return *m_fixture; }

    std::unique_ptr<UiTestFixture> m_fixture;
    MainWindow *m_window = nullptr;
    ActivityWindow *m_activity = nullptr;
};

QTEST_MAIN(tst_ActivityWindow)
#include "tst_activitywindow.moc"
