#pragma once

#include <QString>

#include <vector>

// Text folded for "search as you type": case-insensitive and accent-insensitive, so "zluto"
// finds "Žluťoučký kůň" and "lodz" finds "Łódź".
class SearchText
{
public:
    static QString fold(const QString &text);
    // fold(text) appended to out as UTF-8, without a QString in between for plain ASCII.
    static void appendFoldedUtf8(const QString &text, std::vector<char> &out);
};
