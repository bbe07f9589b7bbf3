#include "TextFileReader.h"

#include <QFile>
#include <QStringDecoder>

namespace gapscope {

namespace {

std::optional<QByteArray> readBytes(const QString &path, const QString &displayName, ParseError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {displayName, 0, 0, TextFileReader::tr("cannot open the file (%1)").arg(file.errorString())};
        return std::nullopt;
    }
    return file.readAll();
}

// Strict UTF-8; on a bad byte, names its line and column.
std::optional<QString> decodeUtf8(const QByteArray &bytes, const QString &displayName, ParseError *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (!decoder.hasError())
        return text;
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
    *error = {displayName, line, column, TextFileReader::tr("the file is not valid UTF-8 text")};
    return std::nullopt;
}

} // namespace

std::optional<QString> TextFileReader::readUtf8(const QString &path, const QString &displayName)
{
    m_error = {};
    const auto bytes = readBytes(path, displayName, &m_error);
    return bytes ? decodeUtf8(*bytes, displayName, &m_error) : std::nullopt;
}

std::optional<QString> TextFileReader::readText(const QString &path, const QString &displayName)
{
    m_error = {};
    m_encoding.clear();
    const auto bytes = readBytes(path, displayName, &m_error);
    return bytes ? decodeText(*bytes, displayName) : std::nullopt;
}

std::optional<QString> TextFileReader::decodeText(const QByteArray &data, const QString &displayName)
{
    m_error = {displayName, 0, 0, {}};
    m_encoding.clear();
    const QByteArray *bytes = &data;
    // Excel's "Unicode text" is UTF-16 with a byte order mark.
    const bool le = bytes->startsWith("\xFF\xFE");
    if (le || bytes->startsWith("\xFE\xFF")) {
        QStringDecoder utf16(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = utf16(bytes->mid(2));
        if (utf16.hasError() || text.contains(QChar::ReplacementCharacter)) {
            m_error.message = tr("the file is not valid UTF-16 text");
            return std::nullopt;
        }
        m_encoding = QStringLiteral("UTF-16");
        return text;
    }
    if (auto text = decodeUtf8(*bytes, displayName, &m_error)) {
        m_encoding = QStringLiteral("UTF-8");
        if (text->startsWith(QChar(0xFEFF)))
            text->remove(0, 1);
        return text;
    }
    QStringDecoder cp949("CP949");
    if (!cp949.isValid())
        return std::nullopt;
    const QString korean = cp949(*bytes);
    if (cp949.hasError() || korean.contains(QChar(0x1A)) || korean.contains(QChar::ReplacementCharacter)) {
        m_error.message = tr("the file is neither UTF-8 nor CP949 (EUC-KR) text");
        return std::nullopt;
    }
    m_error = {};
    m_encoding = QStringLiteral("CP949");
    return korean;
}

} // namespace gapscope
