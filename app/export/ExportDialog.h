#pragma once

#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gapscope {

class LanguageManager;
class ObservationIndex;

// Export of the explorer's current view: which panel, size, scale, resolution, theme and title,
// with a preview of exactly the picture that will be written. Saves to PNG, SVG, PDF or
// PowerPoint, copies to the clipboard (picture and SVG), or saves the view as a .gapview file.
// What the user picks (panel, size, scale, resolution, theme, format, folder, how a chart goes
// into a deck) is remembered in the Settings for the next export and for File > Save view.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `index`, when given, is the window's index of the dataset's observations, which the preview
    // and the files are drawn through (see ExportWriter::setIndex()).
    ExportDialog(const Dataset &dataset, const SavedView &view, LanguageManager *languages, QWidget *parent = nullptr,
                 const ObservationIndex *index = nullptr);

    SavedView view() const;
    // The preview as shown, and the picture it stands for (the PNG that would be written).
    QImage previewImage() const { return m_image; }

    bool saveTo(const QString &path);
    bool saveViewTo(const QString &path);
    void copyToClipboard();
    QString errorString() const { return m_error; }
    // The index of the observations the pictures are drawn through, none for one per picture.
    const ObservationIndex *observationIndex() const { return m_index; }

    QComboBox *panelPicker() const { return m_panel; }
    QComboBox *sizePicker() const { return m_size; }
    QComboBox *themePicker() const { return m_theme; }
    QComboBox *scalePicker() const { return m_scale; }
    // How a chart goes into a deck: 0 a native chart (the default), 1 a picture.
    QComboBox *chartsAsPicker() const { return m_chartsAs; }
    QLabel *preview() const { return m_preview; }
    QSpinBox *dpiBox() const { return m_dpi; }
    QPushButton *saveButton() const { return m_saveButton; }
    // What the dialog says: the picture's size, its pages, and after a save the files written.
    QLabel *status() const { return m_info; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();
    void showPreview();
    void save();
    void saveView();
    // Keeps the picture's settings and panel for the next export (Settings::exportView).
    void remember() const;

    const Dataset &m_dataset;
    const ObservationIndex *m_index = nullptr;
    LanguageManager *m_languages;
    SavedView m_base;
    QComboBox *m_panel = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_scale = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_chartsAs = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_labels[8] = {};
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_viewButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QImage m_image;
    QString m_error;
};

} // namespace gapscope
