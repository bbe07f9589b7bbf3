#pragma once

#include "domain/Dataset.h"
#include "model/ExplorerState.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListView;

namespace gapscope {

class SwotModel;

// The SWOT grid (strengths, weaknesses, opportunities, threats) of one country, or of two side by
// side, picked among the filtered countries that have one; items follow the dimension and year
// filter and carry their dimension as a tag.
class SwotPanel : public QWidget
{
    Q_OBJECT

public:
    SwotPanel(const Dataset &dataset, ExplorerState *state, QWidget *parent = nullptr);

    void setLanguage(Language lang);
    // The countries shown, in order, and the items in a quadrant of one of them.
    QStringList countries() const { return m_countries; }
    // The countries that can be picked: filtered and with SWOT items.
    QStringList available() const { return m_available; }
    // Shows `first`, and `second` beside it unless it is empty.
    void showCountries(const QString &first, const QString &second = QString());
    QComboBox *firstPicker() const { return m_first; }
    // Hides the country pickers, for pictures of the panel.
    void setPickersShown(bool shown);
    QComboBox *secondPicker() const { return m_second; }
    int itemCount(const QString &country, QChar quadrant) const;
    QString emptyMessage() const;
    // SWOT items were added, edited or removed: shown again.
    void recordsChanged() { rebuild(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillPickers();
    void buildGrids();

    const Dataset &m_dataset;
    ExplorerState *m_state;
    Language m_language = interfaceLanguage(); // followed in changeEvent()
    QHBoxLayout *m_grids = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_firstLabel = nullptr;
    QLabel *m_secondLabel = nullptr;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QWidget *m_pickers = nullptr;
    bool m_pickersShown = true;
    QString m_wantFirst = QStringLiteral("KOR"); // the user's picks, kept while the filter changes
    QString m_wantSecond;
    QStringList m_available;
    QStringList m_countries;
    QList<SwotModel *> m_models;
};

} // namespace gapscope
