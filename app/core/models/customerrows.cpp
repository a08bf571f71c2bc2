#include "customerrows.h"

#include <QHashFunctions>
#include <QVarLengthArray>

namespace {
// UTF-8 of text appended to out without a QByteArray in between (a lone surrogate becomes
// U+FFFD); Out is std::vector<char> or QVarLengthArray<char>.
template<typename Out> void appendUtf8(QStringView text, Out &out)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) {
            out.push_back(char(c));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        else if (QChar::isSurrogate(c))
            c = 0xfffd;
        if (c < 0x800) {
            out.push_back(char(0xc0 | (c >> 6)));
        } else if (c < 0x10000) {
            out.push_back(char(0xe0 | (c >> 12)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
        } else {
            out.push_back(char(0xf0 | (c >> 18)));
            out.push_back(char(0x80 | ((c >> 12) & 0x3f)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
        }
        out.push_back(char(0x80 | (c & 0x3f)));
    }
}

// A field: its UTF-8 length as a varint, then the bytes.
void appendLength(std::vector<char> &out, quint64 length)
{
    for (;; length >>= 7) {
        out.push_back(char((length & 0x7f) | (length > 0x7f ? 0x80 : 0)));
        if (length <= 0x7f)
            return;
    }
}

void appendField(std::vector<char> &out, const QString &text)
{
    // Most fields are ASCII: copied straight, one byte per character, in one pass that also
    // notices when they are not.
    const size_t start = out.size();
    appendLength(out, quint64(text.size()));
    const size_t at = out.size();
    out.resize(at + size_t(text.size()));
    char16_t high = 0;
    const auto *utf16 = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < text.size(); ++i) {
        high |= utf16[i];
        out[at + size_t(i)] = char(utf16[i]);
    }
    if (high < 0x80)
        return;
    out.resize(start);
    QVarLengthArray<char, 128> encoded;
    appendUtf8(text, encoded);
    appendLength(out, quint64(encoded.size()));
    out.insert(out.end(), encoded.cbegin(), encoded.cend());
}

// The field at p and the position after it.
QByteArrayView readField(const char *&p)
{
    quint64 length = 0;
    for (int shift = 0;; shift += 7) {
        const auto byte = quint8(*p++);
        length |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
    }
    const QByteArrayView field(p, qsizetype(length));
    p += length;
    return field;
}

size_t hashOf(QByteArrayView id)
{
    return qHash(id, 0);
}
} // namespace

void CustomerRows::write(const Customer &customer)
{
    appendField(m_text, customer.id);
    appendField(m_text, customer.commerceId);
    appendField(m_text, customer.tenantId());
    appendField(m_text, customer.domain());
    appendField(m_text, customer.companyName());
    appendField(m_text, customer.relationshipToPartner);
}

void CustomerRows::append(const Customer &customer)
{
    const int row = count();
    m_start.push_back(qsizetype(m_text.size()));
    write(customer);
    m_allowsDelegatedAccess.push_back(customer.allowDelegatedAccess);
    index(row);
}

void CustomerRows::append(const CustomerRows &other, int row)
{
    const char *begin = other.m_text.data() + other.m_start[row];
    const char *end = begin;
    for (int i = 0; i < FieldCount; ++i)
        readField(end);
    const int at = count();
    m_start.push_back(qsizetype(m_text.size()));
    m_text.insert(m_text.end(), begin, end);
    m_allowsDelegatedAccess.push_back(other.m_allowsDelegatedAccess[row]);
    index(at);
}

void CustomerRows::index(int row)
{
    if (m_slots.size() < 2 * m_start.size()) {
        reindex();
        return;
    }
    m_slots[slotOf(field(row, Id))] = row;
}

void CustomerRows::replace(int row, const Customer &customer)
{
    // The old fields stay behind in the buffer: a refreshed row is rare, a compaction is not
    // worth it. The id, and so the index, is the same.
    m_start[row] = qsizetype(m_text.size());
    write(customer);
    m_allowsDelegatedAccess[row] = customer.allowDelegatedAccess;
}

void CustomerRows::remove(int row)
{
    m_start.erase(m_start.begin() + row);
    m_allowsDelegatedAccess.erase(m_allowsDelegatedAccess.begin() + row);
    reindex();
}

void CustomerRows::clear()
{
    // Swapped with empty ones: clear() alone would keep the memory.
    std::vector<char>().swap(m_text);
    std::vector<qsizetype>().swap(m_start);
    std::vector<bool>().swap(m_allowsDelegatedAccess);
    std::vector<int>().swap(m_slots);
}

QByteArrayView CustomerRows::field(int row, Field field) const
{
    const char *p = m_text.data() + m_start[row];
    for (int i = 0; i < field; ++i)
        readField(p);
    return readField(p);
}

QString CustomerRows::text(int row, Field field) const
{
    return QString::fromUtf8(this->field(row, field));
}

int CustomerRows::slotOf(QByteArrayView id) const
{
    // Linear probing; the table is never full, so the walk ends.
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hashOf(id) & mask;; slot = (slot + 1) & mask) {
        const int row = m_slots[slot];
        if (row < 0 || field(row, Id) == id)
            return int(slot);
    }
}

int CustomerRows::rowOf(const QString &id) const
{
    if (m_slots.empty())
        return -1;
    QVarLengthArray<char, 128> utf8;
    appendUtf8(id, utf8);
    return m_slots[slotOf(QByteArrayView(utf8.data(), utf8.size()))];
}

int CustomerRows::rowOfUtf8(QByteArrayView id) const
{
    return m_slots.empty() ? -1 : m_slots[slotOf(id)];
}

void CustomerRows::reindex()
{
    size_t size = 16;
    while (size < 2 * m_start.size())
        size *= 2;
    m_slots.assign(size, -1);
    for (int row = 0; row < count(); ++row)
        m_slots[slotOf(field(row, Id))] = row;
}

Customer CustomerRows::customer(int row) const
{
    Customer c;
    c.id = text(row, Id);
    c.commerceId = text(row, CommerceId);
    c.companyProfile.tenantId = text(row, TenantId);
    c.companyProfile.domain = text(row, Domain);
    c.companyProfile.companyName = text(row, CompanyName);
    c.relationshipToPartner = text(row, Relationship);
    c.allowDelegatedAccess = m_allowsDelegatedAccess[row];
    return c;
}
