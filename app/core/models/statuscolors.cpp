#include "statuscolors.h"

QVariant StatusColors::color(const QString &name)
{
    const QMetaType colorType(QMetaType::QColor);
    if (!colorType.isValid())
        return {};
    QVariant value(name);
    if (!value.convert(colorType))
        return {};
    return value;
}
