#include "headinglabel.h"

HeadingLabel::HeadingLabel(QWidget *parent, Level level)
    : QLabel(parent)
{
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * (level == Level::Page ? 1.5 : 1.15));
    setFont(heading);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}
