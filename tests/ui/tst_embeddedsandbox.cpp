// The embedded sandbox serves from a thread of its own: while it is still producing a page,
// the window's thread keeps turning its event loop (timers fire, the window repaints).
#include "connection/appconnection.h"
#include "core/api/systemclock.h"
#include "core/i18n/languagemanager.h"
#include "core/models/customerlistmodel.h"
#include "sandbox/embeddedsandbox.h"
#include "sandbox/sandboxserver.h"
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/messageboxes.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace {
// Counts the paint events a widget gets.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};
} // namespace

class tst_EmbeddedSandbox : public QObject
{
    Q_OBJECT

private slots:
    void windowTurnsWhileAPageIsProduced()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("PARTNERDESK_DATA_DIR", dir.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        MessageBoxes::setNonInteractive(true);
        // Declared before the sandbox, which may still call its hook while it shuts down.
        std::atomic<bool> pageHeld = false;
        std::atomic<bool> sawWindowTurn = false;
        QSemaphore windowTurned;
        AppConnection connection(SystemClock::instance());
        QString error;
        QVERIFY2(connection.connectToSandbox(&error), qPrintable(error));

        // The sandbox's thread, in the middle of the customer list, waits until this thread
        // has fired its timer and repainted the window a few times: were they one thread, it
        // would wait in vain.
        connection.sandbox()->run([&](SandboxServer &server) {
            server.setRequestHook([&](const RecordedRequest &request) {
                if (request.path == u"/v1/customers" && !pageHeld.exchange(true))
                    sawWindowTurn = windowTurned.tryAcquire(1, 10'000);
            });
        });

        LanguageManager languages;
        languages.setLanguage(u"en"_s);
        AppContext context;
        context.clock = SystemClock::instance();
        context.languages = &languages;
        context.connection = &connection;
        MainWindow window(context);
        PaintCounter counter(&window);
        int ticksWhileHeld = 0;
        int paintsBefore = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            window.update();
            if (!pageHeld)
                return;
            if (++ticksWhileHeld == 1)
                paintsBefore = counter.paints;
            if (ticksWhileHeld >= 5 && counter.paints >= paintsBefore + 2 &&
                windowTurned.available() == 0 && !sawWindowTurn)
                windowTurned.release();
        });
        timer.start(5);
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.customerModel()->count() > 0, 20'000);
        QVERIFY(pageHeld);
        QVERIFY(sawWindowTurn);
        connection.sandbox()->run([](SandboxServer &server) { server.setRequestHook({}); });
    }
};

QTEST_MAIN(tst_EmbeddedSandbox)
#include "tst_embeddedsandbox.moc"
