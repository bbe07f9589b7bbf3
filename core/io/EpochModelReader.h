#pragma once

#include "CountryNameIndex.h"
#include "ParseError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace gapscope {

// One AI model of Epoch AI's "Data on AI Models", as its files state it: a model in both the
// notable and the large-scale files is one model, marked as both.
struct EpochModel
{
    QString name;
    QStringList organisations; // Epoch's names, in its order, each once
    QStringList organisationKinds; // Epoch's "Organization categorization" of each, where stated
    QStringList countries; // ISO alpha-3 codes, in Epoch's order, each once
    // The country of each organisation, where the row lists one country per organisation.
    QHash<QString, QString> organisationCountry;
    QString published; // YYYY-MM-DD
    QString domain;
    QString task;
    std::optional<double> parameters;
    std::optional<double> trainingCompute; // FLOP
    std::optional<double> trainingCost; // 2023 US dollars
    QString accessibility;
    bool frontier = false;
    bool notable = false;
    bool largeScale = false;
    QString link;
    QString confidence;
};

// Reads Epoch AI's notable and large-scale model files (unedited CSV downloads) and merges
// them on the model's name. Country names ("Korea (Republic of)") are found through the
// country catalogue's names; Epoch's "Multinational" names no country and is left out. A read
// that fails returns nothing and leaves parseError() (file, line, column) and errorString().
class EpochModelReader
{
    Q_DECLARE_TR_FUNCTIONS(EpochModelReader)

public:
    explicit EpochModelReader(const CountryNameIndex &countries) : m_countries(countries) { }

    // The models of the two files' texts, notable ones first in the file's order, then the
    // large-scale ones the notable file does not have.
    std::optional<QList<EpochModel>> read(const QString &notableText, const QString &notableName,
                                          const QString &largeScaleText, const QString &largeScaleName);
    const ParseError &parseError() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    bool readFile(const QString &text, const QString &displayName, bool notable);
    bool fail(const QString &file, int line, int column, const QString &message);

    const CountryNameIndex &m_countries;
    QList<EpochModel> m_models;
    QHash<QString, qsizetype> m_rowOf; // model name -> position in m_models
    ParseError m_error;
};

} // namespace gapscope
