#include "searchtext.h"

#include <algorithm>
#include <array>

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

void SearchText::appendFoldedUtf8(const QString &text, std::vector<char> &out)
{
    // Below U+0250 (Latin-1, Latin Extended-A and -B: Czech, Polish, German…) no character
    // decomposes into anything that reorders with its neighbours, so the text folds one
    // character at a time, from a table fold() itself filled once.
    static const auto latin = [] {
        std::array<QByteArray, 0x250> table;
        for (char16_t c = 0x80; c < table.size(); ++c)
            table[c] = fold(QString(QChar(c))).toUtf8();
        return table;
    }();
    const bool isLatin =
        std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x250; });
    if (!isLatin) {
        const QByteArray utf8 = fold(text).toUtf8();
        out.insert(out.end(), utf8.cbegin(), utf8.cend());
        return;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.push_back(u >= 'A' && u <= 'Z' ? char(u + ('a' - 'A')) : char(u));
        } else {
            const QByteArray &folded = latin[u];
            out.insert(out.end(), folded.cbegin(), folded.cend());
        }
    }
}
