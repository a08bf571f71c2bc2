// Microsoft Graph's answers as GraphClient decodes them: FUZZ_GRAPH_PAGE a page of
// delegatedAdminRelationships (then each relationship's status and role names, as shown),
// FUZZ_GRAPH_REQUEST the answer to a terminate request.
#include "core/api/graphcodec.h"
#include "core/api/wirecodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QJsonObject> object = WireCodec::object(body);
    if (!object.ok())
        return 0;
#ifdef FUZZ_GRAPH_PAGE
    const Result<GraphCodec::Page> page = GraphCodec::page(object.value());
    if (!page.ok())
        return 0;
    const auto relationships = GraphCodec::adminRelationships(page.value().value);
    if (!relationships.ok()) {
        (void)relationships.error().userMessage();
        return 0;
    }
    for (const AdminRelationship &r : relationships.value()) {
        (void)r.statusText();
        (void)r.roleNames();
        (void)r.canTerminate();
    }
#else
    const auto request = GraphCodec::relationshipRequest(object.value());
    if (!request.ok())
        (void)request.error().userMessage();
#endif
    return 0;
}
