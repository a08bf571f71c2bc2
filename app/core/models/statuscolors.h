#pragma once

#include <QVariant>

// A colour hint for Qt::ForegroundRole / Qt::DecorationRole without linking QtGui: the core
// library has no GUI dependency, so the QColor is made through the meta-type system. In a GUI
// process it is a real QColor; without QtGui (the CLI) it is an empty QVariant.
class StatusColors
{
public:
    // name: "#rrggbb".
    static QVariant color(const QString &name);
};
