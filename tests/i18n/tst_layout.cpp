// Layouts hold every language's texts and the pseudo-locale's: at the window's default size,
// at its minimum size and at 1024×640, on every page, no visible label or button is narrower
// (or, wrapped, lower) than its text needs. Pseudo-locale text is ~40 % longer than English, so
// a layout that only just fits English shows up here. Languages still being translated
// (translations/pending-languages.txt) are skipped.
#include "languagerules.h"
#include "uitestfixture.h"

#include "core/activity/activitymodel.h"
#include "core/audit/auditaction.h"
#include "core/customer/customerstate.h"
#include "ui/activity/activitywindow.h"
#include "ui/bulk/bulkconfirmdialog.h"
#include "ui/bulk/bulkoffboardwindow.h"
#include "ui/confirmremovaldialog.h"
#include "ui/customerpage.h"
#include "ui/signin/connectionsettingsdialog.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

// "SubscriptionDetailsPanel/QLabel "text"": the app's widget that owns it, so a report names
// the file to change.
QString describe(const QWidget *w, const QString &text)
{
    QString owner;
    for (const QWidget *p = w->parentWidget(); p && owner.isEmpty(); p = p->parentWidget()) {
        const QString cls = QString::fromLatin1(p->metaObject()->className());
        if (!cls.startsWith(u'Q'))
            owner = cls + u'/';
    }
    QString name = w->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(w->metaObject()->className());
    return u"%1%2 \"%3\""_s.arg(owner, name, text.left(80));
}

// How much of the widget's width its containers show: a layout that cannot give a widget its
// minimum size still gives it that size, and the container cuts it off. Inside a scroll area
// the rest is a scroll away, so the scroll area's viewport does not count as cutting.
int shownWidth(QWidget *w)
{
    QRect shown = w->rect();
    for (QWidget *child = w; QWidget *parent = child->parentWidget(); child = parent) {
        if (child->isWindow())
            break;
        const auto *area = qobject_cast<QAbstractScrollArea *>(parent->parentWidget());
        if (area && area->viewport() == parent)
            break;
        shown.translate(child->pos());
        shown &= parent->rect();
    }
    return shown.width();
}

// Everything visible under root whose text does not fit its geometry.
QStringList clipped(QWidget *root)
{
    QStringList problems;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisible() || label->text().trimmed().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                problems.append(
                    u"%1: needs %2 px high, has %3"_s.arg(describe(label, label->text()))
                        .arg(needed)
                        .arg(label->height()));
            // A word longer than the line (a GUID, a domain) is cut, not wrapped.
            int longestWord = 0;
            if (!Qt::mightBeRichText(label->text()) || label->textFormat() == Qt::PlainText) {
                static const QRegularExpression space(u"\\s+"_s);
                const QStringList words = label->text().split(space, Qt::SkipEmptyParts);
                for (const QString &word : words)
                    longestWord =
                        std::max(longestWord, label->fontMetrics().horizontalAdvance(word));
            }
            const int room = std::min(label->contentsRect().width(), shownWidth(label));
            if (longestWord > room)
                problems.append(
                    u"%1: a word needs %2 px, %3 px shown"_s.arg(describe(label, label->text()))
                        .arg(longestWord)
                        .arg(room));
        } else {
            const QSize needed = label->minimumSizeHint();
            if (needed.width() > label->width() || needed.height() > label->height())
                problems.append(
                    u"%1: needs %2×%3 px, has %4×%5"_s.arg(describe(label, label->text()))
                        .arg(needed.width())
                        .arg(needed.height())
                        .arg(label->width())
                        .arg(label->height()));
            else if (const int shown = shownWidth(label); shown < needed.width())
                problems.append(u"%1: needs %2 px wide, %3 px shown (cut by its container)"_s
                                    .arg(describe(label, label->text()))
                                    .arg(needed.width())
                                    .arg(shown));
        }
    }
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisible() || button->text().trimmed().isEmpty())
            continue;
        const int needed = button->minimumSizeHint().width();
        if (needed > button->width())
            problems.append(u"%1: needs %2 px wide, has %3"_s.arg(describe(button, button->text()))
                                .arg(needed)
                                .arg(button->width()));
        else if (const int shown = shownWidth(button); shown < needed)
            problems.append(u"%1: needs %2 px wide, %3 px shown (cut by its container)"_s
                                .arg(describe(button, button->text()))
                                .arg(needed)
                                .arg(shown));
    }
    // Column titles: the table scrolls sideways, so a column is as wide as its title needs.
    const QList<QHeaderView *> headers = root->findChildren<QHeaderView *>();
    for (QHeaderView *header : headers) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                continue;
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
            if (needed > header->sectionSize(section))
                problems.append(
                    describe(header, text).section(u'/', 0, 0) +
                    u": column \"%1\": needs %2 px wide, has %3"_s.arg(text).arg(needed).arg(
                        header->sectionSize(section)));
        }
    }
    const QList<QTabWidget *> tabWidgets = root->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i) {
            const QString text = tabs->tabText(i).remove(u'&');
            const int needed = tabs->fontMetrics().horizontalAdvance(text);
            if (needed > tabs->tabBar()->tabRect(i).width())
                problems.append(u"tab \"%1\": needs %2 px wide, has %3"_s.arg(text).arg(needed).arg(
                    tabs->tabBar()->tabRect(i).width()));
        }
    }
    return problems;
}

// Clipping found and handed to the GUI's owners; listed so that this test fails on anything
// new while they are being fixed. Each stays visible in the test log as a warning. Remove an
// entry once its fix lands.
struct KnownIssue
{
    const char *what;
    bool minimumSizeOnly;
    const char *pattern; // matched against the problem line
};
// Empty: every issue found so far is fixed. Kept so the next one can be listed while its fix
// is on the way.
const QList<KnownIssue> knownIssues;

// Fails on every problem that is not a known issue; reports the known ones as warnings.
void verdict(const QString &where, QStringList problems, bool minimum)
{
    problems.removeDuplicates();
    QStringList unexpected;
    for (const QString &problem : std::as_const(problems)) {
        const KnownIssue *issue = nullptr;
        for (const KnownIssue &k : knownIssues) {
            if ((minimum || !k.minimumSizeOnly) &&
                QRegularExpression(QString::fromUtf8(k.pattern)).match(problem).hasMatch())
                issue = &k;
        }
        if (issue)
            qWarning("known layout issue (%s): %s", issue->what, qUtf8Printable(problem));
        else
            unexpected.append(problem);
    }
    if (!unexpected.isEmpty())
        QFAIL(qPrintable(where + u":\n  "_s + unexpected.join(u"\n  "_s)));
}

void settle()
{
    // Layouts are applied through posted LayoutRequest events.
    QTest::qWait(50);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void pagesHoldTheirTexts_data();
    void pagesHoldTheirTexts();
    void dialogsHoldTheirTexts_data();
    void dialogsHoldTheirTexts();
    void activityWindowHoldsItsTexts_data();
    void activityWindowHoldsItsTexts();
    void bulkReportHoldsItsTexts_data();
    void bulkReportHoldsItsTexts();
};

// The size a row checks: the window's default, its minimum, or a small laptop screen's.
enum class Size { Default, Minimum, Small };
Q_DECLARE_METATYPE(Size)
const QSize smallScreen(1024, 640);

static void addRows(bool withSmallScreen)
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Size>("size");
    QStringList languages = LanguageManager::available();
    languages.append(LanguageManager::pseudoLanguage());
    for (const QString &language : std::as_const(languages)) {
        const QByteArray name = language.toLatin1();
        QTest::addRow("%s, default size", name.constData()) << language << Size::Default;
        QTest::addRow("%s, minimum size", name.constData()) << language << Size::Minimum;
        if (withSmallScreen)
            QTest::addRow("%s, 1024x640", name.constData()) << language << Size::Small;
    }
}

void TestLayout::pagesHoldTheirTexts_data()
{
    addRows(true);
}

void TestLayout::pagesHoldTheirTexts()
{
    QFETCH(QString, language);
    QFETCH(Size, size);
    if (LanguageRules::isPending(language))
        QSKIP("pending (translations/pending-languages.txt)");
    const bool minimum = size == Size::Minimum;
    UiTestFixture fixture;
    QVERIFY(fixture.start());
    QVERIFY(fixture.languages.setLanguage(language));
    MainWindow *window = fixture.showWindow();
    QVERIFY(fixture.waitForCustomers());
    const QSize smallest = window->minimumSize().expandedTo(window->minimumSizeHint());
    if (minimum) {
        window->resize(smallest);
    } else if (size == Size::Small) {
        QVERIFY2(
            smallest.width() <= smallScreen.width() && smallest.height() <= smallScreen.height(),
            qPrintable(
                u"the window needs at least %1×%2"_s.arg(smallest.width()).arg(smallest.height())));
        window->resize(smallScreen);
    }
    settle();

    QStringList problems;
    // PARTNERDESK_LAYOUT_GRABS=<dir> keeps a picture of every state checked, for a human look.
    const QString grabs = qEnvironmentVariable("PARTNERDESK_LAYOUT_GRABS");
    auto check = [&](const QString &page) {
        settle();
        // Wrapped labels take more than one layout pass; on a busy machine the passes may not
        // all have run yet. Text that really does not fit is still cut after the wait.
        QTest::qWaitFor([&] { return clipped(window).isEmpty(); }, 1000);
        if (!grabs.isEmpty()) {
            const QString sizeName = minimum               ? u"min"_s
                                     : size == Size::Small ? u"1024x640"_s
                                                           : u"default"_s;
            QString file = u"%1-%2-%3"_s.arg(language, sizeName, page);
            file.replace(QRegularExpression(u"[^\\w-]+"_s), u"_"_s);
            window->grab().save(grabs + u'/' + file + u".png"_s);
        }
        const QStringList found = clipped(window);
        for (const QString &p : found)
            problems.append(page + u": "_s + p);
    };
    check(u"Customers"_s);

    // Customers that bring every section's content: active subscriptions, software
    // purchases, an Azure reservation, and a very long company name.
    // Łódź: new commerce inside its cancellation window, whose details offer cancelling.
    const QStringList customers = {u"Contoso Česko a.s."_s, u"Woodgrove Software GmbH"_s,
                                   u"Tailspin Reservations Ltd"_s,
                                   u"Przedsiębiorstwo Łódź sp. z o.o."_s,
                                   u"Mezinárodní společnost pro výzkum, vývoj a distribuci "
                                   "ekologických obalových materiálů a souvisejících "
                                   "technologií, s.r.o."_s};
    for (const QString &name : customers) {
        const auto customer = fixture.customerNamed(name);
        if (!customer) {
            qWarning("demo customer %s not found", qPrintable(name));
            continue;
        }
        window->openCustomer(*customer);
        CustomerPage *page = window->customerPage();
        QVERIFY(QTest::qWaitFor(
            [page] { return page->state()->loadState() != CustomerState::LoadState::Loading; },
            10000));
        QTabWidget *tabs = page->tabs();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QString where = name.left(20) + u" / "_s + tabs->tabText(tab).remove(u'&');
            check(where);
            // With the first row selected, the details panels show.
            const QList<QTableView *> tables = tabs->currentWidget()->findChildren<QTableView *>();
            for (QTableView *table : tables) {
                if (!table->isVisible() || !table->model())
                    continue;
                // The first row; for Łódź every row, as each offers other choices.
                const int rows = name.startsWith(u"Przedsi"_s)
                                     ? table->model()->rowCount()
                                     : qMin(1, table->model()->rowCount());
                for (int row = 0; row < rows; ++row) {
                    table->setCurrentIndex(table->model()->index(row, 0));
                    check(where + u", row %1 selected"_s.arg(row + 1));
                }
            }
        }
        window->showCustomers();
    }

    verdict(u"%1 at %2×%3"_s.arg(language).arg(window->width()).arg(window->height()), problems,
            minimum);
}

void TestLayout::dialogsHoldTheirTexts_data()
{
    addRows(false);
}

void TestLayout::dialogsHoldTheirTexts()
{
    QFETCH(QString, language);
    QFETCH(Size, size);
    if (LanguageRules::isPending(language))
        QSKIP("pending (translations/pending-languages.txt)");
    const bool minimum = size == Size::Minimum;
    LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    Customer customer;
    customer.id = u"id"_s;
    customer.companyProfile.companyName = u"Contoso Česko a.s."_s;
    customer.companyProfile.domain = u"contoso-cz.onmicrosoft.com"_s;
    ConfirmRemovalDialog confirm(customer);
    ConnectionSettingsDialog settings;
    BulkConfirmDialog bulkConfirm({2, 1, 3, 1, 4});
    QStringList problems;
    for (QDialog *dialog : std::initializer_list<QDialog *>{&confirm, &settings, &bulkConfirm}) {
        dialog->show();
        settle();
        if (minimum) {
            dialog->resize(dialog->minimumSize().expandedTo(dialog->minimumSizeHint()));
            settle();
        }
        const QStringList found = clipped(dialog);
        for (const QString &p : found)
            problems.append(QString::fromLatin1(dialog->metaObject()->className()) + u": "_s + p);
        dialog->hide();
    }
    verdict(language, problems, minimum);
}

void TestLayout::activityWindowHoldsItsTexts_data()
{
    addRows(true);
}

// View → Activity at its default size, its minimum and 1024×640 (the smallest screen it is
// meant to look right on), with a failure in its rows.
void TestLayout::activityWindowHoldsItsTexts()
{
    QFETCH(QString, language);
    QFETCH(Size, size);
    if (LanguageRules::isPending(language))
        QSKIP("pending (translations/pending-languages.txt)");
    const bool minimum = size == Size::Minimum;
    LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"audit.jsonl"_s));
    log.setUserDisplayName(u"Alice Admin"_s);
    for (const AuditEntry::Outcome outcome :
         {AuditEntry::Outcome::Attempted, AuditEntry::Outcome::Failed}) {
        AuditEntry entry;
        entry.action = AuditAction::name(AuditAction::RemoveRelationship);
        entry.customerId = u"0b6c9c2e-1c4e-4d8e-9a39-1f2d3c4b5a61"_s;
        entry.customerName = u"Przedsiębiorstwo Łódź sp. z o.o."_s;
        entry.oldStatus = u"reseller"_s;
        entry.newStatus = u"none"_s;
        entry.outcome = outcome;
        entry.correlationId = u"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s;
        QVERIFY(log.append(entry));
    }
    ActivityWindow window(log.filePath());
    window.show();
    QVERIFY(QTest::qWaitFor([&window] { return !window.model()->isLoading(); }, 10000));
    if (minimum)
        window.resize(window.minimumSize().expandedTo(window.minimumSizeHint()));
    else if (size == Size::Small)
        window.resize(smallScreen);
    settle();
    const QString grabs = qEnvironmentVariable("PARTNERDESK_LAYOUT_GRABS");
    if (!grabs.isEmpty()) {
        const QString sizeName = minimum               ? u"min"_s
                                 : size == Size::Small ? u"1024x640"_s
                                                       : u"default"_s;
        window.grab().save(u"%1/%2-%3-activity.png"_s.arg(grabs, language, sizeName));
    }
    verdict(u"%1 at %2×%3"_s.arg(language).arg(window.width()).arg(window.height()),
            clipped(&window), minimum);
}

void TestLayout::bulkReportHoldsItsTexts_data()
{
    addRows(true);
}

// A bulk run's report (one customer removed with its action, one prepared with a blocker) in
// its window.
void TestLayout::bulkReportHoldsItsTexts()
{
    using CustomerResult = RunRecord::CustomerResult;
    QFETCH(QString, language);
    QFETCH(Size, size);
    if (LanguageRules::isPending(language))
        QSKIP("pending (translations/pending-languages.txt)");
    const bool minimum = size == Size::Minimum;
    LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    const RunCustomer removed{u"contoso-cz.onmicrosoft.com"_s, u"c1"_s, u"t1"_s,
                              u"Contoso Česko a.s."_s, u"contoso-cz.onmicrosoft.com"_s};
    const RunCustomer prepared{u"tailspin-ri.onmicrosoft.com"_s, u"c2"_s, u"t2"_s,
                               u"Tailspin Reservations Ltd"_s, u"tailspin-ri.onmicrosoft.com"_s};
    RunOptions options;
    options.confirmedIds = {removed.customerId};
    options.confirmCount = 1;
    const QString removal = AuditAction::name(AuditAction::RemoveRelationship);
    const QString correlation = u"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s;
    QList<RunRecord> records{
        RunRecord::runStarted(u"20261120T090000Z-0000abcd"_s, {removed, prepared}, options),
        RunRecord::attempted(removed.customerId, removal, {}, {}, correlation),
        RunRecord::outcome(removed.customerId, removal, {}, RunRecord::ActionResult::Succeeded,
                           correlation),
        RunRecord::customerFinished(removed.customerId, CustomerResult::Removed),
        RunRecord::customerFinished(prepared.customerId, CustomerResult::PreparedNotRemovable,
                                    u"An Azure reservation is active."_s),
        RunRecord::runFinished(RunRecord::RunEnd::Completed)};
    for (qsizetype i = 0; i < records.size(); ++i) {
        records[i].sequence = i + 1;
        records[i].time = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    }
    const std::optional<RunState> run = RunState::fromRecords(records);
    QVERIFY(run);
    QTemporaryDir dir;
    BulkOffboardWindow window({nullptr, nullptr, nullptr, {}, dir.path()});
    window.showReport(*run);
    window.show();
    settle();
    if (minimum)
        window.resize(window.minimumSize().expandedTo(window.minimumSizeHint()));
    else if (size == Size::Small)
        window.resize(smallScreen);
    settle();
    verdict(u"%1 at %2×%3"_s.arg(language).arg(window.width()).arg(window.height()),
            clipped(&window), minimum);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
