#pragma once

#include "CsvParser.h"
#include "CountryNameIndex.h"
#include "OwidMetadata.h"
#include "ParseError.h"
#include "domain/Dataset.h"

#include <QHash>
#include <optional>

namespace gapscope {

// Observations read from a user's file, with the sources, units and indicators they need that the
// workspace does not have yet. Written in one transaction by Store::import().
struct ImportBatch
{
    QString file;
    QString encoding; // of a text file: UTF-8, UTF-16 or CP949; empty for a workbook
    QChar delimiter; // of a CSV file
    QString sheet; // of a workbook: the sheet read
    QList<Source> sources;
    QList<Unit> units;
    QList<Indicator> indicators; // new ones
    QStringList existingIndicators; // ids of the workspace's indicators that get values
    QList<Observation> observations;
    int skippedRows = 0; // rows of unknown countries, skipped on request
    QStringList skippedCountries;
};

// Reads observations from CSV in three layouts and from JSON:
// - tidy: one observation per row, columns country, indicator, year, value and optionally month,
//   unit, source, kind, note, indicator_name_en, indicator_name_ko, dimension;
// - owid: Our World in Data's grapher layout, Entity,Code,Year,<one or more value columns>;
// - wide: country[,indicator],<one column per year>;
// - json: an array of objects with the tidy fields, or {"observations": [...]}.
// CSV files may be separated by commas, semicolons or tabs (detected), in UTF-8, UTF-16 or CP949;
// an Excel workbook (.xlsx) is read as the CSV file of one of its sheets. Values may be written
// with thousands separators ("1,234,567").
// An Our World in Data column without an indicator given is the indicator of the column's name:
// the workspace's indicator of that id when it has the same name, else a new one (IndicatorId).
// Countries are ISO alpha-3 codes or English or Korean names the workspace knows (their own or
// an alternative name, whatever the case and punctuation). Every problem names the file, line
// and column; nothing is returned unless the whole file is good.
class ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    enum class Layout { Auto, Tidy, Owid, Wide, Json };
    struct Options
    {
        Layout layout = Layout::Auto;
        QString indicator; // for owid and wide files without an indicator column
        QString unit; // the unit of indicators the workspace does not have
        QString source; // the source of rows that name none
        QString dimension; // the dimension of new indicators
        QString kind = QStringLiteral("measured");
        bool skipUnknownCountries = false;
        // Add values to an indicator of the workspace that the file names otherwise (its
        // indicator_name_en or _ko, or an Our World in Data column whose id it has). Without it,
        // such a column becomes a new indicator and such a tidy row is refused.
        bool addToExisting = false;
        QHash<QString, QString> countryMap; // a name in the file -> an ISO code
        // Which column of the file holds a field (country, indicator, year, value, month, unit,
        // source, kind, note) when its header names it otherwise; empty: by name.
        QHash<QString, QString> columns;
        QChar delimiter; // of a CSV file: ',', ';' or '\t'; none: detected
        QString sheet; // of a workbook; empty: its first sheet
    };

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
    struct Row
    {
        int line = 0;
        QHash<QString, QString> fields; // by lower-case column name
        QHash<QString, int> columns; // 1-based column of each field
    };
    std::optional<ImportBatch> finish();
    bool readCsv(const QString &text, Layout layout);
    bool readRecords(const QList<CsvRecord> &records, Layout layout);
    bool readJson(const QString &text);
    bool addRow(const Row &row, bool emptyValueIsMissing);
    QString country(const Row &row, const QString &field, bool *skip);
    bool fail(int line, int column, const QString &message);
    QString sourceId(const QString &text);
    // Names, describes, gives the unit of and cites the values of an Our World in Data column
    // from the metadata that came with the file.
    void describe(Row *row, const QString &header);
    bool ensureIndicator(const Row &row, const QString &id);
    // The indicator of an Our World in Data column named `name`, other than those `taken` by
    // the file's other columns; empty when no id is free.
    QString columnIndicator(const QString &name, const QList<QString> &taken) const;

    const Dataset &m_dataset;
    Options m_options;
    ImportBatch m_batch;
    std::optional<OwidMetadata> m_metadata; // of an Our World in Data download
    ParseError m_error;
    QHash<QString, int> m_keys; // indicator|country|year|month -> line
    QHash<QString, QString> m_existing; // the same key for the workspace's observations -> id
    CountryNameIndex m_countryNames;
};

} // namespace gapscope
