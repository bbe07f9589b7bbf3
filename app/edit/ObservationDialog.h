#pragma once

#include "domain/Dataset.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gapscope {

// Adds or edits one observation: indicator, country, year and month, value (in the indicator's
// unit), kind, source (required) and a note in English and Korean. OK stays disabled, with the
// reason shown, until the record is valid and not a second value for the same indicator,
// country and date.
class ObservationDialog : public QDialog
{
    Q_OBJECT

public:
    // `original`: the record to edit, or nothing to add one.
    ObservationDialog(const Dataset &dataset, const Observation *original, Language lang, QWidget *parent = nullptr);

    Observation observation() const;
    // The country a new observation starts with.
    void setCountry(const QString &code);
    // Why the record cannot be saved yet, or nothing.
    QString problem() const;

    QComboBox *indicatorPicker() const { return m_indicator; }
    QComboBox *countryPicker() const { return m_country; }
    QSpinBox *yearField() const { return m_year; }
    QSpinBox *monthField() const { return m_month; }
    QLineEdit *valueField() const { return m_value; }
    QComboBox *sourcePicker() const { return m_source; }
    QPushButton *okButton() const;

private:
    void validate();

    const Dataset &m_dataset;
    Language m_language;
    QString m_id;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_country = nullptr;
    QSpinBox *m_year = nullptr;
    QSpinBox *m_month = nullptr;
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
