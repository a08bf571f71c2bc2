#include "outcomelabel.h"

#include <QEvent>
#include <QHideEvent>

OutcomeLabel::OutcomeLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void OutcomeLabel::setScope(const Scope &scope)
{
    if (scope == m_scope && m_customer == scope.customer)
        return;
    if (m_customer)
        disconnect(m_customer, nullptr, this, nullptr);
    m_scope = scope;
    // Only watched for its end, never changed.
    m_customer = const_cast<QObject *>(scope.customer);
    if (m_customer)
        connect(m_customer, &QObject::destroyed, this, &OutcomeLabel::clear);
    clear();
}

void OutcomeLabel::showOutcome(const Scope &about, Palette::Outcome outcome, Wording wording)
{
    // A state that is gone may leave its address to the next customer's: compare only while the
    // one in scope still lives.
    if (about != m_scope || !m_customer)
        return;
    m_outcome = outcome;
    m_wording = std::move(wording);
    Palette::setOutcome(this, m_outcome, m_wording());
}

void OutcomeLabel::clear()
{
    m_wording = nullptr;
    m_outcome = Palette::Outcome::Neutral;
    Palette::setOutcome(this, m_outcome, QString());
}

void OutcomeLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_wording)
        Palette::setOutcome(this, m_outcome, m_wording());
    QLabel::changeEvent(event);
}

void OutcomeLabel::hideEvent(QHideEvent *event)
{
    // Spontaneous: the window was minimised or covered, the user has not moved on.
    if (!event->spontaneous())
        clear();
    QLabel::hideEvent(event);
}
