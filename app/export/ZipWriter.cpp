#include "ZipWriter.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace gapscope {

namespace {

// The message is translated with the deck's other strings.
QString cannotWrite(const QString &path, const char *reason)
{
    return QCoreApplication::translate("gapscope::DeckWriter", "cannot write %1: %2")
        .arg(path, QString::fromLocal8Bit(reason));
}

} // namespace

bool ZipWriter::write(const QString &path, const QList<Entry> &entries)
{
    m_error.clear();
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        m_error = cannotWrite(path, zip_error_strerror(&error));
        zip_error_fini(&error);
        return false;
    }
    for (const Entry &entry : entries) {
        zip_source_t *source = zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, entry.name.toUtf8().constData(), source,
                                                        ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                         : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            m_error = cannotWrite(path, zip_strerror(archive));
            zip_discard(archive);
            return false;
        }
        if (entry.name.endsWith(QLatin1String(".png")))
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    // The buffers must live until zip_close, which reads them.
    if (zip_close(archive) != 0) {
        m_error = cannotWrite(path, zip_strerror(archive));
        zip_discard(archive);
        return false;
    }
    return true;
}

} // namespace gapscope
