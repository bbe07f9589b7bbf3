#pragma once

#include "SavedView.h"

#include <QCoreApplication>
#include <optional>

namespace gapscope {

// Reads and writes views as files (.gapview, a JSON object) and checks views read from JSON. A
// call that fails returns nothing (or false) and leaves errorString() naming the file and the
// field at fault; one that succeeds clears it.
class ViewFile
{
    Q_DECLARE_TR_FUNCTIONS(ViewFile)

public:
    std::optional<SavedView> read(const QString &path);
    bool write(const QString &path, const SavedView &view);
    // A view from its JSON object, every field checked.
    std::optional<SavedView> parse(const QJsonObject &json);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace gapscope
