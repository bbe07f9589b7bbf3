#include "RecordColumnsPanel.h"

#include "format/DisplayText.h"
#include "io/RecordsLayoutReader.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace gapscope {

namespace {
const QStringList roles{QStringLiteral("name"), QStringLiteral("date"), QStringLiteral("country"),
                        QStringLiteral("organisation")};
}

RecordColumnsPanel::RecordColumnsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("RecordColumnsPanel"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(this);
    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    grid->addWidget(m_kindLabel, 0, 0);
    grid->addWidget(m_kind, 0, 1);
    for (qsizetype i = 0; i < roles.size(); ++i) {
        auto *combo = new QComboBox(this);
        auto *label = new QLabel(this);
        label->setBuddy(combo);
        m_columns.insert(roles[i], combo);
        m_labels.insert(roles[i], label);
        grid->addWidget(label, int(1 + i / 2), int(i % 2) * 2);
        grid->addWidget(combo, int(1 + i / 2), int(i % 2) * 2 + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordColumnsPanel::choicesChanged);
    }
    m_factsLabel = new QLabel(this);
    m_facts = new QTableWidget(this);
    m_facts->setObjectName(QStringLiteral("RecordFacts"));
    m_facts->setColumnCount(2);
    m_facts->verticalHeader()->setVisible(false);
    m_facts->horizontalHeader()->setStretchLastSection(true);
    // Four numeric columns in sight at least, whatever room the preview takes.
    m_facts->setMinimumHeight(m_facts->horizontalHeader()->sizeHint().height() + 4 * m_facts->verticalHeader()->defaultSectionSize() + 4);
    m_factsLabel->setBuddy(m_facts);
    grid->addWidget(m_factsLabel, 3, 0, 1, 4);
    grid->addWidget(m_facts, 4, 0, 1, 4);
    connect(m_facts, &QTableWidget::itemChanged, this, &RecordColumnsPanel::choicesChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        propose();
        emit choicesChanged();
    });
    retranslate();
}

void RecordColumnsPanel::retranslate()
{
    m_kindLabel->setText(tr("Records are:"));
    m_labels.value(QStringLiteral("name"))->setText(tr("Name column:"));
    m_labels.value(QStringLiteral("date"))->setText(tr("Date column:"));
    m_labels.value(QStringLiteral("country"))->setText(tr("Country column:"));
    m_labels.value(QStringLiteral("organisation"))->setText(tr("Organisation column:"));
    m_factsLabel->setText(tr("Numeric columns: tick each fact to import, with its unit (the others are kept as attributes):"));
    m_facts->setHorizontalHeaderLabels({tr("Column"), tr("Unit")});
    const QSignalBlocker block(m_kind);
    const int kind = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    for (const QString &k : RecordsLayoutReader::recordKinds())
        m_kind->addItem(DisplayText::entityKinds(k), k);
    m_kind->setCurrentIndex(kind);
    for (QComboBox *combo : std::as_const(m_columns)) {
        if (combo->count())
            combo->setItemText(0, tr("(none)"));
    }
}

void RecordColumnsPanel::setHeader(const QStringList &header, const QStringList &numeric)
{
    if (header == m_header && numeric == m_numeric)
        return;
    m_header = header;
    m_numeric = numeric;
    propose();
}

void RecordColumnsPanel::propose()
{
    const QString kind = m_kind->currentData().toString();
    for (const QString &role : roles) {
        QComboBox *combo = m_columns.value(role);
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString &h : std::as_const(m_header))
            combo->addItem(h, h);
        combo->setCurrentIndex(std::max(0, combo->findData(RecordsLayoutReader::proposedColumn(role, kind, m_header))));
    }
    const QSignalBlocker block(m_facts);
    m_facts->setRowCount(0);
    for (const QString &column : std::as_const(m_numeric)) {
        const int row = m_facts->rowCount();
        m_facts->insertRow(row);
        auto *item = new QTableWidgetItem(column);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const QString unit = RecordsLayoutReader::knownUnit(kind, column);
        item->setCheckState(unit.isEmpty() ? Qt::Unchecked : Qt::Checked);
        m_facts->setItem(row, 0, item);
        m_facts->setItem(row, 1, new QTableWidgetItem(unit));
    }
    m_facts->resizeColumnToContents(0);
}

void RecordColumnsPanel::apply(ImportOptions &options) const
{
    options.proposeRecordColumns = false; // proposed here, where the user sees and changes them
    options.recordKind = m_kind->currentData().toString();
    options.nameColumn = m_columns.value(QStringLiteral("name"))->currentData().toString();
    options.dateColumn = m_columns.value(QStringLiteral("date"))->currentData().toString();
    options.countryColumn = m_columns.value(QStringLiteral("country"))->currentData().toString();
    options.organisationColumn = m_columns.value(QStringLiteral("organisation"))->currentData().toString();
    options.facts.clear();
    for (int row = 0; row < m_facts->rowCount(); ++row) {
        if (m_facts->item(row, 0)->checkState() == Qt::Checked)
            options.facts.append({m_facts->item(row, 0)->text(), m_facts->item(row, 1)->text().trimmed()});
    }
}

} // namespace gapscope
