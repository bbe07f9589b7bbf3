#pragma once

#include "domain/Dataset.h"
#include "store/DatasetUpdate.h"

#include <QString>

#include <optional>

namespace gapscope {

// A workspace as read before its window opens: everything but, for large ones, the observations.
struct OpenedWorkspace
{
    // Reads in the calling thread, with a Store (and database connection) of its own that is gone
    // when it returns.
    static OpenedWorkspace read(const QString &path);

    QString path;
    std::optional<Dataset> dataset;
    bool background = false; // the observations are still to be read
    bool readOnly = false;
    std::optional<DatasetUpdate> update;
    QString updateError;
    QString error;
};

} // namespace gapscope
