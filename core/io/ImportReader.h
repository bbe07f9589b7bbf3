#pragma once

#include "ImportBatch.h"
#include "ImportOptions.h"
#include "ParseError.h"
#include "domain/Dataset.h"

#include <QCoreApplication>
#include <optional>

namespace gapscope {

// Reads observations from CSV in four layouts and from JSON, and events from a timeline:
// - tidy: one observation per row, columns country, indicator, year (or date), value and
//   optionally month, unit, source, kind, note, indicator_name_en, indicator_name_ko, dimension
//   (TableLayoutReader);
// - owid: Our World in Data's grapher layout, Entity,Code,Year (or Day),<one or more value columns>;
// - wide: country[,indicator],<one column per year, month or day>;
// - columns: a date column and one value column per entity (EntityColumnsReader);
// - json: an array of objects with the tidy fields, or {"observations": [...]} (JsonLayoutReader);
// - events: a timeline, one event per row: date (or year), country, title, kind, description
//   (EventLayoutReader), read into the batch's events.
// - records: one row per AI model, organisation or cluster, its facts as observations on it
//   (RecordsLayoutReader; never guessed).
// CSV files may be separated by commas, semicolons or tabs (detected), in UTF-8, UTF-16 or CP949;
// an Excel workbook (.xlsx) is read as the CSV file of one of its sheets. Values may be written
// with thousands separators ("1,234,567"). Dates are years, or ISO dates (YYYY-MM or
// YYYY-MM-DD) whose precision the observations keep.
// An Our World in Data column without an indicator given is the indicator of the column's name:
// the workspace's indicator of that id when it has the same name, else a new one (IndicatorId).
// Entities are countries (ISO alpha-3 codes or English or Korean names the workspace knows, their
// own or an alternative name, whatever the case and punctuation) and regions (Our World in Data's
// codes or the names they go by: World, continents, income groups, the EU), and in a file of one
// column per entity also organisations, AI models and clusters by id (ImportRows). Every problem
// names the file, line and column; nothing is returned unless the whole file is good.
class ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    using Layout = ImportLayout;
    using Options = ImportOptions;

    // The fields a tidy file's columns can be mapped to.
    static QStringList fieldNames();
    explicit ImportReader(const Dataset &dataset) : m_dataset(dataset) { }

    // The batch in `path`; nothing when it cannot be read, with parseError() (file, line,
    // column) and errorString() saying why.
    std::optional<ImportBatch> read(const QString &path, const Options &options);
    const ParseError &parseError() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

    static std::optional<Layout> layoutFromName(const QString &name);
    static QString layoutName(Layout layout);

private:
    std::optional<ImportBatch> finish();
    bool fail(int line, int column, const QString &message);

    const Dataset &m_dataset;
    ImportBatch m_batch;
    ParseError m_error;
};

} // namespace gapscope
