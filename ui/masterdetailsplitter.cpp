#include "masterdetailsplitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>

MasterDetailSplitter::MasterDetailSplitter(QWidget *master, QWidget *detail, int detailWidth,
                                           QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_master(master)
    , m_detail(detail)
    , m_scroll(new QScrollArea(this))
    , m_detailWidth(detailWidth)
{
    m_scroll->setWidget(detail);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a tab stop of its own: the controls inside are, and the scroll area follows them.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setMinimumWidth(detailWidth);
    addWidget(master);
    addWidget(m_scroll);
    setChildrenCollapsible(false);
    // Extra room goes to the table; the details keep what they need.
    setStretchFactor(0, 1);
    setStretchFactor(1, 0);
    // Once the user has placed the handle, resizing keeps their choice.
    connect(this, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
}

void MasterDetailSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    arrange();
}

void MasterDetailSplitter::showEvent(QShowEvent *event)
{
    QSplitter::showEvent(event);
    // A page hides the splitter while it says "Loading…" in its place, and Qt does not pass the
    // table's requests for room to a hidden parent: the rows that came meanwhile are placed now,
    // before the first paint, not at the next request after it.
    arrange();
}

bool MasterDetailSplitter::event(QEvent *event)
{
    // A language change or new rows change the width the table asks for.
    const bool handled = QSplitter::event(event);
    if (event->type() == QEvent::LanguageChange)
        m_stackedUpTo = -1;
    if (event->type() == QEvent::LayoutRequest)
        arrange();
    return handled;
}

void MasterDetailSplitter::arrange()
{
    const int needed = m_master->sizeHint().width() + handleWidth() + m_detailWidth;
    if (width() < needed)
        m_stackedUpTo = qMax(m_stackedUpTo, width());
    const Qt::Orientation wanted =
        width() >= needed && width() > m_stackedUpTo ? Qt::Horizontal : Qt::Vertical;
    if (wanted != orientation() || !m_arranged) {
        m_arranged = true;
        m_userSized = false;
        setOrientation(wanted);
        if (wanted == Qt::Horizontal) {
            setSizes({width() - m_detailWidth - handleWidth(), m_detailWidth});
        } else {
            // Once more after the details have laid themselves out for their new width.
            QMetaObject::invokeMethod(this, &MasterDetailSplitter::stackSizes,
                                      Qt::QueuedConnection);
        }
    }
    stackSizes();
}

void MasterDetailSplitter::stackSizes()
{
    // Stacked: a table of a few rows gets just those rows and the details the rest; when both do
    // not fit, the details get what they need up to most of the height and the table scrolls.
    if (orientation() != Qt::Vertical || m_userSized)
        return;
    const int room = height() - handleWidth();
    const int detailWanted = m_detail->hasHeightForWidth() ? m_detail->heightForWidth(width())
                                                           : m_detail->sizeHint().height();
    int tableWanted = room;
    if (auto *table = qobject_cast<QTableView *>(m_master)) {
        tableWanted = 2 * table->frameWidth() + table->horizontalHeader()->height() +
                      table->verticalHeader()->length();
        if (table->horizontalScrollBar()->isVisible())
            tableWanted += table->horizontalScrollBar()->height();
    }
    const int table =
        tableWanted + detailWanted <= room ? tableWanted : room - qMin(detailWanted, room * 3 / 5);
    setSizes({table, room - table});
}
