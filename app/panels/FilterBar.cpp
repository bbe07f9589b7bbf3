#include "FilterBar.h"

#include "CheckListPopup.h"
#include "CountryColors.h"
#include "DateRangePopup.h"
#include "cli/FilterParser.h"
#include "model/DatasetTableModel.h"
#include "domain/EntityKind.h"
#include "format/DateRangeText.h"
#include "format/DisplayText.h"
#include "model/ExplorerState.h"
#include "query/EmptyReason.h"
#include "query/ObservationQuery.h"

#include <QCollator>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace gapscope {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(color.darker(130));
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QToolButton *dropDown(CheckListPopup *popup, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(popup);
    menu->addAction(action);
    QObject::connect(menu, &QMenu::aboutToShow, popup, [popup] {
        // What was searched last time is selected, so that typing replaces it.
        popup->searchField()->setFocus();
        popup->searchField()->selectAll();
    });
    button->setMenu(menu);
    return button;
}

} // namespace

bool FilterBar::findYears()
{
    // The observations' years from the query, which keeps them as records change; the events
    // (a few hundred) are read here.
    int first = m_query->firstYear() ? m_query->firstYear() : 9999;
    int last = m_query->lastYear();
    for (const Event &e : m_dataset.events) {
        first = std::min(first, e.year());
        last = std::max(last, e.year());
    }
    if (last == 0 || (first == m_firstYear && last == m_lastYear))
        return false;
    m_firstYear = first;
    m_lastYear = last;
    return true;
}

void FilterBar::showYears()
{
    m_updating = true;
    for (QSpinBox *box : {m_from, m_to})
        box->setRange(m_firstYear, m_lastYear);
    m_updating = false;
    showFilter(m_state->filter());
    rebuildChips(m_state->filter());
}

void FilterBar::datasetChanged()
{
    findYears();
    showYears();
    // Entities an import added (of a kind the user named) join the lists.
    refillLists();
}

void FilterBar::refillLists()
{
    // Listed again, with the same items checked.
    m_updating = true;
    fillLists();
    m_countries->setChecked(m_state->filter().countries);
    m_dimensions->setChecked(m_state->filter().dimensions);
    m_kinds->setChecked(m_state->filter().entityKinds);
    m_updating = false;
    retranslateUi();
}

FilterBar::FilterBar(const ObservationQuery *query, ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_query(query), m_dataset(query->dataset()), m_state(state)
{
    findYears();
    m_countries = new CheckListPopup(this);
    m_dimensions = new CheckListPopup(this);
    m_kinds = new CheckListPopup(this);
    m_countryButton = dropDown(m_countries, this);
    m_kindButton = dropDown(m_kinds, this);
    m_dimensionButton = dropDown(m_dimensions, this);
    m_yearsLabel = new QLabel(this);
    m_from = new QSpinBox(this);
    m_to = new QSpinBox(this);
    for (QSpinBox *box : {m_from, m_to}) {
        box->setRange(m_firstYear, m_lastYear);
        box->setGroupSeparatorShown(false);
        box->setKeyboardTracking(false);
    }
    m_from->setValue(m_firstYear);
    m_to->setValue(m_lastYear);
    m_yearsLabel->setBuddy(m_from);
    m_dates = new DateRangePopup(this);
    m_datesButton = new QToolButton(this);
    m_datesButton->setPopupMode(QToolButton::InstantPopup);
    m_datesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    {
        auto *menu = new QMenu(m_datesButton);
        auto *action = new QWidgetAction(menu);
        action->setDefaultWidget(m_dates);
        menu->addAction(action);
        connect(menu, &QMenu::aboutToShow, m_dates, [this] { m_dates->fromEdit()->setFocus(); });
        m_datesButton->setMenu(menu);
    }
    m_play = new QToolButton(this);
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(700);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_reset = new QPushButton(this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_countryButton);
    controls->addWidget(m_kindButton);
    controls->addWidget(m_dimensionButton);
    controls->addSpacing(12);
    controls->addWidget(m_yearsLabel);
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(QStringLiteral("–"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_play);
    controls->addWidget(m_datesButton);
    controls->addSpacing(12);
    controls->addWidget(m_search, 1);
    controls->addWidget(m_reset);

    m_chips = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addLayout(controls);
    layout->addWidget(m_chips);

    fillLists();
    retranslateUi();

    connect(m_countries, &CheckListPopup::checkedChanged, this, &FilterBar::applyControls);
    connect(m_dimensions, &CheckListPopup::checkedChanged, this, &FilterBar::applyControls);
    connect(m_kinds, &CheckListPopup::checkedChanged, this, &FilterBar::applyControls);
    connect(m_from, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_to->value() < v)
            m_to->setValue(v);
        applyControls();
    });
    connect(m_to, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_from->value() > v)
            m_from->setValue(v);
        applyControls();
    });
    connect(m_dates, &DateRangePopup::rangeChosen, this, &FilterBar::applyDates);
    connect(m_dates, &DateRangePopup::wholeYearsChosen, this, [this] {
        Filter f = m_state->filter();
        f.monthFrom = f.dayFrom = f.monthTo = f.dayTo = 0;
        if (f.yearFrom == m_firstYear)
            f.yearFrom = 0;
        if (f.yearTo == m_lastYear)
            f.yearTo = 0;
        m_state->setFilter(f);
    });
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::applyControls);
    connect(m_reset, &QPushButton::clicked, this, &FilterBar::reset);
    connect(m_play, &QToolButton::clicked, this, &FilterBar::togglePlay);
    connect(m_playTimer, &QTimer::timeout, this, &FilterBar::stepPlay);
    connect(m_state, &ExplorerState::filterChanged, this, &FilterBar::showFilter);
    // An observation added, edited or removed may widen or narrow the years.
    connect(m_query, &ObservationQuery::changed, this, [this] {
        if (findYears())
            showYears();
    });
    showFilter(m_state->filter());
}

void FilterBar::fillLists()
{
    // Countries by their name in the interface language, in its collation (United Arab Emirates
    // among the U's, 대한민국 before 미국); each is found by its name in either language, its code
    // and its other names ("Korea, Republic of", "Türkiye"). The dimensions keep the dataset's
    // order, which follows the comparison's outline.
    const Language other = m_language == Language::Korean ? Language::English : Language::Korean;
    const QCollator collator = DatasetTableModel::collator(m_language);
    QList<const Country *> countries;
    for (const Country &c : m_dataset.countries)
        countries.append(&c);
    std::stable_sort(countries.begin(), countries.end(), [&](const Country *a, const Country *b) {
        return collator.compare(a->name.text(m_language), b->name.text(m_language)) < 0;
    });
    m_countries->clear();
    for (const Country *c : std::as_const(countries)) {
        m_countries->addItem(c->code, c->name.text(other), swatch(CountryColors::color(m_dataset, c->code)),
                             c->alternativeNames);
        m_countries->setItemText(c->code, c->name.text(m_language));
    }
    // Regions and aggregates (World, continents, income groups) after the countries, never
    // mixed in with them: their figures are not countries' sums.
    QList<std::pair<QString, const Region *>> regions;
    for (const Region &r : m_dataset.regions)
        regions.append({tr("%1 (region)").arg(r.name.text(m_language)), &r});
    std::stable_sort(regions.begin(), regions.end(),
                     [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[text, r] : std::as_const(regions)) {
        m_countries->addItem(r->code, r->name.text(other), swatch(CountryColors::color(m_dataset, r->code)),
                             r->alternativeNames);
        m_countries->setItemText(r->code, text);
    }
    // Then the entities of kinds the user named on import, with their kind: like regions, they
    // count for no country, so they are picked here ("Computer vision (Research domain)").
    for (const OtherEntity &e : m_dataset.otherEntities) {
        m_countries->addItem(e.id, e.name.text(other), swatch(CountryColors::color(m_dataset, e.id)));
        m_countries->setItemText(e.id, tr("%1 (%2)", "an entity and its kind").arg(e.name.text(m_language), e.kind.text(m_language)));
    }
    m_kinds->clear();
    for (EntityKind kind : allEntityKinds)
        m_kinds->addItem(entityKindId(kind), entityKindId(kind)); // named by retranslateUi()
    m_dimensions->clear();
    for (const Dimension &d : m_dataset.dimensions) {
        m_dimensions->addItem(d.id, d.label.text(other));
        m_dimensions->setItemText(d.id, d.label.text(m_language));
    }
}

void FilterBar::setLanguage(Language lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    refillLists(); // in the new language's order
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (interfaceLanguage() != m_language)
            setLanguage(interfaceLanguage()); // lists in the new language's order, and the texts
        else
            retranslateUi();
    }
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi()
{
    const Filter &f = m_state->filter();
    m_countryButton->setText(f.countries.isEmpty() ? tr("All countries")
                                                   : tr("Countries (%1)").arg(f.countries.size()));
    m_dimensionButton->setText(f.dimensions.isEmpty() ? tr("All dimensions")
                                                      : tr("Dimensions (%1)").arg(f.dimensions.size()));
    if (f.entityKinds.isEmpty())
        m_kindButton->setText(tr("Figures of every entity"));
    else if (f.entityKinds == Filter::defaultEntityKinds())
        m_kindButton->setText(tr("Figures of countries and regions"));
    else
        m_kindButton->setText(tr("Figures of: %1").arg(EmptyReason::entityKindNames(f)));
    m_kindButton->setToolTip(tr("Choose whose figures are shown: countries, regions, organisations, AI models "
                                "or compute clusters"));
    m_kindButton->setAccessibleName(tr("Kinds of entity"));
    m_kinds->setPlaceholderText(tr("Search kinds"));
    // The kinds' names follow the language; their ids stay checked.
    for (EntityKind kind : allEntityKinds)
        m_kinds->setItemText(entityKindId(kind), DisplayText::entityKinds(entityKindId(kind)));
    m_countryButton->setToolTip(tr("Choose the countries to compare"));
    m_dimensionButton->setToolTip(tr("Choose the dimensions of comparison"));
    m_countryButton->setAccessibleName(tr("Countries"));
    m_dimensionButton->setAccessibleName(tr("Dimensions"));
    m_countries->setPlaceholderText(tr("Search countries"));
    m_dimensions->setPlaceholderText(tr("Search dimensions"));
    m_yearsLabel->setText(tr("&Years"));
    m_from->setAccessibleName(tr("First year"));
    m_to->setAccessibleName(tr("Last year"));
    m_datesButton->setText(tr("Dates"));
    m_datesButton->setToolTip(tr("Narrow the range to months or days, where the data has them"));
    m_datesButton->setAccessibleName(tr("Dates to the month or the day"));
    m_play->setToolTip(tr("Play: step through the years"));
    m_play->setAccessibleName(tr("Play through the years"));
    m_search->setPlaceholderText(tr("Search names and texts (English or Korean)"));
    m_search->setAccessibleName(tr("Search"));
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Back to the default view: the United States, China and South Korea, every dimension and year"));
    rebuildChips(f);
}

void FilterBar::showFilter(const Filter &f)
{
    m_updating = true;
    m_countries->setChecked(f.countries);
    m_dimensions->setChecked(f.dimensions);
    m_kinds->setChecked(f.entityKinds);
    m_from->setValue(f.yearFrom ? f.yearFrom : m_firstYear);
    m_to->setValue(f.yearTo ? f.yearTo : m_lastYear);
    showDates(f);
    if (m_search->text() != f.text)
        m_search->setText(f.text);
    m_updating = false;
    retranslateUi();
}

void FilterBar::applyControls()
{
    if (m_updating)
        return;
    Filter f = m_state->filter();
    f.countries = m_countries->checked();
    f.dimensions = m_dimensions->checked();
    f.entityKinds = m_kinds->checked();
    // The full span is no restriction: records without a year stay visible. A bound's month and
    // day stay while its year box shows their year; another year is a whole year.
    if (m_from->value() != (f.yearFrom ? f.yearFrom : m_firstYear)) {
        f.yearFrom = m_from->value() == m_firstYear ? 0 : m_from->value();
        f.monthFrom = f.dayFrom = 0;
    }
    if (m_to->value() != (f.yearTo ? f.yearTo : m_lastYear)) {
        f.yearTo = m_to->value() == m_lastYear ? 0 : m_to->value();
        f.monthTo = f.dayTo = 0;
    }
    f.text = m_search->text();
    m_state->setFilter(f);
}

void FilterBar::showDates(const Filter &f)
{
    m_dates->setRange(f.yearFrom ? DisplayText::isoPeriod(f.yearFrom, f.monthFrom, f.dayFrom) : QString(),
                      f.yearTo ? DisplayText::isoPeriod(f.yearTo, f.monthTo, f.dayTo) : QString());
}

void FilterBar::applyDates(const QString &from, const QString &to)
{
    if (m_updating)
        return;
    // The popup checked both; an empty bound is open, and the data's own first or last year
    // as a whole year is no bound at all.
    Filter f = m_state->filter();
    f.yearFrom = f.monthFrom = f.dayFrom = f.yearTo = f.monthTo = f.dayTo = 0;
    if (!from.isEmpty())
        FilterParser::parseDate(from, &f.yearFrom, &f.monthFrom, &f.dayFrom);
    if (!to.isEmpty())
        FilterParser::parseDate(to, &f.yearTo, &f.monthTo, &f.dayTo);
    if (f.yearFrom == m_firstYear && f.monthFrom == 0)
        f.yearFrom = 0;
    if (f.yearTo == m_lastYear && f.monthTo == 0)
        f.yearTo = 0;
    m_state->setFilter(f);
}

void FilterBar::reset()
{
    m_playTimer->stop();
    m_play->setChecked(false);
    m_state->setFilter(Filter::defaultView());
}

void FilterBar::togglePlay()
{
    if (m_playTimer->isActive()) {
        m_playTimer->stop();
        m_play->setChecked(false);
        m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        return;
    }
    // The range grows a year at a time from its first year to its last.
    m_playEnd = m_to->value();
    if (m_playEnd <= m_from->value())
        m_playEnd = m_lastYear;
    m_to->setValue(m_from->value());
    m_play->setChecked(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_playTimer->start();
}

void FilterBar::stepPlay()
{
    if (m_to->value() >= m_playEnd) {
        togglePlay();
        return;
    }
    m_to->setValue(m_to->value() + 1);
}

void FilterBar::rebuildChips(const Filter &f)
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem *item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    int position = 0;
    auto chip = [&](const QString &text, const QIcon &icon, auto remove) {
        auto *button = new QToolButton(m_chips);
        button->setText(text + QStringLiteral("  ×"));
        button->setIcon(icon);
        button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->setToolTip(tr("Remove this filter"));
        button->setAccessibleName(tr("Remove filter %1").arg(text));
        connect(button, &QToolButton::clicked, this, [this, remove] {
            Filter changed = m_state->filter();
            remove(changed);
            // Deferred: the chip that was clicked is deleted when the chips are rebuilt.
            QTimer::singleShot(0, this, [this, changed] { m_state->setFilter(changed); });
        });
        m_chipLayout->insertWidget(position++, button);
    };
    for (const Country &c : m_dataset.countries) {
        if (f.countries.contains(c.code))
            chip(c.name.text(m_language), swatch(CountryColors::color(m_dataset, c.code)),
                 [code = c.code](Filter &g) { g.countries.remove(code); });
    }
    for (const Region &r : m_dataset.regions) {
        if (f.countries.contains(r.code))
            chip(r.name.text(m_language), swatch(CountryColors::color(m_dataset, r.code)),
                 [code = r.code](Filter &g) { g.countries.remove(code); });
    }
    for (const OtherEntity &e : m_dataset.otherEntities) {
        if (f.countries.contains(e.id))
            chip(e.name.text(m_language), swatch(CountryColors::color(m_dataset, e.id)),
                 [id = e.id](Filter &g) { g.countries.remove(id); });
    }
    if (f.entityKinds != Filter::defaultEntityKinds())
        chip(f.entityKinds.isEmpty() ? tr("Every kind of entity") : EmptyReason::entityKindNames(f), QIcon(),
             [](Filter &g) { g.entityKinds = Filter::defaultEntityKinds(); });
    for (const Dimension &d : m_dataset.dimensions) {
        if (f.dimensions.contains(d.id))
            chip(d.label.text(m_language), QIcon(), [id = d.id](Filter &g) { g.dimensions.remove(id); });
    }
    if (f.yearFrom || f.yearTo)
        chip(DateRangeText::of(f, m_language, m_firstYear, m_lastYear), QIcon(),
             [](Filter &g) { g.yearFrom = g.yearTo = g.monthFrom = g.dayFrom = g.monthTo = g.dayTo = 0; });
    if (!f.text.trimmed().isEmpty())
        chip(tr("“%1”").arg(f.text.trimmed()), QIcon(), [](Filter &g) { g.text.clear(); });
    if (!f.focus.isEmpty())
        chip(tr("Narrowed to %1").arg(f.focus.name.text(m_language)), QIcon(), [](Filter &g) { g.focus = {}; });
    m_chips->setVisible(position > 0);
}

} // namespace gapscope
