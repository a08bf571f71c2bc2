#include "helpmenu.h"

#include "ui/help/aboutdialog.h"
#include "ui/help/guidedialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/messageboxes.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {
// One window of each kind per main window: asking again brings the open one forward.
template<typename Dialog> Dialog *raiseOrCreate(QWidget *window)
{
    auto *dialog = window->findChild<Dialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new Dialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}
} // namespace

HelpMenu::HelpMenu(QWidget *window)
    : QMenu(window)
    , m_window(window)
    , m_openUrl(UrlOpener::system())
{
    m_guide = addAction(QString(), this,
                        [this] { GuideDialog::showTopic(m_window, GuideDialog::Topic::Flow); });
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_shortcuts = addAction(QString(), this, &HelpMenu::showShortcuts);
    addSeparator();
    m_openAuditLog = addAction(QString(), this, &HelpMenu::openAuditLog);
    m_openDataFolder = addAction(QString(), this, &HelpMenu::openDataFolder);
    addSeparator();
    m_about = addAction(QString(), this, &HelpMenu::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslateUi();
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void HelpMenu::retranslateUi()
{
    setTitle(tr("&Help"));
    m_guide->setText(tr("&Guide"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_openAuditLog->setText(tr("Open &audit log"));
    m_openAuditLog->setToolTip(tr("Every change PartnerDesk made, with its result"));
    m_openDataFolder->setText(tr("Open &data folder"));
    m_openDataFolder->setToolTip(tr("The audit log and the sandbox's data"));
    m_about->setText(tr("&About PartnerDesk"));
    m_aboutQt->setText(tr("About &Qt"));
}

void HelpMenu::openAuditLog()
{
    const QString path = QDir::toNativeSeparators(m_auditLog);
    if (!QFileInfo::exists(m_auditLog)) {
        MessageBoxes::information(m_window, tr("Audit log"),
                                  tr("Nothing has been recorded yet. The first change made with "
                                     "PartnerDesk starts the audit log in %1.")
                                      .arg(path));
        return;
    }
    if (!m_openUrl(QUrl::fromLocalFile(m_auditLog)))
        MessageBoxes::warning(m_window, tr("Audit log"),
                              tr("No program could be started to show the audit log. It is a "
                                 "text file, one JSON record per line: %1")
                                  .arg(path));
}

void HelpMenu::openDataFolder()
{
    QDir().mkpath(m_dataFolder);
    if (!m_openUrl(QUrl::fromLocalFile(m_dataFolder)))
        MessageBoxes::warning(m_window, tr("Data folder"),
                              tr("No file manager could be started. The data folder is %1")
                                  .arg(QDir::toNativeSeparators(m_dataFolder)));
}

void HelpMenu::showShortcuts()
{
    raiseOrCreate<ShortcutsDialog>(m_window);
}

void HelpMenu::showAbout()
{
    raiseOrCreate<AboutDialog>(m_window);
}
