#include "customerpagereader.h"

#include "core/api/strictjsonreader.h"

#include <algorithm>
#include <array>
#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace {

// Reads a member named one of `names` once at most; another spelling of a name is refused.
class Members
{
public:
    Members(std::initializer_list<QLatin1StringView> names)
    {
        Q_ASSERT(names.size() <= m_names.size());
        std::copy(names.begin(), names.end(), m_names.begin());
        m_count = names.size();
    }
    // -1: a key of no interest, else the index of the name; false when it must be refused.
    bool take(QByteArrayView key, int *index)
    {
        *index = -1;
        for (size_t i = 0; i < m_count; ++i) {
            if (key == QByteArrayView(m_names[i].data(), m_names[i].size())) {
                if (m_seen & (1u << i))
                    return false;
                m_seen |= 1u << i;
                *index = int(i);
                return true;
            }
        }
        return !isOtherSpelling(key);
    }

private:
    // WireCodec reads names case-insensitively: only it may say which of two spellings wins.
    bool isOtherSpelling(QByteArrayView key) const
    {
        const QLatin1StringView latin1(key.data(), key.size());
        return std::any_of(
            m_names.begin(), m_names.begin() + qsizetype(m_count),
            [&](QLatin1StringView name) { return latin1.compare(name, Qt::CaseInsensitive) == 0; });
    }

    std::array<QLatin1StringView, 8> m_names;
    size_t m_count = 0;
    quint32 m_seen = 0;
};

bool readProfile(StrictJsonReader &json, CompanyProfile *profile)
{
    if (json.nextIsNull())
        return true;
    // WireCodec also reads "address"; a list item has none, and one with it goes that way.
    Members members({"tenantId"_L1, "domain"_L1, "companyName"_L1, "email"_L1, "address"_L1});
    return json.object([&](QByteArrayView key) {
        int field = -1;
        if (!members.take(key, &field))
            return false;
        switch (field) {
        case 0:
            return json.stringOrNull(&profile->tenantId);
        case 1:
            return json.stringOrNull(&profile->domain);
        case 2:
            return json.stringOrNull(&profile->companyName);
        case 3:
            return json.stringOrNull(&profile->email);
        case 4:
            return false;
        default:
            return json.skipValue();
        }
    });
}

bool readCustomer(StrictJsonReader &json, Customer *c)
{
    Members members({"id"_L1, "commerceId"_L1, "companyProfile"_L1, "relationshipToPartner"_L1,
                     "allowDelegatedAccess"_L1, "billingProfile"_L1, "customDomains"_L1});
    const bool read = json.object([&](QByteArrayView key) {
        int field = -1;
        if (!members.take(key, &field))
            return false;
        switch (field) {
        case 0:
            return json.string(&c->id);
        case 1:
            return json.stringOrNull(&c->commerceId);
        case 2:
            return readProfile(json, &c->companyProfile);
        case 3:
            return json.stringOrNull(&c->relationshipToPartner);
        case 4:
            return json.boolOrNull(&c->allowDelegatedAccess);
        case 5:
        case 6:
            return false;
        default:
            return json.skipValue();
        }
    });
    return read && !c->id.isEmpty();
}

bool readNext(StrictJsonReader &json, DecodedCustomerPage *page)
{
    if (json.nextIsNull())
        return true;
    Members members({"uri"_L1, "headers"_L1});
    return json.object([&](QByteArrayView key) {
        int field = -1;
        if (!members.take(key, &field))
            return false;
        if (field == 0)
            return json.stringOrNull(&page->nextUri);
        if (field < 0 || json.nextIsNull())
            return field < 0 ? json.skipValue() : true;
        return json.array([&] {
            QString name, value;
            Members header({"key"_L1, "value"_L1});
            const bool read = json.object([&](QByteArrayView key) {
                int part = -1;
                if (!header.take(key, &part))
                    return false;
                return part < 0 ? json.skipValue() : json.stringOrNull(part ? &value : &name);
            });
            if (read && !name.isEmpty())
                page->nextHeaders.append({name.toLatin1(), value.toUtf8()});
            return read;
        });
    });
}

bool readLinks(StrictJsonReader &json, DecodedCustomerPage *page)
{
    if (json.nextIsNull())
        return true;
    Members members({"next"_L1});
    return json.object([&](QByteArrayView key) {
        int field = -1;
        if (!members.take(key, &field))
            return false;
        return field == 0 ? readNext(json, page) : json.skipValue();
    });
}

} // namespace

std::optional<DecodedCustomerPage> CustomerPageReader::read(QByteArrayView body)
{
    StrictJsonReader json(body);
    DecodedCustomerPage page;
    bool hasItems = false;
    Members members({"items"_L1, "links"_L1});
    const bool read = json.object([&](QByteArrayView key) {
        int field = -1;
        if (!members.take(key, &field))
            return false;
        if (field == 1)
            return readLinks(json, &page);
        if (field < 0)
            return json.skipValue();
        hasItems = true;
        return json.array([&] {
            page.customers.append(Customer());
            return readCustomer(json, &page.customers.last());
        });
    });
    if (!read || !hasItems || !json.atEnd())
        return std::nullopt;
    return page;
}
