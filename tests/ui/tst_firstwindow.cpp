// The first window on the screen it gets: CTest runs this program on offscreen screens of
// 1024×640, 800×600 and 1920×1080 (tests/ui/CMakeLists.txt). The window fits the available
// area in every language, nothing on it (the count, Refresh, the status bar) is off-screen or
// cut, the user's size and position come back, and a geometry saved on a larger screen or
// elsewhere is brought back inside; the Activity window opens inside the screen too.
#include "uitestfixture.h"

#include "ui/activity/activitywindow.h"
#include "ui/connectionstatus.h"
#include "ui/customerlistpage.h"
#include "ui/windowplacement.h"

#include <QAbstractButton>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace {
QRect globalRect(const QWidget *w)
{
    return QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
}

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), text.left(60));
}
} // namespace

class tst_FirstWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void placementArithmetic();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void remembersSizeAndPosition();
    void savedOnALargerScreen();
    void savedOffScreen();
    void activityFitsTheScreen();

private:
    MainWindow *reopen();
    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }
    // The window, its frame allowance included, inside the available area.
    void verifyOnScreen(const QWidget *window) const;

    std::unique_ptr<UiTestFixture> m_fixture;
};

void tst_FirstWindow::init()
{
    m_fixture = std::make_unique<UiTestFixture>();
    QVERIFY(m_fixture->start());
    // A first start: no geometry saved by an earlier run.
    QSettings(u"PartnerDesk"_s, u"PartnerDesk"_s).remove(u"window"_s);
}

MainWindow *tst_FirstWindow::reopen()
{
    if (m_fixture->window)
        m_fixture->window->close(); // saves the geometry, as quitting does
    m_fixture->window.reset();
    MainWindow *window = m_fixture->showWindow();
    return QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

void tst_FirstWindow::verifyOnScreen(const QWidget *window) const
{
    // The frame as the platform draws it (the offscreen one adds 2 px on each side).
    const QRect frame = window->frameGeometry();
    QVERIFY2(available().contains(frame),
             qPrintable(u"window frame %1,%2 %3×%4 is not inside %5,%6 %7×%8"_s.arg(frame.x())
                            .arg(frame.y())
                            .arg(frame.width())
                            .arg(frame.height())
                            .arg(available().x())
                            .arg(available().y())
                            .arg(available().width())
                            .arg(available().height())));
}

void tst_FirstWindow::placementArithmetic()
{
    const QRect screen(0, 0, 1024, 640);
    const QMargins frame = WindowPlacement::frameAllowance();
    // Smaller than preferred on a small screen, centred, frame inside.
    const QRect first = WindowPlacement::defaultGeometry(QSize(1200, 760), screen);
    QVERIFY(screen.contains(first.marginsAdded(frame)));
    QCOMPARE(first.size(), WindowPlacement::room(screen));
    // The preferred size where it fits, centred.
    const QRect large(0, 0, 1920, 1080);
    const QRect roomy = WindowPlacement::defaultGeometry(QSize(1200, 760), large);
    QCOMPARE(roomy.size(), QSize(1200, 760));
    QVERIFY(qAbs(roomy.center().x() - large.center().x()) <= 1);
    // A second monitor to the right: a window left of it is moved onto it.
    const QRect right(1920, 0, 1280, 1024);
    const QRect moved = WindowPlacement::fitted(QRect(100, 100, 800, 600), right);
    QVERIFY(right.contains(moved.marginsAdded(frame)));
    QCOMPARE(moved.size(), QSize(800, 600));
}

void tst_FirstWindow::fitsTheScreen_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "cs", "pl", "pseudo"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_FirstWindow::fitsTheScreen()
{
    QFETCH(QString, language);
    QVERIFY(m_fixture->languages.setLanguage(language));
    MainWindow *window = reopen();
    QVERIFY(window);
    QVERIFY(m_fixture->waitForCustomers());
    QTest::qWait(50); // posted layout requests
    verifyOnScreen(window);
    QVERIFY(window->width() <= 1200 && window->height() <= 760);
    QVERIFY(window->minimumWidth() <= WindowPlacement::room(available()).width());
    QVERIFY(window->minimumHeight() <= WindowPlacement::room(available()).height());

    // Every text of the first page and the status bar on the screen, and none of it cut.
    QStringList problems;
    QList<QWidget *> shown;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisible() || !w->window()->isAncestorOf(w) || w->window() != window)
            continue;
        const auto *label = qobject_cast<QLabel *>(w);
        const auto *button = qobject_cast<QAbstractButton *>(w);
        if ((!label || label->text().isEmpty()) && (!button || button->text().isEmpty()))
            continue;
        shown.append(w);
        if (!window->rect().contains(QRect(w->mapTo(window, QPoint(0, 0)), w->size())) ||
            !available().contains(globalRect(w)))
            problems.append(describe(w) + u": off-screen"_s);
        else if (label && !label->wordWrap() && label->width() < label->minimumSizeHint().width())
            problems.append(describe(w) + u": cut"_s);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    // What the first window must show: the count, Refresh, and the status bar.
    QVERIFY(window->statusBar()->isVisible());
    QVERIFY(shown.contains(window->connectionStatus()->connectionLabel()));
    const QWidget *page = window->customersPage();
    const QString count = QLocale().toString(window->customerModel()->count());
    QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                         [&](const QWidget *w) {
                             const auto *label = qobject_cast<const QLabel *>(w);
                             return label && page->isAncestorOf(label) &&
                                    label->text().contains(count);
                         }),
             "the customer count is not shown");
    QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                         [&](const QWidget *w) {
                             return qobject_cast<const QAbstractButton *>(w) &&
                                    page->isAncestorOf(w);
                         }),
             "Refresh is not shown");
}

void tst_FirstWindow::remembersSizeAndPosition()
{
    MainWindow *window = reopen();
    QVERIFY(window);
    const QRect room = available().marginsRemoved(WindowPlacement::frameAllowance());
    // Moved a little from the corner, as far as this screen leaves room.
    const QSize size = window->minimumSize();
    const QPoint offset(std::min(10, room.width() - size.width()),
                        std::min(5, room.height() - size.height()));
    const QRect chosen(room.topLeft() + offset, size);
    window->setGeometry(chosen);
    QTRY_COMPARE(window->geometry(), chosen);
    window = reopen();
    QVERIFY(window);
    QCOMPARE(window->size(), chosen.size());
    QCOMPARE(window->geometry().topLeft(), chosen.topLeft());
}

void tst_FirstWindow::savedOnALargerScreen()
{
    MainWindow *window = reopen();
    QVERIFY(window);
    // As if the last run was on a 2560×1440 monitor, maximised by hand.
    window->setGeometry(QRect(available().topLeft() + QPoint(200, 100), QSize(2400, 1300)));
    window = reopen();
    QVERIFY(window);
    verifyOnScreen(window);
}

void tst_FirstWindow::savedOffScreen()
{
    MainWindow *window = reopen();
    QVERIFY(window);
    // As if the last run was on a second monitor that is not there any more.
    window->move(available().right() + 500, available().bottom() + 300);
    window = reopen();
    QVERIFY(window);
    verifyOnScreen(window);
}

void tst_FirstWindow::activityFitsTheScreen()
{
    // View → Activity is a window of its own: it too opens inside the screen.
    MainWindow *window = reopen();
    QVERIFY(window);
    window->showActivity();
    ActivityWindow *activity = window->activityWindow();
    QVERIFY(activity);
    QVERIFY(QTest::qWaitForWindowExposed(activity));
    verifyOnScreen(activity);
}

QTEST_MAIN(tst_FirstWindow)
#include "tst_firstwindow.moc"
