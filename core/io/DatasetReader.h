#pragma once

#include "domain/Dataset.h"
#include "io/ParseError.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>

#include <optional>

namespace gapscope {

// Reads the dataset JSON format described in resources/dataset/FORMAT.md, together with the
// CSV series it names, and checks it with DatasetValidator.
class DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetReader)

public:
    // The dataset bundled in the application's resources.
    static QString bundledPath();
    // The version of the bundled dataset, read without loading its records.
    static QString bundledVersion();

    // The dataset in `path`; nothing when it cannot be read, with parseError() (file, line,
    // column, the record at fault) and errorString() saying why.
    std::optional<Dataset> read(const QString &path);
    const ParseError &parseError() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    bool fail(const QString &message, const QString &needle = {});
    // Epoch AI's models of the "epoch_models" section, added to `d` with their organisations and
    // the indicators derived from them.
    bool readEpochModels(const QJsonValue &section, Dataset &d);
    // Epoch AI's GPU clusters of the "epoch_clusters" section, as records, and the indicator derived
    // from them.
    bool readEpochClusters(const QJsonValue &section, Dataset &d);
    // The observations of each indicator `section` lists in "facts", computed by `compute`.
    bool readFacts(const QJsonObject &section, const QStringList &recipes, const QString &name, Dataset &d,
                   const std::function<QList<Observation>(const QString &)> &compute);

    QString m_path;
    QString m_text;
    ParseError m_error;
};

} // namespace gapscope
