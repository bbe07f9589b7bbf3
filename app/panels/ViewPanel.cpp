#include "ViewPanel.h"

#include "Settings.h"

namespace gapscope {

void ViewPanel::restoreSettings()
{
    if (const auto view = Settings::panelChoices(viewPanel()))
        applyView(*view);
}

void ViewPanel::saveSettings() const
{
    SavedView view;
    view.panel = viewPanel();
    writeView(view);
    Settings::setPanelChoices(view);
}

} // namespace gapscope
