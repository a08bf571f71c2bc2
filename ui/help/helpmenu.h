#pragma once

#include "ui/urlopener.h"

#include <QMenu>

class QAction;

// Help: the guide, the keyboard shortcuts, the audit log and the data folder (opened in the
// desktop's own programs), About PartnerDesk and About Qt.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QWidget *window);

    // The audit log of the current connection (it follows account switches) and the folder
    // holding it with the sandbox's state.
    void setAuditLogPath(const QString &path) { m_auditLog = path; }
    QString auditLogPath() const { return m_auditLog; }
    void setDataFolder(const QString &path) { m_dataFolder = path; }
    QString dataFolder() const { return m_dataFolder; }
    // How files and folders reach the desktop; tests catch the URLs here.
    void setUrlOpener(UrlOpener::Function opener) { m_openUrl = std::move(opener); }

    QAction *guideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *auditLogAction() const { return m_openAuditLog; }
    QAction *dataFolderAction() const { return m_openDataFolder; }
    QAction *aboutAction() const { return m_about; }
    QAction *aboutQtAction() const { return m_aboutQt; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openAuditLog();
    void openDataFolder();
    void showShortcuts();
    void showAbout();

    QWidget *m_window;
    UrlOpener::Function m_openUrl;
    QString m_auditLog;
    QString m_dataFolder;
    QAction *m_guide;
    QAction *m_shortcuts;
    QAction *m_openAuditLog;
    QAction *m_openDataFolder;
    QAction *m_about;
    QAction *m_aboutQt;
};
