#include "indirectproviders.h"

#include "core/api/partnercenterclient.h"

#include <QLocale>

IndirectProviders::IndirectProviders(PartnerCenterClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void IndirectProviders::read()
{
    // Once per connection; after a failure, again when asked.
    if (!m_client || m_read || m_reading)
        return;
    m_reading = true;
    m_client->listIndirectProviders(this, [this](const Result<QList<PartnerRelationship>> &result) {
        m_reading = false;
        m_error = result.error();
        m_names.clear();
        if (result.ok()) {
            for (const PartnerRelationship &provider : result.value()) {
                if (provider.isActive())
                    m_names.append(provider.name.isEmpty() ? provider.id : provider.name);
            }
        }
        m_read = result.ok();
        emit changed();
    });
}

QString IndirectProviders::removalRefusal() const
{
    if (!isIndirectReseller())
        return {};
    return tr("Your organisation is an indirect reseller: only its indirect provider (%1) can "
              "remove the reseller relationship. Ask them to remove it.",
              "%1 names the indirect providers")
        .arg(QLocale().createSeparatedList(m_names));
}
