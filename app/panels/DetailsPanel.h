#pragma once

#include "domain/Dataset.h"
#include "model/ExplorerState.h"

#include <QWidget>

class QTextBrowser;

namespace gapscope {

// Whatever is selected in any panel, in full: its text in the current language (and the other
// one), its figures with units, and its source with document, section, date, licence and link.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    DetailsPanel(const Dataset &dataset, ExplorerState *state, QWidget *parent = nullptr);

    void setLanguage(Language lang);
    // The records changed (an edit, its undo or redo, an import): shows the selected one anew.
    void recordsChanged() { refresh(); }
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString sourceHtml(const QString &id) const;
    QString bothLanguages(const LocalizedText &text) const;
    // What Epoch AI's database says of `m`, with its source; empty when it does not have it.
    QString epochHtml(const AiModel &m) const;
    // A compute cluster in full, with its source and, for a Chinese one, Epoch's caveat.
    QString clusterHtml(const ComputeCluster &c) const;

    const Dataset &m_dataset;
    ExplorerState *m_state;
    Language m_language = interfaceLanguage(); // followed in changeEvent()
    QTextBrowser *m_browser = nullptr;
};

} // namespace gapscope
