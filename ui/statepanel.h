#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A calm, centred "what is going on and what to do" message for a view that has nothing to
// show: loading, empty, no match, error. Its owner sets (and retranslates) the texts.
class StatePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Tone { Info, Busy, Error };

    explicit StatePanel(QWidget *parent = nullptr);

    // An empty buttonText hides the button.
    void setState(Tone tone, const QString &title, const QString &text,
                  const QString &buttonText = {});
    QString title() const;
    QString text() const;
    QPushButton *button() const { return m_button; }

signals:
    void buttonClicked();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
};
