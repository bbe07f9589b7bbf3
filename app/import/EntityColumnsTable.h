#pragma once

#include "domain/Dataset.h"
#include "domain/Language.h"

#include <QHash>
#include <QTableWidget>

class QComboBox;

namespace gapscope {

// The import dialog's mapping of a file of one column per entity: one row per column (the date
// column aside), each holding the values of an entity (a country or region), a separate indicator
// or nothing (skipped). A column whose header names a country or region in English or Korean is
// proposed as that entity; the others wait for the user's choice.
class EntityColumnsTable : public QTableWidget
{
    Q_OBJECT

public:
    EntityColumnsTable(const Dataset &dataset, QWidget *parent = nullptr);

    // One row per column of `header` but its date column; a header seen before keeps its choice.
    void setHeader(const QStringList &header, Language lang);
    // The choices made: header -> entity code, "indicator:ID" or "skip" (ImportOptions::entityColumns).
    QHash<QString, QString> mapping() const;
    // The picker of what the column `header` holds, or null.
    QComboBox *targetPicker(const QString &header) const;
    void retranslate(Language lang);

signals:
    void mappingChanged();

private:
    void fillPicker(QComboBox *picker, const QString &header, const QString &chosen);

    const Dataset &m_dataset;
    Language m_language = Language::English;
    QStringList m_header;
    QHash<QString, QString> m_chosen; // header -> target, kept across re-reads
};

} // namespace gapscope
