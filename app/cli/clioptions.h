#pragma once

#include "cli/outputformatter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    QString language;
    OutputFormatter::Format format = OutputFormatter::Format::Table;
    QString companyFilter;
    QString domainFilter;
    bool all = false;
    QString confirmDomain;
    // sign-in: the connection settings to save; empty = keep the saved (or default) value.
    QString tenant;
    QString clientId;
    QUrl authority;

    // Whether the command works on the saved account rather than on an API endpoint.
    bool isAccountCommand() const;

private:
    bool usage(const QString &message);
    bool checkCommand();
    bool onlyWith(const QCommandLineOption &option, const QStringList &commands);
    // The commands that talk to the API (and so may take a token).
    static QStringList dataCommands();

    QCommandLineParser m_parser;
    QCommandLineOption m_endpoint;
    QCommandLineOption m_tokenFile;
    QCommandLineOption m_language;
    QCommandLineOption m_format;
    QCommandLineOption m_filter;
    QCommandLineOption m_domain;
    QCommandLineOption m_all;
    QCommandLineOption m_confirm;
    QCommandLineOption m_tenant;
    QCommandLineOption m_clientId;
    QCommandLineOption m_authority;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QString m_error;
};
