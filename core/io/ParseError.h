#pragma once

#include <QCoreApplication>
#include <QJsonParseError>
#include <QString>

namespace gapscope {

// A problem in an input file, with where it is. line and column are 1-based; 0 means unknown.
struct ParseError
{
    Q_DECLARE_TR_FUNCTIONS(ParseError)

public:
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // Where a JSON parser stopped in `utf8` (QJsonParseError counts bytes; lines and columns
    // count characters).
    static ParseError fromJson(const QString &file, const QByteArray &utf8, const QJsonParseError &error)
    {
        const QString before = QString::fromUtf8(utf8.left(error.offset));
        return {file, int(before.count(QLatin1Char('\n'))) + 1,
                int(before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1, error.errorString()};
    }

    QString toString() const
    {
        if (line > 0 && column > 0)
            return tr("%1, line %2, column %3: %4").arg(file).arg(line).arg(column).arg(message);
        if (line > 0)
            return tr("%1, line %2: %3").arg(file).arg(line).arg(message);
        return tr("%1: %2").arg(file, message);
    }
};

} // namespace gapscope
