#include "DockLayout.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>

namespace gapscope {

namespace {

struct DockPlace
{
    const char *objectName;
    Qt::DockWidgetArea area;
};

// In the order of DockLayout::Panel.
constexpr DockPlace places[DockLayout::PanelCount] = {
    {"ChartDock", Qt::LeftDockWidgetArea},     {"TableDock", Qt::LeftDockWidgetArea},
    {"ComparisonDock", Qt::RightDockWidgetArea}, {"SwotDock", Qt::RightDockWidgetArea},
    {"TimelineDock", Qt::BottomDockWidgetArea}, {"ActorsDock", Qt::RightDockWidgetArea},
    {"DetailsDock", Qt::RightDockWidgetArea},  {"GapDock", Qt::LeftDockWidgetArea},
    {"MapDock", Qt::LeftDockWidgetArea},       {"ScatterDock", Qt::LeftDockWidgetArea},
    {"BubbleDock", Qt::LeftDockWidgetArea}};

} // namespace

DockLayout::DockLayout(QMainWindow *window) : QObject(window), m_window(window)
{
    window->setDockNestingEnabled(true);
    window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);
    for (const DockPlace &place : places) {
        auto *dock = new QDockWidget(window);
        dock->setObjectName(QLatin1String(place.objectName));
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                          | QDockWidget::DockWidgetClosable);
        window->addDockWidget(place.area, dock);
        m_docks.append(dock);
    }
    window->splitDockWidget(dock(Chart), dock(Table), Qt::Vertical);
    window->splitDockWidget(dock(Comparison), dock(Details), Qt::Vertical);
    window->tabifyDockWidget(dock(Comparison), dock(Swot));
    window->tabifyDockWidget(dock(Swot), dock(Actors));
    dock(Comparison)->raise();
    window->tabifyDockWidget(dock(Table), dock(Timeline));
    window->tabifyDockWidget(dock(Chart), dock(Gap));
    window->tabifyDockWidget(dock(Gap), dock(Map));
    window->tabifyDockWidget(dock(Map), dock(Scatter));
    window->tabifyDockWidget(dock(Scatter), dock(Bubble));
    dock(Chart)->raise();
    dock(Table)->raise();
    window->resizeDocks({dock(Chart), dock(Comparison)}, {760, 560}, Qt::Horizontal);
    window->resizeDocks({dock(Chart), dock(Table)}, {460, 300}, Qt::Vertical);
    window->resizeDocks({dock(Comparison), dock(Details)}, {520, 240}, Qt::Vertical);
    window->resize(1440, 900);
    m_default = window->saveState();
}

bool DockLayout::raise(const QString &name) const
{
    const QString objectName = name + QLatin1String("Dock");
    for (QDockWidget *d : m_docks) {
        if (d->objectName().compare(objectName, Qt::CaseInsensitive) == 0) {
            d->show();
            d->raise();
            return true;
        }
    }
    return false;
}

void DockLayout::reset()
{
    m_window->restoreState(m_default);
    for (QDockWidget *d : std::as_const(m_docks))
        d->show();
}

void DockLayout::retranslate()
{
    const QString titles[PanelCount] = {tr("Chart"),    tr("Observations"),      tr("Comparison"), tr("SWOT"),
                                        tr("Timeline"), tr("Actors and models"), tr("Details"),  tr("Gap"),
                                        tr("Map"),      tr("Models scatter"), tr("Bubbles")};
    for (int i = 0; i < PanelCount; ++i)
        m_docks[i]->setWindowTitle(titles[i]);

    // Qt names the buttons of docks and tab bars when it creates them and does not rename them when
    // the language changes: rename them from Qt's own catalogue (qtbase), under Qt's contexts.
    struct QtText
    {
        const char *objectName;
        const char *context;
        const char *name;
        const char *description;
    };
    static const QtText texts[] = {
        {"qt_dockwidget_floatbutton", "QDockWidget", "Float", "Undocks and re-attaches the dock widget"},
        {"qt_dockwidget_closebutton", "QDockWidget", "Close", "Closes the dock widget"},
        {"ScrollLeftButton", "QTabBar", "Scroll Left", nullptr},
        {"ScrollRightButton", "QTabBar", "Scroll Right", nullptr},
    };
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        for (const QtText &t : texts) {
            if (button->objectName() != QLatin1String(t.objectName))
                continue;
            button->setAccessibleName(QCoreApplication::translate(t.context, t.name));
            if (t.description)
                button->setAccessibleDescription(QCoreApplication::translate(t.context, t.description));
            if (!button->toolTip().isEmpty())
                button->setToolTip(QCoreApplication::translate(t.context, t.name));
        }
    }
}

} // namespace gapscope
