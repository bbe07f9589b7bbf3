#include "AboutDialog.h"

#include "domain/Dataset.h"
#include "domain/Language.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
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
    // Every source with its licence and citation: the list grows with the dataset, so it scrolls.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_label);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    resize(640, 560);
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

QString AboutDialog::sourcesHtml() const
{
    // One entry per document: the sections of one article share its citation and licence.
    const Language lang = interfaceLanguage();
    QString items;
    QSet<QString> seen;
    for (const Source &s : m_dataset.sources) {
        if (seen.contains(s.document))
            continue;
        seen.insert(s.document);
        QStringList parts{QStringLiteral("<b>%1</b>").arg(s.title.text(lang).toHtmlEscaped())};
        if (!s.publisher.isEmpty())
            parts << s.publisher.toHtmlEscaped();
        parts << tr("Citation: %1").arg(s.document.toHtmlEscaped());
        if (!s.url.isEmpty())
            parts << QStringLiteral("<a href=\"%1\">%1</a>").arg(s.url.toHtmlEscaped());
        parts << (s.licence.isEmpty() ? tr("Licence: not stated") : tr("Licence: %1").arg(s.licence.toHtmlEscaped()));
        items += QStringLiteral("<li>%1</li>").arg(parts.join(QStringLiteral("<br>")));
    }
    return QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(tr("Sources"), items);
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
                         .arg(m_workspacePath.toHtmlEscaped())
                     + sourcesHtml());
    // The standard button's text comes from Qt's own translation (qtbase), installed with ours.
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setText(tr("&Close"));
}

} // namespace gapscope
