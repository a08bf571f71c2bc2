#include "customerheader.h"

#include "ui/headinglabel.h"
#include "ui/palette.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CustomerHeader::CustomerHeader(QWidget *parent)
    : QWidget(parent)
    , m_crumb(new QPushButton(this))
    , m_separator(new QLabel(u"›"_s, this))
    , m_crumbCurrent(new QLabel(this))
    , m_name(new HeadingLabel(this))
    , m_domainLabel(new QLabel(this))
    , m_domain(new QLabel(this))
    , m_copyDomain(new QToolButton(this))
    , m_tenantLabel(new QLabel(this))
    , m_tenant(new QLabel(this))
    , m_copyTenant(new QToolButton(this))
    , m_copied(new QLabel(this))
    , m_ids(new QBoxLayout(QBoxLayout::LeftToRight))
{
    // A flat button looks like a link in the breadcrumb yet stays a keyboard stop.
    m_crumb->setFlat(true);
    m_crumb->setCursor(Qt::PointingHandCursor);
    m_crumb->setStyleSheet(u"QPushButton { color: palette(link); text-decoration: underline;"
                           " padding: 0 2px; border: none; }"_s);
    m_separator->setAccessibleName(QString());
    m_crumbCurrent->setTextFormat(Qt::PlainText);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    for (QLabel *value : {m_domain, m_tenant}) {
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    for (QToolButton *button : {m_copyDomain, m_copyTenant}) {
        button->setIcon(Palette::icon(Palette::Icon::Copy, this));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    }
    m_domainLabel->setBuddy(m_domain);
    m_tenantLabel->setBuddy(m_tenant);
    m_copied->setForegroundRole(QPalette::PlaceholderText);

    auto *crumbs = new QHBoxLayout;
    crumbs->setSpacing(4);
    crumbs->addWidget(m_crumb);
    crumbs->addWidget(m_separator);
    crumbs->addWidget(m_crumbCurrent, 1);
    // Out of the ID rows, so the confirmation never pushes an ID off the window.
    crumbs->addWidget(m_copied);

    auto *domain = new QHBoxLayout;
    domain->setSpacing(6);
    domain->addWidget(m_domainLabel);
    domain->addWidget(m_domain);
    domain->addWidget(m_copyDomain);
    domain->addStretch();
    auto *tenant = new QHBoxLayout;
    tenant->setSpacing(6);
    tenant->addWidget(m_tenantLabel);
    tenant->addWidget(m_tenant);
    tenant->addWidget(m_copyTenant);
    tenant->addStretch();
    m_ids->addLayout(domain, 0);
    m_ids->addLayout(tenant, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(crumbs);
    layout->addWidget(m_name);
    layout->addLayout(m_ids);

    connect(m_crumb, &QPushButton::clicked, this, &CustomerHeader::backRequested);
    connect(m_copyDomain, &QToolButton::clicked, this, [this] { copy(m_customer.domain()); });
    connect(m_copyTenant, &QToolButton::clicked, this, [this] { copy(m_customer.tenantId()); });
    retranslateUi();
}

void CustomerHeader::setCustomer(const Customer &customer)
{
    m_customer = customer;
    m_crumbCurrent->setText(customer.companyName());
    m_name->setText(customer.companyName());
    m_domain->setText(customer.domain());
    m_tenant->setText(customer.tenantId());
    m_copied->clear();
    arrangeIds();
}

void CustomerHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeIds();
}

void CustomerHeader::arrangeIds()
{
    // Domain and Microsoft ID on one line when both fit, else one under the other with their
    // values lined up: a GUID is never cut.
    for (QLabel *label : {m_domainLabel, m_tenantLabel})
        label->setMinimumWidth(0);
    constexpr int BetweenIds = 24;
    const int needed =
        m_ids->itemAt(0)->sizeHint().width() + BetweenIds + m_ids->itemAt(1)->sizeHint().width();
    const bool oneLine = width() >= needed;
    m_ids->setDirection(oneLine ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_ids->setSpacing(oneLine ? BetweenIds : 2);
    if (!oneLine) {
        const int labelWidth =
            qMax(m_domainLabel->sizeHint().width(), m_tenantLabel->sizeHint().width());
        for (QLabel *label : {m_domainLabel, m_tenantLabel})
            label->setMinimumWidth(labelWidth);
    }
}

void CustomerHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomerHeader::retranslateUi()
{
    m_crumb->setText(tr("Customers"));
    m_crumb->setAccessibleName(tr("Customers"));
    m_crumb->setToolTip(tr("Back to the customer list (Alt+Left)"));
    m_domainLabel->setText(tr("Primary domain:"));
    m_tenantLabel->setText(tr("Microsoft ID:"));
    m_copyDomain->setText(tr("Copy", "copy the primary domain"));
    m_copyDomain->setAccessibleName(tr("Copy primary domain"));
    m_copyTenant->setText(tr("Copy", "copy the Microsoft ID"));
    m_copyTenant->setAccessibleName(tr("Copy Microsoft ID"));
    m_copied->clear();
    arrangeIds();
}

void CustomerHeader::copy(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    m_copied->setText(tr("Copied “%1”").arg(text));
    // The confirmation fades after a moment so it never describes an older copy.
    QTimer::singleShot(4000, m_copied, &QLabel::clear);
}
