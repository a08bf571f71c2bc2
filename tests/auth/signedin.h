#pragma once

#include "authsandbox.h"
#include "core/auth/devicecodeflow.h"
#include "core/auth/oauthclient.h"

// Tokens for `user`, got the way the app gets them: a device-code flow the sandbox approves.
inline OAuthTokens signInThroughSandbox(AuthSandbox &sandbox, OAuthClient &oauth,
                                        const QString &user = QStringLiteral("admin"))
{
    DeviceCodeFlow flow(&oauth, &sandbox.clock, sandbox.settings());
    OAuthTokens tokens;
    QString userCode;
    QObject::connect(&flow, &DeviceCodeFlow::codeReady, &flow,
                     [&](const QString &code) { userCode = code; });
    QObject::connect(&flow, &DeviceCodeFlow::succeeded, &flow,
                     [&](const OAuthTokens &t) { tokens = t; });
    flow.start();
    if (!QTest::qWaitFor([&] { return !userCode.isEmpty(); }, 5000))
        return {};
    sandbox.visit(QStringLiteral("approve"), userCode, user);
    sandbox.advance(std::chrono::seconds(flow.intervalSeconds()));
    if (!QTest::qWaitFor([&] { return !tokens.isEmpty(); }, 5000))
        return {};
    return tokens;
}
