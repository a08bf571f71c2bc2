#include "searchtext.h"

namespace {
bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Letters with a stroke have no Unicode decomposition, so NFKD alone keeps them.
QChar strokeFree(QChar c)
{
    switch (c.unicode()) {
    case 0x0141: // Ł
    case 0x0142: // ł
        return u'l';
    case 0x0110: // Đ
    case 0x0111: // đ
        return u'd';
    case 0x00D8: // Ø
    case 0x00F8: // ø
        return u'o';
    default:
        return c;
    }
}
} // namespace

QString SearchText::fold(const QString &text)
{
    // Most names are plain ASCII: skip the normalisation cost for them.
    if (isAscii(text))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(strokeFree(c));
    }
    return out.toCaseFolded();
}
