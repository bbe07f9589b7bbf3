#include "SwotPanel.h"

#include "CountryColors.h"
#include "SwotItemDelegate.h"
#include "format/DisplayText.h"
#include "model/Roles.h"
#include "model/SwotModel.h"
#include "query/EmptyReason.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gapscope {

SwotPanel::SwotPanel(const Dataset &dataset, ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_dataset(dataset), m_state(state)
{
    m_first = new QComboBox(this);
    m_second = new QComboBox(this);
    m_firstLabel = new QLabel(this);
    m_firstLabel->setBuddy(m_first);
    m_secondLabel = new QLabel(this);
    m_secondLabel->setBuddy(m_second);
    m_pickers = new QWidget(this);
    auto *pickers = new QHBoxLayout(m_pickers);
    pickers->setContentsMargins(4, 4, 4, 0);
    pickers->addWidget(m_firstLabel);
    pickers->addWidget(m_first);
    pickers->addSpacing(12);
    pickers->addWidget(m_secondLabel);
    pickers->addWidget(m_second);
    pickers->addStretch(1);

    auto *content = new QWidget;
    m_grids = new QHBoxLayout(content);
    m_grids->setContentsMargins(4, 4, 4, 4);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pickers);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);

    connect(m_first, &QComboBox::activated, this, [this] {
        m_wantFirst = m_first->currentData().toString();
        if (m_wantSecond == m_wantFirst)
            m_wantSecond.clear();
        rebuild();
    });
    connect(m_second, &QComboBox::activated, this, [this] {
        m_wantSecond = m_second->currentData().toString();
        rebuild();
    });
    connect(m_state, &ExplorerState::filterChanged, this, &SwotPanel::rebuild);
    // A country selected in another panel becomes the one shown here.
    connect(m_state, &ExplorerState::selectionChanged, this, [this](const ExplorerState::Selection &sel) {
        if (sel.kind == ExplorerState::Kind::Country && m_available.contains(sel.id) && !m_countries.contains(sel.id))
            showCountries(sel.id, m_wantSecond == sel.id ? QString() : m_wantSecond);
    });
    rebuild();
}

void SwotPanel::setPickersShown(bool shown)
{
    m_pickersShown = shown;
    m_pickers->setVisible(m_pickersShown && !m_available.isEmpty());
}

void SwotPanel::showCountries(const QString &first, const QString &second)
{
    m_wantFirst = first;
    m_wantSecond = second == first ? QString() : second;
    rebuild();
}

void SwotPanel::setLanguage(Language lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    rebuild();
}

void SwotPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_language = interfaceLanguage();
        rebuild();
    }
    QWidget::changeEvent(event);
}

int SwotPanel::itemCount(const QString &country, QChar quadrant) const
{
    const qsizetype i = m_countries.indexOf(country);
    if (i < 0)
        return 0;
    return m_models.at(i)->rowCount(m_models.at(i)->quadrantIndex(quadrant));
}

QString SwotPanel::emptyMessage() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

void SwotPanel::rebuild()
{
    const Filter &f = m_state->filter();
    // The countries that have SWOT items: those filtered, or every one when none is. Korea first:
    // the SWOT the articles are about.
    m_available.clear();
    for (const Country &c : m_dataset.countries) {
        if (!f.acceptsCountry(c.code))
            continue;
        for (const SwotItem &s : m_dataset.swot) {
            if (s.country == c.code) {
                m_available.append(c.code);
                break;
            }
        }
    }
    if (m_available.removeOne(QStringLiteral("KOR")))
        m_available.prepend(QStringLiteral("KOR"));

    m_countries.clear();
    if (!m_available.isEmpty()) {
        m_countries.append(m_available.contains(m_wantFirst) ? m_wantFirst : m_available.constFirst());
        if (!m_wantSecond.isEmpty() && m_wantSecond != m_countries.constFirst() && m_available.contains(m_wantSecond))
            m_countries.append(m_wantSecond);
    }
    fillPickers();
    buildGrids();
}

void SwotPanel::fillPickers()
{
    m_firstLabel->setText(tr("&Country:"));
    m_secondLabel->setText(tr("Side &by side with:"));
    m_first->setAccessibleName(tr("Country of the SWOT analysis"));
    m_second->setAccessibleName(tr("Country shown side by side"));
    const QSignalBlocker b1(m_first);
    const QSignalBlocker b2(m_second);
    m_first->clear();
    m_second->clear();
    m_second->addItem(tr("(none)"), QString());
    for (const QString &code : std::as_const(m_available)) {
        const QString name = DisplayText::country(m_dataset, code, m_language);
        m_first->addItem(name, code);
        if (code != m_countries.value(0))
            m_second->addItem(name, code);
    }
    m_first->setCurrentIndex(std::max(0, m_first->findData(m_countries.value(0))));
    m_second->setCurrentIndex(std::max(0, m_second->findData(m_countries.value(1))));
    m_pickers->setVisible(m_pickersShown && !m_available.isEmpty());
}

void SwotPanel::buildGrids()
{
    while (QLayoutItem *item = m_grids->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_models);
    m_models.clear();

    const Filter &f = m_state->filter();
    for (const QString &code : std::as_const(m_countries)) {
        auto *model = new SwotModel(this);
        model->setLanguage(m_language);
        model->setDataset(&m_dataset);
        Filter own = f;
        own.countries = {code};
        model->setFilter(own);
        m_models.append(model);

        auto *box = new QGroupBox(DisplayText::country(m_dataset, code, m_language));
        box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; color: %1; }")
                               .arg(CountryColors::color(m_dataset, code).darker(140).name()));
        auto *grid = new QGridLayout(box);
        for (int q = 0; q < 4; ++q) {
            const QChar quadrant = SwotModel::quadrants[q];
            auto *cell = new QVBoxLayout;
            auto *title = new QLabel(QStringLiteral("<b>%1</b> (%2)")
                                         .arg(DisplayText::quadrant(quadrant))
                                         .arg(model->rowCount(model->quadrantIndex(quadrant))));
            auto *list = new QListView;
            list->setModel(model);
            list->setRootIndex(model->quadrantIndex(quadrant));
            list->setWordWrap(true);
            list->setItemDelegate(new SwotItemDelegate(list));
            list->setResizeMode(QListView::Adjust);
            list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
            list->setAlternatingRowColors(true);
            list->setAccessibleName(tr("%1 of %2").arg(DisplayText::quadrant(quadrant),
                                                       DisplayText::country(m_dataset, code, m_language)));
            connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
                if (i.isValid())
                    m_state->select(ExplorerState::Kind::Swot, i.data(IdRole).toString());
            });
            cell->addWidget(title);
            cell->addWidget(list);
            grid->addLayout(cell, q / 2, q % 2);
        }
        m_grids->addWidget(box, 1);
    }
    int shown = 0;
    for (const SwotModel *model : std::as_const(m_models)) {
        for (const QChar quadrant : SwotModel::quadrants)
            shown += model->rowCount(model->quadrantIndex(quadrant));
    }
    m_empty->setVisible(shown == 0);
    if (shown > 0)
        return;
    if (m_countries.isEmpty()) {
        // No filtered country has a SWOT analysis: the countries are to blame, whatever the rest.
        const Filter countries = EmptyReason::only(f, EmptyReason::Countries);
        const EmptyReason reason = EmptyReason::find(m_dataset, countries, ExplorerState::Kind::Swot);
        m_empty->setText(tr("No SWOT analysis for the filtered countries. The sources give one for Korea, "
                            "and strengths and constraints for the United States and China.")
                         + (reason.noRecords() ? QString() : QLatin1Char(' ') + reason.text(m_dataset, countries, m_language)));
        return;
    }
    // The countries shown have items, but the years, dimensions or search leave none of them.
    Filter own = f;
    own.countries = QSet<QString>(m_countries.cbegin(), m_countries.cend());
    QStringList names;
    for (const QString &code : std::as_const(m_countries))
        names.append(DisplayText::country(m_dataset, code, m_language));
    m_empty->setText(tr("No SWOT items of %1 for this filter.").arg(names.join(QStringLiteral(", "))) + QLatin1Char(' ')
                     + EmptyReason::find(m_dataset, own, ExplorerState::Kind::Swot).text(m_dataset, own, m_language));
}

} // namespace gapscope
