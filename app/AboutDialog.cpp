#include "AboutDialog.h"

#include "domain/Dataset.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gapscope {

AboutDialog::AboutDialog(const Dataset &dataset, const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_workspacePath(workspacePath)
{
    setObjectName(QStringLiteral("AboutDialog"));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setOpenExternalLinks(true);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    retranslateUi();
}

QString AboutDialog::text() const
{
    return m_label->text();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About GapScope"));
    m_label->setText(tr("<h3>GapScope %1</h3>"
                        "<p>An explorer of the AI ecosystems of the United States, China and Korea.</p>"
                        "<p>Dataset version %2, with %3 observations from %4 sources.</p>"
                        "<p>Workspace: %5</p>")
                         .arg(QStringLiteral(GAPSCOPE_VERSION), m_dataset.version)
                         .arg(m_dataset.observations.size())
                         .arg(m_dataset.sources.size())
                         .arg(m_workspacePath.toHtmlEscaped()));
    // The standard button's text comes from Qt's own translation (qtbase), installed with ours.
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setText(tr("&Close"));
}

} // namespace gapscope
