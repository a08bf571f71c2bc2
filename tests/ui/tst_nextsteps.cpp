// The seed's Next steps: fetch the invitation link, copy it, open an e-mail that carries it.
#include "uitestfixture.h"

#include "ui/accountpage.h"
#include "ui/nextstepswidget.h"

#include <QClipboard>
#include <QCommandLinkButton>
#include <QGuiApplication>
#include <QPushButton>
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
    QVERIFY2(next->statusText().contains(u"Copy"_s), qPrintable(next->statusText()));
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
