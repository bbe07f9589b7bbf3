#pragma once

#include "EpochModelReader.h"
#include "domain/Dataset.h"

#include <QCoreApplication>

namespace gapscope {

// Turns Epoch AI's models into the dataset's AI models and organisations:
// - an organisation the dataset already has (linked by id in `organisations`, or of the same
//   name without case or punctuation) is that actor; every other becomes an actor, named in
//   Korean as `organisations` says (the English name where it does not);
// - a model linked to a curated model (`links`: curated id -> Epoch name) completes that record
//   with Epoch's fields and keeps its own name, texts and source; every other becomes a model
//   whose id is "epoch-" and its name's letters and digits.
class EpochRecords
{
    Q_DECLARE_TR_FUNCTIONS(EpochRecords)

public:
    struct Organisation
    {
        QString epochName;
        QString korean;
        QString actor; // an actor of the dataset, or empty
    };
    struct Options
    {
        QString source; // the source of Epoch's records
        QList<Organisation> organisations;
        QHash<QString, QString> links; // curated model id -> Epoch model name
    };

    // Adds the actors and models of `models` to `d`; false, with errorString(), when an option
    // names a record that does not exist.
    bool add(Dataset &d, const QList<EpochModel> &models, const Options &options);
    QString errorString() const { return m_error; }

    // `name`'s ASCII letters and digits, lower-cased, with "-" between runs: "EXAONE 4.0 (32B)"
    // is "exaone-4-0-32b".
    static QString slug(const QString &name);

private:
    bool addOrganisations(Dataset &d, const QList<EpochModel> &models, const Options &options);
    QString m_error;
    QHash<QString, QString> m_actorOf; // Epoch organisation name -> actor id
};

} // namespace gapscope
