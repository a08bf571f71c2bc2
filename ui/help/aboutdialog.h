#pragma once

#include "ui/urlopener.h"

#include <QDialog>

class QLabel;
class QPushButton;

// Help → About PartnerDesk: the version (the one CMake gives every executable, through
// QCoreApplication::applicationVersion()), what PartnerDesk is, and the components it ships
// with under their own licences, with links to them; and Qt's own About box.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QLabel *versionLabel() const { return m_version; }
    QLabel *componentsLabel() const { return m_components; }
    QPushButton *aboutQtButton() const { return m_aboutQt; }
    // How the licence links reach the browser; tests catch them here.
    void setUrlOpener(UrlOpener::Function opener) { m_openUrl = std::move(opener); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    UrlOpener::Function m_openUrl;
    QLabel *m_icon;
    QLabel *m_version;
    QLabel *m_description;
    QLabel *m_components;
    QPushButton *m_aboutQt;
};
