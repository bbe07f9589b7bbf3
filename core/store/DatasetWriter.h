#pragma once

#include "domain/Dataset.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace gapscope {

// Writes single records into a workspace with prepared statements, each statement prepared once
// and reused. The caller owns the transaction.
class DatasetWriter
{
public:
    explicit DatasetWriter(QSqlDatabase db) : m_db(db) { }

    bool insert(const Source &s);
    bool insert(const Unit &u);
    bool insert(const Country &c);
    bool insert(const Region &r);
    bool insert(const Dimension &d, int position);
    bool insert(const Actor &a);
    bool insert(const AiModel &m);
    bool insert(const Indicator &i);
    bool insert(const Observation &o);
    bool insert(const Assessment &a);
    bool insert(const SwotItem &s);
    bool insert(const Event &e);
    bool insert(const ComputeCluster &c);
    bool insert(const OtherEntity &e);

    // Gives the country `c.code` the ISO numeric code and alternative names of `c`, leaving its
    // other fields (which the user may have edited) as they are.
    bool setCatalogueFields(const Country &c);

    // Deletes the record `key` of `table` (and an actor's dimension links, a country's or region's names, a region's
    // members).
    bool remove(const QString &table, const QString &key);

    QString errorString() const { return m_error; }

    // The table and key column each kind of record lives in.
    static QString table(const Source &) { return QStringLiteral("sources"); }
    static QString table(const Unit &) { return QStringLiteral("units"); }
    static QString table(const Country &) { return QStringLiteral("countries"); }
    static QString table(const Region &) { return QStringLiteral("regions"); }
    static QString table(const Dimension &) { return QStringLiteral("dimensions"); }
    static QString table(const Actor &) { return QStringLiteral("actors"); }
    static QString table(const AiModel &) { return QStringLiteral("ai_models"); }
    static QString table(const Indicator &) { return QStringLiteral("indicators"); }
    static QString table(const Observation &) { return QStringLiteral("observations"); }
    static QString table(const Assessment &) { return QStringLiteral("assessments"); }
    static QString table(const SwotItem &) { return QStringLiteral("swot_items"); }
    static QString table(const Event &) { return QStringLiteral("events"); }
    static QString table(const ComputeCluster &) { return QStringLiteral("compute_clusters"); }
    static QString table(const OtherEntity &) { return QStringLiteral("entities"); }
    static QString keyColumn(const QString &table);

private:
    bool insertNames(const Country &c);
    bool run(const QString &sql, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QString m_error;
};

} // namespace gapscope
