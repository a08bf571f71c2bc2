#pragma once

#include "ui/urlopener.h"

#include <QDialog>

class QTextBrowser;

// Help → Guide: the flow (Customers → Subscriptions → Account → Remove reseller relationship),
// what blocks a removal, the sandbox, and how to connect PartnerDesk to Partner Center. One
// window per parent, not modal, so it can stay open beside the work.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Topic { Flow, Blockers, Sandbox, SignIn, AuditLog };

    explicit GuideDialog(QWidget *parent = nullptr);

    // Opens the parent's guide (creating it the first time) at the topic.
    static GuideDialog *showTopic(QWidget *parent, Topic topic);

    void scrollTo(Topic topic);
    // How links to web pages reach the browser; tests catch them here.
    void setUrlOpener(UrlOpener::Function opener) { m_openUrl = std::move(opener); }
    QTextBrowser *browser() const { return m_browser; }
    static QString anchor(Topic topic);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString html() const;

    QTextBrowser *m_browser;
    UrlOpener::Function m_openUrl;
    Topic m_topic = Topic::Flow;
};
