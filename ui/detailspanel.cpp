#include "detailspanel.h"

#include "ui/detailsform.h"
#include "ui/headinglabel.h"

#include <QBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QResizeEvent>

using namespace Qt::Literals::StringLiterals;

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_name(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_placeholder(new QLabel(this))
    , m_details(new QWidget(this))
    , m_body(new QBoxLayout(QBoxLayout::TopToBottom))
    , m_form(new DetailsForm(m_details))
    , m_actionBox(new QGroupBox(m_details))
    , m_actionLayout(new QVBoxLayout(m_actionBox))
    , m_result(new OutcomeLabel(m_details))
{
    m_name->setWordWrap(true);
    m_name->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *action = new QVBoxLayout;
    action->setSpacing(8);
    action->addWidget(m_actionBox);
    action->addWidget(m_result);
    action->addStretch();
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(12);
    // Side by side, the form's labels and IDs need more room than the action.
    m_body->addWidget(m_form, 3);
    m_body->addLayout(action, 2);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(m_body);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_name);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_details);
    layout->addStretch();
}

int DetailsPanel::besideWidth(const QFontMetrics &metrics)
{
    // The widest ID a form holds; the margins and a vertical scroll bar around it.
    const int id = metrics.horizontalAdvance(u"dddddddd-dddd-dddd-dddd-dddddddddddd"_s);
    return qMax(metrics.averageCharWidth() * 46, id + 48);
}

QString DetailsPanel::resultText() const
{
    return m_result->text();
}

void DetailsPanel::showItem(const QString &name)
{
    m_name->setText(name);
    m_details->show();
    m_placeholder->hide();
}

void DetailsPanel::showNothing(const QString &heading, const QString &placeholder)
{
    m_name->setText(heading);
    m_placeholder->setText(placeholder);
    m_details->hide();
    m_placeholder->show();
}

void DetailsPanel::setOutcomeScope(const QObject *state, const QString &item)
{
    m_result->setScope({state, item});
}

void DetailsPanel::showOutcome(const OutcomeLabel::Scope &about, Palette::Outcome outcome,
                               OutcomeLabel::Wording wording)
{
    m_result->showOutcome(about, outcome, std::move(wording));
}

void DetailsPanel::resizeEvent(QResizeEvent *event)
{
    const int wide = fontMetrics().averageCharWidth() * 90;
    m_body->setDirection(event->size().width() >= wide ? QBoxLayout::LeftToRight
                                                       : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}
