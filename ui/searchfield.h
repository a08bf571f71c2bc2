#pragma once

#include <QLineEdit>

// A search box over a list, for the keyboard: Down moves into the results (the page decides
// how), Escape clears it, and the window's own shortcuts (Ctrl+E, Export) win over the keys the
// field would otherwise take for editing. Enter is QLineEdit::returnPressed.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

signals:
    void downPressed();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};
