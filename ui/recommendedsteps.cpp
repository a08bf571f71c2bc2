#include "recommendedsteps.h"

#include "core/customer/customerstate.h"
#include "ui/palette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

RecommendedSteps::RecommendedSteps(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_terminate(new QPushButton(this))
{
    m_icon->setPixmap(Palette::pixmap(Palette::Icon::Information, 20, this));
    for (QLabel *label : {m_title, m_explanation}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_explanation, 1, 1);
    layout->addWidget(m_terminate, 0, 2, 2, 1, Qt::AlignVCenter);
    layout->setColumnStretch(1, 1);

    connect(m_terminate, &QPushButton::clicked, this,
            &RecommendedSteps::terminateAdminRelationshipsRequested);
    updateStep();
}

void RecommendedSteps::setState(CustomerState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state)
        connect(state, &CustomerState::adminRelationshipsChanged, this,
                &RecommendedSteps::updateStep);
    updateStep();
}

QString RecommendedSteps::titleText() const
{
    return m_title->text();
}

void RecommendedSteps::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateStep();
    QWidget::changeEvent(event);
}

void RecommendedSteps::updateStep()
{
    const int active = m_state ? int(m_state->activeAdminRelationships().size()) : 0;
    setVisible(active > 0);
    setAccessibleName(tr("Recommended before the removal"));
    m_title->setText(tr("Recommended: terminate the admin relationships"));
    m_explanation->setText(
        tr("%Ln admin relationship(s) still give your organisation admin access to this "
           "customer's tenant. The removal does not end them, and does not wait for them.",
           "", active));
    m_terminate->setText(tr("Terminate all…", "end every active admin relationship"));
    m_terminate->setAccessibleName(m_terminate->text());
    m_terminate->setAccessibleDescription(m_title->text());
}
