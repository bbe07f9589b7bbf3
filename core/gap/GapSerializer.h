#pragma once

#include "GapResult.h"
#include "domain/Dataset.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace gapscope {

// The gaps as records for OutputWriter (CSV, JSON, a terminal table): one per follower and date,
// with stable English field names, the numbers and their text in `lang`, the status and the
// follower's source, as `gapscope gap` prints them and the Gap panel exports them.
class GapSerializer
{
public:
    static QList<QJsonObject> records(const Dataset &d, const QList<GapResult> &results, Language lang);
    // The flat field names, in output order (CSV columns), and the fewer a terminal table shows.
    static QStringList fields();
    static QStringList tableFields();
};

} // namespace gapscope
