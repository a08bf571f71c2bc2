#include "devicecodedialog.h"

#include "core/api/clock.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace std::chrono_literals;

DeviceCodeDialog::DeviceCodeDialog(DeviceCodeFlow *flow, Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_clock(clock)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_intro(new QLabel(this))
    , m_code(new QLabel(this))
    , m_uri(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    big.setFamily(QStringLiteral("monospace"));
    m_code->setFont(big);
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setAlignment(Qt::AlignCenter);
    m_uri->setTextFormat(Qt::PlainText);
    m_uri->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_uri->setAlignment(Qt::AlignCenter);
    m_retry->hide();

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_open);
    actions->addStretch();
    m_buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_code);
    layout->addWidget(m_uri);
    layout->addLayout(actions);
    layout->addWidget(m_countdown);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_flow->userCode()); });
    connect(m_open, &QPushButton::clicked, this, [this] { m_openUrl(m_flow->verificationUri()); });
    connect(m_retry, &QPushButton::clicked, m_flow, &DeviceCodeFlow::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeviceCodeDialog::reject);
    connect(m_flow, &DeviceCodeFlow::codeReady, this, &DeviceCodeDialog::showCode);
    connect(m_flow, &DeviceCodeFlow::failed, this, &DeviceCodeDialog::showFailure);
    connect(m_flow, &DeviceCodeFlow::succeeded, this, &QDialog::accept);
    retranslate();
    if (!m_flow->userCode().isEmpty())
        showCode();
}

QPushButton *DeviceCodeDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

void DeviceCodeDialog::reject()
{
    // Closing the window in any way stops the polling.
    m_flow->cancel();
    QDialog::reject();
}

void DeviceCodeDialog::showCode()
{
    if (m_failed)
        cancelButton()->setText(tr("Cancel"));
    m_failed = false;
    m_retry->hide();
    m_code->setText(m_flow->userCode());
    m_uri->setText(m_flow->verificationUri().toDisplayString());
    m_code->setAccessibleName(tr("Code: %1").arg(m_flow->userCode()));
    m_copy->setEnabled(true);
    m_open->setEnabled(true);
    m_status->setText(tr("Waiting for you to sign in…"));
    updateCountdown();
    tick();
}

void DeviceCodeDialog::tick()
{
    // Once a second while a code is shown; the clock is the app's, so tests move it.
    const quint64 generation = ++m_tickGeneration; // a new code ends the old countdown
    m_clock->callAfter(1s, this, [this, generation] {
        if (generation != m_tickGeneration || !m_flow->isRunning() || m_failed)
            return;
        updateCountdown();
        tick();
    });
}

void DeviceCodeDialog::updateCountdown()
{
    const qint64 left = std::max<qint64>(0, m_clock->now().secsTo(m_flow->expiresAt()));
    const QString time =
        QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    m_countdown->setText(tr("The code expires in %1.", "%1 is minutes:seconds").arg(time));
}

void DeviceCodeDialog::showFailure(DeviceCodeFlow::Failure reason, const QString &message)
{
    if (reason == DeviceCodeFlow::Failure::Cancelled)
        return;
    m_failed = true;
    m_status->setText(message);
    m_countdown->clear();
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_retry->show();
    cancelButton()->setText(tr("Close"));
}

void DeviceCodeDialog::retranslate()
{
    setWindowTitle(tr("Sign in to Partner Center"));
    m_intro->setText(tr("Open the page below in a browser, on this or any other device, enter "
                        "the code and sign in with your Partner Center account."));
    m_copy->setText(tr("&Copy code"));
    m_open->setText(tr("&Open browser"));
    m_retry->setText(tr("&Try again"));
    m_uri->setAccessibleName(tr("Sign-in page"));
    m_countdown->setAccessibleName(tr("Time left"));
    if (m_failed)
        cancelButton()->setText(tr("Close"));
    if (m_flow->isRunning() && !m_flow->userCode().isEmpty()) {
        m_status->setText(tr("Waiting for you to sign in…"));
        updateCountdown();
    }
}

void DeviceCodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
