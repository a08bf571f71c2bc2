// Renders the docs screenshots (resources/screenshots/*.png) from the real app on the demo
// sandbox. A tool, not a test: run it by hand after UI changes and look at the pictures.
//   partnerdesk_screenshots [output-dir] [language]
#include "uitestfixture.h"

#include "accountpage.h"
#include "confirmremovaldialog.h"
#include "customerpage.h"
#include "customerspage.h"
#include "models/customersession.h"
#include "models/subscriptionmodel.h"
#include "removalflow.h"
#include "removalpanel.h"
#include "subscriptionspage.h"
#include "subscriptiontableview.h"
#include "workflow/removalreadiness.h"

#include <QApplication>
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

CustomerPage *open(UiTestFixture &fixture, const QString &name)
{
    const auto customer = fixture.customerNamed(name);
    if (!customer)
        qFatal("no demo customer %s", qPrintable(name));
    fixture.window->openCustomer(*customer);
    CustomerPage *page = fixture.window->customerPage();
    QTest::qWaitFor([page] { return page->session()->state() == CustomerSession::State::Loaded; });
    return page;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"resources/screenshots"_s;
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"en"_s;
    const QString suffix = language == u"en"_s ? QString() : u"-"_s + language;
    QDir().mkpath(out);

    UiTestFixture fixture;
    if (!fixture.start())
        qFatal("sandbox did not start");
    fixture.context.sandbox = nullptr;
    fixture.languages.setLanguage(language);
    MainWindow *window = fixture.showWindow();
    window->resize(1200, 760);
    fixture.waitForCustomers();
    QTest::qWait(200);
    bool ok = save(window, out + u"/customers"_s + suffix + u".png"_s);

    CustomerPage *page = open(fixture, u"Contoso Česko a.s."_s);
    SubscriptionModel *model = page->session()->subscriptionModel();
    page->subscriptionsPage()->tableView()->selectSubscription(model->subscriptions().first().id);
    QTest::qWait(200);
    ok &= save(window, out + u"/subscriptions"_s + suffix + u".png"_s);

    page->showAccount();
    QTest::qWait(200);
    ok &= save(window, out + u"/account-disabled"_s + suffix + u".png"_s);

    page = open(fixture, u"Žluťoučký kůň s.r.o."_s);
    page->showAccount();
    QTest::qWaitFor([page] { return page->readiness()->isReady(); });
    QTest::qWait(200);
    ok &= save(window, out + u"/account-enabled"_s + suffix + u".png"_s);

    page->accountPage()->removalPanel()->removeButton()->click();
    ConfirmRemovalDialog *dialog = page->removalFlow()->confirmDialog();
    QTest::qWait(200);
    dialog->domainField()->setText(u"zlutoucky-kun.onmicrosoft"_s);
    QTest::qWait(100);
    ok &= save(dialog, out + u"/confirm"_s + suffix + u".png"_s);
    dialog->reject();
    return ok ? 0 : 1;
}
