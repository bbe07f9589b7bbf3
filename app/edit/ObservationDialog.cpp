#include "ObservationDialog.h"

#include "format/DisplayText.h"
#include "io/DatePrecisionCheck.h"
#include "query/Filter.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace gapscope {

namespace {

// The entities of `kind`, (id, name in `lang`), in the order of their names.
QList<std::pair<QString, QString>> entitiesOf(const Dataset &d, EntityKind kind, Language lang)
{
    QList<std::pair<QString, QString>> out;
    const auto add = [&](const auto &list, auto key) {
        for (const auto &item : list)
            out.append({key(item), item.name.text(lang)});
    };
    const auto byId = [](const auto &item) { return item.id; };
    const auto byCode = [](const auto &item) { return item.code; };
    switch (kind) {
    case EntityKind::Country:
        add(d.countries, byCode);
        break;
    case EntityKind::Region:
        add(d.regions, byCode);
        break;
    case EntityKind::Organisation:
        add(d.actors, byId);
        break;
    case EntityKind::Model:
        add(d.models, byId);
        break;
    case EntityKind::Cluster:
        add(d.clusters, byId);
        break;
    case EntityKind::Other:
        for (const OtherEntity &e : d.otherEntities)
            out.append({e.id, QStringLiteral("%1 · %2").arg(e.name.text(lang), e.kind.text(lang))});
        break;
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return out;
}

} // namespace

ObservationDialog::ObservationDialog(const Dataset &dataset, const Observation *original, Language lang, QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_language(lang)
{
    setObjectName(QStringLiteral("ObservationDialog"));
    setWindowTitle(original ? tr("Edit observation") : tr("Add observation"));
    setMinimumWidth(600);
    m_indicator = new QComboBox(this);
    for (const Indicator &i : dataset.indicators)
        m_indicator->addItem(i.name.text(lang), i.id);
    m_entityKind = new QComboBox(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    m_entity = new QComboBox(this);
    m_year = new QSpinBox(this);
    m_year->setRange(1800, 2200);
    m_year->setValue(2025);
    m_month = new QSpinBox(this);
    m_month->setRange(0, 12);
    m_month->setSpecialValueText(tr("not known"));
    m_day = new QSpinBox(this);
    m_day->setRange(0, 31);
    m_day->setSpecialValueText(tr("not known"));
    m_value = new QLineEdit(this);
    m_unit = new QLabel(this);
    m_kind = new QComboBox(this);
    for (const char *k : {"measured", "estimate", "projection", "target"})
        m_kind->addItem(DisplayText::observationKind(QString::fromLatin1(k)), QString::fromLatin1(k));
    m_source = new QComboBox(this);
    m_source->addItem(tr("(choose a source)"), QString());
    for (const Source &s : dataset.sources)
        m_source->addItem(DisplayText::source(dataset, s.id, lang), s.id);
    // Long names (a source's title, a model's) do not widen the dialog: the lists show them whole.
    for (QComboBox *box : {m_indicator, m_entity, m_source}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(40);
        box->view()->setTextElideMode(Qt::ElideNone);
    }
    m_unit->setWordWrap(true);
    m_noteEn = new QLineEdit(this);
    m_noteKo = new QLineEdit(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_unit);
    auto *form = new QFormLayout;
    form->addRow(tr("&Indicator:"), m_indicator);
    form->addRow(tr("Entity &type:"), m_entityKind);
    form->addRow(tr("Searc&h:"), m_search);
    form->addRow(tr("E&ntity:"), m_entity);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Month:"), m_month);
    form->addRow(tr("&Day:"), m_day);
    // A row holding a layout gets no buddy from QFormLayout, and a label without one shows its
    // "&" as it is: the value field is the buddy.
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Note (&English):"), m_noteEn);
    form->addRow(tr("Note (&Korean):"), m_noteKo);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    setEntityKinds(Filter::defaultEntityKinds());
    if (original) {
        m_id = original->id;
        m_indicator->setCurrentIndex(m_indicator->findData(original->indicator));
        setEntity(original->country);
        m_year->setValue(original->year);
        m_month->setValue(original->month);
        m_day->setValue(original->day);
        m_value->setText(QString::number(original->value, 'g', 15));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(original->kind)));
        m_source->setCurrentIndex(std::max(0, m_source->findData(original->source)));
        m_noteEn->setText(original->note.en);
        m_noteKo->setText(original->note.ko);
    }
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &ObservationDialog::validate);
    connect(m_entityKind, &QComboBox::currentIndexChanged, this, &ObservationDialog::fillEntities);
    connect(m_search, &QLineEdit::textChanged, this, &ObservationDialog::fillEntities);
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        if (m_entity->currentIndex() >= 0)
            m_entityId = m_entity->currentData().toString();
        validate();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &ObservationDialog::validate);
    for (QSpinBox *field : {m_year, m_month, m_day})
        connect(field, &QSpinBox::valueChanged, this, &ObservationDialog::validate);
    connect(m_value, &QLineEdit::textChanged, this, &ObservationDialog::validate);
    validate();
}

void ObservationDialog::setEntityKinds(const QSet<QString> &kinds)
{
    const QString picked = m_entityKind->currentData().toString();
    const auto kindOfEntity = m_dataset.entityKind(m_entityId);
    const QSignalBlocker blocker(m_entityKind);
    m_entityKind->clear();
    for (EntityKind kind : allEntityKinds) {
        const QString id = entityKindId(kind);
        if (kinds.contains(id) || kindOfEntity == kind)
            m_entityKind->addItem(DisplayText::entityKind(id), id);
    }
    m_entityKind->setCurrentIndex(std::max(0, m_entityKind->findData(picked)));
    fillEntities();
}

void ObservationDialog::setEntity(const QString &id)
{
    const auto kind = m_dataset.entityKind(id);
    if (!kind)
        return;
    const QString kindId = entityKindId(*kind);
    if (m_entityKind->findData(kindId) < 0) {
        QSet<QString> kinds;
        for (int i = 0; i < m_entityKind->count(); ++i)
            kinds.insert(m_entityKind->itemData(i).toString());
        kinds.insert(kindId);
        setEntityKinds(kinds);
    }
    m_entityId = id;
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    const int index = m_entityKind->findData(kindId);
    if (index == m_entityKind->currentIndex())
        fillEntities();
    else
        m_entityKind->setCurrentIndex(index); // fills the list
}

void ObservationDialog::fillEntities()
{
    const auto kind = entityKindFromId(m_entityKind->currentData().toString());
    const QString search = m_search->text().trimmed();
    {
        const QSignalBlocker blocker(m_entity);
        m_entity->clear();
        if (kind) {
            for (const auto &[id, name] : entitiesOf(m_dataset, *kind, m_language)) {
                if (search.isEmpty() || name.contains(search, Qt::CaseInsensitive) || id.contains(search, Qt::CaseInsensitive))
                    m_entity->addItem(name, id);
            }
        }
        m_entity->setCurrentIndex(m_entity->findData(m_entityId));
        if (m_entity->currentIndex() < 0 && m_entity->count() > 0 && !search.isEmpty())
            m_entity->setCurrentIndex(0); // the first match of a search
    }
    if (m_entity->currentIndex() >= 0)
        m_entityId = m_entity->currentData().toString();
    validate();
}

void ObservationDialog::limitDate()
{
    const Indicator *i = m_dataset.indicator(m_indicator->currentData().toString());
    const DatePrecision allowed = i ? i->datePrecision : DatePrecision::Year;
    // A finer date than the indicator allows stays editable, so that it can be cleared.
    m_month->setEnabled(allowed >= DatePrecision::Month || m_month->value() != 0);
    m_day->setEnabled(allowed >= DatePrecision::Day || m_day->value() != 0);
}

QPushButton *ObservationDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

Observation ObservationDialog::observation() const
{
    Observation o;
    o.id = m_id.isEmpty() ? QStringLiteral("user-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)) : m_id;
    o.indicator = m_indicator->currentData().toString();
    o.country = m_entity->currentIndex() >= 0 ? m_entity->currentData().toString() : QString();
    o.year = m_year->value();
    o.month = m_month->value();
    o.day = m_day->value();
    o.value = m_value->text().trimmed().toDouble();
    o.kind = m_kind->currentData().toString();
    o.source = m_source->currentData().toString();
    o.note = {m_noteEn->text().trimmed(), m_noteKo->text().trimmed()};
    return o;
}

QString ObservationDialog::problem() const
{
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    const QString value = m_value->text().trimmed();
    const Indicator *indicator = m_dataset.indicator(m_indicator->currentData().toString());
    if (!indicator)
        return tr("Choose an indicator.");
    if (m_entity->currentIndex() < 0)
        return tr("Choose the entity the value is of.");
    const Observation o = observation();
    if (o.day != 0 && (o.month == 0 || !QDate(o.year, o.month, o.day).isValid()))
        return tr("%1 has no day %2: give the month and a day it has.")
            .arg(DisplayText::period(o.year, o.month, m_language))
            .arg(o.day);
    if (const QString finer = DatePrecisionCheck::problem(*indicator, o.year, o.month, o.day); !finer.isEmpty())
        return finer;
    if (value.isEmpty())
        return tr("Enter the value.");
    if (!number.match(value).hasMatch())
        return tr("“%1” is not a number: write it with a dot for decimals and no thousands separators.").arg(value);
    const ObservationTable &all = m_dataset.observations;
    for (qsizetype row = 0; row < all.size(); ++row) {
        if (all.yearAt(row) == o.year && all.monthAt(row) == o.month && all.dayAt(row) == o.day
            && all.indicatorAt(row) == o.indicator && all.entityAt(row) == o.country && all.idAt(row) != o.id)
            return tr("%1 already has a value of this indicator for this date (%2).")
                .arg(DisplayText::country(m_dataset, o.country, m_language), all.idAt(row));
    }
    if (o.source.isEmpty())
        return tr("Every value needs a source: choose one.");
    return {};
}

void ObservationDialog::validate()
{
    if (const Indicator *i = m_dataset.indicator(m_indicator->currentData().toString()))
        m_unit->setText(DisplayText::unit(m_dataset, i->unit, m_language));
    limitDate();
    const QString p = problem();
    m_problem->setText(p);
    okButton()->setEnabled(p.isEmpty());
}

} // namespace gapscope
