#include "collationkeys.h"

#include <vector>

#ifdef PARTNERDESK_HAVE_ICU
#include <unicode/ucol.h>

#include <cstring>

// ICU is the collator Qt itself uses here; its sort keys are plain bytes, kept in one buffer.
struct CollationKeys::Keys
{
    explicit Keys(const QLocale &locale)
    {
        UErrorCode status = U_ZERO_ERROR;
        collator = ucol_open(locale.bcp47Name().toLatin1().constData(), &status);
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            collator = ucol_open("", &status);
        }
        ucol_setAttribute(collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    }
    ~Keys() { ucol_close(collator); }

    qsizetype count() const { return qsizetype(start.size()); }
    // Appends the key of text to the buffer and returns where it starts.
    qsizetype write(const QString &text)
    {
        const auto at = qsizetype(bytes.size());
        const auto length = int32_t(text.size());
        int32_t room = 2 * length + 16;
        for (;;) {
            bytes.resize(size_t(at + room));
            const int32_t needed =
                ucol_getSortKey(collator, reinterpret_cast<const UChar *>(text.constData()), length,
                                reinterpret_cast<uint8_t *>(bytes.data() + at), room);
            if (needed <= room) {
                bytes.resize(size_t(at + needed));
                return at;
            }
            room = needed;
        }
    }
    void insert(int row, const QString &text) { start.insert(start.begin() + row, write(text)); }
    void append(const Keys &other, int row)
    {
        const char *key = other.bytes.data() + other.start[row];
        start.push_back(qsizetype(bytes.size()));
        bytes.insert(bytes.end(), key, key + std::strlen(key) + 1);
    }
    // The old key stays behind in the buffer: replacing is rare, compacting not worth it.
    void replace(int row, const QString &text) { start[row] = write(text); }
    void remove(int row) { start.erase(start.begin() + row); }
    int compare(int a, int b) const
    {
        // Keys end in a 0 byte and hold no other.
        return std::strcmp(bytes.data() + start[a], bytes.data() + start[b]);
    }

    UCollator *collator = nullptr;
    std::vector<char> bytes;
    std::vector<qsizetype> start;
};
#else
#include <QCollator>

struct CollationKeys::Keys
{
    explicit Keys(const QLocale &locale)
        : collator(locale)
    {
        collator.setNumericMode(true);
    }

    qsizetype count() const { return qsizetype(keys.size()); }
    void insert(int row, const QString &text)
    {
        keys.insert(keys.begin() + row, collator.sortKey(text));
    }
    void append(const Keys &other, int row) { keys.push_back(other.keys[row]); }
    void replace(int row, const QString &text) { keys[row] = collator.sortKey(text); }
    void remove(int row) { keys.erase(keys.begin() + row); }
    int compare(int a, int b) const { return keys[a].compare(keys[b]); }

    QCollator collator;
    std::vector<QCollatorSortKey> keys;
};
#endif

CollationKeys::CollationKeys(const QLocale &locale)
    : m_locale(locale)
    , m_keys(std::make_unique<Keys>(locale))
{
}

CollationKeys::~CollationKeys() = default;

int CollationKeys::count() const
{
    return int(m_keys->count());
}

void CollationKeys::clear()
{
    m_keys = std::make_unique<Keys>(m_locale);
}

void CollationKeys::insert(int row, const QString &text)
{
    m_keys->insert(row, text);
}

void CollationKeys::append(const CollationKeys &other, int row)
{
    Q_ASSERT(other.m_locale == m_locale);
    m_keys->append(*other.m_keys, row);
}

void CollationKeys::replace(int row, const QString &text)
{
    m_keys->replace(row, text);
}

void CollationKeys::remove(int row)
{
    m_keys->remove(row);
}

int CollationKeys::compare(int a, int b) const
{
    return m_keys->compare(a, b);
}
