#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

// The fixed names an enum has in files and on the wire, in one table per enum:
//   constexpr EnumNames Names{std::array{std::pair{Colour::Red, "red"_L1}, …}};
template<typename Enum, std::size_t Count> class EnumNames
{
public:
    using Table = std::array<std::pair<Enum, QLatin1StringView>, Count>;

    constexpr explicit EnumNames(const Table &table)
        : m_table(table)
    {
    }

    // Empty for a value the table lacks.
    QLatin1StringView name(Enum value) const
    {
        for (const auto &[known, name] : m_table) {
            if (known == value)
                return name;
        }
        return {};
    }

    std::optional<Enum> value(QStringView name) const
    {
        for (const auto &[known, knownName] : m_table) {
            if (name == knownName)
                return known;
        }
        return std::nullopt;
    }

    auto begin() const { return m_table.begin(); }
    auto end() const { return m_table.end(); }

private:
    Table m_table;
};
