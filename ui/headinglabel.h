#pragma once

#include <QLabel>

// A page or section heading: larger, bold, and announced as a heading by screen readers.
class HeadingLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Level { Page, Section };

    explicit HeadingLabel(QWidget *parent = nullptr, Level level = Level::Page);
};
