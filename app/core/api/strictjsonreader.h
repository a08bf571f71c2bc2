#pragma once

#include <QByteArrayView>
#include <QString>

// A strict, forward-only JSON reader over UTF-8 bytes, for decoders that read a document
// straight into values. Whatever it accepts, QJsonDocument accepts and reads the same; on
// anything it is unsure of (an odd escape, a fraction, deep nesting) it gives up, returning
// false, and the caller goes the QJsonDocument way.
class StrictJsonReader
{
public:
    explicit StrictJsonReader(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    {
    }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool next(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool nextIsNull()
    {
        skipSpace();
        return m_end - m_p >= 4 && QByteArrayView(m_p, 4) == "null" && literal("null");
    }

    // Calls member(key) for each member; member reads the value and says whether it could.
    // Keys must be plain ASCII without escapes: every key the codec knows is.
    template<typename Member> bool object(Member member)
    {
        if (!next('{'))
            return false;
        if (next('}'))
            return true;
        do {
            skipSpace();
            if (m_p == m_end || *m_p != '"')
                return false;
            const char *start = ++m_p;
            while (m_p < m_end && *m_p != '"') {
                if (*m_p == '\\' || quint8(*m_p) < 0x20 || quint8(*m_p) >= 0x80)
                    return false;
                ++m_p;
            }
            if (m_p == m_end)
                return false;
            const QByteArrayView key(start, m_p++ - start);
            if (!next(':') || !member(key))
                return false;
        } while (next(','));
        return next('}');
    }

    template<typename Element> bool array(Element element)
    {
        if (!next('['))
            return false;
        if (next(']'))
            return true;
        do {
            if (!element())
                return false;
        } while (next(','));
        return next(']');
    }

    bool string(QString *out);
    bool stringOrNull(QString *out) { return nextIsNull() || string(out); }
    bool boolOrNull(bool *out)
    {
        if (nextIsNull())
            return true;
        *out = literal("true");
        return *out || literal("false");
    }
    bool skipValue(int depth = 0);

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool literal(QByteArrayView word)
    {
        skipSpace();
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }
    // Integers only: other numbers QJsonDocument may read differently.
    bool number();
    bool hex4(char16_t *out);
    static bool isValidUtf8(QByteArrayView bytes);

    const char *m_p;
    const char *m_end;
};
