#include "clioptions.h"

#include "core/api/partnercenterclient.h"
#include "core/i18n/languagemanager.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Customers = u"customers"_s;
const QString Subscriptions = u"subscriptions"_s;
const QString Suspend = u"suspend"_s;
const QString Readiness = u"readiness"_s;
const QString RemoveRelationship = u"remove-relationship"_s;
const QString RequestLink = u"request-link"_s;
const QString SignIn = u"sign-in"_s;
const QString SignOut = u"sign-out"_s;
const QString WhoAmI = u"whoami"_s;
const QString AdminRelationships = u"admin-relationships"_s;
const QString Offboard = u"offboard"_s;
const QString Activity = u"activity"_s;
} // namespace

QStringList CliOptions::commands()
{
    return {Customers, Subscriptions, Suspend, Readiness,          RemoveRelationship, RequestLink,
            SignIn,    SignOut,       WhoAmI,  AdminRelationships, Offboard,           Activity};
}

CliOptions::CliOptions()
    : m_endpoint(u"endpoint"_s,
                 tr("Partner Center API endpoint, e.g. https://api.partnercenter.microsoft.com. "
                    "Without it, the embedded sandbox (the app's demo data) is used."),
                 tr("URL"))
    , m_tokenFile(u"access-token-file"_s,
                  tr("Read the access token from FILE (\"-\" reads standard input). The "
                     "PARTNERDESK_ACCESS_TOKEN environment variable works too."),
                  tr("FILE"))
    , m_graphEndpoint(u"graph-endpoint"_s,
                      tr("Microsoft Graph endpoint for admin relationships (default: "
                         "https://graph.microsoft.com; on a loopback --endpoint, that address)."),
                      tr("URL"))
    , m_graphTokenFile(u"graph-access-token-file"_s,
                       tr("Read the Microsoft Graph access token from FILE (\"-\" reads standard "
                          "input). The PARTNERDESK_GRAPH_ACCESS_TOKEN environment variable works "
                          "too."),
                       tr("FILE"))
    , m_language(u"language"_s,
                 tr("Language of messages and of Partner Center's answers: %1.")
                     .arg(LanguageManager::available().join(u", "_s)),
                 tr("LANG"))
    , m_format(u"format"_s,
               tr("How to print lists: %1 (default: table).")
                   .arg(OutputFormatter::formatNames().join(u", "_s)),
               tr("FORMAT"), u"table"_s)
    , m_filter(u"filter"_s,
               tr("customers: only those whose company name, primary domain or Microsoft ID "
                  "contains TEXT, ignoring case and accents (as the app's search)."),
               tr("TEXT"))
    , m_domain(u"domain"_s,
               tr("customers: only those whose primary domain starts with TEXT (Partner "
                  "Center's own filter)."),
               tr("TEXT"))
    , m_all(u"all"_s, tr("suspend: every active subscription of the customer."))
    , m_confirm(u"confirm"_s,
                tr("remove-relationship: the customer's primary domain, typed to confirm."),
                tr("DOMAIN"))
    , m_dryRun(u"dry-run"_s, tr("offboard: print the plan and change nothing."))
    , m_keepAdminRelationships(u"keep-admin-relationships"_s,
                               tr("offboard: leave the admin relationships (GDAP) as they are."))
    , m_from(u"from"_s,
             tr("offboard: the customers to offboard, from FILE: primary domains, customer IDs or "
                "Microsoft IDs, one per line or as a CSV file with a header."),
             tr("FILE"))
    , m_confirmCount(u"confirm-count"_s,
                     tr("offboard --from: the number of customers the plan will remove, typed to "
                        "confirm; without it the plan is printed and nothing is changed."),
                     tr("N"))
    , m_resume(u"resume"_s, tr("offboard --from: continue the unfinished run for the same list."))
    , m_report(u"report"_s,
               tr("offboard --from: also write the report to FILE (JSON for a name ending in "
                  ".json, else CSV)."),
               tr("FILE"))
    , m_since(u"since"_s, tr("activity: only entries from DATE (YYYY-MM-DD, local time) on."),
              tr("DATE"))
    , m_customer(u"customer"_s,
                 tr("activity: only entries for CUSTOMER: a customer ID or primary domain, or part "
                    "of a company name."),
                 tr("CUSTOMER"))
    , m_tenant(u"tenant"_s,
               tr("sign-in: your partner tenant, as its directory (tenant) ID or a domain."),
               tr("TENANT"))
    , m_clientId(u"client-id"_s,
                 tr("sign-in: the application (client) ID of your organisation's app "
                    "registration."),
                 tr("ID"))
    , m_authority(u"authority"_s,
                  tr("sign-in: the sign-in authority (default: "
                     "https://login.microsoftonline.com)."),
                  tr("URL"))
    , m_help(m_parser.addHelpOption())
    , m_version(m_parser.addVersionOption())
{
    m_parser.setApplicationDescription(
        tr("Ends reseller relationships with Microsoft CSP customers: lists customers and "
           "subscriptions, suspends subscriptions, tells what still blocks the removal and "
           "removes the relationship.") +
        u"\n\n"_s + tr("Commands:") + u"\n"_s +
        tr("  customers [--filter TEXT | --domain TEXT]   List customers.") + u"\n"_s +
        tr("  subscriptions CUSTOMER                      List a customer's subscriptions.") +
        u"\n"_s + tr("  suspend CUSTOMER (--all | SUBSCRIPTION...)  Suspend subscriptions.") +
        u"\n"_s +
        tr("  readiness CUSTOMER                          Tell what blocks the removal.") +
        u"\n"_s + tr("  remove-relationship CUSTOMER --confirm DOMAIN") + u"\n"_s +
        tr("                                              Remove the reseller relationship.") +
        u"\n"_s +
        tr("  request-link                                Print the invitation link for a new "
           "relationship.") +
        u"\n"_s + tr("  sign-in [--tenant T] [--client-id ID] [--authority URL] [--endpoint URL]") +
        u"\n"_s +
        tr("                                              Sign in to Partner Center (device "
           "code).") +
        u"\n"_s +
        tr("  sign-out                                    Sign out; commands use the sandbox "
           "again.") +
        u"\n"_s +
        tr("  whoami                                      Who is signed in, with which roles.") +
        u"\n"_s +
        tr("  admin-relationships CUSTOMER                List the customer's admin "
           "relationships (GDAP).") +
        u"\n"_s +
        tr("  offboard CUSTOMER --confirm DOMAIN [--dry-run] [--keep-admin-relationships]") +
        u"\n"_s +
        tr("                                              Clear what can be cleared, remove the "
           "relationship, terminate the admin relationships.") +
        u"\n"_s +
        tr("  offboard --from FILE [--confirm-count N] [--dry-run] [--resume] [--report FILE]") +
        u"\n"_s +
        tr("                                              Offboard every customer of a list: "
           "plan, confirm, run, report.") +
        u"\n"_s + tr("  activity [--since DATE] [--customer CUSTOMER]") + u"\n"_s +
        tr("                                              Print the audit log: every change made "
           "from this computer.") +
        u"\n\n"_s +
        tr("CUSTOMER is the Microsoft ID (tenant ID), the customer ID or the primary domain.") +
        u"\n"_s +
        tr("After sign-in, commands without --endpoint work on Partner Center as the signed-in "
           "user.") +
        u"\n"_s +
        tr("Exit status: 0 success (readiness: ready), 1 the operation failed or is blocked, "
           "2 bad usage, 3 a change may or may not have been made (its answer was lost and "
           "reading it back failed): check before trying again."));
    m_parser.addOptions({m_endpoint, m_tokenFile,    m_graphEndpoint, m_graphTokenFile,
                         m_language, m_format,       m_filter,        m_domain,
                         m_all,      m_confirm,      m_dryRun,        m_keepAdminRelationships,
                         m_from,     m_confirmCount, m_resume,        m_report,
                         m_since,    m_customer,     m_tenant,        m_clientId,
                         m_authority});
    m_parser.addPositionalArgument(u"command"_s, tr("One of the commands above."),
                                   tr("COMMAND [ARGUMENTS...]"));
}

QString CliOptions::helpText() const
{
    return m_parser.helpText();
}

QString CliOptions::helpHint()
{
    return tr("Run \"partnerdesk-cli --help\" for the commands and options.");
}

bool CliOptions::usage(const QString &message)
{
    m_error = message;
    return false;
}

CliOptions::Outcome CliOptions::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Outcome::UsageError;
    }
    if (m_parser.isSet(m_help))
        return Outcome::Help;
    if (m_parser.isSet(m_version))
        return Outcome::Version;

    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        m_error = tr("No command given.");
        return Outcome::UsageError;
    }
    command = positional.first();
    this->arguments = positional.mid(1);
    accessTokenFile = m_parser.value(m_tokenFile);
    graphAccessTokenFile = m_parser.value(m_graphTokenFile);
    companyFilter = m_parser.value(m_filter);
    domainFilter = m_parser.value(m_domain);
    all = m_parser.isSet(m_all);
    confirmDomain = m_parser.value(m_confirm).trimmed();
    dryRun = m_parser.isSet(m_dryRun);
    keepAdminRelationships = m_parser.isSet(m_keepAdminRelationships);
    customer = m_parser.value(m_customer).trimmed();
    fromFile = m_parser.value(m_from);
    resume = m_parser.isSet(m_resume);
    reportFile = m_parser.value(m_report);
    if (m_parser.isSet(m_confirmCount)) {
        bool number = false;
        confirmCount = m_parser.value(m_confirmCount).trimmed().toInt(&number);
        if (!number || confirmCount < 0) {
            m_error = tr("--confirm-count needs a number of customers, e.g. 12.");
            return Outcome::UsageError;
        }
    }
    if (m_parser.isSet(m_since)) {
        since = QDate::fromString(m_parser.value(m_since).trimmed(), Qt::ISODate);
        if (!since.isValid()) {
            m_error = tr("\"%1\" is not a date; give one as YYYY-MM-DD, e.g. 2026-11-20.")
                          .arg(m_parser.value(m_since));
            return Outcome::UsageError;
        }
    }
    tenant = m_parser.value(m_tenant).trimmed();
    clientId = m_parser.value(m_clientId).trimmed();
    if (m_parser.isSet(m_authority)) {
        authority = QUrl(m_parser.value(m_authority).trimmed(), QUrl::StrictMode);
        if (!authority.isValid() || authority.host().isEmpty()) {
            m_error =
                tr("\"%1\" is not an http:// or https:// URL.").arg(m_parser.value(m_authority));
            return Outcome::UsageError;
        }
    }

    language = m_parser.value(m_language);
    if (m_parser.isSet(m_language) && !LanguageManager::isSupported(language)) {
        m_error = tr("Unknown language \"%1\"; choose one of: %2.")
                      .arg(language, LanguageManager::available().join(u", "_s));
        return Outcome::UsageError;
    }
    const auto format = OutputFormatter::parseFormat(m_parser.value(m_format));
    if (!format) {
        m_error = tr("Unknown format \"%1\"; choose one of: %2.")
                      .arg(m_parser.value(m_format), OutputFormatter::formatNames().join(u", "_s));
        return Outcome::UsageError;
    }
    this->format = *format;

    if (!endpointOption(m_endpoint, &endpoint) || !endpointOption(m_graphEndpoint, &graphEndpoint))
        return Outcome::UsageError;
    return checkCommand() ? Outcome::Run : Outcome::UsageError;
}

bool CliOptions::endpointOption(const QCommandLineOption &option, QUrl *url)
{
    if (!m_parser.isSet(option))
        return true;
    *url = QUrl(m_parser.value(option), QUrl::StrictMode);
    const QString scheme = url->scheme();
    if (!url->isValid() || url->host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1))
        return usage(tr("\"%1\" is not an http:// or https:// URL.").arg(m_parser.value(option)));
    QString why;
    if (!PartnerCenterClient::isAllowedEndpoint(*url, &why))
        return usage(why.isEmpty() ? tr("Plain http:// is only allowed to this computer.") : why);
    return true;
}

bool CliOptions::isAccountCommand() const
{
    return command == SignIn || command == SignOut || command == WhoAmI;
}

bool CliOptions::needsConnection() const
{
    return command != SignIn && command != SignOut && command != Activity;
}

QStringList CliOptions::dataCommands()
{
    return {Customers,          Subscriptions, Suspend, Readiness,
            RemoveRelationship, RequestLink,   WhoAmI,  AdminRelationships};
}

QStringList CliOptions::graphCommands()
{
    return {AdminRelationships, Offboard};
}

bool CliOptions::onlyWith(const QCommandLineOption &option, const QStringList &allowed)
{
    if (!m_parser.isSet(option) || allowed.contains(command))
        return true;
    return usage(tr("--%1 cannot be used with \"%2\".").arg(option.names().constFirst(), command));
}

bool CliOptions::checkCommand()
{
    if (!commands().contains(command))
        return usage(tr("Unknown command \"%1\".").arg(command));
    if (!onlyWith(m_filter, {Customers}) || !onlyWith(m_domain, {Customers}) ||
        !onlyWith(m_all, {Suspend}) || !onlyWith(m_confirm, {RemoveRelationship, Offboard}) ||
        !onlyWith(m_dryRun, {Offboard}) || !onlyWith(m_keepAdminRelationships, {Offboard}) ||
        !onlyWith(m_from, {Offboard}) ||
        !onlyWith(m_format, {Customers, Subscriptions, Suspend, Readiness, AdminRelationships,
                             Activity, Offboard}) ||
        !onlyWith(m_since, {Activity}) || !onlyWith(m_customer, {Activity}) ||
        !onlyWith(m_tenant, {SignIn}) || !onlyWith(m_clientId, {SignIn}) ||
        !onlyWith(m_authority, {SignIn}) || !onlyWith(m_tokenFile, dataCommands()) ||
        !onlyWith(m_graphEndpoint, graphCommands()) || !onlyWith(m_graphTokenFile, graphCommands()))
        return false;

    // The bulk offboard's own options come only with its list.
    const bool bulk = command == Offboard && m_parser.isSet(m_from);
    for (const QCommandLineOption *option : {&m_confirmCount, &m_resume, &m_report}) {
        if (m_parser.isSet(*option) && !bulk)
            return usage(tr("--%1 needs --from FILE.").arg(option->names().constFirst()));
    }
    if (bulk && m_parser.isSet(m_confirm))
        return usage(tr("--confirm is for one customer; a list is confirmed with "
                        "--confirm-count."));
    if (command == Offboard && !bulk && m_parser.isSet(m_format))
        return usage(tr("--format needs --from FILE with \"offboard\"."));
    const bool takesCustomer = command != Customers && command != RequestLink &&
                               command != Activity && !isAccountCommand() && !bulk;
    if (takesCustomer && arguments.isEmpty())
        return usage(
            tr("\"%1\" needs a CUSTOMER: a Microsoft ID or a primary domain.").arg(command));
    if (takesCustomer && arguments.constFirst().trimmed().isEmpty())
        return usage(tr("CUSTOMER must not be empty."));
    const qsizetype allowedArguments = !takesCustomer ? 0 : command == Suspend ? -1 : 1;
    if (allowedArguments >= 0 && arguments.size() > allowedArguments)
        return usage(tr("Unexpected argument \"%1\".").arg(arguments.at(allowedArguments)));

    if (command == Customers && m_parser.isSet(m_filter) && m_parser.isSet(m_domain))
        return usage(tr("Use either --filter or --domain, not both."));
    if (command == Suspend && all == (arguments.size() > 1))
        return usage(tr("Give either --all or the IDs of the subscriptions to suspend."));
    if ((command == RemoveRelationship || (command == Offboard && !bulk)) &&
        confirmDomain.isEmpty())
        return usage(tr("Removing the relationship needs --confirm with the customer's primary "
                        "domain."));
    return true;
}
