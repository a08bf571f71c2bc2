#include "sandboxidentity.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int deviceCodeLifetime = 900;
constexpr int pollInterval = 5;
// Timers may fire a little early; a client that waits `interval` must not be told to slow down.
constexpr qint64 pollToleranceMs = 500;
const auto globalAdminRoleId = u"62e90394-69f5-4237-9190-012177145e10"_s;

QUrlQuery formOf(const QByteArray &body)
{
    // application/x-www-form-urlencoded encodes spaces as '+', which QUrlQuery keeps literally.
    QByteArray normalized = body;
    normalized.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(normalized));
}

QString field(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(base64Url(raw));
}

SandboxReply oauthError(const QString &error, const QString &description)
{
    return SandboxReply::json(400, {{u"error"_s, error}, {u"error_description"_s, description}});
}

// The token of "Bearer <token>"; empty when the header is not one.
QString bearerToken(const QByteArray &authorization)
{
    static const QByteArray prefix = QByteArrayLiteral("bearer ");
    if (authorization.size() <= prefix.size() || !authorization.toLower().startsWith(prefix))
        return {};
    return QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
}
} // namespace

SandboxIdentity::SandboxIdentity(const SandboxStore &store)
    : m_store(store)
    , m_signingKey(randomToken(32).toLatin1())
{
}

QString SandboxIdentity::makeJwt(const SandboxUser &user, const QDateTime &now, bool idToken) const
{
    const qint64 iat = now.toSecsSinceEpoch();
    QJsonObject claims{
        {u"aud"_s, idToken ? u"partnerdesk"_s : u"https://api.partnercenter.microsoft.com"_s},
        {u"iss"_s, u"https://sts.windows.net/%1/"_s.arg(m_store.partnerId())},
        {u"iat"_s, iat},
        {u"nbf"_s, iat},
        {u"exp"_s, iat + m_tokenLifetime},
        {u"name"_s, user.name},
        {u"upn"_s, user.upn},
        {u"preferred_username"_s, user.upn},
        {u"oid"_s, user.oid},
        {u"tid"_s, m_store.partnerId()},
        {u"roles"_s, QJsonArray::fromStringList(user.roles)},
        {u"wids"_s, user.globalAdmin ? QJsonArray{globalAdminRoleId} : QJsonArray{}},
        {u"scp"_s, u"user_impersonation"_s},
        // Makes every token unique even when issued in the same second.
        {u"uti"_s, randomToken(12)}};
    const QByteArray header =
        base64Url(QJsonDocument(QJsonObject{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}})
                      .toJson(QJsonDocument::Compact));
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signed_ = header + '.' + payload;
    const QByteArray signature = base64Url(
        QMessageAuthenticationCode::hash(signed_, m_signingKey, QCryptographicHash::Sha256));
    return QString::fromLatin1(signed_ + '.' + signature);
}

QString SandboxIdentity::issueAccessToken(const QString &login, const QDateTime &now)
{
    const SandboxUser *user = m_store.user(login);
    if (!user)
        return {};
    const QString token = makeJwt(*user, now, false);
    m_accessTokens.insert(token, {user->login, now.addSecs(m_tokenLifetime)});
    return token;
}

SandboxIdentity::TokenState SandboxIdentity::validate(const QByteArray &authorization,
                                                      const QDateTime &now, QString *login) const
{
    const QString token = bearerToken(authorization);
    if (token.isEmpty())
        return TokenState::Missing;
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd() || !m_store.user(it->login))
        return TokenState::Unknown;
    if (now >= it->expiresAt)
        return TokenState::Expired;
    if (login)
        *login = it->login;
    return TokenState::Valid;
}

void SandboxIdentity::expireToken(const QByteArray &authorization, const QDateTime &now)
{
    const auto it = m_accessTokens.find(bearerToken(authorization));
    if (it != m_accessTokens.end())
        it->expiresAt = std::min(it->expiresAt, now);
}

SandboxReply SandboxIdentity::deviceCode(const RecordedRequest &request, const QUrl &baseUrl,
                                         const QDateTime &now)
{
    const QUrlQuery form = formOf(request.body);
    if (field(form, u"client_id"_s).isEmpty())
        return oauthError(u"invalid_request"_s, u"AADSTS900144: The request body must contain "
                                                u"the following parameter: 'client_id'."_s);
    static const QString letters = u"BCDFGHJKLMNPQRSTVWXZ"_s;
    QString userCode;
    do {
        userCode.clear();
        for (int i = 0; i < 8; ++i) {
            if (i == 4)
                userCode += u'-';
            userCode += letters.at(QRandomGenerator::global()->bounded(int(letters.size())));
        }
    } while (!findDeviceCode(userCode).isEmpty());
    const QString deviceCode = randomToken(32);
    DeviceRequest device;
    device.userCode = userCode;
    device.scope = field(form, u"scope"_s);
    device.expiresAt = now.addSecs(deviceCodeLifetime);
    m_deviceRequests.insert(deviceCode, device);
    const QString verification = baseUrl.toString() + u"/sandbox/device"_s;
    return SandboxReply::json(
        200, {{u"device_code"_s, deviceCode},
              {u"user_code"_s, userCode},
              {u"verification_uri"_s, verification},
              {u"expires_in"_s, deviceCodeLifetime},
              {u"interval"_s, pollInterval},
              {u"message"_s, u"To sign in, open %1 and enter the code %2 to authenticate."_s.arg(
                                 verification, userCode)}});
}

SandboxReply SandboxIdentity::tokenAnswer(const QString &login, const QString &scope,
                                          const QDateTime &now)
{
    const SandboxUser *user = m_store.user(login);
    if (!user)
        return oauthError(u"invalid_grant"_s, u"The user no longer exists."_s);
    const QString refresh = randomToken(48);
    m_refreshTokens.insert(refresh, user->login);
    return SandboxReply::json(
        200, {{u"token_type"_s, u"Bearer"_s},
              {u"scope"_s, scope.isEmpty() ? u"https://api.partnercenter.microsoft.com/"
                                             u"user_impersonation"_s
                                           : scope},
              {u"expires_in"_s, m_tokenLifetime},
              {u"ext_expires_in"_s, m_tokenLifetime},
              {u"access_token"_s, issueAccessToken(user->login, now)},
              {u"refresh_token"_s, refresh},
              {u"id_token"_s, makeJwt(*user, now, true)}});
}

SandboxReply SandboxIdentity::token(const RecordedRequest &request, const QDateTime &now)
{
    const QUrlQuery form = formOf(request.body);
    const QString grantType = field(form, u"grant_type"_s);
    if (grantType == u"refresh_token") {
        const QString refresh = field(form, u"refresh_token"_s);
        const auto it = m_refreshTokens.constFind(refresh);
        if (refresh.isEmpty() || it == m_refreshTokens.constEnd())
            return oauthError(u"invalid_grant"_s, u"AADSTS70000: The refresh token is not valid "
                                                  u"or was already used."_s);
        const QString login = it.value();
        m_refreshTokens.remove(refresh); // rotation: every refresh token works once
        return tokenAnswer(login, field(form, u"scope"_s), now);
    }
    if (grantType != u"urn:ietf:params:oauth:grant-type:device_code")
        return oauthError(u"unsupported_grant_type"_s,
                          u"The grant type '%1' is not supported."_s.arg(grantType));
    if (field(form, u"client_id"_s).isEmpty())
        return oauthError(u"invalid_request"_s, u"AADSTS900144: The request body must contain "
                                                u"the following parameter: 'client_id'."_s);
    const QString code = field(form, u"device_code"_s);
    auto it = m_deviceRequests.find(code);
    if (code.isEmpty() || it == m_deviceRequests.end())
        return oauthError(u"bad_verification_code"_s, u"The device code is not known."_s);
    DeviceRequest &device = it.value();
    if (now >= device.expiresAt)
        return oauthError(u"expired_token"_s, u"The device code has expired."_s);
    const QDateTime previous = device.lastPoll;
    device.lastPoll = now;
    if (previous.isValid() && previous.msecsTo(now) < pollInterval * 1000 - pollToleranceMs)
        return oauthError(u"slow_down"_s, u"Polled too often; wait the interval."_s);
    if (device.state == DeviceRequest::State::Pending) {
        ++device.polls;
        if (m_pollsBeforeApproval >= 0 && device.polls > m_pollsBeforeApproval) {
            device.state = DeviceRequest::State::Approved;
            device.login = u"admin"_s;
        }
    }
    switch (device.state) {
    case DeviceRequest::State::Pending:
        return oauthError(u"authorization_pending"_s,
                          u"The user has not yet finished signing in."_s);
    case DeviceRequest::State::Declined:
        m_deviceRequests.erase(it);
        return oauthError(u"authorization_declined"_s, u"The user declined the sign-in."_s);
    case DeviceRequest::State::Approved:
        break;
    }
    const QString login = device.login;
    const QString scope = device.scope;
    m_deviceRequests.erase(it);
    return tokenAnswer(login, scope, now);
}

QString SandboxIdentity::findDeviceCode(const QString &userCode) const
{
    QString wanted = userCode.trimmed().toUpper();
    wanted.remove(u'-');
    for (auto it = m_deviceRequests.constBegin(); it != m_deviceRequests.constEnd(); ++it) {
        if (QString(it->userCode).remove(u'-') == wanted)
            return it.key();
    }
    return {};
}

SandboxReply SandboxIdentity::approve(const RecordedRequest &request)
{
    const QString code = findDeviceCode(field(request.query, u"user_code"_s));
    if (code.isEmpty())
        return SandboxReply::text(404, u"Unknown or expired code.\n"_s);
    QString login = field(request.query, u"user"_s);
    if (login.isEmpty())
        login = u"admin"_s;
    const SandboxUser *user = m_store.user(login);
    if (!user)
        return SandboxReply::text(400, u"Unknown user: %1\n"_s.arg(login));
    DeviceRequest &device = m_deviceRequests[code];
    device.state = DeviceRequest::State::Approved;
    device.login = user->login;
    return SandboxReply::text(200, u"Signed in as %1 (%2). You can return to PartnerDesk.\n"_s.arg(
                                       user->name, user->upn));
}

SandboxReply SandboxIdentity::decline(const RecordedRequest &request)
{
    const QString code = findDeviceCode(field(request.query, u"user_code"_s));
    if (code.isEmpty())
        return SandboxReply::text(404, u"Unknown or expired code.\n"_s);
    m_deviceRequests[code].state = DeviceRequest::State::Declined;
    return SandboxReply::text(200, u"Sign-in declined. You can close this page.\n"_s);
}

SandboxReply SandboxIdentity::devicePage(const QUrl &baseUrl) const
{
    const QString base = baseUrl.toString();
    return SandboxReply::text(
        200,
        u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>PartnerDesk sandbox sign-in"
        u"</title></head><body><h1>PartnerDesk sandbox sign-in</h1><p>This sandbox has no login "
        u"form. To approve a sign-in, open <code>%1/sandbox/device/approve?user_code=CODE&amp;"
        u"user=admin</code> (users: admin, sales, helpdesk); to decline it, open <code>%1/"
        u"sandbox/device/decline?user_code=CODE</code>.</p></body></html>\n"_s.arg(base),
        QByteArrayLiteral("text/html; charset=utf-8"));
}
