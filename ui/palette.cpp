#include "palette.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

QColor Palette::success()
{
    return QColor(0x1e, 0x6b, 0x34);
}

QColor Palette::failure()
{
    return QColor(0xa4, 0x26, 0x2c);
}

QColor Palette::uncertain()
{
    return QColor(0x8a, 0x52, 0x00);
}

QColor Palette::tone(StateTableModel::Tone tone)
{
    switch (tone) {
    case StateTableModel::Tone::Positive:
        return QColor(0x2e, 0x7d, 0x32);
    case StateTableModel::Tone::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case StateTableModel::Tone::Negative:
        return QColor(0xc6, 0x28, 0x28);
    case StateTableModel::Tone::Neutral:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

void Palette::setOutcome(QLabel *label, Outcome outcome, const QString &text)
{
    switch (outcome) {
    case Outcome::Success:
        label->setStyleSheet(u"color: %1;"_s.arg(success().name()));
        break;
    case Outcome::Failure:
        label->setStyleSheet(u"color: %1;"_s.arg(failure().name()));
        break;
    case Outcome::Uncertain:
        label->setStyleSheet(u"color: %1;"_s.arg(uncertain().name()));
        break;
    case Outcome::Neutral:
        label->setStyleSheet(QString());
        break;
    }
    label->setText(text);
}

void Palette::styleAsErrorBanner(QLabel *label)
{
    label->setStyleSheet(u"QLabel { background: #fdecea; color: #611a15; border: 1px solid "
                         "#f5c2c0; border-radius: 4px; padding: 6px 10px; }"_s);
}

QIcon Palette::icon(Icon which, const QWidget *widget)
{
    if (which == Icon::App)
        return QIcon(u":/icons/partnerdesk.svg"_s);
    const QStyle *style = widget ? widget->style() : QApplication::style();
    switch (which) {
    case Icon::Ready:
    case Icon::Done:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Icon::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Icon::Busy:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case Icon::Information:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Icon::Copy:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case Icon::App:
        break;
    }
    return {};
}

QIcon Palette::childRow()
{
    // Drawn, not a file: it takes the palette's colour, light or dark. Made once per colour
    // (views ask for it with every paint), sharp at twice the scale too.
    // Never destroyed: a pixmap must not outlive the application object.
    static QColor madeFor;
    static auto *mark = new QIcon;
    const QColor colour = QApplication::palette().color(QPalette::PlaceholderText);
    if (!mark->isNull() && colour == madeFor)
        return *mark;
    constexpr int size = 16;
    *mark = QIcon();
    for (const qreal scale : {1.0, 2.0}) {
        QPixmap pixmap(QSize(size, size) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setPen(QPen(colour, 1));
        const QPointF corner(size * 0.4, size * 0.55);
        painter.drawLine(QPointF(corner.x(), 0.5), corner);
        painter.drawLine(corner, QPointF(size - 1.5, corner.y()));
        painter.end();
        mark->addPixmap(pixmap);
    }
    madeFor = colour;
    return *mark;
}

QPixmap Palette::pixmap(Icon which, int size, const QWidget *widget)
{
    return icon(which, widget).pixmap(size, size);
}
