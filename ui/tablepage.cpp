#include "tablepage.h"

#include "ui/headinglabel.h"
#include "ui/masterdetailsplitter.h"
#include "ui/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

TablePage::TablePage(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_toolbar(new QHBoxLayout)
    , m_refresh(new QPushButton(this))
    , m_banner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_state(new StatePanel(this))
{
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Palette::styleAsErrorBanner(m_banner);
    m_banner->hide();
    m_toolbar->addStretch();
    m_toolbar->addWidget(m_refresh);
    m_tabChain.append(m_refresh);
    m_stack->addWidget(m_state);

    auto *layout = new QVBoxLayout(this);
    if (kind == Kind::Page) {
        m_heading = new HeadingLabel(this);
        layout->setContentsMargins(16, 12, 16, 12);
        layout->setSpacing(10);
        layout->addWidget(m_heading);
    } else {
        layout->setContentsMargins(12, 12, 12, 12);
    }
    layout->addLayout(m_toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_refresh, &QPushButton::clicked, this, &TablePage::refreshRequested);
    connect(m_state, &StatePanel::buttonClicked, this, &TablePage::stateButtonClicked);
}

void TablePage::addToolbarWidget(QWidget *widget, int stretch)
{
    m_toolbar->insertWidget(m_leading++, widget, stretch);
    if (widget->focusPolicy() != Qt::NoFocus)
        m_tabChain.insert(m_tabChain.size() - m_trailing, widget);
}

void TablePage::addToolbarButton(QPushButton *button)
{
    // Between the stretch and Refresh.
    m_toolbar->insertWidget(m_toolbar->count() - 1, button);
    m_tabChain.insert(m_tabChain.size() - 1, button);
    ++m_trailing;
}

void TablePage::setContent(QWidget *table, QWidget *details, int detailWidth)
{
    if (details) {
        m_content = new QWidget(this);
        auto *splitter = new MasterDetailSplitter(table, details, detailWidth, m_content);
        auto *layout = new QVBoxLayout(m_content);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(splitter);
    } else {
        m_content = table;
    }
    m_stack->insertWidget(0, m_content);
    m_tabChain.append(table);
    for (qsizetype i = 1; i < m_tabChain.size(); ++i)
        setTabOrder(m_tabChain.at(i - 1), m_tabChain.at(i));
}

void TablePage::showContent()
{
    m_stack->setCurrentWidget(m_content);
}

void TablePage::showState(StatePanel::Tone tone, const QString &title, const QString &text,
                          const QString &buttonText)
{
    m_stack->setCurrentWidget(m_state);
    m_state->setState(tone, title, text, buttonText);
}

void TablePage::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString TablePage::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

bool TablePage::isShowingContent() const
{
    return m_stack->currentWidget() == m_content;
}
