#pragma once

#include "domain/Dataset.h"
#include "io/ImportReader.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QTableWidget;

namespace gapscope {

class EntityColumnsTable;
class RecordColumnsPanel;

// Import of a user's file: the layout, indicator, unit, source and the handling of unknown
// countries, with the rows as they will be written (or the problem, with its line and column)
// before anything is written.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Dataset &dataset, const QString &path, Language lang, QWidget *parent = nullptr);

    ImportReader::Options options() const;
    // The layout picked (Auto: guess from the file).
    ImportLayout chosenLayout() const;
    // The file as read with the current options, or nothing when it has a problem.
    const std::optional<ImportBatch> &batch() const { return m_batch; }
    QString problem() const;

    QComboBox *layoutPicker() const { return m_layout; }
    // Chooses `layout` in the picker, as a user picking its entry.
    void chooseLayout(ImportLayout layout);
    QLineEdit *indicatorField() const { return m_indicator; }
    QLineEdit *unitField() const { return m_unit; }
    QLineEdit *sourceField() const { return m_source; }
    QCheckBox *skipUnknown() const { return m_skip; }
    QCheckBox *addToExisting() const { return m_addToExisting; }
    // What the dialog says of the file as read: the count, where the values go, or the problem.
    QString statusText() const;
    QLineEdit *countryMapField() const { return m_map; }
    // The kind of entities the file's unknown rows are ("Research domain").
    QLineEdit *entityKindField() const { return m_entityKind; }
    // The picker of the file column that holds `field` (country, indicator, year, value, ...).
    // The delimiter of a CSV file (detected, comma, semicolon, tab); hidden for a workbook.
    QComboBox *delimiterPicker() const { return m_delimiter; }
    // The sheet of a workbook; hidden for a CSV file.
    QComboBox *sheetPicker() const { return m_sheet; }
    QComboBox *columnPicker(const QString &field) const { return m_columns.value(field); }
    QTableWidget *preview() const { return m_preview; }
    // A file of one column per entity: what each column holds (shown for that layout only).
    EntityColumnsTable *entityColumns() const { return m_entityColumns; }
    // A table of one row per record: its kind, columns and facts (shown for that layout only).
    RecordColumnsPanel *recordColumns() const { return m_recordColumns; }
    QPushButton *importButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reread();
    // The column pickers offer the header of the file as now read (its delimiter or sheet).
    void refillColumns();
    // Whether the file is read as one column per entity: chosen, or guessed from its header.
    bool readsEntityColumns() const;
    // Whether the file is read as a timeline of events: as read, chosen, or guessed from its header.
    bool readsEvents() const;

    const Dataset &m_dataset;
    QString m_path;
    Language m_language;
    QComboBox *m_layout = nullptr;
    QLineEdit *m_indicator = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_source = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_skip = nullptr;
    QCheckBox *m_addToExisting = nullptr;
    QLineEdit *m_map = nullptr;
    QLineEdit *m_entityKind = nullptr;
    QLabel *m_entityKindLabel = nullptr;
    QTimer *m_rereadSoon = nullptr; // the file read again a moment after the typing stops
    QHash<QString, QComboBox *> m_columns;
    QHash<QString, QLabel *> m_columnLabels;
    QLabel *m_columnsLabel = nullptr;
    QLabel *m_mapLabel = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_labels[7] = {};
    QLabel *m_status = nullptr;
    QTableWidget *m_preview = nullptr;
    EntityColumnsTable *m_entityColumns = nullptr;
    QLabel *m_entityColumnsLabel = nullptr;
    RecordColumnsPanel *m_recordColumns = nullptr;
    QFormLayout *m_form = nullptr;
    QStringList m_header; // of the file as now read
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    std::optional<ImportBatch> m_batch;
    ParseError m_error;
};

} // namespace gapscope
