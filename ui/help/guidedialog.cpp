#include "guidedialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Microsoft's own steps for registering an application in Microsoft Entra; learn.microsoft.com
// picks the reader's language.
const QString RegisterAppUrl =
    u"https://learn.microsoft.com/entra/identity-platform/quickstart-register-app"_s;

QString section(const QString &anchor, const QString &title)
{
    return u"<h3><a name=\"%1\"></a>%2</h3>"_s.arg(anchor, title.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    return u"<p>"_s + text + u"</p>"_s;
}

QString list(const char *tag, const QStringList &items)
{
    QString html = u"<%1>"_s.arg(QLatin1StringView(tag));
    for (const QString &item : items)
        html += u"<li>"_s + item + u"</li>"_s;
    return html + u"</%1>"_s.arg(QLatin1StringView(tag));
}

// The portal's own labels, set apart in the text as the UI shows them.
QString label(const QString &text)
{
    return u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s;
}

// "File → Reset sandbox…" in the words of the menus themselves, so the guide cannot name a
// menu entry differently from the menu.
QString menuPath(std::initializer_list<std::pair<const char *, const char *>> entries)
{
    QStringList parts;
    for (const auto &[context, text] : entries)
        parts.append(QCoreApplication::translate(context, text).remove(u'&'));
    return label(parts.join(u" → "_s));
}
} // namespace

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_openUrl(UrlOpener::system())
{
    setObjectName(u"guide"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(640, 560);
    // Links to the web go to the browser; the guide's own anchors scroll.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme().isEmpty() && url.hasFragment())
            m_browser->scrollToAnchor(url.fragment());
        else
            m_openUrl(url);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    retranslateUi();
}

GuideDialog *GuideDialog::showTopic(QWidget *parent, Topic topic)
{
    auto *guide =
        parent ? parent->findChild<GuideDialog *>(u"guide"_s, Qt::FindDirectChildrenOnly) : nullptr;
    if (!guide)
        guide = new GuideDialog(parent);
    guide->show();
    guide->raise();
    guide->activateWindow();
    guide->scrollTo(topic);
    return guide;
}

QString GuideDialog::anchor(Topic topic)
{
    switch (topic) {
    case Topic::Flow:
        return u"flow"_s;
    case Topic::Blockers:
        return u"blockers"_s;
    case Topic::Sandbox:
        return u"sandbox"_s;
    case Topic::SignIn:
        return u"sign-in"_s;
    case Topic::AuditLog:
        return u"audit-log"_s;
    }
    return {};
}

void GuideDialog::scrollTo(Topic topic)
{
    m_topic = topic;
    m_browser->scrollToAnchor(anchor(topic));
}

void GuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GuideDialog::retranslateUi()
{
    setWindowTitle(tr("PartnerDesk guide"));
    m_browser->setHtml(html());
    m_browser->setAccessibleName(tr("Guide"));
    scrollTo(m_topic);
}

QString GuideDialog::html() const
{
    QString html;
    html += section(anchor(Topic::Flow), tr("Removing a reseller relationship"));
    html += paragraph(tr("PartnerDesk follows Partner Center: %1 → %2 → %3 → %4.")
                          .arg(label(tr("Customers")), label(tr("Subscriptions")),
                               label(tr("Account")), label(tr("Remove reseller relationship"))));
    html += list(
        "ol",
        {
            tr("%1: find the customer — search looks at the company name, the primary domain and "
               "the Microsoft ID — and open it with Enter or a double-click.")
                .arg(label(tr("Customers"))),
            tr("%1: select each active subscription, choose %2 and %3, or suspend them all with "
               "%4. New-commerce subscriptions keep being billed while suspended: cancel them "
               "while "
               "their cancellation window is open; after it, turn auto-renew off and wait for the "
               "term end.")
                .arg(label(tr("Subscriptions")), label(tr("Suspended")), label(tr("Submit")),
                     label(tr("Suspend all active…"))),
            tr("%1: cancel software purchases while their cancellation window is open. Azure "
               "reservations are cancelled in the Azure portal.")
                .arg(label(
                    tr("Purchases", "customer page section: software and Azure reservations"))),
            tr("%1: %2 becomes available once nothing blocks it. Type the customer's primary "
               "domain "
               "to confirm; right before the removal PartnerDesk reads the customer again from "
               "Partner Center.")
                .arg(label(tr("Account")), label(tr("Remove reseller relationship"))),
            tr("%1: get the invitation link to request or re-establish a relationship with the "
               "customer later.")
                .arg(label(tr("Next steps"))),
        });

    html += section(anchor(Topic::Blockers), tr("What blocks the removal"));
    html += list("ul", {
                           tr("an active subscription (or one still pending);"),
                           tr("a new-commerce subscription that has not been cancelled;"),
                           tr("a software purchase that can still be cancelled;"),
                           tr("an Azure reservation."),
                       });
    html += paragraph(tr("The %1 page lists what is left, each with a way to clear it, and "
                         "enables %2 the moment nothing blocks it.")
                          .arg(label(tr("Account")), label(tr("Remove reseller relationship"))));

    html += section(anchor(Topic::Sandbox), tr("The sandbox"));
    html += paragraph(
        tr("Without a Partner Center account PartnerDesk works on its built-in sandbox: demo "
           "customers on this computer, served the way Partner Center serves them. Nothing done "
           "there reaches Microsoft. Changes are kept between runs; %1 brings the demo data "
           "back. The status bar says where PartnerDesk is connected.")
            .arg(menuPath({{"MainWindow", "&File"}, {"MainWindow", "&Reset sandbox…"}})));

    html += section(anchor(Topic::SignIn), tr("Connecting to Partner Center"));
    html += paragraph(tr("PartnerDesk signs in through an app registration that your "
                         "organisation owns, created once in your partner tenant:"));
    html += list(
        "ol",
        {
            tr("In the Microsoft Entra admin center, register a new application: accounts in this "
               "organizational directory only, no redirect URI (<a href=\"%1\">Microsoft's "
               "steps</a>).")
                .arg(RegisterAppUrl),
            tr("Under %1, set %2 to %3.")
                .arg(label(u"Authentication"_s), label(u"Allow public client flows"_s),
                     label(u"Yes"_s)),
            tr("Under %1, add the delegated permission %2 of %3 and grant admin consent. No client "
               "secret is needed.")
                .arg(label(u"API permissions"_s), label(u"user_impersonation"_s),
                     label(u"Microsoft Partner Center"_s)),
            tr("In %1 enter your tenant (its directory ID or domain) and the application (client) "
               "ID, then choose %2.")
                .arg(menuPath(
                         {{"MainWindow", "&File"}, {"AccountActions", "Co&nnection settings…"}}),
                     menuPath({{"MainWindow", "&File"},
                               {"AccountActions", "Sign &in to Partner Center…"}})),
        });
    html += paragraph(tr("Removing a reseller relationship needs the Admin agent (or Global "
                         "admin) role in Partner Center. Tokens are kept only in the system's "
                         "keychain, never in files."));

    html += section(anchor(Topic::AuditLog), tr("The audit log"));
    html += paragraph(tr("Every change PartnerDesk makes, attempt and result, is recorded with "
                         "Partner Center's correlation ID in the audit log: %1.")
                          .arg(menuPath({{"HelpMenu", "&Help"}, {"HelpMenu", "Open &audit log"}})));
    return html;
}
