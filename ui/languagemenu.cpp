#include "languagemenu.h"

#include "core/i18n/languagemanager.h"

#include <QActionGroup>
#include <QEvent>

LanguageMenu::LanguageMenu(LanguageManager *languages, QWidget *parent)
    : QMenu(parent)
    , m_languages(languages)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
    for (const QString &code : LanguageManager::available()) {
        QAction *action = addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code] { m_languages->setLanguage(code); });
    }
    connect(languages, &LanguageManager::languageChanged, this, &LanguageMenu::syncChecked);
    syncChecked();
    retranslateUi();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
}

void LanguageMenu::syncChecked()
{
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == m_languages->language());
}
