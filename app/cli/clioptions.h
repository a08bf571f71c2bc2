#pragma once

#include "cli/outputformatter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QUrl>

// The command line: global options, the command and its arguments, checked before anything
// touches the network. Every message is translated, so the language must be installed before
// parse() (LanguageManager::languageFromArguments() finds it first).
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    enum class Outcome { Run, Help, Version, UsageError };

    static QStringList commands();

    CliOptions();
    Outcome parse(const QStringList &arguments);

    QString errorText() const { return m_error; }
    QString helpText() const;
    // The line after a usage error that points at --help.
    static QString helpHint();

    QString command;
    QStringList arguments; // after the command
    QUrl endpoint;         // empty = the embedded sandbox
    QString accessTokenFile;
    QUrl graphEndpoint; // empty = Graph's default, or the loopback --endpoint
    QString graphAccessTokenFile;
    QString language;
    OutputFormatter::Format format = OutputFormatter::Format::Table;
    QString companyFilter;
    QString domainFilter;
    bool all = false;
    QString confirmDomain;
    bool dryRun = false;
    bool keepAdminRelationships = false;
    // offboard --from: the list of customers, the number of removals typed to confirm (-1 when
    // not given), whether to continue the list's unfinished run, and where to write the report.
    QString fromFile;
    int confirmCount = -1;
    bool resume = false;
    QString reportFile;
    // activity: entries from this day on (invalid = all), and for this customer (empty = all).
    QDate since;
    QString customer;
    // sign-in: the connection settings to save; empty = keep the saved (or default) value.
    QString tenant;
    QString clientId;
    QUrl authority;

    // Whether the command works on the saved account rather than on an API endpoint.
    bool isAccountCommand() const;
    // Whether the command talks to Partner Center (or the sandbox) at all.
    bool needsConnection() const;

private:
    bool usage(const QString &message);
    bool checkCommand();
    bool onlyWith(const QCommandLineOption &option, const QStringList &commands);
    // The commands that talk to the API (and so may take a token).
    static QStringList dataCommands();
    // The commands that also talk to Microsoft Graph.
    static QStringList graphCommands();
    // An http(s) URL option, plain http only to loopback; false (with the usage error) if not.
    bool endpointOption(const QCommandLineOption &option, QUrl *url);

    QCommandLineParser m_parser;
    QCommandLineOption m_endpoint;
    QCommandLineOption m_tokenFile;
    QCommandLineOption m_graphEndpoint;
    QCommandLineOption m_graphTokenFile;
    QCommandLineOption m_language;
    QCommandLineOption m_format;
    QCommandLineOption m_filter;
    QCommandLineOption m_domain;
    QCommandLineOption m_all;
    QCommandLineOption m_confirm;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_keepAdminRelationships;
    QCommandLineOption m_from;
    QCommandLineOption m_confirmCount;
    QCommandLineOption m_resume;
    QCommandLineOption m_report;
    QCommandLineOption m_since;
    QCommandLineOption m_customer;
    QCommandLineOption m_tenant;
    QCommandLineOption m_clientId;
    QCommandLineOption m_authority;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QString m_error;
};
