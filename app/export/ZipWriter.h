#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace gapscope {

// Writes files into a zip archive with libzip, which writes a temporary file and renames it on
// close: the archive appears complete or not at all. PNGs are stored, everything else deflated.
class ZipWriter
{
public:
    struct Entry
    {
        QString name;
        QByteArray data;
    };

    bool write(const QString &path, const QList<Entry> &entries);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace gapscope
