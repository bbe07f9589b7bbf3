#pragma once

#include "OpenedWorkspace.h"

#include <future>

namespace gapscope {

class LanguageManager;
class MainWindow;

// Opens a workspace in a new window: reads it (the first one in a thread of its own while the
// interface starts), says in the user's language when it cannot be opened, and tells the window
// what reading found: read-only, observations still to be read, an update to the bundled dataset
// or why it was not updated.
class WorkspaceOpener
{
public:
    // Starts reading `path` in a thread of its own; the next open() takes what it read.
    void readInBackground(const QString &path);
    // A window on `path`, shown; none, after a message box, when the workspace cannot be opened.
    MainWindow *open(const QString &path, LanguageManager *languages);

private:
    // `path` as read: by the first reading when it serves, else now.
    OpenedWorkspace read(const QString &path);

    std::future<OpenedWorkspace> m_firstRead;
};

} // namespace gapscope
