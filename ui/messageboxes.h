#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

#include <functional>

class QWidget;

// Message boxes that never run a nested event loop: they open window-modal and call back.
// Tests switch them to non-interactive mode, answer with setNextAnswer() and read what would
// have been shown, so no test ever blocks on a modal.
class MessageBoxes
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxes)

public:
    using Button = QMessageBox::StandardButton;
    using AnswerCallback = std::function<void(Button)>;
    // Standard buttons, each named for what it does ("Resume", "Later", …).
    using NamedButtons = QList<QPair<Button, QString>>;

    // Non-interactive: nothing is shown; questions get the next answer, else their default.
    static void setNonInteractive(bool nonInteractive);
    static bool isNonInteractive();
    static void setNextAnswer(Button answer);
    // Title and text of everything shown (or that would have been), oldest first.
    static QStringList shownMessages();
    static void clearShownMessages();

    static void question(QWidget *parent, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons, Button defaultButton,
                         AnswerCallback done, const QString &acceptText = {});
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    // A question whose answers are named: the callback gets the chosen button.
    static void choose(QWidget *parent, const QString &title, const QString &text,
                       const NamedButtons &buttons, Button defaultButton, AnswerCallback done);
    // A failure that can be tried again as it was: Yes (named retryText) tries, Close does not
    // (the default).
    static void criticalWithRetry(QWidget *parent, const QString &title, const QString &text,
                                  AnswerCallback done, const QString &retryText);

private:
    static void show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                     const QString &text, QMessageBox::StandardButtons buttons,
                     Button defaultButton, AnswerCallback done, const NamedButtons &names);
};
