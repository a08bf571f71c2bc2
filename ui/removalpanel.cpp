#include "removalpanel.h"

#include "core/customer/customerstate.h"
#include "core/customer/indirectproviders.h"
#include "core/customer/removalreadiness.h"
#include "ui/blockerchecklist.h"
#include "ui/headinglabel.h"
#include "ui/palette.h"
#include "ui/recommendedsteps.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RemovalPanel::RemovalPanel(const TokenClaims &claims, QWidget *parent)
    : QWidget(parent)
    , m_claims(claims)
    , m_heading(new HeadingLabel(this, HeadingLabel::Level::Section))
    , m_consequence(new QLabel(this))
    , m_remove(new QPushButton(this))
    , m_statusIcon(new QLabel(this))
    , m_note(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_checklist(new BlockerChecklist(this))
    , m_recommended(new RecommendedSteps(this))
{
    m_consequence->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->hide();

    auto *action = new QHBoxLayout;
    action->addWidget(m_remove);
    action->addWidget(m_busy);
    action->addStretch();

    auto *note = new QHBoxLayout;
    note->setSpacing(8);
    note->addWidget(m_statusIcon, 0, Qt::AlignTop);
    note->addWidget(m_note, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_consequence);
    layout->addLayout(action);
    layout->addLayout(note);
    layout->addSpacing(4);
    layout->addWidget(m_checklist);
    layout->addWidget(m_recommended);

    connect(m_remove, &QPushButton::clicked, this, &RemovalPanel::removeRequested);
    connect(m_checklist, &BlockerChecklist::actionRequested, this,
            &RemovalPanel::blockerActionRequested);
    connect(m_recommended, &RecommendedSteps::terminateAdminRelationshipsRequested, this,
            &RemovalPanel::terminateAdminRelationshipsRequested);
    retranslateUi();
}

void RemovalPanel::setState(CustomerState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    m_checklist->setState(state);
    m_recommended->setState(state);
    // The binding: every change of the readiness (a suspension anywhere, a reload, a window
    // ending) re-decides the button at once.
    if (state)
        connect(state, &CustomerState::readinessChanged, this, &RemovalPanel::updateAction);
    updateAction();
}

void RemovalPanel::setIndirectProviders(IndirectProviders *providers)
{
    if (m_providers)
        disconnect(m_providers, nullptr, this, nullptr);
    m_providers = providers;
    if (providers)
        connect(providers, &IndirectProviders::changed, this, &RemovalPanel::updateAction);
    updateAction();
}

QString RemovalPanel::noteText() const
{
    return m_note->text();
}

void RemovalPanel::setBusyText(const QString &text)
{
    m_busyText = text;
    updateAction();
}

void RemovalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RemovalPanel::retranslateUi()
{
    m_heading->setText(tr("Remove reseller relationship"));
    m_consequence->setText(
        tr("Ends your reseller relationship with this customer. You will be asked to confirm."));
    m_remove->setText(tr("Remove reseller relationship"));
    m_remove->setAccessibleName(tr("Remove reseller relationship"));
    updateAction();
}

void RemovalPanel::updateAction()
{
    const bool ready = m_state && m_state->isReady();
    const bool roleAllows = m_claims.mayRemoveRelationship();
    QString reason = m_state ? m_state->readinessReason()
                             : RemovalReadiness::reason({RemovalBlocker::notLoaded()}, 0);
    // Not the partner's to do at all, whatever is cleared: said first.
    const QString indirect = m_providers ? m_providers->removalRefusal() : QString();
    if (!indirect.isEmpty())
        reason = indirect;
    else if (reason.isEmpty() && !roleAllows)
        reason = tr("Your role (%1) does not allow removing a reseller relationship. An Admin "
                    "agent, a Sales agent or a Global admin can do it.")
                     .arg(m_claims.roleSummary());
    m_remove->setEnabled(ready && roleAllows && indirect.isEmpty() && m_busyText.isEmpty());
    m_remove->setToolTip(reason);
    m_remove->setAccessibleDescription(reason);

    // Words and an icon, not colour alone.
    m_statusIcon->setPixmap(Palette::pixmap(
        reason.isEmpty() ? Palette::Icon::Ready : Palette::Icon::Warning, 20, this));
    m_note->setText(reason.isEmpty()
                        ? tr("No subscription is active and nothing else blocks the removal.")
                        : reason);
    m_busy->setText(m_busyText);
    m_busy->setVisible(!m_busyText.isEmpty());
}
