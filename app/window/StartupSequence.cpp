#include "StartupSequence.h"

#include "FirstPaintProbe.h"

#include <QDockWidget>
#include <QTimer>

namespace gapscope {

StartupSequence::StartupSequence(QWidget *window) : QObject(window), m_window(window) { }

void StartupSequence::addStep(QDockWidget *dock, Builder build)
{
    m_steps.append({dock, std::move(build)});
}

void StartupSequence::runWhole()
{
    m_stage = Stage::Building;
    emit painted();
    while (!m_steps.isEmpty())
        buildOne();
}

void StartupSequence::runAfterFirstPaint()
{
    auto *probe = new FirstPaintProbe(m_window);
    connect(probe, &FirstPaintProbe::painted, this, [this, probe] {
        probe->deleteLater();
        afterFirstPaint();
    });
    QTimer::singleShot(2000, this, &StartupSequence::afterFirstPaint);
}

void StartupSequence::afterFirstPaint()
{
    if (m_stage != Stage::Frame)
        return;
    m_stage = Stage::Building;
    emit painted();
    buildNext();
}

void StartupSequence::buildOne()
{
    const auto step = m_steps.takeFirst();
    place(step.first, step.second());
}

void StartupSequence::buildNext()
{
    // Built in one turn, put into its dock (shown, polished and laid out) in the next: a panel
    // of several tables (the actors') takes two short waits, not one long one.
    const auto step = m_steps.takeFirst();
    QDockWidget *dock = step.first;
    QWidget *panel = step.second();
    QTimer::singleShot(0, this, [this, dock, panel] {
        place(dock, panel);
        if (!m_steps.isEmpty())
            QTimer::singleShot(0, this, &StartupSequence::buildNext);
    });
}

void StartupSequence::place(QDockWidget *dock, QWidget *panel)
{
    if (dock)
        dock->setWidget(panel);
    if (m_steps.isEmpty()) {
        m_stage = Stage::Whole;
        emit whole();
    }
}

} // namespace gapscope
