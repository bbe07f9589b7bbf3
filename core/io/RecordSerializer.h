#pragma once

#include "domain/Dataset.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gapscope {

// Every record as a JSON object with stable English field names; texts in the chosen language,
// and each also in both as <field>_en and <field>_ko (JSON shows them; CSV and tables keep the
// columns of fields()); the source as a nested object so that every fact carries where it comes
// from.
class RecordSerializer
{
    Q_DECLARE_TR_FUNCTIONS(RecordSerializer)

public:
    RecordSerializer(const Dataset &dataset, Language lang) : m_d(dataset), m_lang(lang) { }

    QJsonObject source(const QString &id) const;
    QJsonObject sourceRecord(const Source &s) const;
    QJsonObject country(const Country &c) const;
    QJsonObject region(const Region &r) const;
    // Any entity (a country, region, organisation, model or cluster) by its id: its kind, name
    // and the countries it counts for.
    QJsonObject entity(const QString &id) const;
    QJsonObject dimension(const Dimension &dim) const;
    QJsonObject indicator(const Indicator &i) const;
    QJsonObject actor(const Actor &a) const;
    QJsonObject model(const AiModel &m) const;
    QJsonObject observation(const Observation &o) const;
    QJsonObject assessment(const Assessment &a) const;
    QJsonObject swot(const SwotItem &s) const;
    QJsonObject event(const Event &e) const;
    QJsonObject cluster(const ComputeCluster &c) const;

    // The field names of each kind, in output order (CSV and table columns follow it).
    static QStringList fields(const QString &kind);
    // The fewer fields a terminal table shows.
    static QStringList tableFields(const QString &kind);
    // A translated column heading for a field name.
    static QString fieldLabel(const QString &field);

private:
    const Dataset &m_d;
    Language m_lang;
};

} // namespace gapscope
