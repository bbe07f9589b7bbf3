#pragma once

#include "domain/Dataset.h"

#include <QCoreApplication>
#include <QStringList>

namespace gapscope {

// Checks a dataset for what every record must have: ids that are unique, references that
// resolve, English and Korean text, a source, a unit, and known kinds.
class DatasetValidator
{
    Q_DECLARE_TR_FUNCTIONS(DatasetValidator)

public:
    struct Problem
    {
        QString recordId; // the id of the record at fault, to locate it in the file
        QString message;
    };

    static QList<Problem> validate(const Dataset &dataset);

    static bool isValidPartialDate(const QString &date);
    static const QStringList &actorKinds();
    static const QStringList &observationKinds();
    static const QStringList &assessmentKinds();
    static const QStringList &eventKinds();

private:
    static void checkRegionCycles(const Dataset &d, QList<Problem> &problems);
};

} // namespace gapscope
