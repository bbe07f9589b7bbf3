#pragma once

#include <QString>

namespace gapscope {

class LanguageManager;
class MainWindow;
class WorkspaceOpener;

// The explorer's windows, one per workspace: File ▸ New/Open workspace closes a window and opens
// the next (the one closed again when the next cannot be opened), the program quits when the
// last has gone, and the windows still open when it ends go before the language manager they use.
class WindowLifecycle
{
public:
    WindowLifecycle(WorkspaceOpener *opener, LanguageManager *languages);
    ~WindowLifecycle();
    WindowLifecycle(const WindowLifecycle &) = delete;
    WindowLifecycle &operator=(const WindowLifecycle &) = delete;

    // A window on `path`, deleted when it closes; none when the workspace cannot be opened.
    MainWindow *open(const QString &path);

private:
    WorkspaceOpener *m_opener;
    LanguageManager *m_languages;
};

} // namespace gapscope
