// The sandbox's request handling, past the HTTP parser: the Partner Center and Graph routes (as
// the signed-in admin) and the identity provider's. The input is the request as text:
//   METHOD\n/path?query\nName: value\n...\n\nbody
// Every input starts from the demo dataset, so a crash reproduces from its input alone.
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxgraph.h"
#include "sandbox/sandboxidentity.h"
#include "sandbox/sandboxstore.h"

#include <QFile>
#include <QJsonDocument>

namespace {
const QDateTime Now(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

const SandboxStore &demo()
{
    static const SandboxStore store = [] {
        SandboxStore s;
        QFile file(QStringLiteral(":/sandbox/demo.json"));
        if (!file.open(QIODevice::ReadOnly) ||
            !s.fromJson(QJsonDocument::fromJson(file.readAll()).object(), Now))
            qFatal("The demo dataset did not load");
        return s;
    }();
    return store;
}

RecordedRequest parse(const QByteArray &text)
{
    RecordedRequest r;
    const qsizetype headEnd = text.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? text : text.left(headEnd);
    r.body = headEnd < 0 ? QByteArray() : text.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    r.method = lines.value(0).trimmed().toUpper();
    const QUrl url(QString::fromUtf8(lines.value(1).trimmed()));
    r.path = url.path(QUrl::FullyDecoded);
    r.pathAndQuery = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        r.pathAndQuery += u'?' + url.query(QUrl::FullyEncoded);
    r.query = QUrlQuery(url);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                             lines.at(i).mid(colon + 1).trimmed());
    }
    return r;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RecordedRequest request =
        parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    SandboxStore store = demo();
    SandboxIdentity identity(store);
    QString login;
    (void)identity.validate(request.header("authorization"), Now, &login);
    if (SandboxGraph::isGraphPath(request.path)) {
        bool changed = false;
        SandboxGraph graph(store);
        const SandboxReply reply = graph.handle(request, *store.user(QStringLiteral("admin")), Now,
                                                QStringLiteral("http://127.0.0.1:1"), &changed);
        (void)SandboxGraph::graphShaped(reply, request, Now);
        if (changed)
            (void)store.toJson();
    } else if (request.path.startsWith(u"/v1")) {
        bool changed = false;
        SandboxApi api(store);
        (void)api.handle(request, *store.user(QStringLiteral("admin")), Now, &changed);
        if (changed)
            (void)store.toJson();
    } else if (request.path.endsWith(u"/devicecode")) {
        (void)identity.deviceCode(request, QUrl(QStringLiteral("http://127.0.0.1:1")), Now);
    } else if (request.path.endsWith(u"/token")) {
        (void)identity.token(request, Now);
    } else if (request.path.endsWith(u"/approve")) {
        (void)identity.approve(request);
    } else {
        (void)identity.decline(request);
    }
    return 0;
}
