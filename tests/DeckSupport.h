#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QXmlStreamReader>

#include "io/ZipArchive.h"

#include <zip.h>

namespace gapscope::test {

// The parts of the zip file `path` by name, every one read to its end (which checks its CRC);
// empty with `problem` set when the file is not a whole zip. Link gapscope_libzip.
inline QHash<QString, QByteArray> zipParts(const QString &path, QString *problem)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        *problem = QStringLiteral("not a zip file: ") + QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return {};
    }
    QHash<QString, QByteArray> parts;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0) && problem->isEmpty(); ++i) {
        zip_stat_t st;
        zip_file_t *file = zip_stat_index(archive, zip_uint64_t(i), 0, &st) == 0 ? zip_fopen_index(archive, zip_uint64_t(i), 0) : nullptr;
        if (!file) {
            *problem = QStringLiteral("entry %1 cannot be opened: ").arg(i) + QString::fromUtf8(zip_strerror(archive));
            break;
        }
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, data.data(), st.size);
        char more = 0;
        if (read != zip_int64_t(st.size) || zip_fread(file, &more, 1) != 0) // the CRC is checked at the end
            *problem = QString::fromUtf8(st.name) + QStringLiteral(": ") + QString::fromUtf8(zip_file_strerror(file));
        zip_fclose(file);
        parts.insert(QString::fromUtf8(st.name), data);
    }
    zip_discard(archive);
    if (!problem->isEmpty())
        return {};
    return parts;
}

// The members of the zip file `path` by name, read through the project's own ZipArchive; empty
// when the file is not a zip archive.
inline QHash<QString, QByteArray> archiveParts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    ZipArchive zip;
    if (!zip.open(bytes))
        return {};
    QHash<QString, QByteArray> parts;
    for (const QString &name : zip.names()) {
        if (const auto data = zip.read(name, 64 << 20))
            parts.insert(name, *data);
    }
    return parts;
}

// Why the PowerPoint file `path` is not a whole deck (empty when it is): every part of the zip
// reads back, every XML part is well-formed, and the presentation lists as many slides as the
// file holds, at least one. `slides` receives that number.
inline QString deckProblem(const QString &path, int *slides = nullptr)
{
    QString problem;
    const QHash<QString, QByteArray> parts = zipParts(path, &problem);
    if (!problem.isEmpty())
        return problem;
    for (const char *required : {"[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels"}) {
        if (!parts.contains(QLatin1String(required)))
            return QStringLiteral("no ") + QLatin1String(required);
    }
    int slideParts = 0;
    static const QRegularExpression slidePart(QStringLiteral("^ppt/slides/slide[0-9]+\\.xml$"));
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        slideParts += slidePart.match(it.key()).hasMatch();
        if (!it.key().endsWith(QLatin1String(".xml")) && !it.key().endsWith(QLatin1String(".rels")))
            continue;
        QXmlStreamReader xml(it.value());
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            return it.key() + QStringLiteral(": ") + xml.errorString();
    }
    const int listed = int(parts.value(QStringLiteral("ppt/presentation.xml")).count("<p:sldId "));
    if (listed == 0 || listed != slideParts)
        return QStringLiteral("the presentation lists %1 slides, the file holds %2").arg(listed).arg(slideParts);
    if (slides)
        *slides = listed;
    return {};
}

} // namespace gapscope::test
