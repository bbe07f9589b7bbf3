#include "DetailsPanel.h"

#include "format/DisplayText.h"
#include "format/EpochVocabulary.h"
#include "format/ValueFormatter.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gapscope {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return value.isEmpty() ? QString()
                           : QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
                                 .arg(esc(label), value);
}

} // namespace

DetailsPanel::DetailsPanel(const Dataset &dataset, ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_dataset(dataset), m_state(state)
{
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_state, &ExplorerState::selectionChanged, this, &DetailsPanel::refresh);
    refresh();
}

void DetailsPanel::setLanguage(Language lang)
{
    m_language = lang;
    refresh();
}

void DetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_language = interfaceLanguage();
        refresh();
    }
    QWidget::changeEvent(event);
}

QString DetailsPanel::bothLanguages(const LocalizedText &text) const
{
    const Language other = m_language == Language::Korean ? Language::English : Language::Korean;
    QString html = QStringLiteral("<p>%1</p>").arg(esc(text.text(m_language)));
    if (!text.text(other).isEmpty() && text.text(other) != text.text(m_language))
        html += QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(text.text(other)));
    return html;
}

QString DetailsPanel::sourceHtml(const QString &id) const
{
    const Source *s = m_dataset.source(id);
    if (!s)
        return QStringLiteral("<p>%1</p>").arg(esc(tr("Source: %1").arg(id)));
    QString html = QStringLiteral("<h4>%1</h4><table>").arg(esc(tr("Source")));
    html += row(tr("Title"), esc(s->title.text(m_language)));
    html += row(tr("Publisher"), esc(s->publisher));
    html += row(tr("Document"), esc(s->document));
    html += row(tr("Section"), esc(s->section));
    html += row(tr("Date"), esc(s->date.isEmpty() ? tr("undated") : DisplayText::date(s->date, m_language)));
    html += row(tr("Licence"), esc(s->licence));
    if (!s->url.isEmpty())
        html += row(tr("Link"), QStringLiteral("<a href='%1'>%2</a>").arg(esc(s->url), esc(s->url)));
    html += row(tr("Note"), esc(s->note.text(m_language)));
    return html + QStringLiteral("</table>");
}

QString DetailsPanel::epochHtml(const AiModel &m) const
{
    if (m.epochName.isEmpty())
        return {};
    const Dataset &d = m_dataset;
    const Language lang = m_language;
    const auto number = [lang](const std::optional<double> &v) {
        return v ? esc(ValueFormatter::number(*v, lang)) : esc(tr("Not stated"));
    };
    const auto text = [](const QString &t) { return t.isEmpty() ? esc(tr("Not stated")) : esc(t); };
    QStringList lists;
    if (m.notable)
        lists << tr("notable models");
    if (m.largeScale)
        lists << tr("large-scale models (over 10²³ FLOP)");
    QString html = QStringLiteral("<h4>%1</h4><table>").arg(esc(tr("Epoch AI's record")));
    html += row(tr("Name"), esc(m.epochName));
    html += row(tr("Organisations"), text(DisplayText::actors(d, m.organisations, lang)));
    html += row(tr("Countries"), text(DisplayText::countries(d, m.countries, lang)));
    html += row(tr("Published"), m.published.isEmpty() ? text({}) : esc(DisplayText::date(m.published, lang)));
    html += row(tr("Domain"), text(EpochVocabulary::text(m.domain, lang)));
    html += row(tr("Task"), text(EpochVocabulary::text(m.task, lang)));
    html += row(tr("Parameters"), number(m.parameters));
    html += row(tr("Training compute (FLOP)"), number(m.trainingCompute));
    html += row(tr("Training compute cost (2023 USD)"), number(m.trainingCost));
    html += row(tr("Accessibility"), text(EpochVocabulary::text(m.accessibility, lang)));
    html += row(tr("Frontier model"), esc(m.frontier ? tr("Yes") : tr("No")));
    html += row(tr("In Epoch's lists of"), esc(lists.join(QLatin1String(", "))));
    html += row(tr("Confidence"), text(EpochVocabulary::text(m.confidence, lang)));
    if (!m.link.isEmpty())
        html += row(tr("Link"), QStringLiteral("<a href='%1'>%2</a>").arg(esc(m.link), esc(m.link)));
    html += QStringLiteral("</table>");
    // A model that only Epoch names has its source shown once, above.
    return m.epochSource == m.source ? html : html + sourceHtml(m.epochSource);
}

QString DetailsPanel::clusterHtml(const ComputeCluster &c) const
{
    const Dataset &d = m_dataset;
    const Language lang = m_language;
    const auto number = [lang](const std::optional<double> &v) {
        return v ? esc(ValueFormatter::number(*v, lang)) : esc(tr("Not stated"));
    };
    const auto term = [lang](const QString &t) {
        return t.isEmpty() ? esc(tr("Not stated")) : esc(EpochVocabulary::text(t, lang));
    };
    const auto date = [lang](const QString &t) { return t.isEmpty() ? esc(tr("Not stated")) : esc(DisplayText::date(t, lang)); };
    QString html = QStringLiteral("<h3>%1</h3><p style='color:#666'>%2</p><table>")
                       .arg(esc(c.name.text(lang)), esc(tr("Compute cluster")));
    html += row(tr("Owners"), c.owners.isEmpty() ? esc(tr("Not stated")) : esc(DisplayText::actors(d, c.owners, lang)));
    html += row(tr("Country"), c.country.isEmpty() ? esc(tr("Not stated")) : esc(DisplayText::country(d, c.country, lang)));
    html += row(tr("Status"), term(c.status));
    html += row(tr("First operational"), date(c.firstOperational));
    if (!c.decommissioned.isEmpty())
        html += row(tr("Decommissioned"), date(c.decommissioned));
    html += row(tr("H100 equivalents"), number(c.h100Equivalents));
    html += row(tr("Power (MW)"), number(c.powerMw));
    html += row(tr("Sector"), term(c.sector));
    html += row(tr("Certainty"), term(c.certainty));
    html += row(tr("In Epoch's standard analysis"), esc(c.includeInStandardAnalysis ? tr("Yes") : tr("No")));
    html += row(tr("Excluded by Epoch"), esc(c.exclude ? tr("Yes") : tr("No")));
    if (!c.link.isEmpty())
        html += row(tr("Link"), QStringLiteral("<a href='%1'>%2</a>").arg(esc(c.link), esc(c.link)));
    html += QStringLiteral("</table>");
    if (c.country == QLatin1String("CHN"))
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Epoch AI anonymises Chinese clusters and rounds their figures to one significant "
                                "figure: this name and these numbers are approximate.")));
    return html + sourceHtml(c.source);
}

void DetailsPanel::refresh()
{
    const ExplorerState::Selection s = m_state->selection();
    const Dataset &d = m_dataset;
    const Language lang = m_language;
    QString html;
    auto title = [](const QString &text, const QString &kind) {
        return QStringLiteral("<h3>%1</h3><p style='color:#666'>%2</p>").arg(esc(text), esc(kind));
    };
    switch (s.kind) {
    case ExplorerState::Kind::Observation:
        if (const qsizetype r = d.observations.indexOfId(s.id); r >= 0) {
            const Observation o = d.observations.at(r);
            const Indicator *i = d.indicator(o.indicator);
            html += title(DisplayText::indicator(d, o.indicator, lang), tr("Observation"));
            html += QStringLiteral("<table>");
            // A country as such; any other entity with its kind ("Computer vision · Research domain").
            if (d.entityKind(o.country).value_or(EntityKind::Country) == EntityKind::Country)
                html += row(tr("Country"), esc(DisplayText::country(d, o.country, lang)));
            else
                html += row(tr("Entity"), esc(tr("%1 · %2", "an entity and its kind")
                                                  .arg(DisplayText::country(d, o.country, lang),
                                                       DisplayText::entityKindOf(d, o.country, lang))));
            html += row(tr("Date"), esc(DisplayText::period(o.year, o.month, o.day, lang)));
            // How finely the indicator's figures may be dated.
            if (i)
                html += row(tr("Date precision"), esc(DisplayText::datePrecision(i->datePrecision)));
            html += row(tr("Value"), QStringLiteral("<b>%1</b>").arg(esc(ValueFormatter::withUnit(
                                                          o.value, i ? d.unit(i->unit) : nullptr, lang))));
            html += row(tr("Kind"), esc(DisplayText::observationKind(o.kind)));
            html += row(tr("Note"), esc(o.note.text(lang)));
            html += QStringLiteral("</table>");
            if (i)
                html += bothLanguages(i->description);
            html += sourceHtml(o.source);
        }
        break;
    case ExplorerState::Kind::Actor:
        if (const Actor *a = d.actor(s.id)) {
            // Details show names in full: in both languages.
            html += title(DisplayText::both(a->name, lang), DisplayText::actorKind(a->kind));
            html += QStringLiteral("<table>");
            html += row(tr("Country"), esc(DisplayText::country(d, a->country, lang)));
            html += row(tr("Dimensions"), esc(DisplayText::dimensions(d, a->dimensions, lang)));
            QStringList models;
            for (const AiModel &m : d.models) {
                if (m.developer == a->id || m.organisations.contains(a->id))
                    models.append(m.name.text(lang));
            }
            html += row(tr("AI models"), esc(models.join(QLatin1String(", "))));
            html += QStringLiteral("</table>");
            html += bothLanguages(a->description);
            html += sourceHtml(a->source);
        }
        break;
    case ExplorerState::Kind::Model:
        for (const AiModel &m : d.models) {
            if (m.id != s.id)
                continue;
            html += title(DisplayText::both(m.name, lang), tr("AI model"));
            html += QStringLiteral("<table>");
            html += row(tr("Developer"), esc(DisplayText::actor(d, m.developer, lang)));
            html += row(tr("Country"), esc(DisplayText::country(d, m.country, lang)));
            html += row(tr("Released"), esc(m.released.isEmpty() ? DisplayText::openWeights(std::nullopt) : DisplayText::date(m.released, lang)));
            html += row(tr("Weights"), esc(DisplayText::openWeights(m.openWeights)));
            // A model of the user's, which has no Epoch record below: the fields its imports gave.
            if (m.epochName.isEmpty()) {
                for (const auto &[label, value] : {std::pair(tr("Domain"), m.domain), std::pair(tr("Task"), m.task),
                                                   std::pair(tr("Accessibility"), m.accessibility),
                                                   std::pair(tr("Confidence"), m.confidence)}) {
                    if (!value.isEmpty())
                        html += row(label, esc(EpochVocabulary::text(value, lang)));
                }
                if (!m.link.isEmpty())
                    html += row(tr("Link"), QStringLiteral("<a href='%1'>%2</a>").arg(esc(m.link), esc(m.link)));
            }
            html += QStringLiteral("</table>");
            html += bothLanguages(m.description);
            html += sourceHtml(m.source);
            html += epochHtml(m);
        }
        break;
    case ExplorerState::Kind::Cluster:
        if (const qsizetype at = d.rowOf(RecordKind::Cluster, s.id); at >= 0)
            html += clusterHtml(d.clusters.at(at));
        break;
    case ExplorerState::Kind::Event:
        for (const Event &e : d.events) {
            if (e.id != s.id)
                continue;
            html += title(DisplayText::date(e.date, lang) + QStringLiteral(" · ") + DisplayText::country(d, e.country, lang),
                          DisplayText::eventKind(e.kind));
            html += bothLanguages(e.text);
            html += sourceHtml(e.source);
        }
        break;
    case ExplorerState::Kind::Assessment:
        for (const Assessment &a : d.assessments) {
            if (a.id != s.id)
                continue;
            html += title(DisplayText::country(d, a.country, lang) + QStringLiteral(" · ")
                              + DisplayText::dimension(d, a.dimension, lang),
                          DisplayText::assessmentKind(a.kind) + QStringLiteral(" · ") + QString::number(a.year));
            html += bothLanguages(a.text);
            if (!a.attribution.isEmpty())
                html += QStringLiteral("<p><i>— %1</i></p>").arg(esc(a.attribution.text(lang)));
            html += sourceHtml(a.source);
        }
        break;
    case ExplorerState::Kind::Swot:
        for (const SwotItem &w : d.swot) {
            if (w.id != s.id)
                continue;
            html += title(DisplayText::quadrant(w.quadrant) + QStringLiteral(" · ")
                              + DisplayText::country(d, w.country, lang),
                          DisplayText::dimension(d, w.dimension, lang) + QStringLiteral(" · ")
                              + QString::number(w.year));
            html += bothLanguages(w.text);
            html += sourceHtml(w.source);
        }
        break;
    case ExplorerState::Kind::Country:
        if (const Country *c = d.country(s.id)) {
            html += title(c->name.text(lang), c->region.text(lang));
            int observations = 0;
            for (qsizetype r = 0; r < d.observations.size(); ++r)
                observations += d.observations.entityAt(r) == c->code;
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("%n observation(s) in the workspace.", nullptr, observations)));
        }
        break;
    default:
        break;
    }
    if (html.isEmpty())
        html = QStringLiteral("<p style='color:#666'>%1</p>")
                   .arg(esc(tr("Select an observation, organisation, model, compute cluster, event, assessment or SWOT "
                               "item to see it here in full, with its source.")));
    m_browser->setHtml(html);
}

} // namespace gapscope
