#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace gapscope {

// Brings a workspace database from its schema version to a newer one, one step at a time,
// each step inside a transaction so that a failed migration leaves the old schema intact.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    static constexpr int latestVersion = 8;

    explicit SchemaMigrator(QSqlDatabase db) : m_db(db) { }

    // The schema version recorded in the database, 0 for an empty database, -1 when the
    // database holds tables but is not a GapScope workspace.
    int currentVersion();

    // Migrates to `target` (default: latest). Returns false with errorString() on failure.
    bool migrateTo(int target = latestVersion);

    QString errorString() const { return m_error; }

    // Widens each indicator's date precision to the finest date of its figures in the database
    // (never narrows it): what version 8 derives, and what keeps the user's figures valid when
    // a newer bundled dataset replaces an indicator.
    bool widenDatePrecisions();

private:
    bool step(int toVersion);
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace gapscope
