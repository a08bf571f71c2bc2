#pragma once

#include <QString>

// The application (client) ID the tests sign in with: any GUID will do for the sandbox.
inline const QString TestClientId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
