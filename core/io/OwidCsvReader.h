#pragma once

#include "ParseError.h"
#include "domain/Observation.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace gapscope {

// Reads Our World in Data's grapher CSV layout: Entity,Code,Year,<indicator columns...>,
// taking the values of one column as observations of one indicator. Every row must name a known
// country or region by its code or, where the code is empty (as for a publisher's regional
// groups), by a name in entityCodes; the rows of the entities listed in skipEntities are left out
// and counted in skippedRows(). A read that fails returns nothing and leaves parseError() (file,
// line, column) and errorString().
class OwidCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(OwidCsvReader)

public:
    struct Options
    {
        QString column; // the value column's header
        QString indicator;
        QString kind;
        QString source;
        std::function<bool(const QString &code)> isKnownEntity;
        QStringList skipEntities; // values of the Entity column whose rows are left out
        QHash<QString, QString> entityCodes; // values of the Entity column -> code, for rows without one
    };

    std::optional<QList<Observation>> read(const QString &text, const QString &displayName, const Options &options);
    const ParseError &parseError() const { return m_error; }
    QString errorString() const { return m_error.toString(); }
    // The rows the last read left out because their entity is in Options::skipEntities.
    int skippedRows() const { return m_skipped; }

private:
    ParseError m_error;
    int m_skipped = 0;
};

} // namespace gapscope
