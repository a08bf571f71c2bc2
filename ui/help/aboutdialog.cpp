#include "aboutdialog.h"

#include "ui/headinglabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Component
{
    QString name;
    QString licence;
    QString licenceUrl;
    QString homeUrl;
};

// What the executables link, as the distribution's copyright files state it. Qt HTTP Server
// serves the built-in sandbox; WebSockets comes with it.
QList<Component> components()
{
    return {
        {u"Qt 6 (Core, GUI, Widgets, Network, D-Bus, WebSockets)"_s, u"GNU LGPL v3"_s,
         u"https://www.gnu.org/licenses/lgpl-3.0.html"_s, u"https://www.qt.io/"_s},
        {u"Qt HTTP Server"_s, u"GNU GPL v3"_s, u"https://www.gnu.org/licenses/gpl-3.0.html"_s,
         u"https://doc.qt.io/qt-6/qthttpserver-index.html"_s},
        {u"QtKeychain"_s, u"BSD-2-Clause"_s, u"https://opensource.org/license/bsd-2-clause"_s,
         u"https://github.com/frankosterfeld/qtkeychain"_s},
    };
}

QString link(const QString &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_openUrl(UrlOpener::system())
    , m_icon(new QLabel(this))
    , m_version(new HeadingLabel(this))
    , m_description(new QLabel(this))
    , m_components(new QLabel(this))
    , m_aboutQt(new QPushButton(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_icon->setPixmap(QIcon(u":/icons/partnerdesk.svg"_s).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignTop);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    m_components->setWordWrap(true);
    m_components->setTextFormat(Qt::RichText);
    m_components->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_components, &QLabel::linkActivated, this,
            [this](const QString &url) { m_openUrl(QUrl(url)); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_aboutQt, QDialogButtonBox::HelpRole);
    connect(m_aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_version);
    text->addWidget(m_description);
    text->addWidget(m_components);
    text->addStretch();
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About PartnerDesk"));
    m_version->setText(tr("PartnerDesk %1").arg(QCoreApplication::applicationVersion()));
    m_description->setText(
        tr("Ends reseller relationships with Microsoft CSP customers, clearing what blocks them "
           "first.") +
        u"\n\n"_s +
        tr("Built with Qt %1, running on Qt %2.")
            .arg(QLatin1StringView(QT_VERSION_STR), QLatin1StringView(qVersion())));
    QString html = u"<p>"_s +
                   tr("PartnerDesk ships with these components, each under its own "
                      "licence:")
                       .toHtmlEscaped() +
                   u"</p><ul>"_s;
    const QList<Component> all = components();
    for (const Component &c : all)
        html += u"<li>"_s +
                tr("%1 — %2", "a component and its licence")
                    .arg(link(c.homeUrl, c.name), link(c.licenceUrl, c.licence)) +
                u"</li>"_s;
    m_components->setText(html + u"</ul>"_s);
    m_aboutQt->setText(tr("About &Qt"));
}
