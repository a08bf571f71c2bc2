#pragma once

#include <QCoreApplication>
#include <QString>

// Every way a Partner Center or Microsoft Graph call can fail, with what the server said about
// it.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,          // connection refused, dropped, DNS, TLS
        Timeout,          // no answer in time, after retries
        Http,             // the server answered with an error status and body
        Throttled,        // 429 and the retries ran out
        Malformed,        // the body is not the JSON the contract promises
        Cancelled,        // the user or the caller stopped it
        InsecureEndpoint, // plain http:// to a host that is not loopback
        Unauthenticated,  // no token could be had (not signed in, refresh failed)
        Unexpected,       // a 2xx answer that does not say what it should (e.g. removal not "none")
        Refused,          // refused here, before sending: the description says why
    };

    // Who answered: the summaries name the service, and Graph has its own known errors.
    enum class Service { PartnerCenter, Graph };

    ApiError() = default;
    ApiError(Kind kind, QString description = {});

    static ApiError http(int status, QString code, QString description);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }

    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    // The Partner Center error code; numbers and strings both arrive, kept as text.
    QString code() const { return m_code; }
    void setCode(const QString &code) { m_code = code; }
    // The server's own words (or the transport's), at most 1024 characters.
    QString description() const { return m_description; }
    void setDescription(const QString &description);
    QString correlationId() const { return m_correlationId; }
    void setCorrelationId(const QString &id) { m_correlationId = id; }
    QString requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    Service service() const { return m_service; }
    void setService(Service service) { m_service = service; }

    bool isForbidden() const { return m_httpStatus == 403 || m_code == QLatin1String("900150"); }
    bool isConflict() const { return m_httpStatus == 409; }
    bool isUnauthorized() const { return m_httpStatus == 401 || m_kind == Kind::Unauthenticated; }
    // The change was refused because the item changed since it was read (Partner Center's code
    // 2055, or a 412 for a failed If-Match): read it again before trying again.
    bool isStaleEtag() const { return m_code == QLatin1String("2055") || m_httpStatus == 412; }
    // A change request may have reached the server and no answer says what happened (the
    // connection closed, the time ran out, a 5xx, an unreadable 2xx body). Such a request is
    // never sent again blindly: read the item back to learn the truth.
    bool isOutcomeUnknown() const { return m_outcomeUnknown; }
    // Microsoft Graph refused the admin relationships: the app registration lacks the
    // DelegatedAdminRelationship permission (or its consent), or the user's role does not
    // allow it. Explained, not fatal: everything else works without Graph.
    bool isGraphPermissionMissing() const;
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

    // A translated headline for the failure ("Your role does not allow this.", "Partner Center
    // is busy…"), taking known codes into account; never empty for an error.
    QString summary() const;
    // summary(), the server's description and the correlation id, ready for a message box.
    QString userMessage() const;

private:
    QString graphSummary() const;

    Kind m_kind = Kind::None;
    Service m_service = Service::PartnerCenter;
    int m_httpStatus = 0;
    QString m_code;
    QString m_description;
    QString m_correlationId;
    QString m_requestId;
    int m_retryAfterSeconds = 0;
    bool m_outcomeUnknown = false;
};
