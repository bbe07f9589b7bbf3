#pragma once

#include "RecordFields.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;

namespace gapscope {

// Adds or edits an organisation, AI model, event, assessment, SWOT item or source, with a form
// made from RecordFields: texts in English and Korean, choices from the dataset's countries,
// dimensions, organisations and sources. OK stays disabled, with the reason shown, until the
// record is complete.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    // `original`: the record to edit, or nothing to add one of `kind`.
    RecordDialog(const Dataset &dataset, RecordKind kind, const Record *original, Language lang, QWidget *parent = nullptr);

    RecordKind kind() const { return m_kind; }
    QVariantMap values() const;
    void setValue(const QString &key, const QVariant &value);
    Record record() const;
    QString problem() const;
    QWidget *input(const QString &key) const { return m_inputs.value(key); }
    QPushButton *okButton() const;

private:
    void validate();

    const Dataset &m_dataset;
    RecordKind m_kind;
    std::optional<Record> m_original; // the record edited, or nothing when one is added
    Language m_language;
    QHash<QString, QWidget *> m_inputs;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gapscope
