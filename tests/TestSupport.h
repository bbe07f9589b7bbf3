#pragma once

#include "store/DatasetReader.h"

#include <QTest>

namespace gapscope::test {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(GAPSCOPE_TEST_DATA_DIR "/") + relative;
}

// The small fixture dataset in tests/data/mini: a real slice of the seed articles and the
// CSET series for USA, CHN and KOR.
inline Dataset miniDataset()
{
    DatasetReader reader;
    auto d = reader.read(dataPath(QStringLiteral("mini/gapscope.json")));
    if (!d)
        qFatal("the mini fixture does not load: %s", qPrintable(reader.error().toString()));
    return *d;
}

} // namespace gapscope::test
