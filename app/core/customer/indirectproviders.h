#pragma once

#include "core/domain/apierror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class PartnerCenterClient;

// Whether the signed-in partner is an indirect reseller, and of whom: Partner Center's list of
// the partner's indirect providers (relationship_type=IsIndirectResellerOf), read once per
// connection. An indirect reseller cannot remove a reseller relationship — its indirect provider
// must — so the removal is refused before the click with their names. Until the list has been
// read (or when reading it failed) nothing is assumed: the server still decides and its 403 is
// explained.
class IndirectProviders : public QObject
{
    Q_OBJECT

public:
    explicit IndirectProviders(PartnerCenterClient *client, QObject *parent = nullptr);

    // Reads the list unless it has been read or is being read.
    void read();
    bool isRead() const { return m_read; }
    // The active indirect providers; empty when the partner is not an indirect reseller.
    const QStringList &names() const { return m_names; }
    bool isIndirectReseller() const { return !m_names.isEmpty(); }
    ApiError error() const { return m_error; }
    // Why the removal is not the partner's to make, translated; empty when it is (or not known).
    QString removalRefusal() const;

signals:
    void changed();

private:
    QPointer<PartnerCenterClient> m_client;
    QStringList m_names;
    ApiError m_error;
    bool m_read = false;
    bool m_reading = false;
};
