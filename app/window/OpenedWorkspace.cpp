#include "OpenedWorkspace.h"

#include "store/Store.h"

namespace gapscope {

OpenedWorkspace OpenedWorkspace::read(const QString &path)
{
    OpenedWorkspace w;
    w.path = path;
    Store store;
    // A large workspace shows its window first and reads its observations in the background;
    // a small one is read at once, so that its window never shows it half.
    if (store.open(path)) {
        const std::optional<bool> large = store.isLarge();
        w.background = large && *large;
        if (large)
            w.dataset = w.background ? store.loadWithoutObservations() : store.load();
    }
    if (!w.dataset)
        w.error = store.errorString();
    w.readOnly = store.isReadOnly();
    w.update = store.lastUpdate();
    w.updateError = store.updateError();
    return w;
}

} // namespace gapscope
