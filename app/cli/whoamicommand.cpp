#include "whoamicommand.h"

#include "cli/console.h"
#include "connection/appconnection.h"

using namespace Qt::Literals::StringLiterals;

WhoAmICommand::WhoAmICommand(const CliOptions &options, AppConnection *connection, QObject *parent)
    : CliCommand(options, connection, parent)
{
}

void WhoAmICommand::start()
{
    if (connection()->isSandbox()) {
        // A fixed word, not a sentence: scripts compare it.
        Console::outLine(u"sandbox"_s);
        finish(Success);
        return;
    }
    const TokenClaims claims = connectionClaims();
    if (!claims.isValid()) {
        Console::outLine(tr("Unknown: the access token does not say who it belongs to."));
        finish(Success);
        return;
    }
    Console::outLine(tr("Name: %1").arg(claims.name()));
    Console::outLine(tr("User: %1").arg(claims.upn()));
    Console::outLine(tr("Roles: %1").arg(claims.roleSummary()));
    Console::outLine(tr("Endpoint: %1").arg(connection()->baseUrl().toDisplayString()));
    finish(Success);
}
