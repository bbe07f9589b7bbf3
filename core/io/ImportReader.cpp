#include "ImportReader.h"

#include "CsvParser.h"
#include "DatePrecisionCheck.h"
#include "ImportFormat.h"
#include "ImportRows.h"
#include "JsonLayoutReader.h"
#include "OwidPackage.h"
#include "TableLayoutReader.h"
#include "TextFileReader.h"
#include "XlsxReader.h"

#include <QFileInfo>

namespace gapscope {

namespace {

const QStringList kinds{QStringLiteral("measured"), QStringLiteral("estimate"), QStringLiteral("projection"),
                        QStringLiteral("target")};

} // namespace

QStringList ImportReader::fieldNames()
{
    return {QStringLiteral("country"), QStringLiteral("indicator"), QStringLiteral("year"), QStringLiteral("value"),
            QStringLiteral("month"), QStringLiteral("unit"), QStringLiteral("source"), QStringLiteral("kind"),
            QStringLiteral("note"), QStringLiteral("date"),
            // a timeline's (EventLayoutReader)
            QStringLiteral("title"), QStringLiteral("description")};
}

std::optional<ImportReader::Layout> ImportReader::layoutFromName(const QString &name)
{
    for (Layout l : {Layout::Auto, Layout::Tidy, Layout::Owid, Layout::Wide, Layout::Json, Layout::Columns,
                     Layout::Events, Layout::Records}) {
        if (layoutName(l) == name)
            return l;
    }
    return std::nullopt;
}

QString ImportReader::layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Auto:
        return QStringLiteral("auto");
    case Layout::Tidy:
        return QStringLiteral("tidy");
    case Layout::Owid:
        return QStringLiteral("owid");
    case Layout::Wide:
        return QStringLiteral("wide");
    case Layout::Json:
        return QStringLiteral("json");
    case Layout::Columns:
        return QStringLiteral("columns");
    case Layout::Events:
        return QStringLiteral("events");
    case Layout::Records:
        return QStringLiteral("records");
    }
    return {};
}

bool ImportReader::fail(int line, int column, const QString &message)
{
    m_error = {m_batch.file, line, column, message};
    return false;
}

std::optional<ImportBatch> ImportReader::read(const QString &path, const Options &options)
{
    m_batch = ImportBatch();
    m_batch.file = QFileInfo(path).fileName();
    m_error = ParseError();
    // Every name of every country and region, looked up once per row: a file may have a million rows.
    ImportRows rows(m_dataset, options, m_batch, m_error);

    if (!options.kind.isEmpty() && !kinds.contains(options.kind)) {
        fail(0, 0, tr("unknown kind \"%1\": use measured, estimate, projection or target").arg(options.kind));
        return std::nullopt;
    }
    if (ImportFormat::isWorkbook(path)) {
        XlsxReader workbook;
        const auto records = workbook.read(path, m_batch.file, options.sheet);
        if (!records) {
            m_error = workbook.parseError();
            return std::nullopt;
        }
        m_batch.sheet = workbook.sheetName();
        if (records->isEmpty()) {
            fail(0, 0, tr("the sheet \"%1\" is empty").arg(m_batch.sheet));
            return std::nullopt;
        }
        if (options.layout == Layout::Json) {
            fail(0, 0, tr("a workbook is not JSON"));
            return std::nullopt;
        }
        if (!TableLayoutReader(rows).read(*records, options.layout))
            return std::nullopt;
        return finish();
    }
    // Our World in Data's download: a zip, or a CSV with its .metadata.json beside it.
    OwidPackage package;
    if (!(OwidPackage::isZip(path) ? package.readZip(path, m_batch.file) : package.readBeside(path))) {
        m_error = package.parseError();
        return std::nullopt;
    }
    rows.setMetadata(package.metadata());
    TextFileReader reader;
    const auto text = OwidPackage::isZip(path)
        ? reader.decodeText(package.csv(), m_batch.file + QLatin1Char('/') + package.csvName())
        : reader.readText(path, m_batch.file);
    m_batch.encoding = reader.encoding();
    if (!text) {
        m_error = reader.parseError();
        return std::nullopt;
    }
    if (text->trimmed().isEmpty()) {
        fail(0, 0, tr("the file is empty"));
        return std::nullopt;
    }
    const bool json = options.layout == Layout::Json
        || ((options.layout == Layout::Auto || options.layout == Layout::Events)
            && (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || text->trimmed().startsWith(QLatin1Char('['))
                || text->trimmed().startsWith(QLatin1Char('{'))));
    if (json) {
        m_batch.layout = Layout::Json;
        return JsonLayoutReader(rows).read(*text) ? finish() : std::nullopt;
    }
    CsvParser parser;
    m_batch.delimiter = options.delimiter.isNull() ? CsvParser::detectDelimiter(*text) : options.delimiter;
    parser.setDelimiter(m_batch.delimiter);
    if (!parser.parse(*text)) {
        fail(parser.errorLine(), parser.errorColumn(), parser.errorString());
        return std::nullopt;
    }
    return TableLayoutReader(rows).read(parser.records(), options.layout) ? finish() : std::nullopt;
}

std::optional<ImportBatch> ImportReader::finish()
{
    if (m_batch.layout == Layout::Events) {
        if (m_batch.events.isEmpty()) {
            fail(0, 0, m_batch.skippedRows ? tr("every row was skipped: no known country") : tr("the file has no events"));
            return std::nullopt;
        }
        return m_batch;
    }
    const bool records = !m_batch.actors.isEmpty() || !m_batch.models.isEmpty() || !m_batch.clusters.isEmpty()
        || m_batch.filledFields > 0;
    if (m_batch.observations.isEmpty() && !records) {
        fail(0, 0, m_batch.skippedRows ? tr("every row was skipped: no known country")
                   : m_batch.recordKind.isEmpty()
                   ? tr("the file has no values")
                   : tr("nothing to add: every row is a record the workspace has, no fact is new and no empty field is filled"));
        return std::nullopt;
    }
    // A new indicator allows the finest date the file gives it.
    DatePrecisionCheck::deriveAll(m_batch.indicators, m_batch.observations);
    return m_batch;
}

} // namespace gapscope
