// The Help menu: the guide, the keyboard shortcuts (read from the window, so none is missing
// and none is invented), the audit log and the data folder handed to the desktop, and About
// with the version and the licences of what PartnerDesk ships with.
#include "uitestfixture.h"

#include "ui/customerlistpage.h"
#include "ui/customertableview.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/guidedialog.h"
#include "ui/help/helpmenu.h"
#include "ui/help/shortcutsdialog.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

class tst_Help : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void menuEntries();
    void auditLogBeforeAndAfterTheFirstChange();
    void dataFolder();
    void shortcutsListEveryKey();
    void listedWidgetKeysWork();
    void guideCoversTheFlowAndSignIn();
    void aboutNamesVersionAndLicences();
    void retranslated();

private:
    MainWindow *window() const { return m_fixture->window.get(); }
    // Triggers the action: one message is shown, and it names the path.
    static bool saysWhere(QAction *action, const QString &path)
    {
        MessageBoxes::clearShownMessages();
        action->trigger();
        const QStringList shown = MessageBoxes::shownMessages();
        return shown.size() == 1 && shown.constFirst().contains(QDir::toNativeSeparators(path));
    }
    HelpMenu *help() const { return window()->helpMenu(); }

    std::unique_ptr<UiTestFixture> m_fixture;
    QList<QUrl> m_opened;
    bool m_openSucceeds = true;
};

void tst_Help::init()
{
    QCoreApplication::setApplicationVersion(u"1.2.3"_s);
    m_opened.clear();
    m_openSucceeds = true;
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start());
    qputenv("PARTNERDESK_DATA_DIR", m_fixture->dir.filePath(u"data"_s).toUtf8());
    m_fixture->showWindow();
    QVERIFY(m_fixture->waitForCustomers());
    help()->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return m_openSucceeds;
    });
}

void tst_Help::cleanup()
{
    m_fixture.reset();
    qunsetenv("PARTNERDESK_DATA_DIR");
}

void tst_Help::menuEntries()
{
    QStringList texts;
    const QList<QAction *> actions = help()->actions();
    for (QAction *action : actions) {
        if (!action->isSeparator())
            texts << action->text();
    }
    QCOMPARE(texts, (QStringList{u"&Guide"_s, u"&Keyboard shortcuts"_s, u"Open &audit log"_s,
                                 u"Open &data folder"_s, u"&About PartnerDesk"_s, u"About &Qt"_s}));
    QCOMPARE(help()->guideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(window()->menuBar()->actions().contains(help()->menuAction()));
    QCOMPARE(help()->title(), u"&Help"_s);
}

void tst_Help::auditLogBeforeAndAfterTheFirstChange()
{
    const QString path = m_fixture->audit()->filePath();
    QCOMPARE(help()->auditLogPath(), path);
    QVERIFY(!QFile::exists(path));
    // Nothing to open yet: it says so, and where the log will be.
    QVERIFY(saysWhere(help()->auditLogAction(), path));
    QVERIFY(m_opened.isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}\n");
    file.close();
    help()->auditLogAction()->trigger();
    QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(path)});

    // No program for it: the path, to open by hand.
    m_openSucceeds = false;
    QVERIFY(saysWhere(help()->auditLogAction(), path));
}

void tst_Help::dataFolder()
{
    const QString folder = m_fixture->dir.filePath(u"data"_s);
    QCOMPARE(help()->dataFolder(), folder);
    help()->dataFolderAction()->trigger();
    QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(folder)});
    QVERIFY(QDir(folder).exists());
    m_openSucceeds = false;
    QVERIFY(saysWhere(help()->dataFolderAction(), folder));
}

void tst_Help::shortcutsListEveryKey()
{
    help()->shortcutsAction()->trigger();
    auto *dialog = window()->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QStringList shown;
    for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dialog->list()->topLevelItem(i);
        shown << item->text(0) + u" = "_s + item->text(1);
    }
    const QString text = shown.join(u'\n');
    // Every shortcut of every menu, by its own text.
    const QList<QAction *> actions = window()->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut().isEmpty() || !action->isVisible())
            continue;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(text.contains(key + u" = "_s + QString(action->text()).remove(u'&').remove(u'…')),
                 qPrintable(key + u" missing from:\n"_s + text));
    }
    QVERIFY2(text.contains(u"Ctrl+E = Export to CSV"_s), qPrintable(text));
    QVERIFY2(text.contains(u"F1 = Guide"_s), qPrintable(text));
    // Every page key that says what it does.
    const QList<QShortcut *> shortcuts = window()->findChildren<QShortcut *>();
    for (QShortcut *shortcut : shortcuts) {
        if (shortcut->whatsThis().isEmpty())
            continue;
        QVERIFY2(text.contains(shortcut->key().toString(QKeySequence::NativeText) + u" = "_s +
                               shortcut->whatsThis()),
                 qPrintable(text));
    }
    QVERIFY2(text.contains(u"Alt+Left = Back to Customers"_s), qPrintable(text));

    // Asking again brings the same window forward.
    help()->shortcutsAction()->trigger();
    QCOMPARE(window()->findChildren<ShortcutsDialog *>().size(), 1);
}

void tst_Help::listedWidgetKeysWork()
{
    // The keys the list promises on behalf of the widgets: Enter opens the selected customer,
    // Ctrl+Tab moves to the next section of the customer.
    CustomerTableView *table = window()->customersPage()->tableView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    CustomerPage *page = window()->customerPage();
    QTRY_VERIFY(page->isVisible());
    QTRY_VERIFY(page->state()->loadState() == CustomerState::LoadState::Loaded);
    QCOMPARE(page->tabs()->currentIndex(), 0);
    QWidget *inside = page->tabs()->currentWidget()->focusWidget();
    if (!inside)
        inside = page->tabs()->currentWidget();
    inside->setFocus();
    QTest::keyClick(inside, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(page->tabs()->currentIndex(), 1);
    QTest::keyClick(page->tabs()->currentWidget(), Qt::Key_Tab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(page->tabs()->currentIndex(), 0);
}

void tst_Help::guideCoversTheFlowAndSignIn()
{
    help()->guideAction()->trigger();
    auto *guide = window()->findChild<GuideDialog *>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    QVERIFY2(text.contains(u"Customers → Subscriptions → Account → Remove reseller relationship"_s),
             qPrintable(text));
    for (const QString &part :
         {u"What blocks the removal"_s, u"The sandbox"_s, u"Connecting to Partner Center"_s,
          u"Allow public client flows"_s, u"user_impersonation"_s})
        QVERIFY2(text.contains(part), qPrintable(part));
    // Menu entries named as the menus name them.
    QVERIFY2(text.contains(u"File → Reset sandbox"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Help → Open audit log"_s), qPrintable(text));

    guide->resize(500, 300);
    QTest::qWait(50);
    guide->scrollTo(GuideDialog::Topic::SignIn);
    QVERIFY(guide->browser()->verticalScrollBar()->value() > 0);
    // Links to the web go through the opener.
    guide->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    emit guide->browser()->anchorClicked(
        QUrl(u"https://learn.microsoft.com/entra/identity-platform/quickstart-register-app"_s));
    QCOMPARE(m_opened.size(), 1);
    QVERIFY(guide->browser()->toHtml().contains(m_opened.constFirst().toString()));

    // One guide per window.
    QCOMPARE(GuideDialog::showTopic(window(), GuideDialog::Topic::Sandbox), guide);
}

void tst_Help::aboutNamesVersionAndLicences()
{
    help()->aboutAction()->trigger();
    auto *about = window()->findChild<AboutDialog *>();
    QVERIFY(about);
    QVERIFY(about->isVisible());
    QCOMPARE(about->versionLabel()->text(), u"PartnerDesk 1.2.3"_s);
    const QString components = about->componentsLabel()->text();
    for (const QString &part : {u"Qt 6"_s, u"GNU LGPL v3"_s, u"Qt HTTP Server"_s, u"GNU GPL v3"_s,
                                u"QtKeychain"_s, u"BSD-2-Clause"_s})
        QVERIFY2(components.contains(part), qPrintable(part));
    QVERIFY(about->aboutQtButton()->isVisible());
    QCOMPARE(about->aboutQtButton()->text(), u"About &Qt"_s);
    about->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    emit about->componentsLabel()->linkActivated(u"https://www.gnu.org/licenses/lgpl-3.0.html"_s);
    QCOMPARE(m_opened, QList<QUrl>{QUrl(u"https://www.gnu.org/licenses/lgpl-3.0.html"_s)});
}

void tst_Help::retranslated()
{
    help()->aboutAction()->trigger();
    help()->guideAction()->trigger();
    auto *about = window()->findChild<AboutDialog *>();
    auto *guide = window()->findChild<GuideDialog *>();
    QVERIFY(about && guide);
    QVERIFY(m_fixture->languages.setLanguage(u"cs"_s));
    // LanguageChange reaches the widgets through the event loop.
    QTRY_COMPARE(help()->title(), u"&Nápověda"_s);
    QCOMPARE(about->windowTitle(), u"O aplikaci PartnerDesk"_s);
    QVERIFY2(guide->browser()->toPlainText().contains(u"Zákazníci → Předplatná → Účet"_s),
             qPrintable(guide->browser()->toPlainText().left(300)));
    QVERIFY(m_fixture->languages.setLanguage(u"en"_s));
    QTRY_COMPARE(about->windowTitle(), u"About PartnerDesk"_s);
}

QTEST_MAIN(tst_Help)
#include "tst_help.moc"
