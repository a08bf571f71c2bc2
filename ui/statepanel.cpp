#include "statepanel.h"

#include "ui/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StatePanel::StatePanel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    // Error texts carry a correlation id the admin may need to paste into a support ticket.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setMaximumWidth(560);
    m_icon->setAlignment(Qt::AlignCenter);

    // Centred by stretches, not by alignment: an aligned word-wrapped label gets its one-line
    // height and is cut.
    auto *text = new QHBoxLayout;
    text->addStretch();
    text->addWidget(m_text, 1);
    text->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addLayout(text);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_button, &QPushButton::clicked, this, &StatePanel::buttonClicked);
}

void StatePanel::setState(Tone tone, const QString &title, const QString &text,
                          const QString &buttonText)
{
    const Palette::Icon icon = tone == Tone::Error  ? Palette::Icon::Warning
                               : tone == Tone::Busy ? Palette::Icon::Busy
                                                    : Palette::Icon::Information;
    m_icon->setPixmap(Palette::pixmap(icon, 40, this));
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_button->setText(buttonText);
    m_button->setAccessibleName(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    setAccessibleName(title);
}

QString StatePanel::title() const
{
    return m_title->text();
}

QString StatePanel::text() const
{
    return m_text->text();
}
