#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A Qt Linguist .ts file as the tests see it: every message with its context, source,
// disambiguation comment and translation (or plural forms).
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QString translation;
    QStringList forms;

    QString label() const;
    // The translated texts to check: the plural forms, or the single translation.
    QStringList texts() const { return numerus ? forms : QStringList{translation}; }
};

struct TsFile
{
    QString language; // the TS element's language attribute, e.g. "cs_CZ"
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    static TsFile read(const QString &path);
    const TsMessage *find(const QString &context, const QString &source,
                          const QString &comment = {}) const;
};
