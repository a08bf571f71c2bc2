#include "adminrelationshipscommand.h"

#include "connection/appconnection.h"
#include "core/api/graphclient.h"
#include "core/display/displayformat.h"
#include "core/domain/entraroles.h"

using namespace Qt::Literals::StringLiterals;

void AdminRelationshipsCommand::start()
{
    resolveCustomer([this](const Customer &customer) {
        const QString tenantId = customer.tenantId().isEmpty() ? customer.id : customer.tenantId();
        connection()->graph()->listAdminRelationships(
            tenantId, this, [this](const Result<QList<AdminRelationship>> &result) {
                if (!result.ok()) {
                    fail(result.error());
                    return;
                }
                const QList<OutputFormatter::Column> columns{{u"id"_s, tr("Relationship ID")},
                                                             {u"name"_s, tr("Name")},
                                                             {u"status"_s, tr("Status")},
                                                             {u"roles"_s, tr("Roles")},
                                                             {u"end"_s, tr("Ends")},
                                                             {u"roleDefinitionIds"_s, {}, false},
                                                             {u"autoExtendDuration"_s, {}, false}};
                QList<OutputFormatter::Row> rows;
                for (const AdminRelationship &r : result.value()) {
                    QStringList english;
                    for (const QString &id : r.roleDefinitionIds) {
                        const QString name = EntraRoles::englishName(id);
                        english.append(name.isEmpty() ? id : name);
                    }
                    rows.append({{r.id, {}},
                                 {r.displayName, {}},
                                 {r.status, r.statusText()},
                                 {english.join(u"; "_s), r.roleNames().join(u", "_s)},
                                 {r.endDateTime, DisplayFormat::utcDate(r.endDateTime)},
                                 {r.roleDefinitionIds.join(u' '), {}},
                                 {r.autoExtendDuration, {}}});
                }
                printList(columns, rows);
                finish(Success);
            });
    });
}
