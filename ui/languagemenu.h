#pragma once

#include <QMenu>

class LanguageManager;
class QActionGroup;

// View → Language: one checkable entry per shipped language, each in its own name (so a user
// lost in a foreign UI still finds theirs). Switching takes effect at once, no restart.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(LanguageManager *languages, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncChecked();

    LanguageManager *m_languages;
    QActionGroup *m_group;
};
