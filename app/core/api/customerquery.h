#pragma once

#include <QString>

// What GET /customers is asked for: a page size and an optional starts_with filter.
struct CustomerQuery
{
    enum class Field { None, CompanyName, Domain };

    int pageSize = 500;
    Field field = Field::None;
    QString value;

    static CustomerQuery companyNameStartsWith(const QString &value)
    {
        return {500, Field::CompanyName, value};
    }
    static CustomerQuery domainStartsWith(const QString &value)
    {
        return {500, Field::Domain, value};
    }
};
