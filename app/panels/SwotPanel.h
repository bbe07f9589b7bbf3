#pragma once

#include "domain/Dataset.h"
#include "model/ExplorerState.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;

namespace gapscope {

class SwotModel;

// The SWOT grid (strengths, weaknesses, opportunities, threats) of each filtered country that has
// one, side by side; items follow the dimension and year filter and carry their dimension.
class SwotPanel : public QWidget
{
    Q_OBJECT

public:
    SwotPanel(const Dataset &dataset, ExplorerState *state, QWidget *parent = nullptr);

    void setLanguage(Language lang);
    // The countries shown, in order, and the items in a quadrant of one of them.
    QStringList countries() const { return m_countries; }
    int itemCount(const QString &country, QChar quadrant) const;
    QString emptyMessage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    const Dataset &m_dataset;
    ExplorerState *m_state;
    Language m_language = Language::English;
    QHBoxLayout *m_grids = nullptr;
    QLabel *m_empty = nullptr;
    QStringList m_countries;
    QList<SwotModel *> m_models;
};

} // namespace gapscope
