#include "ZipArchive.h"

#include <zip.h>

namespace gapscope {

void ZipArchive::Closer::operator()(zip *archive) const
{
    zip_discard(archive);
}

ZipArchive::ZipArchive() = default;
ZipArchive::~ZipArchive() = default;

bool ZipArchive::open(const QByteArray &bytes)
{
    m_zip.reset();
    m_problem = Problem::None;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return false;
    }
    m_zip.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
    zip_error_fini(&error);
    if (!m_zip) {
        zip_source_free(source);
        return false;
    }
    return true;
}

QStringList ZipArchive::names() const
{
    QStringList out;
    if (!m_zip)
        return out;
    const zip_int64_t count = zip_get_num_entries(m_zip.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_zip.get(), zip_uint64_t(i), 0))
            out << QString::fromUtf8(name);
    }
    return out;
}

std::optional<QByteArray> ZipArchive::read(const QString &name, quint64 maxSize)
{
    m_problem = Problem::Missing;
    if (!m_zip)
        return std::nullopt;
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip.get(), utf8.constData(), 0, &st) != 0)
        return std::nullopt;
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > maxSize) {
        m_problem = Problem::TooLarge;
        return std::nullopt;
    }
    std::unique_ptr<zip_file_t, int (*)(zip_file_t *)> file(zip_fopen(m_zip.get(), utf8.constData(), 0), zip_fclose);
    if (!file) {
        m_problem = Problem::Unreadable;
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_fread(file.get(), bytes.data(), st.size);
    if (n < 0 || zip_uint64_t(n) != st.size) {
        m_problem = Problem::Damaged;
        return std::nullopt;
    }
    m_problem = Problem::None;
    return bytes;
}

} // namespace gapscope
