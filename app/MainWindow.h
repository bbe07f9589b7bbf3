#pragma once

#include "domain/Dataset.h"

#include <QMainWindow>

class QTabWidget;
class QLabel;

namespace gapscope {

class ActorTableModel;
class AiModelTableModel;
class AssessmentMatrixModel;
class EventTableModel;
class ObservationTableModel;
class SwotModel;

// The application window: the workspace's records in tabs (observations, actors, AI models,
// events, comparison, SWOT), sortable, with the dataset version in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Dataset dataset, const QString &workspacePath, Language lang, QWidget *parent = nullptr);
    ~MainWindow() override;

    ObservationTableModel *observationModel() const { return m_observations; }
    // Tells the user something about the workspace without blocking the window.
    void showNotice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showAbout();

    Dataset m_dataset;
    QString m_workspacePath;
    Language m_language;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ObservationTableModel *m_observations = nullptr;
    ActorTableModel *m_actors = nullptr;
    AiModelTableModel *m_models = nullptr;
    EventTableModel *m_events = nullptr;
    AssessmentMatrixModel *m_assessments = nullptr;
    SwotModel *m_swot = nullptr;
};

} // namespace gapscope
