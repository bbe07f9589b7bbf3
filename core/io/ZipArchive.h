#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct zip;

namespace gapscope {

// A zip archive read from memory (libzip): the names of its members and each member whole. A
// member larger than the limit is refused rather than inflated: a small archive can hold a huge
// member (a zip bomb).
class ZipArchive
{
public:
    enum class Problem { None, Missing, TooLarge, Unreadable, Damaged };

    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // False when `bytes` are not a zip archive. The archive reads from `bytes`, which must stay
    // alive and unchanged while it is open.
    bool open(const QByteArray &bytes);
    QStringList names() const;
    // The member `name`, whole; nothing when it is missing, larger than `maxSize` or damaged,
    // with problem() saying which.
    std::optional<QByteArray> read(const QString &name, quint64 maxSize);
    Problem problem() const { return m_problem; }

private:
    struct Closer
    {
        void operator()(zip *archive) const;
    };
    std::unique_ptr<zip, Closer> m_zip;
    Problem m_problem = Problem::None;
};

} // namespace gapscope
