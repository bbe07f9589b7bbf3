#pragma once

#include "ParseError.h"
#include "domain/Observation.h"

#include <QList>
#include <functional>
#include <optional>

namespace gapscope {

// Reads Our World in Data's grapher CSV layout: Entity,Code,Year,<indicator columns...>,
// taking the values of one column as observations of one indicator. A read that fails returns
// nothing and leaves parseError() (file, line, column) and errorString().
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
        std::function<bool(const QString &code)> isKnownCountry;
    };

    std::optional<QList<Observation>> read(const QString &text, const QString &displayName, const Options &options);
    const ParseError &parseError() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    ParseError m_error;
};

} // namespace gapscope
