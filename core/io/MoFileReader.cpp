#include "MoFileReader.h"

#include "TextFileReader.h"

#include <QFile>
#include <QStringDecoder>
#include <QtEndian>

namespace gapscope {

namespace {

// The header of a .mo file: magic number, revision, number of strings, offsets of the table of
// original strings and of translated strings (then a hash table GapScope does not need).
constexpr quint32 magic = 0x950412de;
constexpr qsizetype headerSize = 7 * 4;
constexpr qsizetype entrySize = 2 * 4; // length, offset

} // namespace

bool MoFileReader::fail(const QString &message)
{
    m_error = {m_file, 0, 0, message};
    return false;
}

std::optional<QHash<QString, QString>> MoFileReader::read(const QString &path, const QString &displayName)
{
    m_file = displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(TextFileReader::tr("cannot open the file (%1)").arg(file.errorString()));
        return std::nullopt;
    }
    return parse(file.readAll(), displayName);
}

std::optional<QHash<QString, QString>> MoFileReader::parse(const QByteArray &bytes, const QString &displayName)
{
    m_file = displayName;
    m_error = {};
    if (bytes.size() < headerSize) {
        fail(tr("the file is too short to be a gettext catalogue (%1 bytes)").arg(bytes.size()));
        return std::nullopt;
    }
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    // The catalogue is written in the byte order of the machine that made it; the magic number
    // tells which.
    const bool little = qFromLittleEndian<quint32>(data) == magic;
    if (!little && qFromBigEndian<quint32>(data) != magic) {
        fail(tr("the file is not a gettext catalogue (no .mo magic number)"));
        return std::nullopt;
    }
    auto word = [&](qint64 at) {
        return little ? qFromLittleEndian<quint32>(data + at) : qFromBigEndian<quint32>(data + at);
    };
    const quint32 revision = word(4);
    if ((revision >> 16) > 1) {
        fail(tr("unsupported gettext catalogue revision %1").arg(revision >> 16));
        return std::nullopt;
    }
    const qint64 count = word(8);
    const qint64 originals = word(12);
    const qint64 translations = word(16);
    for (const qint64 table : {originals, translations}) {
        if (table < headerSize || table + count * entrySize > bytes.size()) {
            fail(tr("the catalogue's table of %1 strings at byte %2 lies outside the file (%3 bytes)")
                     .arg(count)
                     .arg(table)
                     .arg(bytes.size()));
            return std::nullopt;
        }
    }
    // The string of the table entry at `entry`, up to its first NUL (a plural message holds its
    // forms after it); nothing when it lies outside the file or is not UTF-8.
    auto string = [&](qint64 entry) -> std::optional<QString> {
        const qint64 length = word(entry);
        const qint64 offset = word(entry + 4);
        if (offset + length > bytes.size()) {
            fail(tr("the string of %1 bytes at byte %2 lies outside the file (%3 bytes)")
                     .arg(length)
                     .arg(offset)
                     .arg(bytes.size()));
            return std::nullopt;
        }
        QByteArrayView text(bytes.constData() + offset, length);
        const qsizetype nul = text.indexOf('\0');
        if (nul >= 0)
            text = text.first(nul);
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString decoded = decoder(text);
        if (decoder.hasError()) {
            fail(tr("the string at byte %1 is not valid UTF-8").arg(offset));
            return std::nullopt;
        }
        return decoded;
    };
    QHash<QString, QString> out;
    out.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const auto original = string(originals + i * entrySize);
        const auto translation = original ? string(translations + i * entrySize) : std::nullopt;
        if (!translation)
            return std::nullopt;
        // The empty original holds the catalogue's header, not a translation; a message with a
        // context (msgctxt, before a 0x04 byte) is not one GapScope looks up.
        if (!original->isEmpty() && !original->contains(QChar(0x04)) && !translation->isEmpty())
            out.insert(*original, *translation);
    }
    return out;
}

} // namespace gapscope
