#pragma once

#include <QTranslator>

// A pseudo-locale for layout testing: every string the app translates comes back about 40 %
// longer, with accented letters and in brackets, so clipped, concatenated or untranslated text
// shows at a glance. Placeholders (%1, %L2, %n), accelerators (&File), entities and rich-text
// tags are kept as they are, so the string still works where it is used.
class PseudoTranslator : public QTranslator
{
    Q_OBJECT

public:
    // base, if given, supplies the text to lengthen (e.g. the English plural forms); otherwise
    // the source text is used.
    explicit PseudoTranslator(const QTranslator *base = nullptr, QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    // The transformation itself, for tests.
    static QString pseudoize(const QString &text);

private:
    const QTranslator *m_base;
};
