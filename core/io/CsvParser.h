#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gapscope {

// One record of a CSV file with the position each field starts at, so that messages can
// name the line and column a bad value came from.
struct CsvRecord
{
    int line = 0; // 1-based line of the record's first character
    QStringList fields;
    QList<int> columns; // 1-based column of each field
};

// RFC 4180 parser: comma separated (or another delimiter: spreadsheets write semicolons or tabs),
// fields optionally quoted with doubled quotes inside, CRLF or LF line ends, line breaks allowed
// inside quoted fields.
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvParser)

public:
    // Parses `text`; on failure returns false and sets errorString(), errorLine() and errorColumn().
    bool parse(const QString &text);

    QChar delimiter() const { return m_delimiter; }
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    // The delimiter a file's first lines use: comma, semicolon or tab, whichever splits them
    // into the same number of fields, the most fields winning; comma when none does.
    static QChar detectDelimiter(QStringView text);

    const QList<CsvRecord> &records() const { return m_records; }
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    bool fail(int line, int column, const QString &message);

    QChar m_delimiter = u',';
    QList<CsvRecord> m_records;
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace gapscope
