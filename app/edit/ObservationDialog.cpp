#include "ObservationDialog.h"

#include "format/DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace gapscope {

ObservationDialog::ObservationDialog(const Dataset &dataset, const Observation *original, Language lang, QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_language(lang)
{
    setObjectName(QStringLiteral("ObservationDialog"));
    setWindowTitle(original ? tr("Edit observation") : tr("Add observation"));
    m_indicator = new QComboBox(this);
    for (const Indicator &i : dataset.indicators)
        m_indicator->addItem(i.name.text(lang), i.id);
    m_country = new QComboBox(this);
    for (const Country &c : dataset.countries)
        m_country->addItem(c.name.text(lang), c.code);
    m_year = new QSpinBox(this);
    m_year->setRange(1800, 2200);
    m_year->setValue(2025);
    m_month = new QSpinBox(this);
    m_month->setRange(0, 12);
    m_month->setSpecialValueText(tr("not known"));
    m_value = new QLineEdit(this);
    m_unit = new QLabel(this);
    m_kind = new QComboBox(this);
    for (const char *k : {"measured", "estimate", "projection", "target"})
        m_kind->addItem(DisplayText::observationKind(QString::fromLatin1(k)), QString::fromLatin1(k));
    m_source = new QComboBox(this);
    m_source->addItem(tr("(choose a source)"), QString());
    for (const Source &s : dataset.sources)
        m_source->addItem(DisplayText::source(dataset, s.id, lang), s.id);
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
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Month:"), m_month);
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

    if (original) {
        m_id = original->id;
        m_indicator->setCurrentIndex(m_indicator->findData(original->indicator));
        m_country->setCurrentIndex(m_country->findData(original->country));
        m_year->setValue(original->year);
        m_month->setValue(original->month);
        m_value->setText(QString::number(original->value, 'g', 15));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(original->kind)));
        m_source->setCurrentIndex(std::max(0, m_source->findData(original->source)));
        m_noteEn->setText(original->note.en);
        m_noteKo->setText(original->note.ko);
    }
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &ObservationDialog::validate);
    connect(m_country, &QComboBox::currentIndexChanged, this, &ObservationDialog::validate);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ObservationDialog::validate);
    connect(m_year, &QSpinBox::valueChanged, this, &ObservationDialog::validate);
    connect(m_month, &QSpinBox::valueChanged, this, &ObservationDialog::validate);
    connect(m_value, &QLineEdit::textChanged, this, &ObservationDialog::validate);
    validate();
}

void ObservationDialog::setCountry(const QString &code)
{
    const int index = m_country->findData(code);
    if (index >= 0)
        m_country->setCurrentIndex(index);
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
    o.country = m_country->currentData().toString();
    o.year = m_year->value();
    o.month = m_month->value();
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
    if (m_indicator->currentIndex() < 0)
        return tr("Choose an indicator.");
    if (value.isEmpty())
        return tr("Enter the value.");
    if (!number.match(value).hasMatch())
        return tr("“%1” is not a number: write it with a dot for decimals and no thousands separators.").arg(value);
    const Observation o = observation();
    for (const Observation &other : m_dataset.observations) {
        if (other.id != o.id && other.indicator == o.indicator && other.country == o.country && other.year == o.year
            && other.month == o.month)
            return tr("%1 already has a value of this indicator for this date (%2).")
                .arg(DisplayText::country(m_dataset, o.country, m_language), other.id);
    }
    if (o.source.isEmpty())
        return tr("Every value needs a source: choose one.");
    return {};
}

void ObservationDialog::validate()
{
    if (const Indicator *i = m_dataset.indicator(m_indicator->currentData().toString()))
        m_unit->setText(DisplayText::unit(m_dataset, i->unit, m_language));
    const QString p = problem();
    m_problem->setText(p);
    okButton()->setEnabled(p.isEmpty());
}

} // namespace gapscope
