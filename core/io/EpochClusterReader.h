#pragma once

#include "CountryNameIndex.h"
#include "ParseError.h"
#include "domain/ComputeCluster.h"
#include "domain/Observation.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gapscope {

// One GPU cluster of Epoch AI's "GPU Clusters" data, as its file states it.
struct EpochCluster
{
    QString name;
    QString status; // Existing, Planned, Decommissioned
    QString certainty;
    QString owners; // comma-separated, as Epoch writes them
    QString country; // ISO alpha-3, empty where Epoch names none
    QString firstOperational; // YYYY-MM-DD, empty where not known
    QString decommissioned; // YYYY-MM or YYYY-MM-DD, empty while in service
    std::optional<double> h100Equivalents;
    std::optional<double> powerMw;
    QString sector;
    bool includeInStandardAnalysis = false;
    bool exclude = false;
    QString link; // Epoch's first source ("Source 1"), empty where it gives none
};

// Reads Epoch AI's gpu_clusters.csv (the unedited download). Country names are found through the
// country catalogue's names; an unknown one stops the read with parseError() (file, line, column).
class EpochClusterReader
{
    Q_DECLARE_TR_FUNCTIONS(EpochClusterReader)

public:
    explicit EpochClusterReader(const CountryNameIndex &countries) : m_countries(countries) { }

    std::optional<QList<EpochCluster>> read(const QString &text, const QString &displayName);
    const ParseError &parseError() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

    // h100e_operational: for each country and year, from its first such cluster's year to the
    // latest, the H100 equivalents of the clusters operational at the end of the year (first
    // operational by then and not decommissioned), counting only those Epoch includes in its
    // standard analysis and does not exclude, so that an upgraded cluster is not counted twice.
    static QList<Observation> h100eOperational(const QList<EpochCluster> &clusters, const QString &indicator,
                                               const QString &source, const LocalizedText &note);

    // The clusters as records of `source`, in the file's order: each id is "cluster-" and its
    // name's letters and digits (a repeated name gains "-2", "-3", ...); an owner that is one of
    // `actors` (by name, ignoring case and punctuation) is named by its id, any other by its name.
    static QList<ComputeCluster> records(const QList<EpochCluster> &clusters, const QList<Actor> &actors,
                                         const QString &source);

private:
    const CountryNameIndex &m_countries;
    ParseError m_error;
};

} // namespace gapscope
