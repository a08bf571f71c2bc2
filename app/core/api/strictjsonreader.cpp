#include "strictjsonreader.h"

#include <array>

namespace {
enum class Byte : quint8 { Plain, Quote, Control, NonAscii };

// What a byte is inside a JSON string: a table, because strings are most of a page.
Byte byteKind(char c)
{
    static constexpr auto table = [] {
        std::array<Byte, 256> kinds{};
        for (int i = 0; i < 256; ++i)
            kinds[size_t(i)] = i < 0x20 ? Byte::Control : i >= 0x80 ? Byte::NonAscii : Byte::Plain;
        kinds['"'] = kinds['\\'] = Byte::Quote;
        return kinds;
    }();
    return table[quint8(c)];
}
} // namespace

bool StrictJsonReader::hex4(char16_t *out)
{
    if (m_end - m_p < 4)
        return false;
    *out = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = *m_p++;
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0)
            return false;
        *out = char16_t(*out * 16 + digit);
    }
    return true;
}

bool StrictJsonReader::isValidUtf8(QByteArrayView bytes)
{
    // Well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF) and no
    // noncharacters: stricter than needed rather than laxer.
    const auto *p = reinterpret_cast<const quint8 *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;
        if (*p < 0xc2 || *p > 0xf4 || end - p < length)
            return false;
        char32_t c = *p & (0x7f >> length);
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            c = (c << 6) | (p[i] & 0x3f);
        }
        const char32_t least = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (c < least || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) || QChar::isNonCharacter(c))
            return false;
        p += length;
    }
    return true;
}

bool StrictJsonReader::string(QString *out)
{
    if (!next('"'))
        return false;
    const char *start = m_p;
    bool ascii = true;
    for (; m_p < m_end; ++m_p) {
        const Byte kind = byteKind(*m_p);
        if (kind == Byte::Plain)
            continue;
        if (kind != Byte::NonAscii)
            break;
        ascii = false;
    }
    if (m_p == m_end || byteKind(*m_p) == Byte::Control)
        return false;
    const QByteArrayView plain(start, m_p - start);
    if (*m_p == '"') {
        ++m_p;
        if (ascii) {
            *out = QString::fromLatin1(plain);
            return true;
        }
        if (!isValidUtf8(plain))
            return false;
        *out = QString::fromUtf8(plain);
        return true;
    }
    // Escapes: the rest goes character by character.
    if (!isValidUtf8(plain))
        return false;
    QString text = QString::fromUtf8(plain);
    for (;;) {
        const char *run = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            if (quint8(*m_p) < 0x20)
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        const QByteArrayView bytes(run, m_p - run);
        if (!isValidUtf8(bytes))
            return false;
        text += QString::fromUtf8(bytes);
        if (*m_p++ == '"')
            break;
        if (m_p == m_end)
            return false;
        switch (*m_p++) {
        case '"':
            text += u'"';
            break;
        case '\\':
            text += u'\\';
            break;
        case '/':
            text += u'/';
            break;
        case 'b':
            text += u'\b';
            break;
        case 'f':
            text += u'\f';
            break;
        case 'n':
            text += u'\n';
            break;
        case 'r':
            text += u'\r';
            break;
        case 't':
            text += u'\t';
            break;
        case 'u': {
            char16_t unit = 0;
            if (!hex4(&unit))
                return false;
            if (QChar::isHighSurrogate(unit)) {
                // Only whole pairs: what QJsonDocument makes of a lone half is its business.
                char16_t low = 0;
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return false;
                m_p += 2;
                if (!hex4(&low) || !QChar::isLowSurrogate(low))
                    return false;
                text += QChar(unit);
                text += QChar(low);
            } else if (QChar::isSurrogate(unit) || QChar::isNonCharacter(unit)) {
                return false;
            } else {
                text += QChar(unit);
            }
            break;
        }
        default:
            return false;
        }
    }
    *out = text;
    return true;
}

bool StrictJsonReader::number()
{
    skipSpace();
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    const char *start = m_p;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
        ++m_p;
    const qsizetype digits = m_p - start;
    // No leading zero, and exact in a double.
    return digits > 0 && digits <= 15 && (digits == 1 || *start != '0') &&
           (m_p == m_end || (*m_p != '.' && *m_p != 'e' && *m_p != 'E'));
}

bool StrictJsonReader::skipValue(int depth)
{
    // Deep nesting is QJsonDocument's to judge.
    if (depth > 32)
        return false;
    skipSpace();
    if (m_p == m_end)
        return false;
    QString ignored;
    switch (*m_p) {
    case '{':
        return object([&](QByteArrayView) { return skipValue(depth + 1); });
    case '[':
        return array([&] { return skipValue(depth + 1); });
    case '"':
        return string(&ignored);
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        return number();
    }
}
