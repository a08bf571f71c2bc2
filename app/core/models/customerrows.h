#pragma once

#include "core/domain/customer.h"

#include <QByteArrayView>

#include <vector>

// The Customers list's rows, packed. A Customer holds two dozen QStrings, one heap block each;
// here the fields a list page carries live UTF-8-encoded, one row after the other, in a single
// buffer, so 100,000 customers cost a few tens of MB instead of a few hundred. Lookups by id go
// through an open-addressing table of row numbers.
class CustomerRows
{
public:
    enum Field { Id, CommerceId, TenantId, Domain, CompanyName, Relationship, FieldCount };

    int count() const { return int(m_start.size()); }
    void append(const Customer &customer);
    // Appends a row of another CustomerRows as it is (a batch made ready on another thread).
    void append(const CustomerRows &other, int row);
    void replace(int row, const Customer &customer);
    void remove(int row);
    void clear();

    // -1 when no row has this id.
    int rowOf(const QString &id) const;
    // The id as stored, UTF-8.
    QByteArrayView id(int row) const { return field(row, Id); }
    int rowOfUtf8(QByteArrayView id) const;
    QString text(int row, Field field) const;
    // The fields a list page carries; everything else stays empty.
    Customer customer(int row) const;

private:
    QByteArrayView field(int row, Field field) const;
    void write(const Customer &customer);
    int slotOf(QByteArrayView id) const;
    // Enters the row just added into the id index.
    void index(int row);
    void reindex();

    // Per row, FieldCount times: the length as a varint, then the UTF-8 bytes.
    std::vector<char> m_text;
    std::vector<qsizetype> m_start;
    std::vector<bool> m_allowsDelegatedAccess;
    // Row numbers by the hash of their id, -1 where free; never more than half full.
    std::vector<int> m_slots;
};
