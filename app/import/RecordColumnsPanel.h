#pragma once

#include "io/ImportOptions.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace gapscope {

// The import dialog's choices for a table of one row per record (ImportLayout::Records): the kind
// of its records, the columns of their name, date, country and organisation (proposed from the
// header), and a checkable list of the file's numeric columns, each a fact with its unit (Epoch
// AI's columns proposed, ticked, with their units).
class RecordColumnsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordColumnsPanel(QWidget *parent = nullptr);

    // The file's header and its numeric columns; choices made before are kept where they still fit.
    void setHeader(const QStringList &header, const QStringList &numeric);
    // Puts the choices into `options` (recordKind, the four columns, facts).
    void apply(ImportOptions &options) const;
    void retranslate();

    QComboBox *kindPicker() const { return m_kind; }
    // The picker of the column of `role`: name, date, country or organisation.
    QComboBox *columnPicker(const QString &role) const { return m_columns.value(role); }
    // One row per numeric column: its header (checkable) and its unit (editable).
    QTableWidget *facts() const { return m_facts; }

signals:
    void choicesChanged();

private:
    void propose();

    QComboBox *m_kind = nullptr;
    QHash<QString, QComboBox *> m_columns;
    QHash<QString, QLabel *> m_labels;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_factsLabel = nullptr;
    QTableWidget *m_facts = nullptr;
    QStringList m_header;
    QStringList m_numeric;
};

} // namespace gapscope
