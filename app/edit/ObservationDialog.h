#pragma once

#include "domain/Dataset.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gapscope {

// Adds or edits one observation: indicator, entity (a kind among those the filter shows, then one
// entity of it, searchable by name), year, month and day (as finely as the indicator allows), value
// (in the indicator's unit), kind, source (required) and a note in English and Korean. OK stays
// disabled, with the reason shown, until the record is valid and not a second value for the same
// indicator, entity and date.
class ObservationDialog : public QDialog
{
    Q_OBJECT

public:
    // `original`: the record to edit, or nothing to add one.
    ObservationDialog(const Dataset &dataset, const Observation *original, Language lang, QWidget *parent = nullptr);

    Observation observation() const;
    // The kinds of entity offered (entityKindId()s, as the filter shows them); the kind of the
    // observation edited is offered too.
    void setEntityKinds(const QSet<QString> &kinds);
    // The entity a new observation starts with (a country code or any entity's id).
    void setEntity(const QString &id);
    // Why the record cannot be saved yet, or nothing.
    QString problem() const;

    QComboBox *indicatorPicker() const { return m_indicator; }
    QComboBox *kindPicker() const { return m_entityKind; }
    QLineEdit *entitySearch() const { return m_search; }
    QComboBox *entityPicker() const { return m_entity; }
    QSpinBox *yearField() const { return m_year; }
    QSpinBox *monthField() const { return m_month; }
    QSpinBox *dayField() const { return m_day; }
    QLineEdit *valueField() const { return m_value; }
    QComboBox *sourcePicker() const { return m_source; }
    QPushButton *okButton() const;

private:
    void validate();
    // Fills the entity list with the entities of the kind picked whose name holds the search text,
    // keeping the entity picked where it still is.
    void fillEntities();
    // Offers the month and day only as far as the indicator allows (or to clear a finer date).
    void limitDate();

    const Dataset &m_dataset;
    Language m_language;
    QString m_id;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_entityKind = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_entity = nullptr;
    QString m_entityId; // the entity picked, kept while the search hides it
    QSpinBox *m_year = nullptr;
    QSpinBox *m_month = nullptr;
    QSpinBox *m_day = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_unit = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_noteEn = nullptr;
    QLineEdit *m_noteKo = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gapscope
