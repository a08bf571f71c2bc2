#pragma once

#include "core/domain/apierror.h"

#include <QJsonObject>
#include <QString>

// How one logical request ended, after its retries: the JSON object of a 2xx answer, or the
// error that explains why there is none.
struct HttpAnswer
{
    int status = 0; // 0 when no HTTP answer came at all
    QJsonObject json;
    ApiError error;
    QString requestId; // the MS-RequestId every attempt carried
};
