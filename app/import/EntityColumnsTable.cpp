#include "EntityColumnsTable.h"

#include "io/EntityColumnsReader.h"
#include "io/EntityNameIndex.h"
#include "io/IndicatorId.h"

#include <QCollator>
#include <QComboBox>
#include <QHeaderView>

namespace gapscope {

EntityColumnsTable::EntityColumnsTable(const Dataset &dataset, QWidget *parent) : QTableWidget(parent), m_dataset(dataset)
{
    setObjectName(QStringLiteral("EntityColumnsTable"));
    setColumnCount(2);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    retranslate(m_language);
}

void EntityColumnsTable::retranslate(Language lang)
{
    m_language = lang;
    setHorizontalHeaderLabels({tr("Column"), tr("Holds")});
    setHeader(m_header, lang);
}

void EntityColumnsTable::fillPicker(QComboBox *picker, const QString &header, const QString &chosen)
{
    const QSignalBlocker block(picker);
    picker->clear();
    picker->addItem(tr("(choose)"), QString());
    picker->addItem(tr("Skip this column"), QStringLiteral("skip"));
    picker->addItem(tr("A separate indicator (%1)").arg(IndicatorId::fromName(header)),
                    QStringLiteral("indicator:") + IndicatorId::fromName(header));
    // Countries and regions by their names in the interface's language.
    QList<std::pair<QString, QString>> entities;
    for (const Country &c : m_dataset.countries)
        entities.append({c.name.text(m_language), c.code});
    for (const Region &r : m_dataset.regions)
        entities.append({r.name.text(m_language), r.code});
    QCollator collator(m_language == Language::Korean ? QLocale(QLocale::Korean) : QLocale(QLocale::English));
    std::sort(entities.begin(), entities.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[name, code] : std::as_const(entities))
        picker->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    picker->setCurrentIndex(std::max(0, picker->findData(chosen)));
}

void EntityColumnsTable::setHeader(const QStringList &header, Language lang)
{
    m_language = lang;
    m_header = header;
    const EntityNameIndex names(m_dataset);
    QStringList lower;
    for (const QString &h : header)
        lower << h.trimmed().toLower();
    const qsizetype date = header.isEmpty() ? -1 : EntityColumnsReader::dateColumn(lower);
    QStringList shown;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i != date)
            shown << header[i].trimmed();
    }
    setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const QString h = shown[row];
        auto *item = new QTableWidgetItem(h);
        setItem(row, 0, item);
        auto *picker = qobject_cast<QComboBox *>(cellWidget(row, 1));
        if (!picker) {
            picker = new QComboBox(this);
            setCellWidget(row, 1, picker);
            connect(picker, &QComboBox::currentIndexChanged, this, [this, picker] {
                m_chosen.insert(picker->property("header").toString(), picker->currentData().toString());
                emit mappingChanged();
            });
        }
        picker->setProperty("header", h);
        picker->setAccessibleName(h);
        const QString chosen = m_chosen.contains(h) ? m_chosen.value(h) : EntityColumnsReader::proposal(h, names);
        fillPicker(picker, h, chosen);
        m_chosen.insert(h, picker->currentData().toString());
    }
    resizeColumnToContents(0);
}

QHash<QString, QString> EntityColumnsTable::mapping() const
{
    QHash<QString, QString> out;
    for (int row = 0; row < rowCount(); ++row) {
        const auto *picker = qobject_cast<QComboBox *>(cellWidget(row, 1));
        if (picker && !picker->currentData().toString().isEmpty())
            out.insert(item(row, 0)->text(), picker->currentData().toString());
    }
    return out;
}

QComboBox *EntityColumnsTable::targetPicker(const QString &header) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 0) && item(row, 0)->text() == header)
            return qobject_cast<QComboBox *>(cellWidget(row, 1));
    }
    return nullptr;
}

} // namespace gapscope
