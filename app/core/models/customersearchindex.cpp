#include "customersearchindex.h"

#include "core/domain/customer.h"
#include "core/models/searchtext.h"

#include <algorithm>
#include <cstring>

namespace {
constexpr char fieldSeparator = '\x1f';
constexpr char rowSeparator = '\x1e';
} // namespace

QByteArray CustomerSearchIndex::needle(const QString &typed)
{
    std::vector<char> folded;
    SearchText::appendFoldedUtf8(typed.trimmed(), folded);
    return QByteArray(folded.data(), qsizetype(folded.size()));
}

void CustomerSearchIndex::appendRowText(const Customer &customer, std::vector<char> &out)
{
    SearchText::appendFoldedUtf8(customer.companyName(), out);
    out.push_back(fieldSeparator);
    SearchText::appendFoldedUtf8(customer.domain(), out);
    out.push_back(fieldSeparator);
    SearchText::appendFoldedUtf8(customer.tenantId(), out);
    out.push_back(rowSeparator);
}

void CustomerSearchIndex::append(const Customer &customer)
{
    m_start.push_back(qsizetype(m_text.size()));
    appendRowText(customer, m_text);
}

void CustomerSearchIndex::append(const CustomerSearchIndex &other, int row)
{
    m_start.push_back(qsizetype(m_text.size()));
    m_text.insert(m_text.end(), other.m_text.begin() + other.m_start[row],
                  other.m_text.begin() + other.end(row));
}

qsizetype CustomerSearchIndex::end(int row) const
{
    return row + 1 < count() ? m_start[row + 1] : qsizetype(m_text.size());
}

void CustomerSearchIndex::replace(int row, const Customer &customer)
{
    // Rows stay in order in the buffer (match() relies on it): splice the new text in.
    std::vector<char> text;
    appendRowText(customer, text);
    const qsizetype begin = m_start[row];
    const qsizetype delta = qsizetype(text.size()) - (end(row) - begin);
    m_text.erase(m_text.begin() + begin, m_text.begin() + end(row));
    m_text.insert(m_text.begin() + begin, text.begin(), text.end());
    for (int r = row + 1; r < count(); ++r)
        m_start[r] += delta;
}

void CustomerSearchIndex::remove(int row)
{
    const qsizetype begin = m_start[row];
    const qsizetype length = end(row) - begin;
    m_text.erase(m_text.begin() + begin, m_text.begin() + begin + length);
    m_start.erase(m_start.begin() + row);
    for (int r = row; r < count(); ++r)
        m_start[r] -= length;
}

void CustomerSearchIndex::clear()
{
    std::vector<char>().swap(m_text);
    std::vector<qsizetype>().swap(m_start);
}

QString CustomerSearchIndex::text(int row) const
{
    return QString::fromUtf8(m_text.data() + m_start[row], end(row) - m_start[row] - 1);
}

namespace {
// The first needle in [from, to), or nullptr: memchr() for its first byte (a few bytes a
// cycle), its second byte checked before the rest is compared.
const char *find(const char *from, const char *to, const QByteArray &needle)
{
    const char first = needle.front();
    const qsizetype rest = needle.size() - 1;
    while (to - from > rest) {
        const auto *hit =
            static_cast<const char *>(std::memchr(from, first, size_t(to - from - rest)));
        if (!hit || rest == 0 ||
            (hit[1] == needle[1] &&
             std::memcmp(hit + 2, needle.constData() + 2, size_t(rest - 1)) == 0))
            return hit;
        from = hit + 1;
    }
    return nullptr;
}
} // namespace

bool CustomerSearchIndex::matches(int row, const QByteArray &needle) const
{
    const char *text = m_text.data();
    return find(text + m_start[row], text + end(row), needle) != nullptr;
}

void CustomerSearchIndex::match(const QByteArray &needle, std::vector<char> &matches,
                                bool narrow) const
{
    matches.resize(m_start.size(), 0);
    if (!narrow)
        std::fill(matches.begin(), matches.end(), 1);
    if (needle.isEmpty())
        return;
    if (needle.contains(fieldSeparator) || needle.contains(rowSeparator)) {
        std::fill(matches.begin(), matches.end(), 0);
        return;
    }
    const char *text = m_text.data();
    if (narrow) {
        // Only the rows matched before can match now; each is a short search of its own.
        for (int row = 0; row < count(); ++row) {
            if (matches[row])
                matches[row] = find(text + m_start[row], text + end(row), needle) != nullptr;
        }
        return;
    }
    // One pass over the whole buffer. After a hit, on with the next row; rows in between had
    // none.
    const char *end = text + m_text.size();
    int row = 0;
    for (const char *from = text; row < count();) {
        const char *hit = find(from, end, needle);
        const qsizetype at = hit ? hit - text : qsizetype(m_text.size());
        for (; row < count() && this->end(row) <= at; ++row)
            matches[row] = 0;
        if (row == count())
            break;
        from = text + this->end(row);
        ++row;
    }
}
