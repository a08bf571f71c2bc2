#include "blockerchecklist.h"

#include "core/customer/customerstate.h"
#include "ui/messageboxes.h"
#include "ui/palette.h"

#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BlockerChecklist::BlockerChecklist(QWidget *parent)
    : QWidget(parent)
    , m_openUrl(UrlOpener::system())
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

QString BlockerChecklist::actionText(const RemovalBlocker &blocker)
{
    switch (blocker.action) {
    case RemovalBlocker::Action::GoToSubscriptions:
        return tr("Select in Subscriptions", "go and see this subscription");
    case RemovalBlocker::Action::TurnOffAutoRenew:
        return tr("Turn auto-renew off…");
    case RemovalBlocker::Action::Suspend:
        return tr("Select in Subscriptions", "go and suspend this subscription");
    case RemovalBlocker::Action::CancelSubscription:
        return tr("Select in Subscriptions", "go and cancel this subscription");
    case RemovalBlocker::Action::CancelOrder:
        return tr("Cancel order…", "cancel a software purchase");
    case RemovalBlocker::Action::Retry:
        return tr("Retry");
    case RemovalBlocker::Action::External:
        if (!blocker.subscriptionId.isEmpty())
            return tr("Select in Subscriptions", "go and see this subscription");
        if (blocker.orderId.isEmpty())
            return {};
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
        for (QPushButton *button : row->findChildren<QPushButton *>()) {
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
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    const auto addButton = [&](const QString &text, auto clicked) {
        auto *button = new QPushButton(text, row);
        button->setAccessibleName(text);
        button->setAccessibleDescription(blocker.title());
        buttons->addWidget(button);
        connect(button, &QPushButton::clicked, this, clicked);
    };
    if (const QString text = actionText(blocker); !text.isEmpty())
        addButton(text, [this, blocker] { emit actionRequested(blocker); });
    if (blocker.link.isValid())
        addButton(tr("Open the Azure portal"), [this, url = blocker.link] { openLink(url); });
    layout->addLayout(buttons, 0, 2, 2, 1, Qt::AlignVCenter);
    return row;
}

void BlockerChecklist::openLink(const QUrl &url)
{
    m_linkStatus.clear();
    if (m_openUrl(url))
        return;
    // No browser took it: the address is not lost.
    QGuiApplication::clipboard()->setText(url.toString());
    m_linkStatus = tr("No web browser could be opened. The address is copied to the clipboard: "
                      "%1")
                       .arg(url.toString());
    MessageBoxes::information(this, tr("Open the Azure portal"), m_linkStatus);
}
