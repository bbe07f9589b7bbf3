#pragma once

#include "domain/Dataset.h"
#include "io/ParseError.h"

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

    std::optional<Dataset> read(const QString &path);
    ParseError error() const { return m_error; }

private:
    bool fail(const QString &message, const QString &needle = {});

    QString m_path;
    QString m_text;
    ParseError m_error;
};

} // namespace gapscope
