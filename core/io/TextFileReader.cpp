#include "TextFileReader.h"

#include <QFile>
#include <QStringDecoder>

namespace gapscope {

std::optional<QString> TextFileReader::readUtf8(const QString &path, const QString &displayName, ParseError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {displayName, 0, 0, tr("cannot open the file (%1)").arg(file.errorString())};
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Find the first bad byte to name its line and column.
        int line = 1;
        int column = 1;
        QStringDecoder probe(QStringDecoder::Utf8);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const QString piece = probe(bytes.mid(i, 1));
            if (probe.hasError())
                break;
            for (QChar c : piece) {
                if (c == u'\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
        }
        *error = {displayName, line, column, tr("the file is not valid UTF-8 text")};
        return std::nullopt;
    }
    return text;
}

std::optional<QString> TextFileReader::readText(const QString &path, const QString &displayName, ParseError *error,
                                               QString *encoding)
{
    auto text = readUtf8(path, displayName, error);
    if (text) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        if (text->startsWith(QChar(0xFEFF)))
            text->remove(0, 1);
        return text;
    }
    if (error->line == 0)
        return std::nullopt; // not a decoding problem: the file cannot be read
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QStringDecoder cp949("CP949");
    if (!cp949.isValid())
        return std::nullopt;
    const QString korean = cp949(file.readAll());
    if (cp949.hasError() || korean.contains(QChar(0x1A)) || korean.contains(QChar::ReplacementCharacter)) {
        error->message = tr("the file is neither UTF-8 nor CP949 (EUC-KR) text");
        return std::nullopt;
    }
    if (encoding)
        *encoding = QStringLiteral("CP949");
    return korean;
}

} // namespace gapscope
