#pragma once

#include <QCoreApplication>
#include <QString>

namespace gapscope {

// What refreshing a workspace's bundled records from a newer bundled dataset changed.
struct DatasetUpdate
{
    Q_DECLARE_TR_FUNCTIONS(DatasetUpdate)

public:
    QString fromVersion;
    QString toVersion;
    int added = 0;
    int updated = 0;
    int removed = 0;
    int kept = 0; // bundled records the user edited, left as the user had them

    QString summary() const
    {
        return tr("The bundled dataset was updated from version %1 to %2: %3 records added, %4 updated, %5 removed. "
                  "%6 records you edited were kept as you left them.")
            .arg(fromVersion.isEmpty() ? tr("(none)") : fromVersion, toVersion)
            .arg(added)
            .arg(updated)
            .arg(removed)
            .arg(kept);
    }

    // Compares dotted version numbers ("2026.11.1"): negative, zero or positive.
    static int compareVersions(const QString &a, const QString &b)
    {
        const QStringList x = a.split(QLatin1Char('.'));
        const QStringList y = b.split(QLatin1Char('.'));
        for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
            const int p = x.value(i).toInt();
            const int q = y.value(i).toInt();
            if (p != q)
                return p < q ? -1 : 1;
        }
        return 0;
    }
};

} // namespace gapscope
