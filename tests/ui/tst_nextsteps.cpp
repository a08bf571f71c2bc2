// The seed's Next steps: fetch the invitation link, copy it, open an e-mail that carries it.
#include "uitestfixture.h"

#include "ui/accountpage.h"
#include "ui/nextstepswidget.h"
#include "ui/removalresultdialog.h"

#include <QClipboard>
#include <QCommandLinkButton>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

class tst_NextSteps : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void copyPutsTheLinkOnTheClipboard();
    void openEmailBuildsMailtoWithTheHttpsLink();
    void mailtoEncodesTheBody();
    void noMailProgramKnownBeforehand();
    void nothingOverlaps_data();
    void nothingOverlaps();

private:
    NextStepsWidget *fetchedLink();

    std::unique_ptr<UiTestFixture> m_fixture;
    QList<QUrl> m_opened;
};

void tst_NextSteps::init()
{
    m_opened.clear();
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
}

NextStepsWidget *tst_NextSteps::fetchedLink()
{
    CustomerPage *page = m_fixture->openCustomer(u"Contoso Česko a.s."_s);
    if (!page)
        return nullptr;
    page->showAccount();
    NextStepsWidget *next = page->accountPage()->nextSteps();
    next->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    if (next->copyButton()->isVisible())
        return nullptr; // nothing to copy before the link is fetched
    next->requestButton()->click();
    if (!QTest::qWaitFor([next] { return !next->link().isEmpty(); }, 10000))
        return nullptr;
    return next;
}

void tst_NextSteps::copyPutsTheLinkOnTheClipboard()
{
    NextStepsWidget *next = fetchedLink();
    QVERIFY(next);
    QCOMPARE(next->link().scheme(), u"https"_s);
    QVERIFY(next->copyButton()->isVisible());
    QGuiApplication::clipboard()->clear();
    next->copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), next->link().toString());
    QVERIFY2(next->statusText().contains(u"clipboard"_s), qPrintable(next->statusText()));
    QVERIFY(m_opened.isEmpty());
}

void tst_NextSteps::openEmailBuildsMailtoWithTheHttpsLink()
{
    NextStepsWidget *next = fetchedLink();
    QVERIFY(next);
    next->emailButton()->click();
    QCOMPARE(m_opened.size(), 1);
    const QUrl mail = m_opened.first();
    QCOMPARE(mail.scheme(), u"mailto"_s);
    // Addressed to the customer's contact from the profile.
    QCOMPARE(mail.path(), u"spravce@contoso-cz.onmicrosoft.com"_s);
    const QUrlQuery query(mail);
    QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded),
             u"Invitation to a reseller relationship"_s);
    const QString body = query.queryItemValue(u"body"_s, QUrl::FullyDecoded);
    QVERIFY2(body.contains(next->link().toString()), qPrintable(body));
    QVERIFY(body.contains(u"https://admin.microsoft.com/"_s));
    QVERIFY2(next->statusText().contains(u"e-mail program"_s), qPrintable(next->statusText()));

    // When no mail program takes it, the user is told what to do instead.
    next->setUrlOpener([](const QUrl &) { return false; });
    next->emailButton()->click();
    QVERIFY2(next->statusText().contains(u"No e-mail program"_s), qPrintable(next->statusText()));
    QVERIFY2(next->statusText().contains(u"Copy"_s), qPrintable(next->statusText()));
    // And the keyboard is on Copy.
    QCOMPARE(next->window()->focusWidget(), next->copyButton());
}

void tst_NextSteps::noMailProgramKnownBeforehand()
{
    // On Linux, QDesktopServices reports success as soon as xdg-open starts, mail program or
    // not; the desktop is asked first (xdg-mime), and "none" means Open e-mail says so.
    QTemporaryDir bin;
    const auto fakeXdgMime = [&bin](const QByteArray &answer, int exitCode) {
        QFile script(bin.filePath(u"xdg-mime"_s));
        if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        script.write(
            "#!/bin/sh\n[ \"$*\" = \"query default x-scheme-handler/mailto\" ] || exit 2\n");
        script.write("printf '%s' '" + answer + "'\nexit " + QByteArray::number(exitCode) + "\n");
        script.close();
        return script.setPermissions(script.permissions() | QFile::ExeOwner);
    };
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()) + ':' + path);
    QVERIFY(fakeXdgMime("", 0));
    QVERIFY(!UrlOpener::hasMailProgram());
    QVERIFY(!UrlOpener::system()(QUrl(u"mailto:a@b.example?subject=x"_s)));
    QVERIFY(fakeXdgMime("thunderbird.desktop\n", 0));
    QVERIFY(UrlOpener::hasMailProgram());
    // No answer from the desktop is not a "no": the desktop is left to try.
    QVERIFY(fakeXdgMime("", 4));
    QVERIFY(UrlOpener::hasMailProgram());
    QVERIFY(QFile::remove(bin.filePath(u"xdg-mime"_s)));
    qputenv("PATH", QFile::encodeName(bin.path()));
    QVERIFY(UrlOpener::hasMailProgram());
    qputenv("PATH", path);
}

void tst_NextSteps::nothingOverlaps_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("minimum");
    for (const char *where : {"account page", "result dialog"}) {
        QTest::addRow("%s, default size", where) << QString::fromLatin1(where) << false;
        QTest::addRow("%s, minimum size", where) << QString::fromLatin1(where) << true;
    }
}

// Heading, the request (with its description), the link row and the status, each below the
// one before and as tall as its text needs: the link row never covers the description.
void tst_NextSteps::nothingOverlaps()
{
    QFETCH(QString, where);
    QFETCH(bool, minimum);
    NextStepsWidget *next = fetchedLink();
    QVERIFY(next);
    std::unique_ptr<RemovalResultDialog> dialog;
    QWidget *window = m_fixture->window.get();
    if (where == u"result dialog"_s) {
        dialog = std::make_unique<RemovalResultDialog>(
            *m_fixture->customerNamed(u"Contoso Česko a.s."_s), m_fixture->client());
        dialog->show();
        next = dialog->nextSteps();
        next->requestButton()->click();
        QTRY_VERIFY(!next->link().isEmpty());
        window = dialog.get();
    }
    // The longest status there is.
    next->setUrlOpener([](const QUrl &) { return false; });
    next->emailButton()->click();
    QTest::qWait(50);
    if (minimum)
        window->resize(window->minimumSize().expandedTo(window->minimumSizeHint()));
    QTest::qWait(50);

    QStringList problems;
    int bottom = 0;
    const QList<QWidget *> parts = {next->requestButton(), next->copyButton()->parentWidget(),
                                    next->statusLabel()};
    for (QWidget *part : parts) {
        QVERIFY(part->isVisible());
        const int needed = part->hasHeightForWidth() ? part->heightForWidth(part->width())
                                                     : part->minimumSizeHint().height();
        const QString name = QString::fromLatin1(part->metaObject()->className());
        if (part->height() < needed)
            problems << u"%1: %2 px high, needs %3"_s.arg(name).arg(part->height()).arg(needed);
        if (part->y() < bottom)
            problems << u"%1 starts at %2, above the end of the one before (%3)"_s.arg(name)
                            .arg(part->y())
                            .arg(bottom);
        bottom = part->y() + part->height();
    }
    // And the window shows all of it.
    const QPoint end = next->mapTo(window, QPoint(0, bottom));
    if (end.y() > window->height() && where == u"result dialog"_s)
        problems << u"the dialog ends at %1, the status at %2"_s.arg(window->height()).arg(end.y());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_NextSteps::mailtoEncodesTheBody()
{
    // "&" and "=" in the link must not end the body or start a new parameter.
    const QUrl link(u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship"
                    "&partnerId=p1&msppId=0&DAP=false#/BillingAccounts/partner-invitation"_s);
    const QUrl mail = NextStepsWidget::mailtoUrl(u"a@b.example"_s, link);
    const QUrlQuery query(mail);
    QCOMPARE(query.queryItems().size(), 2);
    QVERIFY(query.queryItemValue(u"body"_s, QUrl::FullyDecoded).contains(link.toString()));
    QVERIFY(mail.toEncoded().contains("%26partnerId%3Dp1"));
}

QTEST_MAIN(tst_NextSteps)
#include "tst_nextsteps.moc"
