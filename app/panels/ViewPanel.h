#pragma once

#include "domain/Language.h"
#include "view/SavedView.h"

#include <QSet>
#include <QString>
#include <QWidget>

namespace gapscope {

// A panel whose choices a view keeps (the Gap panel, the map, the models scatter, the bubble
// chart): it shows what a view says of it, writes its choices into a view, names the sources of
// what it shows or says why it shows nothing, and keeps its choices between runs.
class ViewPanel : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setLanguage(Language lang) = 0;
    // Shows what `view` says of this panel.
    virtual void applyView(const SavedView &view) = 0;
    // Writes this panel's choices into `view`, as applyView() reads them.
    virtual void writeView(SavedView &view) const = 0;
    // The sources of what the panel shows.
    virtual QSet<QString> sourceIds() const = 0;
    // The message shown instead of the panel's picture, empty when it shows.
    virtual QString emptyMessage() const = 0;
    // The choices of the last session (Settings), and keeping them for the next.
    virtual void restoreSettings();
    virtual void saveSettings() const;

signals:
    // A choice the panel keeps changed.
    void settingsChanged();

protected:
    // The panel, as views name it.
    virtual SavedView::Panel viewPanel() const = 0;
};

} // namespace gapscope
