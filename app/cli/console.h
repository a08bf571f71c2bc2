#pragma once

#include <QString>

// Standard output for results, standard error for everything else (progress, errors, help on
// bad usage), both UTF-8 whatever the locale, flushed at once so progress shows as it happens.
class Console
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
    // Adds the line break the text lacks.
    static void outLine(const QString &line);
    static void errLine(const QString &line);
};
