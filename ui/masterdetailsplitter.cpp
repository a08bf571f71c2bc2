#include "masterdetailsplitter.h"

#include <QEvent>
#include <QScrollArea>

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
}

void MasterDetailSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    arrange();
}

bool MasterDetailSplitter::event(QEvent *event)
{
    // A language change or new rows change the width the table asks for.
    const bool handled = QSplitter::event(event);
    if (event->type() == QEvent::LayoutRequest)
        arrange();
    return handled;
}

void MasterDetailSplitter::arrange()
{
    const int needed = m_master->sizeHint().width() + handleWidth() + m_detailWidth;
    const Qt::Orientation wanted = width() >= needed ? Qt::Horizontal : Qt::Vertical;
    if (wanted == orientation() && m_arranged)
        return;
    m_arranged = true;
    setOrientation(wanted);
    // Fresh sizes for the new direction: the details get what they ask for, the table the rest.
    if (wanted == Qt::Horizontal) {
        setSizes({width() - m_detailWidth - handleWidth(), m_detailWidth});
    } else {
        const int wantedHeight = m_detail->hasHeightForWidth() ? m_detail->heightForWidth(width())
                                                               : m_detail->sizeHint().height();
        const int detailHeight = qMin(wantedHeight, height() / 2);
        setSizes({height() - detailHeight - handleWidth(), detailHeight});
    }
}
