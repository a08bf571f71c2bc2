#include "enterconfirms.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

EnterConfirms::EnterConfirms(QLineEdit *field, QPushButton *confirm)
    : QObject(field)
    , m_confirm(confirm)
{
    field->installEventFilter(this);
}

bool EnterConfirms::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!enter || key->modifiers() != Qt::NoModifier)
        return false;
    if (m_confirm && m_confirm->isEnabled())
        m_confirm->click();
    return true;
}
