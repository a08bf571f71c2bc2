#pragma once

#include "core/auth/tokenclaims.h"

class AccountManager;
class AppConnection;
class AuditLog;
class Clock;
class EmbeddedSandbox;
class GraphClient;
class LanguageManager;
class PartnerCenterClient;

// The long-lived objects every window and page works with, wired once in main() (or a test)
// and handed down explicitly instead of being reached through singletons.
struct AppContext
{
    PartnerCenterClient *client = nullptr;
    // Microsoft Graph for the customer's admin relationships; replaced with the client. Without
    // it the Account page says that admin relationships cannot be read.
    GraphClient *graph = nullptr;
    Clock *clock = nullptr;
    LanguageManager *languages = nullptr;
    AuditLog *audit = nullptr;
    // Set only when the app runs on the embedded sandbox (enables "Reset sandbox…").
    EmbeddedSandbox *sandbox = nullptr;
    // Who the token says is signed in: shown in the status bar, and used to say before the
    // click that a role lacks rights (the server still decides).
    TokenClaims claims;

    // For the main window only; pages never switch connections. When set, the window follows
    // the connection's client as it changes and takes client, Graph, sandbox and claims from it.
    AppConnection *connection = nullptr;
    // When set, the File menu signs in and out and switches between sandbox and Partner Center.
    AccountManager *accounts = nullptr;
};
