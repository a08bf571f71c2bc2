#pragma once

#include <QObject>
#include <QPointer>

class QLineEdit;
class QPushButton;

// Enter in a field where the user types what confirms an irreversible action (a domain, a
// count) presses that action's button when it is enabled, and does nothing otherwise. The
// dialogs keep Cancel as their default button, so without this Enter would cancel even when
// what was typed matches.
class EnterConfirms : public QObject
{
    Q_OBJECT

public:
    EnterConfirms(QLineEdit *field, QPushButton *confirm);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QPushButton> m_confirm;
};
