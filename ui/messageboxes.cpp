#include "messageboxes.h"

#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace {
bool s_nonInteractive = false;
MessageBoxes::Button s_nextAnswer = MessageBoxes::Button::NoButton;
QStringList s_shown;
} // namespace

void MessageBoxes::setNonInteractive(bool nonInteractive)
{
    s_nonInteractive = nonInteractive;
}

bool MessageBoxes::isNonInteractive()
{
    return s_nonInteractive;
}

void MessageBoxes::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

QStringList MessageBoxes::shownMessages()
{
    return s_shown;
}

void MessageBoxes::clearShownMessages()
{
    s_shown.clear();
}

void MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                            QMessageBox::StandardButtons buttons, Button defaultButton,
                            AnswerCallback done, const QString &acceptText)
{
    show(parent, QMessageBox::Question, title, text, buttons, defaultButton, std::move(done),
         acceptText.isEmpty() ? NamedButtons{} : NamedButtons{{QMessageBox::Yes, acceptText}});
}

void MessageBoxes::choose(QWidget *parent, const QString &title, const QString &text,
                          const NamedButtons &buttons, Button defaultButton, AnswerCallback done)
{
    QMessageBox::StandardButtons standard;
    for (const auto &[button, name] : buttons)
        standard |= button;
    show(parent, QMessageBox::Question, title, text, standard, defaultButton, std::move(done),
         buttons);
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok, {}, {});
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok, {}, {});
}

void MessageBoxes::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok, {}, {});
}

void MessageBoxes::criticalWithRetry(QWidget *parent, const QString &title, const QString &text,
                                     AnswerCallback done, const QString &retryText)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Yes | QMessageBox::Close,
         QMessageBox::Close, std::move(done), {{QMessageBox::Yes, retryText}});
}

void MessageBoxes::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                        const QString &text, QMessageBox::StandardButtons buttons,
                        Button defaultButton, AnswerCallback done, const NamedButtons &names)
{
    s_shown.append(title + u'\n' + text);
    if (s_nonInteractive) {
        const Button answer = s_nextAnswer != Button::NoButton ? s_nextAnswer : defaultButton;
        s_nextAnswer = Button::NoButton;
        if (done)
            done(answer);
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A destructive question names its action on the button instead of a bare "Yes".
    for (const auto &[button, name] : names) {
        if (QAbstractButton *named = box->button(button); named && !name.isEmpty())
            named->setText(name);
    }
    QObject::connect(box, &QMessageBox::finished, box, [box, done = std::move(done)](int) {
        if (done)
            done(box->standardButton(box->clickedButton()));
    });
    box->open();
}
