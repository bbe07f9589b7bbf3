#include "ImportFormat.h"

#include "CsvParser.h"
#include "OwidPackage.h"
#include "TextFileReader.h"
#include "XlsxReader.h"

#include <QFile>

namespace gapscope {

bool ImportFormat::isWorkbook(const QString &path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return true;
    if (OwidPackage::isZip(path))
        return false; // a zip of a CSV file and its metadata
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && XlsxReader::looksLikeXlsx(file.read(4));
}

QStringList ImportFormat::header(const QString &path, QChar delimiter, const QString &sheet)
{
    QStringList out;
    if (isWorkbook(path)) {
        XlsxReader reader;
        const auto records = reader.read(path, path, sheet);
        if (records && !records->isEmpty()) {
            for (const QString &f : records->constFirst().fields)
                out << f.trimmed();
        }
        return out;
    }
    OwidPackage package;
    if (OwidPackage::isZip(path) && !package.readZip(path, path))
        return {};
    const auto text = OwidPackage::isZip(path) ? TextFileReader().decodeText(package.csv(), path)
                                               : TextFileReader().readText(path, path);
    if (!text)
        return {};
    // Only the first record is needed: parse up to the first line end outside quotes.
    CsvParser parser;
    parser.setDelimiter(delimiter.isNull() ? CsvParser::detectDelimiter(*text) : delimiter);
    const qsizetype end = text->indexOf(QLatin1Char('\n'));
    if (!parser.parse(end < 0 ? *text : text->left(end + 1)) || parser.records().isEmpty())
        return {};
    for (const QString &f : parser.records().constFirst().fields)
        out << f.trimmed();
    return out;
}

QStringList ImportFormat::sheetNames(const QString &path)
{
    if (!isWorkbook(path))
        return {};
    XlsxReader reader;
    return reader.read(path, path) ? reader.sheetNames() : QStringList();
}

QString ImportFormat::formatDescription(const ImportBatch &batch)
{
    if (!batch.sheet.isEmpty())
        return tr("Excel workbook, sheet \u201c%1\u201d").arg(batch.sheet);
    if (batch.delimiter == u';')
        return tr("%1, semicolon-separated").arg(batch.encoding);
    if (batch.delimiter == u'\t')
        return tr("%1, tab-separated").arg(batch.encoding);
    return batch.encoding;
}

std::optional<QChar> ImportFormat::delimiterFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"comma" || n == u",")
        return QChar(u',');
    if (n == u"semicolon" || n == u";")
        return QChar(u';');
    if (n == u"tab" || name == u"\t")
        return QChar(u'\t');
    return std::nullopt;
}

} // namespace gapscope
