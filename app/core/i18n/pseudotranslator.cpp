#include "pseudotranslator.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

QChar accented(QChar c)
{
    // Same letter, different look: text stays readable while it is obvious it went through tr().
    static const QString plain = u"AaCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz"_s;
    static const QString fancy = u"ÅåÇçĎďÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŘřŠšŢţÛûŴŵÝýŽž"_s;
    const qsizetype i = plain.indexOf(c);
    return i < 0 ? c : fancy.at(i);
}

// Parts of a string that must survive untouched: %1 %L1 %n %Ln %%, tags, entities, and the
// letter after an accelerator '&' (the shortcut key must stay the same key).
const QRegularExpression &protectedPart()
{
    static const QRegularExpression re(uR"(%L?\d{1,2}|%L?n|%%|<[^>]*>|&[#a-zA-Z0-9]+;|&&|&.)"_s);
    return re;
}

} // namespace

PseudoTranslator::PseudoTranslator(const QTranslator *base, QObject *parent)
    : QTranslator(parent)
    , m_base(base)
{
}

QString PseudoTranslator::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    if (!sourceText || !*sourceText)
        return {};
    QString text;
    if (m_base)
        text = m_base->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    return pseudoize(text);
}

QString PseudoTranslator::pseudoize(const QString &text)
{
    if (text.trimmed().isEmpty())
        return text;
    // Rich text must still start with its tag (Qt::mightBeRichText looks there), so the
    // brackets go inside the leading and trailing tags.
    static const QRegularExpression leadingTags(uR"(^(?:\s*<[^>]*>)*)"_s);
    static const QRegularExpression trailingTags(uR"((?:<[^>]*>\s*)*$)"_s);
    const qsizetype bodyStart = leadingTags.match(text).capturedLength();
    const qsizetype bodyEnd =
        std::max(bodyStart, trailingTags.match(text, bodyStart).capturedStart());

    QString body;
    body.reserve(text.size() * 2);
    qsizetype pos = bodyStart;
    auto copyPlain = [&](qsizetype end) {
        for (; pos < end; ++pos)
            body += accented(text.at(pos));
    };
    QRegularExpressionMatchIterator it = protectedPart().globalMatch(text.left(bodyEnd), bodyStart);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        copyPlain(m.capturedStart());
        body += m.captured();
        pos = m.capturedEnd();
    }
    copyPlain(bodyEnd);
    // ~40 % longer than the original (brackets included), so a label sized to its English
    // text clips visibly.
    const qsizetype visible = bodyEnd - bodyStart;
    const qsizetype padding = std::max<qsizetype>(1, (visible * 2 + 4) / 5 - 3);
    return text.left(bodyStart) + u"["_s + body + u" "_s + QString(padding, u'·') + u"]"_s +
           text.mid(bodyEnd);
}
