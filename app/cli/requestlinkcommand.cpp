#include "requestlinkcommand.h"

#include "cli/console.h"
#include "core/api/partnercenterclient.h"

RequestLinkCommand::RequestLinkCommand(const CliOptions &options, AppConnection *connection,
                                       QObject *parent)
    : CliCommand(options, connection, parent)
{
}

void RequestLinkCommand::start()
{
    client()->getInvitationLink(this, [this](const Result<QUrl> &result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        Console::outLine(result.value().toString(QUrl::FullyEncoded));
        finish(Success);
    });
}
