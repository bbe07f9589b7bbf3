#include "XlsxReader.h"

#include "ZipArchive.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>


namespace gapscope {

namespace {

// A workbook's parts are small next to this; a larger one is a zip bomb or not a workbook.
constexpr quint64 maxPartSize = 512ull * 1024 * 1024;
constexpr int maxColumns = 16384; // XFD, Excel's last column
constexpr int maxRows = 1048576;

// One part of the archive, whole; nothing when it is missing or damaged (then *problem says why).
std::optional<QByteArray> readPart(ZipArchive &zip, const QString &name, QString *problem)
{
    auto bytes = zip.read(name, maxPartSize);
    switch (zip.problem()) {
    case ZipArchive::Problem::None:
    case ZipArchive::Problem::Missing:
        break;
    case ZipArchive::Problem::TooLarge:
        *problem = XlsxReader::tr("the workbook's part %1 is too large").arg(name);
        break;
    case ZipArchive::Problem::Unreadable:
        *problem = XlsxReader::tr("the workbook's part %1 cannot be read").arg(name);
        break;
    case ZipArchive::Problem::Damaged:
        *problem = XlsxReader::tr("the workbook's part %1 is damaged").arg(name);
        break;
    }
    return bytes;
}

// Text of a string item (<si> or <is>): its <t> runs, without phonetic guides (<rPh>).
QString stringItem(QXmlStreamReader &xml)
{
    const QString endName = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && !phonetic)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == endName)
                break;
        } else if (xml.atEnd()) {
            break;
        }
    }
    return text;
}

// Whether a number format writes dates: a built-in date format, or a custom one with a year
// or day in it once quoted text, escapes and [colours] are taken out.
bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]"));
    QString bare = code;
    bare.remove(noise);
    bare = bare.toLower();
    return bare.contains(u'y') || bare.contains(u'd');
}

QString dateText(double serial, bool date1904)
{
    const double days = std::floor(serial);
    // Excel's 1900 system counts a 29 February 1900 that never was: serials from 61 on are one
    // day ahead of a plain count from 1899-12-31.
    const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, days >= 61 ? 30 : 31);
    const QDate date = base.addDays(qint64(days));
    const int seconds = int(std::lround((serial - days) * 86400.0));
    if (seconds == 0 || seconds == 86400)
        return date.addDays(seconds == 86400 ? 1 : 0).toString(Qt::ISODate);
    return QStringLiteral("%1T%2:%3:%4")
        .arg(date.toString(Qt::ISODate))
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// "BC12" -> column 55, row 12; false when it is no cell reference.
bool cellReference(QStringView ref, int *column, int *row)
{
    int c = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref[i] >= u'A' && ref[i] <= u'Z' && c <= maxColumns) {
        c = c * 26 + (ref[i].unicode() - u'A' + 1);
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || c > maxColumns || r < 1 || r > maxRows)
        return false;
    *column = c;
    *row = r;
    return true;
}

} // namespace

bool XlsxReader::looksLikeXlsx(const QByteArray &start)
{
    return start.startsWith("PK\x03\x04");
}

bool XlsxReader::fail(const QString &message)
{
    m_error.message = message;
    return false;
}

std::optional<QList<CsvRecord>> XlsxReader::read(const QString &path, const QString &displayName, const QString &sheet)
{
    m_error = {displayName, 0, 0, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("cannot open the file (%1)").arg(file.errorString()));
        return std::nullopt;
    }
    return readBytes(file.readAll(), displayName, sheet);
}

std::optional<QList<CsvRecord>> XlsxReader::readBytes(const QByteArray &bytes, const QString &displayName,
                                                      const QString &sheet)
{
    m_error = {displayName, 0, 0, {}};
    m_sheetNames.clear();
    m_sheetName.clear();
    ZipArchive zip;
    if (!zip.open(bytes)) {
        fail(tr("the file is not an Excel workbook (not a zip archive)"));
        return std::nullopt;
    }
    QString problem;
    auto part = [&](const QString &name) { return readPart(zip, name, &problem); };

    // The workbook: its sheets in order, and which part holds each.
    const auto workbook = part(QStringLiteral("xl/workbook.xml"));
    const auto rels = part(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels) {
        fail(problem.isEmpty() ? tr("the file is not an Excel workbook (no xl/workbook.xml)") : problem);
        return std::nullopt;
    }
    QHash<QString, QString> targets; // relationship id -> part
    for (QXmlStreamReader xml(*rels); !xml.atEnd();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            QString target = xml.attributes().value(QStringLiteral("Target")).toString();
            target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(xml.attributes().value(QStringLiteral("Id")).toString(), target);
        }
    }
    QStringList sheetParts;
    bool date1904 = false;
    QXmlStreamReader wb(*workbook);
    while (!wb.atEnd()) {
        if (wb.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (wb.name() == u"workbookPr") {
            const QStringView v = wb.attributes().value(QStringLiteral("date1904"));
            date1904 = v == u"1" || v == u"true";
        } else if (wb.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : wb.attributes()) {
                if (a.name() == u"id")
                    id = a.value().toString();
            }
            m_sheetNames << wb.attributes().value(QStringLiteral("name")).toString();
            sheetParts << targets.value(id);
        }
    }
    if (wb.hasError() || m_sheetNames.isEmpty()) {
        fail(tr("the workbook lists no sheets"));
        return std::nullopt;
    }
    qsizetype which = 0;
    if (!sheet.isEmpty()) {
        which = m_sheetNames.indexOf(sheet);
        if (which < 0) {
            fail(tr("the workbook has no sheet \"%1\" (its sheets: %2)").arg(sheet, m_sheetNames.join(QLatin1String(", "))));
            return std::nullopt;
        }
    }
    m_sheetName = m_sheetNames.at(which);

    // Shared strings and the number formats that make a number a date; both are optional.
    QStringList shared;
    if (const auto sst = part(QStringLiteral("xl/sharedStrings.xml"))) {
        for (QXmlStreamReader xml(*sst); !xml.atEnd();) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
                shared << stringItem(xml);
        }
    }
    QList<bool> dateStyles; // by cell style index
    if (const auto styles = part(QStringLiteral("xl/styles.xml"))) {
        QHash<int, QString> formats;
        bool inCellXfs = false;
        for (QXmlStreamReader xml(*styles); !xml.atEnd();) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"numFmt")
                formats.insert(xml.attributes().value(QStringLiteral("numFmtId")).toInt(),
                               xml.attributes().value(QStringLiteral("formatCode")).toString());
            else if (xml.isStartElement() && xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == u"cellXfs")
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                dateStyles << isDateFormat(id, formats.value(id));
            }
        }
    }
    if (!problem.isEmpty()) {
        fail(problem);
        return std::nullopt;
    }

    const QString sheetPart = sheetParts.at(which);
    const auto sheetXml = sheetPart.isEmpty() ? std::nullopt : part(sheetPart);
    if (!sheetXml) {
        fail(problem.isEmpty() ? tr("the sheet \"%1\" is missing from the workbook").arg(m_sheetName) : problem);
        return std::nullopt;
    }

    QMap<int, QMap<int, QString>> rows; // row -> column -> text
    QXmlStreamReader xml(*sheetXml);
    int row = 0;
    int column = 0;
    qsizetype cells = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"row") {
            bool ok = false;
            const int r = xml.attributes().value(QStringLiteral("r")).toInt(&ok);
            row = ok ? r : row + 1;
            column = 0;
            if (row < 1 || row > maxRows) {
                fail(tr("row %1 is outside a worksheet").arg(row));
                return std::nullopt;
            }
        } else if (xml.name() == u"c") {
            const QXmlStreamAttributes a = xml.attributes();
            int r = row;
            int c = column + 1;
            if (a.hasAttribute(QStringLiteral("r")) && !cellReference(a.value(QStringLiteral("r")), &c, &r)) {
                m_error.line = row;
                fail(tr("\"%1\" is not a cell reference").arg(a.value(QStringLiteral("r")).left(20)));
                return std::nullopt;
            }
            if (c < 1 || c > maxColumns || r < 1) {
                fail(tr("a cell is outside a worksheet"));
                return std::nullopt;
            }
            row = r;
            column = c;
            const QString type = a.value(QStringLiteral("t")).toString();
            const int style = a.value(QStringLiteral("s")).toInt();
            QString text;
            bool hasValue = false;
            while (!(xml.isEndElement() && xml.name() == u"c") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v") {
                    text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    hasValue = true;
                } else if (xml.isStartElement() && xml.name() == u"is") {
                    text = stringItem(xml);
                    hasValue = true;
                }
            }
            if (!hasValue)
                continue;
            if (type == u"s") {
                bool ok = false;
                const int index = text.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size()) {
                    m_error.line = row;
                    m_error.column = column;
                    fail(tr("the cell refers to a shared string the workbook does not have"));
                    return std::nullopt;
                }
                text = shared.at(index);
            } else if (type == u"b") {
                text = text == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == u"n") {
                bool ok = false;
                const double number = text.toDouble(&ok);
                if (ok && style >= 0 && style < dateStyles.size() && dateStyles.at(style) && number >= 0
                    && number < 2958466) // 9999-12-31
                    text = dateText(number, date1904);
            }
            if (text.isEmpty())
                continue;
            if (++cells > 20'000'000) {
                fail(tr("the sheet has more than 20 million cells"));
                return std::nullopt;
            }
            rows[row].insert(column, text);
        }
    }
    if (xml.hasError()) {
        m_error.line = int(xml.lineNumber());
        m_error.column = int(xml.columnNumber());
        fail(tr("the sheet \"%1\" is damaged: %2").arg(m_sheetName, xml.errorString()));
        m_error.file = displayName + QStringLiteral(" (") + sheetPart + QLatin1Char(')');
        return std::nullopt;
    }

    // A CSV file of the sheet: rows as wide as the first one (Excel leaves out trailing empty
    // cells), or wider where a row has cells further right.
    QList<CsvRecord> records;
    const int width = rows.isEmpty() ? 0 : rows.cbegin()->lastKey();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        CsvRecord record;
        record.line = it.key();
        const int last = std::max(width, it->lastKey());
        for (int c = 1; c <= last; ++c) {
            record.fields << it->value(c);
            record.columns << c;
        }
        records << record;
    }
    return records;
}

} // namespace gapscope
