#pragma once

#include <QString>

// Text folded for "search as you type": case-insensitive and accent-insensitive, so "zluto"
// finds "Žluťoučký kůň" and "lodz" finds "Łódź".
class SearchText
{
public:
    static QString fold(const QString &text);
};
