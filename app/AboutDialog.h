#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace gapscope {

class Dataset;

// What GapScope and its dataset are: application and dataset versions, counts, the workspace
// and where the data comes from. Stays open beside the window and follows a language switch.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const Dataset &dataset, const QString &workspacePath, QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Every source document: title, publisher, citation, link and licence.
    QString sourcesHtml() const;

    const Dataset &m_dataset;
    QString m_workspacePath;
    QLabel *m_label = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gapscope
