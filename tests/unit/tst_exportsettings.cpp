#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "export/ExportDialog.h"
#include "export/SlideTheme.h"
#include "panels/ComparisonPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gapscope;

// The export dialog remembers what the user picked, across openings and runs, and File > Save
// view saves it: driven through the window's actions and the dialog's widgets.
class TestExportSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogRemembersItsSettings();
    void saveViewKeepsTheExportSettings();
    void formatAndFolderAreRemembered();

private:
    // Opens the export dialog from File > Export.
    ExportDialog *openExport();
    // File > Save view.
    QAction *saveViewAction() const;
    // Answers the next file dialog: notes its name filter and proposed file, types `path` into
    // its name field and presses Return, as a user would.
    void answerFileDialog(const QString &path, int turnsLeft = 200);
    // Picks the slide theme, 4:3, 2x, 150 dpi and the SWOT, with the keyboard.
    void pickSlideSettings(ExportDialog *dialog);

    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    QString m_seenFilter;
    QString m_seenFile;
    bool m_answered = false;
};

void TestExportSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName("gapscope-exportsettings-tests");
}

void TestExportSettings::init()
{
    QSettings().clear();
    m_languages = new LanguageManager;
    new InterfaceFont(m_languages, m_languages); // as the program does
    m_languages->setLanguage(Language::English);
    m_window = new MainWindow(test::miniDataset(), "mini.gapscope", m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestExportSettings::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_languages;
    m_languages = nullptr;
}

ExportDialog *TestExportSettings::openExport()
{
    m_window->exportAction()->trigger(); // File > Export
    QCoreApplication::processEvents();
    auto *dialog = m_window->findChild<ExportDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QAction *TestExportSettings::saveViewAction() const
{
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))
            return action;
    }
    return nullptr;
}

void TestExportSettings::answerFileDialog(const QString &path, int turnsLeft)
{
    m_answered = false;
    QTimer::singleShot(0, this, [this, path, turnsLeft] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            // Not up yet: look again on the event loop's next turn, a bounded number of times.
            if (turnsLeft > 0)
                answerFileDialog(path, turnsLeft - 1);
            return;
        }
        m_seenFilter = dialog->selectedNameFilter();
        m_seenFile = dialog->selectedFiles().value(0);
        dialog->selectFile(path);
        if (auto *box = dialog->findChild<QDialogButtonBox *>()) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
                    QTest::mouseClick(button, Qt::LeftButton);
            }
        }
        m_answered = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject(); // never left open, whatever went wrong
    });
}

void TestExportSettings::pickSlideSettings(ExportDialog *dialog)
{
    dialog->themePicker()->setFocus();
    QTest::keyClick(dialog->themePicker(), Qt::Key_Down); // Dark
    QTest::keyClick(dialog->themePicker(), Qt::Key_Down); // Slide
    QTest::keyClick(dialog->sizePicker(), Qt::Key_Down); // 4:3
    QTest::keyClick(dialog->scalePicker(), Qt::Key_Down); // 2x
    QTest::keyClick(dialog->panelPicker(), Qt::Key_End); // Map
    QTest::keyClick(dialog->panelPicker(), Qt::Key_Up); // SWOT
    QSpinBox *dpi = dialog->dpiBox();
    dpi->setFocus();
    QTest::keyClick(dpi, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dpi, "150");
    QTest::keyClick(dpi, Qt::Key_Tab);
}

void TestExportSettings::dialogRemembersItsSettings()
{
    ExportDialog *dialog = openExport();
    QVERIFY(dialog);
    QCOMPARE(dialog->view().theme, SavedView::Theme::Light); // a first run
    pickSlideSettings(dialog);
    QCOMPARE(dialog->themePicker()->currentIndex(), 2);
    QCOMPARE(dialog->view().dpi, 150);

    // Closed with its Close button; then opened again from the window.
    QPushButton *close = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(!dialog->isVisible());
    dialog = openExport();
    QVERIFY(dialog);
    const SavedView again = dialog->view();
    QCOMPARE(dialog->themePicker()->currentIndex(), 2);
    QCOMPARE(again.theme, SavedView::Theme::Slide);
    QCOMPARE(again.panel, SavedView::Panel::Swot);
    QCOMPARE(again.size, QSize(1600, 1200));
    QCOMPARE(dialog->sizePicker()->currentIndex(), 1);
    QCOMPARE(again.scale, 2);
    QCOMPARE(again.dpi, 150);
    QCOMPARE(dialog->previewImage().size(), QSize(1600, 1200));
    QCOMPARE(dialog->previewImage().pixelColor(1, 1), SlideTheme::of(SavedView::Theme::Slide).background);

    // And in the next run: the settings are in the file, and a new window's dialog has them.
    QSettings().sync();
    QSettings file(QSettings().fileName(), QSettings::NativeFormat);
    QCOMPARE(file.value("export/theme").toString(), QStringLiteral("slide"));
    QCOMPARE(file.value("export/panel").toString(), QStringLiteral("swot"));
    delete m_window;
    m_window = new MainWindow(test::miniDataset(), "mini.gapscope", m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    dialog = openExport();
    QVERIFY(dialog);
    QCOMPARE(dialog->view().theme, SavedView::Theme::Slide);
    QCOMPARE(dialog->view().size, QSize(1600, 1200));
    QCOMPARE(dialog->view().dpi, 150);

    // A panel's own Export... opens on that panel, with the remembered picture settings.
    m_window->comparisonPanel()->actions().first()->trigger();
    dialog = m_window->findChild<ExportDialog *>();
    QCOMPARE(dialog->view().panel, SavedView::Panel::Comparison);
    QCOMPARE(dialog->view().theme, SavedView::Theme::Slide);
}

void TestExportSettings::saveViewKeepsTheExportSettings()
{
    ExportDialog *dialog = openExport();
    QVERIFY(dialog);
    pickSlideSettings(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCoreApplication::processEvents();
    QVERIFY(!dialog->isVisible());

    // File > Save view, answered in its file dialog.
    QTemporaryDir dir;
    const QString path = dir.filePath("deck-slide.gapview");
    answerFileDialog(path);
    QAction *saveView = saveViewAction();
    QVERIFY(saveView);
    QCOMPARE(saveView->text(), QStringLiteral("Save &view…"));
    saveView->trigger();
    QCoreApplication::processEvents();
    QVERIFY(m_answered);
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(json.value("theme").toString(), QStringLiteral("slide"));
    QCOMPARE(json.value("panel").toString(), QStringLiteral("swot"));
    QCOMPARE(json.value("width").toInt(), 1600);
    QCOMPARE(json.value("height").toInt(), 1200);
    QCOMPARE(json.value("scale").toInt(), 2);
    QCOMPARE(json.value("dpi").toInt(), 150);
    QCOMPARE(json.value("language").toString(), QStringLiteral("en"));
}

void TestExportSettings::formatAndFolderAreRemembered()
{
    ExportDialog *dialog = openExport();
    QVERIFY(dialog);
    QTemporaryDir dir;
    // The first export proposes PNG; the user writes a PDF into a folder of their own.
    answerFileDialog(dir.filePath("first.pdf"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(m_answered);
    QVERIFY(m_seenFilter.contains("*.png"));
    QVERIFY(QFile::exists(dir.filePath("first.pdf")));

    // The next opening proposes a PDF in that folder.
    QTest::keyClick(dialog, Qt::Key_Escape);
    dialog = openExport();
    QVERIFY(dialog);
    answerFileDialog(dir.filePath("second"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(m_answered);
    QVERIFY2(m_seenFilter.contains("*.pdf"), qPrintable(m_seenFilter));
    QVERIFY2(m_seenFile.endsWith(".pdf"), qPrintable(m_seenFile));
    QCOMPARE(QFileInfo(m_seenFile).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    // A name typed without an extension takes the format picked.
    QVERIFY(QFile::exists(dir.filePath("second.pdf")));
    QCOMPARE(QFileInfo(m_seenFile).fileName(), QStringLiteral("gapscope-chart.pdf"));

    // The proposed name is the panel's: a SWOT is not offered as a chart.
    dialog->panelPicker()->setCurrentIndex(int(SavedView::Panel::Swot));
    answerFileDialog(dir.filePath("third"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(m_answered);
    QCOMPARE(QFileInfo(m_seenFile).fileName(), QStringLiteral("gapscope-swot.pdf"));
}

QTEST_MAIN(TestExportSettings)
#include "tst_exportsettings.moc"
