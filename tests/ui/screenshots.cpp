// Renders the docs screenshots (resources/screenshots/*.png) from the real app on the demo
// sandbox. A tool, not a test: run it by hand after UI changes and look at the pictures.
//   partnerdesk_screenshots [output-dir] [language] [min|screen] [dialogs]
// "min" renders at the window's minimum size instead of the default, to check the layouts;
// "screen" as the window places itself on the platform's screen (e.g. offscreen with
// QT_QPA_PLATFORM=offscreen:configfile=tests/support/screen-1024x640.json). "dialogs" also
// renders the Help windows, Connection settings and the removal result with Next steps.
#include "uitestfixture.h"

#include "core/activity/activitymodel.h"
#include "core/customer/customerstate.h"
#include "partnerdesk/version.h"
#include "sandbox/sandboxmessages.h"
#include "ui/accountpage.h"
#include "ui/activity/activitywindow.h"
#include "ui/bulk/bulkconfirmdialog.h"
#include "ui/bulk/bulkoffboarding.h"
#include "ui/bulk/bulkoffboardwindow.h"
#include "ui/bulk/bulkplanpanel.h"
#include "ui/confirmremovaldialog.h"
#include "ui/connectionstatus.h"
#include "ui/customerlistpage.h"
#include "ui/customerpage.h"
#include "ui/entitlementtableview.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/guidedialog.h"
#include "ui/help/helpmenu.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/nextstepswidget.h"
#include "ui/purchasespage.h"
#include "ui/removalpanel.h"
#include "ui/removalresultdialog.h"
#include "ui/removerelationshipflow.h"
#include "ui/signin/connectionsettingsdialog.h"
#include "ui/subscriptionspage.h"
#include "ui/subscriptiontableview.h"
#include "ui/suspendalldialog.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace {
bool save(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

template<typename Condition> void waitFor(Condition condition, const char *what)
{
    if (!QTest::qWaitFor(condition, 10000))
        qWarning("timed out waiting for %s; the picture may show it unfinished", what);
}

CustomerPage *open(UiTestFixture &fixture, const QString &name)
{
    CustomerPage *page = fixture.openCustomer(name);
    if (!page)
        qFatal("the demo customer %s did not load", qPrintable(name));
    return page;
}
// The windows that are not part of the flow: Help, Connection settings, the removal result.
bool renderDialogs(UiTestFixture &fixture, const QString &out, const QString &suffix)
{
    MainWindow *window = fixture.window.get();
    bool ok = true;
    const auto shoot = [&](QWidget *w, const QString &name) {
        QTest::qWait(200);
        ok &= save(w, out + u'/' + name + suffix + u".png"_s);
    };
    window->helpMenu()->aboutAction()->trigger();
    shoot(window->findChild<AboutDialog *>(), u"about"_s);
    window->helpMenu()->shortcutsAction()->trigger();
    shoot(window->findChild<ShortcutsDialog *>(), u"shortcuts"_s);
    window->helpMenu()->guideAction()->trigger();
    shoot(window->findChild<GuideDialog *>(), u"guide"_s);
    GuideDialog::showTopic(window, GuideDialog::Topic::SignIn);
    shoot(window->findChild<GuideDialog *>(), u"guide-sign-in"_s);

    ConnectionSettingsDialog settings(window);
    settings.show();
    shoot(&settings, u"connection-settings"_s);

    Customer removed = *fixture.customerNamed(u"Contoso Česko a.s."_s);
    RemovalResultDialog result(removed, fixture.client(), window);
    result.show();
    result.nextSteps()->requestButton()->click();
    waitFor([&result] { return !result.nextSteps()->link().isEmpty(); }, "the invitation link");
    result.nextSteps()->setUrlOpener([](const QUrl &) { return false; });
    result.nextSteps()->emailButton()->click();
    shoot(&result, u"next-steps"_s);
    return ok;
}

// Offboarding many customers: the plan (three groups, a line of the list left out), the
// typed-count confirmation, the run half-way (the sandbox slowed down to catch it) and the
// report, at 1024×640.
bool renderBulk(UiTestFixture &fixture, const QString &out, const QString &suffix)
{
    // Not Žluťoučký kůň: the single-customer flow after this removes it by hand.
    QList<Customer> customers;
    for (const QString &name :
         {u"Alpine Ski House a.s."_s, u"Fourth Coffee s.r.o."_s, u"Humongous Insurance a.s."_s,
          u"Fabrikam Azure s.r.o."_s, u"VanArsdel Savings Ltd"_s, u"Margie's Travel s.r.o."_s,
          u"Przedsiębiorstwo Łódź sp. z o.o."_s, u"Tailspin Reservations Ltd"_s,
          u"Graphic Design Institute a.s."_s})
        customers.append(*fixture.customerNamed(name));
    fixture.server.injectError(403, u"900150"_s, u"Your role does not allow this action."_s,
                               customers.constLast().id + u"/subscriptions"_s);
    BulkOffboardWindow *window = fixture.window->bulkOffboarding()->offboard(customers);
    window->planPanel()->setIssues(
        {{ImportIssue::Kind::Unknown, 7, u"sold-last-year.onmicrosoft.com"_s, 0, {}}});
    window->resize(1024, 640);
    waitFor([window] { return window->phase() == BulkOffboardWindow::Phase::Planned; }, "the plan");
    QTest::qWait(200);
    bool ok = save(window, out + u"/bulk-plan"_s + suffix + u".png"_s);

    window->offboardButton()->click();
    BulkConfirmDialog *confirm = window->confirmDialog();
    confirm->countField()->setText(
        QString::number(window->job()->count(RunRecord::CustomerResult::Removed)));
    QTest::qWait(200);
    ok &= save(confirm, out + u"/bulk-confirm"_s + suffix + u".png"_s);

    FaultOptions slow;
    slow.latencyMs = 150;
    fixture.server.setFaults(slow);
    window->setMaxParallelism(2);
    confirm->confirmButton()->click();
    waitFor(
        [window] {
            return window->job() && window->job()->count(RunRecord::CustomerResult::Removed) >= 2;
        },
        "the run half-way");
    ok &= save(window, out + u"/bulk-run"_s + suffix + u".png"_s);
    fixture.server.setFaults({});
    waitFor([window] { return window->phase() == BulkOffboardWindow::Phase::Finished; },
            "the report");
    QTest::qWait(200);
    ok &= save(window, out + u"/bulk-report"_s + suffix + u".png"_s);
    window->close();
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"resources/screenshots"_s;
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"en"_s;
    const bool minimum = argc > 3 && qstrcmp(argv[3], "min") == 0;
    const bool asPlaced = argc > 3 && qstrcmp(argv[3], "screen") == 0;
    const bool dialogs = argc > 4 && qstrcmp(argv[4], "dialogs") == 0;
    const QString suffix =
        (language == u"en"_s ? QString() : u"-"_s + language) + (minimum    ? u"-min"_s
                                                                 : asPlaced ? u"-screen"_s
                                                                            : QString());
    QDir().mkpath(out);

    UiTestFixture fixture;
    if (!fixture.start())
        qFatal("sandbox did not start");
    fixture.languages.setLanguage(language);
    // The audit log names who made each change, as the app's does.
    fixture.audit()->setUserDisplayName(fixture.connection->claims().displayName());
    MainWindow *window = fixture.showWindow();
    // The fixture's sandbox is a bare server, not the embedded one the app starts; the status
    // bar should still read as the app's does on its sandbox.
    window->connectionStatus()->setConnection(fixture.client()->baseUrl(), true,
                                              fixture.connection->claims(), nullptr);
    if (!asPlaced)
        window->resize(minimum ? window->minimumSize() : QSize(1200, 760));
    fixture.waitForCustomers();
    QTest::qWait(200);
    bool ok = save(window, out + u"/customers"_s + suffix + u".png"_s);

    ok &= renderBulk(fixture, out, suffix);

    CustomerPage *page = open(fixture, u"Contoso Česko a.s."_s);
    page->subscriptionsPage()->tableView()->selectSubscription(
        page->state()->subscriptions().first().id);
    QTest::qWait(200);
    ok &= save(window, out + u"/subscriptions"_s + suffix + u".png"_s);

    page->showAccount();
    QTest::qWait(200);
    ok &= save(window, out + u"/account-disabled"_s + suffix + u".png"_s);

    // Its admin relationships (GDAP), scrolled into view, and the removal's confirmation that
    // offers to terminate them.
    page->accountPage()->showAdminRelationships();
    QTest::qWait(200);
    ok &= save(window, out + u"/account-admin-relationships"_s + suffix + u".png"_s);
    page->beginRemoval();
    ConfirmRemovalDialog *terminating = page->removalFlow()->confirmDialog();
    QTest::qWait(200);
    ok &= save(terminating, out + u"/confirm-admin-relationships"_s + suffix + u".png"_s);
    terminating->reject();

    page = open(fixture, u"Woodgrove Software GmbH"_s);
    page->showPurchases();
    page->purchasesPage()->showPurchase(page->state()->purchases().first().orderId);
    QTest::qWait(200);
    ok &= save(window, out + u"/purchases"_s + suffix + u".png"_s);

    // Suspend all active…, with one failure so the picture shows both outcomes and Retry.
    page = open(fixture, u"Przedsiębiorstwo Łódź sp. z o.o."_s);
    const QString failing = page->state()->activeSubscriptions().last().id;
    // A stale ETag, worded by the sandbox in the screenshot's language as the server would.
    fixture.server.injectError(
        409, u"2055"_s,
        SandboxMessages::text(SandboxMessages::Message::StaleEtag, fixture.languages.localeTag()),
        failing, "PATCH");
    page->subscriptionsPage()->suspendAllButton()->click();
    SuspendAllDialog *progress = page->subscriptionsPage()->suspendAllDialog();
    QTest::qWait(200);
    ok &= save(progress, out + u"/suspend-all-confirm"_s + suffix + u".png"_s);
    progress->suspendButton()->click();
    waitFor([progress] { return progress->closeButton()->isEnabled(); }, "suspend all");
    QTest::qWait(200);
    ok &= save(progress, out + u"/suspend-all"_s + suffix + u".png"_s);
    progress->closeButton()->click();

    page = open(fixture, u"Žluťoučký kůň s.r.o."_s);
    page->showAccount();
    waitFor([page] { return page->state()->isReady(); }, "the removal to be ready");
    QTest::qWait(200);
    ok &= save(window, out + u"/account-enabled"_s + suffix + u".png"_s);

    page->accountPage()->removalPanel()->removeButton()->click();
    ConfirmRemovalDialog *dialog = page->removalFlow()->confirmDialog();
    QTest::qWait(200);
    dialog->domainField()->setText(u"zlutoucky-kun.onmicrosoft"_s);
    QTest::qWait(100);
    ok &= save(dialog, out + u"/confirm"_s + suffix + u".png"_s);
    dialog->reject();

    // The removal itself, so the activity log below holds one too.
    page->accountPage()->removalPanel()->removeButton()->click();
    dialog = page->removalFlow()->confirmDialog();
    dialog->domainField()->setText(page->state()->customer().domain());
    dialog->confirmButton()->click();
    waitFor([&fixture] { return fixture.window->resultDialog() != nullptr; }, "the removal");

    // View → Activity, on the log of the changes above, at the smallest size it should look
    // right at (or its minimum).
    window->activityAction()->trigger();
    ActivityWindow *activity = window->activityWindow();
    activity->resize(minimum ? activity->minimumSize() : QSize(1024, 640));
    waitFor([activity] { return !activity->model()->isLoading(); }, "the activity log");
    QTest::qWait(200);
    ok &= save(activity, out + u"/activity"_s + suffix + u".png"_s);
    if (dialogs)
        ok &= renderDialogs(fixture, out, suffix);
    return ok ? 0 : 1;
}
