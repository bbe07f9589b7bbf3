#include "ExportDialog.h"

#include "DeckWriter.h"
#include "ExportWriter.h"
#include "LanguageManager.h"
#include "Settings.h"
#include "view/ViewFile.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gapscope {

namespace {

const QList<std::pair<const char *, QSize>> sizes = {{"16:9", {1920, 1080}},
                                                     {"4:3", {1600, 1200}},
                                                     {"square", {1080, 1080}},
                                                     {"a4", {1123, 794}}};

} // namespace

ExportDialog::ExportDialog(const Dataset &dataset, const SavedView &view, LanguageManager *languages, QWidget *parent,
                           const ObservationIndex *index)
    : QDialog(parent), m_dataset(dataset), m_index(index), m_languages(languages), m_base(view)
{
    setObjectName(QStringLiteral("ExportDialog"));
    m_panel = new QComboBox(this);
    m_size = new QComboBox(this);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, SavedView::maxSide);
        box->setSingleStep(10);
    }
    m_width->setMinimum(200);
    m_height->setMinimum(150);
    m_width->setValue(view.size.width());
    m_height->setValue(view.size.height());
    m_scale = new QComboBox(this);
    for (int s = 1; s <= 3; ++s)
        m_scale->addItem(QStringLiteral("%1×").arg(s), s);
    m_scale->setCurrentIndex(std::clamp(view.scale, 1, 3) - 1);
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(36, 1200);
    m_dpi->setValue(view.dpi);
    m_theme = new QComboBox(this);
    m_title = new QLineEdit(view.title, this);
    m_chartsAs = new QComboBox(this);
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(480, 270);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);

    auto *form = new QFormLayout;
    for (QLabel *&label : m_labels)
        label = new QLabel(this);
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    form->addRow(m_labels[0], m_panel);
    form->addRow(m_labels[1], m_size);
    form->addRow(m_labels[2], custom);
    form->addRow(m_labels[3], m_scale);
    form->addRow(m_labels[4], m_dpi);
    form->addRow(m_labels[5], m_theme);
    form->addRow(m_labels[6], m_title);
    form->addRow(m_labels[7], m_chartsAs);
    m_labels[0]->setBuddy(m_panel);
    m_labels[1]->setBuddy(m_size);
    m_labels[2]->setBuddy(m_width);
    m_labels[3]->setBuddy(m_scale);
    m_labels[4]->setBuddy(m_dpi);
    m_labels[5]->setBuddy(m_theme);
    m_labels[6]->setBuddy(m_title);
    m_labels[7]->setBuddy(m_chartsAs);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_copyButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_viewButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(m_viewButton, &QPushButton::clicked, this, &ExportDialog::saveView);

    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_info);
    side->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(side);
    top->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);

    retranslateUi();
    m_chartsAs->setCurrentIndex(Settings::exportChartsAs() == QLatin1String("picture") ? 1 : 0);
    m_panel->setCurrentIndex(int(view.panel));
    m_theme->setCurrentIndex(int(view.theme));
    int sizeIndex = int(sizes.size()); // custom
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        if (sizes[i].second == view.size)
            sizeIndex = int(i);
    }
    m_size->setCurrentIndex(sizeIndex);
    m_width->setEnabled(sizeIndex == int(sizes.size()));
    m_height->setEnabled(sizeIndex == int(sizes.size()));

    // What the user picks is remembered at once: for the next opening, the next run, and File >
    // Save view. The title is the view's own and is not.
    const auto changed = [this] {
        updatePreview();
        remember();
    };
    connect(m_panel, &QComboBox::currentIndexChanged, this, changed);
    connect(m_theme, &QComboBox::currentIndexChanged, this, changed);
    connect(m_scale, &QComboBox::currentIndexChanged, this, changed);
    connect(m_dpi, &QSpinBox::valueChanged, this, changed);
    connect(m_width, &QSpinBox::valueChanged, this, changed);
    connect(m_height, &QSpinBox::valueChanged, this, changed);
    connect(m_title, &QLineEdit::editingFinished, this, changed);
    connect(m_chartsAs, &QComboBox::currentIndexChanged, this, [this] { remember(); });
    connect(m_size, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool custom = index >= int(sizes.size());
        m_width->setEnabled(custom);
        m_height->setEnabled(custom);
        if (!custom) {
            const QSignalBlocker bw(m_width);
            const QSignalBlocker bh(m_height);
            m_width->setValue(sizes[index].second.width());
            m_height->setValue(sizes[index].second.height());
        }
        updatePreview();
        remember();
    });
    resize(1100, 620);
    updatePreview();
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    m_labels[0]->setText(tr("&Show:"));
    m_labels[1]->setText(tr("Si&ze:"));
    m_labels[2]->setText(tr("&Pixels:"));
    m_labels[3]->setText(tr("Sc&ale:"));
    m_labels[4]->setText(tr("&Resolution (dpi):"));
    m_labels[5]->setText(tr("&Theme:"));
    m_labels[6]->setText(tr("T&itle:"));
    m_labels[7]->setText(tr("C&hart in a deck:"));
    const QSignalBlocker b1(m_panel);
    const QSignalBlocker b2(m_size);
    const QSignalBlocker b3(m_theme);
    const QSignalBlocker b4(m_chartsAs);
    const int chartsAs = m_chartsAs->currentIndex();
    m_chartsAs->clear();
    m_chartsAs->addItems({tr("Native chart (editable)"), tr("Picture")});
    m_chartsAs->setCurrentIndex(std::max(0, chartsAs));
    m_chartsAs->setToolTip(tr("How a chart or models scatter goes into a PowerPoint deck: a native chart you can "
                              "restyle and whose data you can edit in PowerPoint or LibreOffice, or a picture. Maps, "
                              "bubble charts, the gap's chart and a models scatter of more than eight countries are "
                              "pictures either way."));
    const int panel = m_panel->currentIndex();
    const int size = m_size->currentIndex();
    const int theme = m_theme->currentIndex();
    m_panel->clear();
    m_panel->addItems({tr("Chart"), tr("Observations table"), tr("Comparison"), tr("SWOT"), tr("Gap"), tr("Map"),
                        tr("Models scatter"), tr("Bubbles")});
    m_size->clear();
    m_size->addItems({tr("16:9 slide (1920 × 1080)"), tr("4:3 slide (1600 × 1200)"), tr("Square (1080 × 1080)"),
                      tr("A4 landscape"), tr("Custom")});
    m_theme->clear();
    m_theme->addItems({tr("Light"), tr("Dark"), tr("Slide (high contrast, large type)")});
    m_panel->setCurrentIndex(std::max(0, panel));
    m_size->setCurrentIndex(std::max(0, size));
    m_theme->setCurrentIndex(std::max(0, theme));
    m_title->setPlaceholderText(tr("The indicator's or panel's name"));
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_preview->setAccessibleName(tr("Preview of the exported picture"));
    m_saveButton->setText(tr("&Save…"));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setToolTip(tr("Copy the picture and its SVG to the clipboard"));
    m_viewButton->setText(tr("Save &view…"));
    m_viewButton->setToolTip(tr("Save these settings and the filter as a .gapview file"));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The picture follows the interface's language, data included.
        if (m_languages)
            m_base.language = m_languages->language();
        retranslateUi();
        updatePreview();
    }
    QDialog::changeEvent(event);
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showPreview();
}

SavedView ExportDialog::view() const
{
    SavedView v = m_base;
    v.panel = SavedView::Panel(std::clamp(m_panel->currentIndex(), 0, m_panel->count() - 1));
    v.theme = SavedView::Theme(std::clamp(m_theme->currentIndex(), 0, 2));
    v.size = QSize(m_width->value(), m_height->value());
    v.scale = m_scale->currentData().toInt();
    v.dpi = m_dpi->value();
    v.title = m_title->text().trimmed();
    return v;
}

void ExportDialog::updatePreview()
{
    // The preview is the picture at 1x: what is written, whatever the scale.
    SavedView v = view();
    const int scale = v.scale;
    v.scale = 1;
    ExportWriter writer(m_dataset);
    writer.setIndex(m_index);
    int pages = 1;
    m_image = writer.image(v, &pages);
    QString info = tr("%1 × %2 pixels written (%3 × %4 at %5×)")
                       .arg(v.size.width() * scale)
                       .arg(v.size.height() * scale)
                       .arg(v.size.width())
                       .arg(v.size.height())
                       .arg(scale);
    if (pages > 1)
        info += QLatin1Char('\n')
            + tr("Too long for one slide in readable type: %n pages in a PDF, or numbered PNG or SVG files; "
                 "the first is shown.",
                 nullptr, pages);
    m_info->setText(info);
    showPreview();
}

void ExportDialog::showPreview()
{
    if (m_image.isNull())
        return;
    const QSize room = m_preview->contentsRect().size() * devicePixelRatioF();
    QImage scaled = m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(devicePixelRatioF());
    m_preview->setPixmap(QPixmap::fromImage(scaled));
}

void ExportDialog::remember() const
{
    Settings::setExportView(view());
    Settings::setExportChartsAs(m_chartsAs->currentIndex() == 1 ? QStringLiteral("picture") : QStringLiteral("native"));
}

bool ExportDialog::saveTo(const QString &path)
{
    bool ok = false;
    if (ExportWriter::formatOf(path) == ExportWriter::Format::Pptx) {
        DeckWriter deck(m_dataset, m_languages);
        deck.setIndex(m_index);
        deck.setChartsAs(m_chartsAs->currentIndex() == 1 ? DeckWriter::ChartsAs::Picture : DeckWriter::ChartsAs::Native);
        ok = deck.write({view()}, path);
        m_error = deck.errorString();
    } else {
        ExportWriter writer(m_dataset);
        writer.setIndex(m_index);
        ok = writer.write(view(), path);
        m_error = writer.errorString();
        // A long table goes to numbered files: the user is told which.
        const QStringList written = writer.writtenFiles();
        QStringList names;
        for (const QString &file : written)
            names << QFileInfo(file).fileName();
        // Many pages: the first two and the last.
        if (names.size() > 3)
            names = QStringList{names.at(0), names.at(1), QStringLiteral("…"), names.constLast()};
        if (ok && written.size() > 1)
            m_info->setText(tr("Wrote %n files: %1", nullptr, int(written.size())).arg(names.join(QStringLiteral(", "))));
        else if (ok)
            m_info->setText(tr("Wrote %1").arg(names.value(0)));
    }
    if (ok) {
        const QFileInfo file(path);
        Settings::setExportFormat(file.suffix().toLower());
        Settings::setExportFolder(file.absolutePath());
        remember();
    }
    return ok;
}

bool ExportDialog::saveViewTo(const QString &path)
{
    remember();
    ViewFile file;
    const bool ok = file.write(path, view());
    m_error = file.errorString();
    return ok;
}

void ExportDialog::copyToClipboard()
{
    remember();
    ExportWriter writer(m_dataset);
    writer.setIndex(m_index);
    QApplication::clipboard()->setMimeData(writer.mimeData(view()));
}

void ExportDialog::save()
{
    // The file dialog opens where the last export went, on its format.
    QString folder = Settings::exportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filters =
        tr("PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;PowerPoint deck (*.pptx)");
    const QStringList choices = filters.split(QStringLiteral(";;"));
    const QString suffix = Settings::exportFormat();
    const QString pattern = QStringLiteral("(*.%1)").arg(suffix);
    QString selected;
    for (const QString &choice : choices) {
        if (choice.endsWith(pattern))
            selected = choice;
    }
    // Named after the panel exported.
    const QStringList names{tr("gapscope-chart"), tr("gapscope-table"), tr("gapscope-comparison"), tr("gapscope-swot"),
                            tr("gapscope-gap"), tr("gapscope-map"), tr("gapscope-scatter"),
                            tr("gapscope-bubbles")};
    const QString name = names.value(int(view().panel), names.constFirst());
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), folder + QLatin1Char('/') + name + QLatin1Char('.') + suffix,
                                                filters, &selected);
    if (path.isEmpty())
        return;
    // A name typed without an extension takes the format picked in the dialog.
    if (!ExportWriter::formatOf(path)) {
        const qsizetype dot = selected.lastIndexOf(QStringLiteral("(*."));
        if (dot >= 0)
            path += selected.mid(dot + 2).chopped(1);
    }
    if (!saveTo(path))
        QMessageBox::warning(this, tr("Export"), m_error);
}

void ExportDialog::saveView()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save view"), tr("view") + QStringLiteral(".gapview"),
                                                      tr("GapScope view (*.gapview)"));
    if (!path.isEmpty() && !saveViewTo(path))
        QMessageBox::warning(this, tr("Save view"), m_error);
}

} // namespace gapscope
