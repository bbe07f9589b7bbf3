// libFuzzer targets for every parser GapScope reads untrusted text with. GAPSCOPE_FUZZ_TARGET
// names the parser: import-tidy, import-owid, import-wide, import-json, import-columns (the CSV
// layouts and JSON of ImportReader: dates to the day, regions, one column per entity),
// import-events (a timeline read as events, its kinds as written mapped), import-records (tables of one row per model, organisation or cluster), dataset (DatasetReader), gapview (SavedView), filter (FilterParser, the
// command-line filter expressions), csv (CsvParser) or gettext (MoFileReader, the country
// catalogue's translations) or xlsx (XlsxReader, Excel workbooks: the input is either a whole file
// or, after a first byte 'X', the parts of a workbook separated by "\n--\n": sheet, shared strings,
// styles, workbook, zipped here). A target must never crash, hang or
// trip a sanitizer, whatever the bytes; refusing them with a message is its job.
#include "cli/FilterParser.h"
#include "io/CsvParser.h"
#include "io/ImportReader.h"
#include "io/DatasetReader.h"
#include "io/MoFileReader.h"
#include "io/RecordsLayoutReader.h"
#include "io/XlsxReader.h"
#include "view/SavedView.h"
#include "view/ViewFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

#include <zip.h>
#include <string_view>

using namespace gapscope;

namespace {

constexpr std::string_view target = GAPSCOPE_FUZZ_TARGET;

const Dataset &bundled()
{
    static const Dataset dataset = [] {
        DatasetReader reader;
        auto d = reader.read(DatasetReader::bundledPath());
        if (!d)
            qFatal("the bundled dataset cannot be read: %s", qPrintable(reader.errorString()));
        return *d;
    }();
    return dataset;
}

// The parsers read files, as they do for users: the input is written to one.
QString asFile(const QByteArray &bytes, const char *extension)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input") + QLatin1String(extension));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void importAs(ImportReader::Layout layout, const QByteArray &bytes)
{
    // The first byte picks options, as a user might set them; the rest is the file.
    const quint8 flags = bytes.isEmpty() ? 0 : quint8(bytes.at(0));
    ImportReader::Options options;
    options.layout = layout;
    options.skipUnknownCountries = flags & 1;
    if (flags & 2) {
        options.indicator = QStringLiteral("fuzz_indicator");
        options.unit = QStringLiteral("count");
        options.source = QStringLiteral("Fuzz survey");
        options.dimension = QStringLiteral("capital");
    }
    if (flags & 4)
        options.countryMap.insert(QStringLiteral("Korea"), QStringLiteral("KOR"));
    if (flags & 8)
        options.columns.insert(QStringLiteral("value"), QStringLiteral("amount"));
    if (flags & 16)
        options.delimiter = flags & 32 ? u'\t' : u';';
    if (flags & 64) {
        // A file of one column per entity: the values' indicator by name, and some columns mapped.
        options.indicator = QStringLiteral("Fuzz score");
        options.entityColumns.insert(QStringLiteral("Difference"), QStringLiteral("skip"));
        options.entityColumns.insert(QStringLiteral("Korea score"), QStringLiteral("KOR"));
        options.entityColumns.insert(QStringLiteral("rank"), QStringLiteral("indicator:fuzz_rank@OWID_WRL"));
        options.columns.insert(QStringLiteral("date"), QStringLiteral("Month"));
    }
    if (flags & 128)
        options.countryMap.insert(QStringLiteral("Earth"), QStringLiteral("OWID_WRL"));
    if (layout == ImportReader::Layout::Events && (flags & 4)) {
        // A timeline whose columns are named otherwise: mapped, as the dialog's pickers do.
        options.columns.insert(QStringLiteral("title"), QStringLiteral("What"));
        options.columns.insert(QStringLiteral("description"), QStringLiteral("Notes"));
    }
    if (layout == ImportReader::Layout::Records) {
        // The kind, the columns proposed or named, facts in units known or new.
        options.source = QStringLiteral("Fuzz table");
        options.recordKind = RecordsLayoutReader::recordKinds().value(flags % 3);
        if (flags & 8) {
            options.nameColumn = QStringLiteral("Name");
            options.dateColumn = QStringLiteral("Date");
            options.organisationColumn = QStringLiteral("Owner");
        }
        if (flags & 64)
            options.facts = {{QStringLiteral("Parameters"), QStringLiteral("parameters")},
                             {QStringLiteral("Score"), QStringLiteral("fuzz_points")}};
    }
    ImportReader reader(bundled());
    const auto batch = reader.read(asFile(bytes.mid(1), layout == ImportReader::Layout::Json ? ".json" : ".csv"), options);
    if (!batch && reader.parseError().message.isEmpty())
        qFatal("refused without a message");
}

// A workbook zipped from the parts in `bytes` (sheet, shared strings, styles, workbook), each
// part the fuzzer's; the relationships are fixed so that the sheet is found.
QByteArray workbookOf(const QByteArray &bytes)
{
    const QList<QByteArray> parts = bytes.split('\n');
    QList<QByteArray> pieces{QByteArray()};
    for (const QByteArray &line : parts) {
        if (line == "--")
            pieces.append(QByteArray());
        else
            pieces.last() += line + '\n';
    }
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    QFile::remove(path);
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        qFatal("cannot create %s", qPrintable(path));
    static const QByteArray rels = "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    static const QByteArray book = "<workbook><sheets><sheet name=\"Data\" r:id=\"rId1\"/></sheets></workbook>";
    const QList<std::pair<const char *, QByteArray>> files{
        {"xl/worksheets/sheet1.xml", pieces.value(0)}, {"xl/sharedStrings.xml", pieces.value(1)},
        {"xl/styles.xml", pieces.value(2)},           {"xl/workbook.xml", pieces.size() > 3 ? pieces.value(3) : book},
        {"xl/_rels/workbook.xml.rels", rels}};
    for (const auto &[name, content] : files) {
        zip_source_t *source = zip_source_buffer(zip, content.constData(), zip_uint64_t(content.size()), 0);
        if (!source || zip_file_add(zip, name, source, 0) < 0)
            qFatal("cannot add %s", name);
    }
    if (zip_close(zip) != 0)
        qFatal("cannot write %s", qPrintable(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    bundled();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (target == "import-tidy") {
        importAs(ImportReader::Layout::Tidy, bytes);
    } else if (target == "import-owid") {
        importAs(ImportReader::Layout::Owid, bytes);
    } else if (target == "import-wide") {
        importAs(ImportReader::Layout::Wide, bytes);
    } else if (target == "import-columns") {
        importAs(ImportReader::Layout::Columns, bytes);
    } else if (target == "import-events") {
        importAs(ImportReader::Layout::Events, bytes);
        // Guessed from the header, as a timeline or as whatever else it looks like.
        importAs(ImportReader::Layout::Auto, bytes);
    } else if (target == "import-records") {
        importAs(ImportReader::Layout::Records, bytes);
    } else if (target == "import-json") {
        importAs(ImportReader::Layout::Json, bytes);
    } else if (target == "dataset") {
        DatasetReader reader;
        if (!reader.read(asFile(bytes, ".json")) && reader.parseError().message.isEmpty())
            qFatal("refused without a message");
    } else if (target == "gapview") {
        ViewFile file;
        if (!file.read(asFile(bytes, ".gapview")) && file.errorString().isEmpty())
            qFatal("refused without a message");
    } else if (target == "filter") {
        // One expression per line: countries, dimensions, indicators, years.
        const QList<QByteArray> lines = bytes.split('\n');
        FilterParser parser(bundled());
        const QString part[4] = {QString::fromUtf8(lines.value(0)), QString::fromUtf8(lines.value(1)),
                                 QString::fromUtf8(lines.value(2)), QString::fromUtf8(lines.value(3))};
        parser.setCountries(part[0]);
        parser.setDimensions(part[1]);
        parser.setIndicators(part[2]);
        if (!parser.setYears(part[3]) && parser.errorString().isEmpty())
            qFatal("refused without a message");
        int from = 0, to = 0;
        if (FilterParser::parseYearRange(part[3], &from, &to) && from && to && from > to)
            qFatal("a reversed range was accepted");
    } else if (target == "csv") {
        CsvParser parser;
        parser.parse(QString::fromUtf8(bytes));
    } else if (target == "gettext") {
        MoFileReader reader;
        if (!reader.parse(bytes, QStringLiteral("input.mo")) && reader.parseError().message.isEmpty())
            qFatal("refused without a message");
    } else if (target == "xlsx") {
        XlsxReader reader;
        const QByteArray file = bytes.startsWith('X') ? workbookOf(bytes.mid(1)) : bytes;
        const auto records = reader.readBytes(file, QStringLiteral("input.xlsx"));
        if (!records && reader.parseError().message.isEmpty())
            qFatal("refused without a message");
        if (records) {
            ImportReader import(bundled());
            import.read(asFile(file, ".xlsx"), {});
        }
    } else {
        qFatal("unknown fuzz target");
    }
    return 0;
}
