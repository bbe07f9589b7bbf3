#pragma once

#include "ViewPanel.h"
#include "domain/Dataset.h"
#include "gap/GapMethod.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;

namespace gapscope {

class ChartArea;
class ExplorerState;
class GapTableModel;
class UpdateWhenShown;
class ObservationQuery;

// How far behind, in time and size: an indicator, a leader and followers (the United States
// leading China and South Korea at first), the filter's years. A chart of both gaps over time
// with the published estimates of a gap as marked points, the table of dates, values and gaps,
// the method in a short paragraph, and the published estimates with their sources under it.
// The method (running maximum or values as observed) follows the indicator until the user picks
// one; the label says which is used.
class GapPanel : public ViewPanel
{
    Q_OBJECT

public:
    GapPanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent = nullptr);

    QString indicator() const;
    void setIndicator(const QString &id);
    QString leader() const;
    void setLeader(const QString &code);
    QStringList followers() const;
    void setFollowers(const QStringList &codes);
    GapMethod method() const;
    void setMethod(GapMethod method);
    void setLanguage(Language lang) override;
    // Takes a gap view's indicator, leader, followers and method (each left as it is when the
    // view leaves it empty).
    void applyView(const SavedView &view) override;
    // The indicator, leader, followers (without the leader) and the method picked, if any.
    void writeView(SavedView &view) const override;
    // The choices of the last session (Settings), and saving them.
    void restoreSettings() override;
    void saveSettings() const override;
    // Writes the table (every follower and date, with sources) to `path`: JSON when it ends in
    // .json, CSV (RFC 4180, UTF-8) otherwise, in the interface language. False, with
    // errorString(), when it cannot be written; nothing is left half written.
    bool exportTable(const QString &path);
    QString errorString() const { return m_error; }
    // Why nothing is measured (no indicator, no follower, no value in the filter), or nothing.
    QString emptyMessage() const override;
    // The method as the panel states it, its paragraph, and the published estimates shown: the
    // texts under the chart, for slides.
    QStringList explanation() const;
    // The sources of what the gaps are measured on: the leader's observations (any date: a time
    // gap looks back) and the followers' in the filter's years, and of the published estimates.
    QSet<QString> sourceIds() const override;
    // The method the user picked, or nothing when the panel follows the indicator's default.
    std::optional<GapMethod> chosenMethod() const { return m_chosenMethod; }

    QComboBox *indicatorPicker() const { return m_indicator; }
    QComboBox *leaderPicker() const { return m_leader; }
    QToolButton *followerButton() const { return m_followerButton; }
    QComboBox *methodPicker() const { return m_method; }
    QLabel *methodLabel() const { return m_methodLabel; }
    QLabel *methodParagraph() const { return m_paragraph; }
    QLabel *referencesLabel() const { return m_references; }
    QTableView *table() const { return m_table; }
    GapTableModel *model() const { return m_model; }
    QChart *chart() const { return m_chart; }
    // The observations drawn as published estimates (positions in the dataset).
    const QList<int> &references() const { return m_referenceRecords; }

protected:
    SavedView::Panel viewPanel() const override { return SavedView::Panel::Gap; }
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillIndicators();
    void fillCountries();
    // Measures the gaps anew and shows them.
    void rebuild();
    // Shows the gaps last measured, in the panel's language: chart, message and texts.
    void showResults();
    void updateFollowerButton();
    void chooseExportFile();

    const Dataset &m_dataset;
    const ObservationQuery *m_query;
    ExplorerState *m_state;
    Language m_language = Language::English;

    QComboBox *m_indicator = nullptr;
    QComboBox *m_leader = nullptr;
    QToolButton *m_followerButton = nullptr;
    QMenu *m_followerMenu = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_indicatorLabel = nullptr;
    QLabel *m_leaderLabel = nullptr;
    QLabel *m_followerLabel = nullptr;
    QLabel *m_methodLabel = nullptr;
    QLabel *m_paragraph = nullptr;
    QLabel *m_references = nullptr;
    ChartArea *m_area = nullptr;
    QChart *m_chart = nullptr; // the area's
    QTableView *m_table = nullptr;
    GapTableModel *m_model = nullptr;
    UpdateWhenShown *m_update = nullptr; // figures and lists anew, now or when next shown

    QString m_wantedIndicator;
    QString m_wantedLeader = QStringLiteral("USA");
    QStringList m_wantedFollowers{QStringLiteral("CHN"), QStringLiteral("KOR")};
    std::optional<GapMethod> m_chosenMethod; // none: the indicator's default
    QList<int> m_referenceRecords;
    bool m_filling = false;
    QString m_error;
    QAction *m_exportAction = nullptr;
};

} // namespace gapscope
