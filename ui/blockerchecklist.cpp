#include "blockerchecklist.h"

#include "core/customer/customerstate.h"
#include "ui/palette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BlockerChecklist::BlockerChecklist(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this))
{
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(8);
    retranslateUi();
}

void BlockerChecklist::setState(CustomerState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state)
        connect(state, &CustomerState::readinessChanged, this, &BlockerChecklist::rebuild);
    rebuild();
}

int BlockerChecklist::rowCount() const
{
    return m_rows->count();
}

void BlockerChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BlockerChecklist::retranslateUi()
{
    setAccessibleName(tr("What blocks the removal"));
    // The blockers word themselves when asked, so a rebuild is the retranslation.
    rebuild();
}

QString BlockerChecklist::actionText(RemovalBlocker::Action action)
{
    switch (action) {
    case RemovalBlocker::Action::GoToSubscriptions:
        return tr("Go to Subscriptions");
    case RemovalBlocker::Action::Suspend:
        return tr("Select in Subscriptions", "go and suspend this subscription");
    case RemovalBlocker::Action::CancelSubscription:
        return tr("Select in Subscriptions", "go and cancel this subscription");
    case RemovalBlocker::Action::CancelOrder:
        return tr("Cancel order…", "cancel a software purchase");
    case RemovalBlocker::Action::Retry:
        return tr("Retry");
    case RemovalBlocker::Action::External:
        return tr("Show in Purchases", "go to the purchase that is cancelled elsewhere");
    case RemovalBlocker::Action::None:
        break;
    }
    return {};
}

void BlockerChecklist::rebuild()
{
    // deleteLater: the rebuild may run inside the click handler of one of these buttons.
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *row = item->widget()) {
            row->hide();
            row->deleteLater();
        }
        delete item;
    }
    const QList<RemovalBlocker> blockers =
        m_state ? m_state->blockers() : QList<RemovalBlocker>{RemovalBlocker::notLoaded()};
    // New widgets join the end of the window's tab chain; put the buttons where they read,
    // after the last tab stop before this list, in row order. (setTabOrder ignores a widget
    // without focus, such as this list itself, as the anchor.)
    QWidget *previous = previousInFocusChain();
    while (previous != window() && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    for (const RemovalBlocker &blocker : blockers) {
        QWidget *row = createRow(blocker);
        m_rows->addWidget(row);
        if (auto *button = row->findChild<QPushButton *>()) {
            setTabOrder(previous, button);
            previous = button;
        }
    }
    setVisible(!blockers.isEmpty());
}

QWidget *BlockerChecklist::createRow(const RemovalBlocker &blocker)
{
    auto *row = new QWidget(this);
    auto *icon = new QLabel(row);
    const bool waiting = blocker.kind == RemovalBlocker::Kind::NotLoaded;
    icon->setPixmap(
        Palette::pixmap(waiting ? Palette::Icon::Busy : Palette::Icon::Warning, 20, this));
    auto *title = new QLabel(row);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setText(blocker.title());
    auto *explanation = new QLabel(row);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    explanation->setText(blocker.explanation());

    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(2);
    layout->addWidget(icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(title, 0, 1);
    layout->addWidget(explanation, 1, 1);
    layout->setColumnStretch(1, 1);
    const QString text = actionText(blocker.action);
    const bool canGo =
        blocker.action != RemovalBlocker::Action::External || !blocker.orderId.isEmpty();
    if (!text.isEmpty() && canGo) {
        auto *button = new QPushButton(text, row);
        button->setAccessibleName(text);
        button->setAccessibleDescription(blocker.title());
        layout->addWidget(button, 0, 2, 2, 1, Qt::AlignVCenter);
        connect(button, &QPushButton::clicked, this,
                [this, blocker] { emit actionRequested(blocker); });
    }
    return row;
}
