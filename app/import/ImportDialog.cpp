#include "ImportDialog.h"

#include "EntityColumnsTable.h"
#include "EventPreview.h"
#include "RecordColumnsPanel.h"
#include "io/EntityColumnsReader.h"
#include "io/EventLayoutReader.h"
#include "io/EntityNameIndex.h"

#include "format/DisplayText.h"
#include "format/ValueFormatter.h"
#include "io/ImportFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gapscope {

namespace {
constexpr int previewRows = 50;
constexpr qsizetype keptShown = 12; // kept values listed above the preview
}

ImportDialog::ImportDialog(const Dataset &dataset, const QString &path, Language lang, QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_path(path), m_language(lang)
{
    setObjectName(QStringLiteral("ImportDialog"));
    m_layout = new QComboBox(this);
    m_indicator = new QLineEdit(this);
    m_unit = new QLineEdit(this);
    m_source = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_skip = new QCheckBox(this);
    m_addToExisting = new QCheckBox(this);
    m_map = new QLineEdit(this);
    m_delimiter = new QComboBox(this);
    m_sheet = new QComboBox(this);
    m_sheet->addItems(ImportFormat::sheetNames(path));
    const bool workbook = ImportFormat::isWorkbook(path);
    m_mapLabel = new QLabel(this);
    m_mapLabel->setBuddy(m_map);
    // Rows that are neither countries, regions nor records: entities of a kind the user names.
    m_entityKind = new QLineEdit(this);
    m_entityKind->setObjectName(QStringLiteral("entityKind"));
    m_entityKindLabel = new QLabel(this);
    m_entityKindLabel->setBuddy(m_entityKind);
    // Which column holds what: found by name, or chosen here.
    m_columnsLabel = new QLabel(this);
    auto *columns = new QGridLayout;
    const QStringList fields = ImportReader::fieldNames();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        auto *combo = new QComboBox(this);
        combo->addItem(QString(), QString());
        m_columns.insert(fields[i], combo);
        auto *label = new QLabel(this);
        label->setBuddy(combo);
        m_columnLabels.insert(fields[i], label);
        columns->addWidget(label, int(i / 3), int(i % 3) * 2);
        columns->addWidget(combo, int(i / 3), int(i % 3) * 2 + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    }
    m_entityColumnsLabel = new QLabel(this);
    m_entityColumns = new EntityColumnsTable(dataset, this);
    m_entityColumnsLabel->setBuddy(m_entityColumns);
    connect(m_entityColumns, &EntityColumnsTable::mappingChanged, this, &ImportDialog::reread);
    m_recordColumns = new RecordColumnsPanel(this);
    connect(m_recordColumns, &RecordColumnsPanel::choicesChanged, this, &ImportDialog::reread);
    refillColumns();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    // Every line of what will be written, however little room the tables leave.
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    for (QLabel *&label : m_labels)
        label = new QLabel(this);
    auto *form = m_form = new QFormLayout;
    form->addRow(m_labels[0], m_layout);
    form->addRow(m_labels[5], m_delimiter);
    form->addRow(m_labels[6], m_sheet);
    m_labels[5]->setBuddy(m_delimiter);
    m_labels[6]->setBuddy(m_sheet);
    m_labels[5]->setVisible(!workbook);
    m_delimiter->setVisible(!workbook);
    m_labels[6]->setVisible(workbook);
    m_sheet->setVisible(workbook);
    form->addRow(m_labels[1], m_indicator);
    form->addRow(m_labels[2], m_unit);
    form->addRow(m_labels[3], m_source);
    form->addRow(m_labels[4], m_kind);
    form->addRow(QString(), m_skip);
    form->addRow(QString(), m_addToExisting);
    form->addRow(m_mapLabel, m_map);
    form->addRow(m_entityKindLabel, m_entityKind);
    m_labels[0]->setBuddy(m_layout);
    m_labels[1]->setBuddy(m_indicator);
    m_labels[2]->setBuddy(m_unit);
    m_labels[3]->setBuddy(m_source);
    m_labels[4]->setBuddy(m_kind);
    // An Import button of its own: a standard OK button would be renamed "OK" by the box when the
    // language changes, after this dialog has named it.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_columnsLabel);
    layout->addLayout(columns);
    layout->addWidget(m_entityColumnsLabel);
    layout->addWidget(m_entityColumns, 1);
    layout->addWidget(m_recordColumns, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    retranslateUi();
    // What is typed counts as it is typed (a moment after the typing stops), not only once the
    // field loses the focus: the Import button follows the source the user is still typing.
    m_rereadSoon = new QTimer(this);
    m_rereadSoon->setSingleShot(true);
    m_rereadSoon->setInterval(250);
    connect(m_rereadSoon, &QTimer::timeout, this, &ImportDialog::reread);
    for (QLineEdit *field : {m_indicator, m_unit, m_source, m_map, m_entityKind}) {
        connect(field, &QLineEdit::textEdited, m_rereadSoon, qOverload<>(&QTimer::start));
        connect(field, &QLineEdit::editingFinished, this, [this] {
            m_rereadSoon->stop();
            reread();
        });
    }
    connect(m_layout, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    for (QComboBox *format : {m_delimiter, m_sheet}) {
        connect(format, &QComboBox::currentIndexChanged, this, [this] {
            refillColumns();
            reread();
        });
    }
    connect(m_skip, &QCheckBox::toggled, this, &ImportDialog::reread);
    connect(m_addToExisting, &QCheckBox::toggled, this, &ImportDialog::reread);
    resize(900, 600);
    reread();
}

void ImportDialog::refillColumns()
{
    const ImportReader::Options o = options();
    const QStringList header = ImportFormat::header(m_path, o.delimiter, o.sheet);
    m_header = header;
    m_entityColumns->setHeader(header, m_language);
    m_recordColumns->setHeader(header, ImportFormat::numericColumns(m_path, o.delimiter, o.sheet));
    for (QComboBox *combo : std::as_const(m_columns)) {
        const QSignalBlocker block(combo);
        const QString chosen = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &h : header)
            combo->addItem(h, h);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    m_columnsLabel->setVisible(!header.isEmpty());
}

bool ImportDialog::readsEntityColumns() const
{
    if (chosenLayout() == ImportLayout::Columns)
        return true;
    if (chosenLayout() != ImportLayout::Auto)
        return false;
    QStringList lower;
    for (const QString &h : m_header)
        lower << h.toLower();
    if (lower.contains(QLatin1String("country")) || lower.contains(QLatin1String("entity")))
        return false;
    return EntityColumnsReader::namesEntities(m_header, EntityNameIndex(m_dataset));
}

bool ImportDialog::readsEvents() const
{
    if (m_batch)
        return m_batch->layout == ImportLayout::Events;
    if (chosenLayout() != ImportLayout::Auto)
        return chosenLayout() == ImportLayout::Events;
    QStringList lower;
    for (const QString &h : m_header)
        lower << h.toLower();
    return EventLayoutReader::namesEvents(lower);
}

QPushButton *ImportDialog::importButton() const
{
    return m_import;
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_path).fileName()));
    m_labels[0]->setText(tr("&Layout:"));
    m_labels[1]->setText(tr("&Indicator:"));
    m_labels[2]->setText(tr("&Unit:"));
    m_labels[3]->setText(tr("&Source:"));
    m_labels[4]->setText(tr("&Kind:"));
    m_labels[5]->setText(tr("&Delimiter:"));
    m_labels[6]->setText(tr("S&heet:"));
    m_indicator->setPlaceholderText(tr("for files that do not name it (Our World in Data, wide); for one column per entity, "
                                       "an indicator id or the name of a new one"));
    m_unit->setPlaceholderText(tr("for new indicators: USD, KRW, CNY, count, percent, …"));
    m_source->setPlaceholderText(tr("for rows without a source: a title, a URL or a source id (required)"));
    m_skip->setText(tr("Skip rows of countries GapScope does not know"));
    m_addToExisting->setText(tr("Add values to existing indicators that this file names otherwise"));
    m_mapLabel->setText(tr("&Map countries:"));
    m_map->setPlaceholderText(tr("names GapScope does not know, as NAME=CODE; NAME=CODE (e.g. Korea, Rep.=KOR)"));
    m_entityKindLabel->setText(tr("Other &entities are:"));
    m_entityKind->setPlaceholderText(tr("the kind of rows that are no country, region or record (e.g. Research domain)"));
    m_columnsLabel->setText(tr("Columns (found by their names unless you choose):"));
    m_entityColumnsLabel->setText(tr("What each &column holds (one column per entity):"));
    m_entityColumns->retranslate(m_language);
    m_recordColumns->retranslate();
    for (QComboBox *combo : std::as_const(m_columns))
        combo->setItemText(0, tr("(by name)"));
    const QHash<QString, QString> names{{QStringLiteral("country"), tr("Country")}, {QStringLiteral("indicator"), tr("Indicator")},
                                        {QStringLiteral("year"), tr("Year")},       {QStringLiteral("value"), tr("Value")},
                                        {QStringLiteral("month"), tr("Month")},     {QStringLiteral("unit"), tr("Unit")},
                                        {QStringLiteral("source"), tr("Source")},   {QStringLiteral("kind"), tr("Kind")},
                                        {QStringLiteral("note"), tr("Note")},       {QStringLiteral("date"), tr("Date")},
                                        // a timeline's
                                        {QStringLiteral("title"), tr("Title")},     {QStringLiteral("description"), tr("Description")}};
    for (auto it = m_columnLabels.cbegin(); it != m_columnLabels.cend(); ++it) {
        it.value()->setText(names.value(it.key()) + QLatin1Char(':'));
        m_columns.value(it.key())->setAccessibleName(names.value(it.key()));
    }
    const QSignalBlocker b1(m_layout);
    const QSignalBlocker b2(m_kind);
    const QSignalBlocker b3(m_delimiter);
    const int delimiter = std::max(0, m_delimiter->currentIndex());
    m_delimiter->clear();
    m_delimiter->addItem(tr("Detect from the file"), QString());
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setCurrentIndex(delimiter);
    const QVariant layout = m_layout->currentData();
    const int kind = std::max(0, m_kind->currentIndex());
    m_layout->clear();
    // Each entry carries its layout.
    const std::pair<ImportLayout, QString> layouts[] = {
        {ImportLayout::Auto, tr("Guess from the file")},
        {ImportLayout::Tidy, tr("Tidy: one value per row")},
        {ImportLayout::Owid, tr("Our World in Data (Entity, Code, Year)")},
        {ImportLayout::Wide, tr("Wide: one column per year")},
        {ImportLayout::Json, tr("JSON")},
        {ImportLayout::Columns, tr("One column per entity (a date, then a column per country, region or model)")},
        {ImportLayout::Events, tr("Timeline: one event per row (date, country, title, kind, description)")},
        {ImportLayout::Records, tr("Records: one row per AI model, organisation or cluster")}};
    for (const auto &[value, text] : layouts)
        m_layout->addItem(text, int(value));
    m_kind->clear();
    for (const char *k : {"measured", "estimate", "projection", "target"})
        m_kind->addItem(DisplayText::observationKind(QString::fromLatin1(k)), QString::fromLatin1(k));
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(layout)));
    m_kind->setCurrentIndex(kind);
    m_import->setText(tr("&Import"));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The names and numbers of the preview follow too: the language manager sets the locale
        // before the change arrives.
        m_language = QLocale().language() == QLocale::Korean ? Language::Korean : Language::English;
        retranslateUi();
        reread();
    }
    QDialog::changeEvent(event);
}

ImportLayout ImportDialog::chosenLayout() const
{
    return ImportLayout(m_layout->currentData().toInt());
}

void ImportDialog::chooseLayout(ImportLayout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(int(layout)));
}

ImportReader::Options ImportDialog::options() const
{
    ImportReader::Options o;
    o.layout = chosenLayout();
    o.indicator = m_indicator->text().trimmed();
    o.unit = m_unit->text().trimmed();
    o.source = m_source->text().trimmed();
    o.kind = m_kind->currentData().toString();
    o.skipUnknownCountries = m_skip->isChecked();
    // The kind's name as typed is the interface language's, and the other's until named there.
    const QString entityKind = m_entityKind->text().trimmed();
    o.entityKind = {entityKind, entityKind};
    o.addToExisting = m_addToExisting->isChecked();
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        o.delimiter = delimiter.at(0);
    o.sheet = m_sheet->currentText();
    for (const QString &pair : m_map->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq > 0)
            o.countryMap.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed().toUpper());
    }
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        o.columns.insert(it.key(), it.value()->currentData().toString());
    if (readsEntityColumns())
        o.entityColumns = m_entityColumns->mapping();
    if (o.layout == ImportLayout::Records)
        m_recordColumns->apply(o);
    return o;
}

QString ImportDialog::problem() const
{
    return m_batch ? QString() : m_error.toString();
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::reread()
{
    ImportReader reader(m_dataset);
    m_batch = reader.read(m_path, options());
    m_error = reader.parseError();
    m_preview->clear();
    importButton()->setEnabled(m_batch.has_value());
    // A file of one column per entity: its mapping table, and of the field pickers only the date's.
    const bool entityColumns = readsEntityColumns();
    m_entityColumnsLabel->setVisible(entityColumns);
    m_entityColumns->setVisible(entityColumns);
    // A timeline: the fields of events, not those of values (indicator, unit, kind of value).
    const bool events = readsEvents();
    const QList<QWidget *> valueOnly{m_labels[1], m_indicator, m_labels[2], m_unit, m_labels[4], m_kind, m_addToExisting};
    for (QWidget *w : valueOnly)
        w->setVisible(!events);
    // A table of records names its facts' units and indicators column by column.
    const bool records = chosenLayout() == ImportLayout::Records;
    m_recordColumns->setVisible(records);
    m_form->setRowVisible(m_indicator, !records && !events);
    m_form->setRowVisible(m_unit, !records && !events);
    m_columnsLabel->setVisible(!records && !m_header.isEmpty());
    const QStringList valueFields{QStringLiteral("indicator"), QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("note")};
    const QStringList eventFields{QStringLiteral("title"), QStringLiteral("description")};
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const bool shown = (!entityColumns || it.key() == u"date") && !records && !(events && valueFields.contains(it.key()))
            && (events || !eventFields.contains(it.key()));
        it.value()->setVisible(shown);
        m_columnLabels.value(it.key())->setVisible(shown);
    }
    if ((entityColumns || records) && height() < 820)
        resize(width(), 820);
    if (!m_batch) {
        m_status->setText(tr("Nothing will be written: %1").arg(m_error.toString()));
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    if (m_batch->layout == ImportLayout::Events) {
        // A timeline: its events, as the timeline will show them.
        m_status->setText(EventPreview::status(*m_batch, options().layout));
        EventPreview::fill(m_preview, m_dataset, *m_batch, m_language, previewRows);
        return;
    }
    QString status = tr("%n observation(s) to add", nullptr, int(m_batch->observations.size()));
    if (!m_batch->indicators.isEmpty())
        status += QStringLiteral(" · ") + tr("%n new indicator(s)", nullptr, int(m_batch->indicators.size()));
    if (m_batch->skippedRows)
        status += QStringLiteral(" · ") + tr("%n row(s) skipped: %1", nullptr, m_batch->skippedRows)
                                              .arg(m_batch->skippedCountries.join(QLatin1String(", ")));
    status += QStringLiteral(" · ") + ImportFormat::formatDescription(*m_batch);
    // Of which kinds of entity, and when, at the dates' precision.
    // (A table that only fills fields of matched records has neither.)
    QStringList kinds = ImportFormat::entityCounts(m_dataset, *m_batch, m_language);
    if (const QString range = ImportFormat::dateRange(*m_batch); !range.isEmpty())
        kinds << range;
    if (!kinds.isEmpty())
        status += QLatin1Char('\n') + kinds.join(QStringLiteral(" · "));
    // Where the values go: never into an existing indicator without saying so.
    for (const Indicator &i : m_batch->indicators)
        status += QLatin1Char('\n')
            + tr("New indicator %1 (%2), dated to the %3")
                  .arg(i.id, i.name.text(m_language), DisplayText::datePrecision(i.datePrecision));
    for (const QString &id : m_batch->existingIndicators) {
        const Indicator *known = m_dataset.indicator(id);
        status += QLatin1Char('\n')
            + tr("Adds to existing indicator %1 (%2)").arg(id, known ? known->name.text(m_language) : id);
    }
    // A table of one row per record: new and matched records, new units, what each column became.
    for (const QStringList &lines : {ImportFormat::recordCounts(m_dataset, *m_batch), ImportFormat::recordColumns(*m_batch)}) {
        if (!lines.isEmpty())
            status += QLatin1Char('\n') + lines.join(QStringLiteral(" · "));
    }
    // The values of matched records the file would change: kept, each said (the first of many).
    const QStringList kept = ImportFormat::keptValues(*m_batch);
    for (qsizetype i = 0; i < std::min<qsizetype>(kept.size(), keptShown); ++i)
        status += QLatin1Char('\n') + kept.at(i);
    if (kept.size() > keptShown)
        status += QLatin1Char('\n') + tr("… and %n more kept value(s): the dry run lists them all", nullptr, int(kept.size() - keptShown));
    m_status->setText(status);

    const QStringList headers{tr("Entity"), tr("Indicator"), tr("Date"), tr("Value"), tr("Unit"), tr("Kind"), tr("Source")};
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    const int rows = int(std::min<qsizetype>(previewRows, m_batch->observations.size()));
    // The records the file adds are named by the file.
    QHash<QString, QString> newNames;
    for (const Actor &a : m_batch->actors)
        newNames.insert(a.id, a.name.text(m_language));
    for (const AiModel &m : m_batch->models)
        newNames.insert(m.id, m.name.text(m_language));
    for (const ComputeCluster &c : m_batch->clusters)
        newNames.insert(c.id, c.name.text(m_language));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const Observation &o = m_batch->observations.at(r);
        const Indicator *known = m_dataset.indicator(o.indicator);
        QString unit = known ? known->unit : QString();
        for (const Indicator &i : m_batch->indicators) {
            if (i.id == o.indicator)
                unit = i.unit;
        }
        QString source = o.source;
        for (const Source &s : m_batch->sources) {
            if (s.id == o.source)
                source = s.title.text(m_language);
        }
        if (const Source *s = m_dataset.source(o.source))
            source = s->title.text(m_language);
        const QString indicator = known ? o.indicator : tr("%1 (new)").arg(o.indicator);
        // A new entity of the kind the user named, by its name and kind; a new record by its name.
        QString entity = newNames.value(o.country, m_dataset.entityName(o.country).text(m_language));
        for (const OtherEntity &e : m_batch->entities) {
            if (e.id == o.country)
                entity = tr("%1 · %2", "an entity and its kind").arg(e.name.text(m_language), e.kind.text(m_language));
        }
        const QStringList cells{entity, indicator,
                                DisplayText::period(o.year, o.month, o.day, m_language), ValueFormatter::number(o.value, m_language),
                                unit, DisplayText::observationKind(o.kind), source};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_preview->resizeColumnsToContents();
}

} // namespace gapscope
