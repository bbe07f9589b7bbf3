#include "WorkbookWriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace gapscope {

namespace {

QString sheetName(QString name, QStringList *taken)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    }
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; taken->contains(unique, Qt::CaseInsensitive); ++n)
        unique = name.left(31 - 1 - QString::number(n).size()) + QLatin1Char(' ') + QString::number(n);
    taken->append(unique);
    return unique;
}

} // namespace

bool WorkbookWriter::write(const QString &path, const QList<Sheet> &sheets, const QString &title)
{
    m_error.clear();
    // libxlsxwriter writes to a file name: a temporary file beside the target, renamed over it
    // when whole.
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temporary.open()) {
        m_error = tr("cannot write %1: %2").arg(path, temporary.errorString());
        return false;
    }
    temporary.close();
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());

    lxw_workbook *book = workbook_new(temporaryName.constData());
    if (!book) {
        m_error = tr("cannot write %1").arg(path);
        return false;
    }
    QByteArray titleBytes = title.toUtf8();
    QByteArray author = QByteArrayLiteral("GapScope");
    lxw_doc_properties properties{};
    properties.title = titleBytes.data();
    properties.author = author.data();
    workbook_set_properties(book, &properties);

    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EBEF);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrapped = workbook_add_format(book);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *plain = workbook_add_format(book);
    format_set_align(plain, LXW_ALIGN_VERTICAL_TOP);
    QHash<QString, lxw_format *> formats;
    QList<QByteArray> keep; // strings libxlsxwriter reads when it closes the book
    auto numberFormat = [&](const QString &code) {
        lxw_format *&f = formats[code];
        if (!f) {
            keep.append(code.toUtf8());
            f = workbook_add_format(book);
            format_set_num_format(f, keep.constLast().constData());
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        }
        return f;
    };

    QStringList names;
    for (const Sheet &sheet : sheets) {
        keep.append(sheetName(sheet.name, &names).toUtf8());
        lxw_worksheet *ws = workbook_add_worksheet(book, keep.constLast().constData());
        for (qsizetype c = 0; c < sheet.header.size(); ++c) {
            const double width = sheet.widths.value(c, 12);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, width > 30 ? wrapped : plain);
            worksheet_write_string(ws, 0, lxw_col_t(c), sheet.header[c].toUtf8().constData(), header);
        }
        worksheet_freeze_panes(ws, 1, lxw_col_t(sheet.frozenColumns));
        if (!sheet.header.isEmpty())
            worksheet_autofilter(ws, 0, 0, lxw_row_t(std::max<qsizetype>(1, sheet.rows.size())),
                                 lxw_col_t(sheet.header.size() - 1));
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const lxw_row_t row = lxw_row_t(r + 1);
            for (qsizetype c = 0; c < sheet.rows[r].size(); ++c) {
                const Cell &cell = sheet.rows[r][c];
                const lxw_col_t col = lxw_col_t(c);
                switch (cell.value.typeId()) {
                case QMetaType::Double:
                case QMetaType::Int:
                case QMetaType::LongLong:
                    worksheet_write_number(ws, row, col, cell.value.toDouble(),
                                           cell.format.isEmpty() ? plain : numberFormat(cell.format));
                    break;
                case QMetaType::QDate: {
                    const QDate d = cell.value.toDate();
                    lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(
                        ws, row, col, &when,
                        numberFormat(cell.format.isEmpty() ? QStringLiteral("yyyy-mm-dd") : cell.format));
                    break;
                }
                default:
                    if (const QString text = cell.value.toString(); !text.isEmpty())
                        worksheet_write_string(ws, row, col, text.toUtf8().constData(),
                                               sheet.widths.value(c, 12) > 30 ? wrapped : plain);
                }
            }
        }
    }
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        m_error = tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::setPermissions(temporary.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                    | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // Renaming over the target replaces it in one step.
    if (std::rename(temporaryName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        m_error = tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

} // namespace gapscope
