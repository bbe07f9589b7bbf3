#include "RecordFields.h"

#include "format/DisplayText.h"
#include "store/DatasetValidator.h"

#include <QRegularExpression>
#include <QUuid>

namespace gapscope {

namespace {

QStringList pair(const LocalizedText &t)
{
    return {t.en, t.ko};
}

LocalizedText text(const QVariantMap &m, const char *key)
{
    const QStringList p = m.value(QLatin1String(key)).toStringList();
    return {p.value(0).trimmed(), p.value(1).trimmed()};
}

QString str(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

QString RecordFields::kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return tr("source");
    case RecordKind::Actor:
        return tr("organisation");
    case RecordKind::Model:
        return tr("AI model");
    case RecordKind::Event:
        return tr("event");
    case RecordKind::Assessment:
        return tr("assessment");
    case RecordKind::Swot:
        return tr("SWOT item");
    case RecordKind::Cluster:
        return tr("compute cluster");
    case RecordKind::Observation:
        break; // observations have a dialog of their own
    }
    return {};
}

QList<RecordFields::Field> RecordFields::fields(RecordKind kind)
{
    const Field id{QStringLiteral("id"), tr("Id"), Input::Id};
    const Field source{QStringLiteral("source"), tr("Source"), Input::Source};
    const Field country{QStringLiteral("country"), tr("Country"), Input::Country};
    switch (kind) {
    case RecordKind::Source:
        return {id,
                {QStringLiteral("title"), tr("Title"), Input::Text},
                {QStringLiteral("publisher"), tr("Publisher"), Input::Plain, false},
                {QStringLiteral("document"), tr("Document"), Input::Plain, false},
                {QStringLiteral("section"), tr("Section"), Input::Plain, false},
                {QStringLiteral("url"), tr("Link"), Input::Plain, false},
                {QStringLiteral("date"), tr("Date"), Input::Date, false},
                {QStringLiteral("licence"), tr("Licence"), Input::Plain, false},
                {QStringLiteral("note"), tr("Note"), Input::LongText, false}};
    case RecordKind::Actor:
        return {id,
                {QStringLiteral("name"), tr("Name"), Input::Text},
                country,
                {QStringLiteral("kind"), tr("Kind"), Input::Choice, true,
                 {"lab", "big_tech", "startup", "chipmaker", "cloud_si", "government", "university", "analyst", "media", "institution"}},
                {QStringLiteral("dimensions"), tr("Dimensions"), Input::Dimensions, false},
                {QStringLiteral("description"), tr("Description"), Input::LongText},
                source};
    case RecordKind::Model:
        return {id,
                {QStringLiteral("name"), tr("Name"), Input::Text},
                {QStringLiteral("developer"), tr("Developer"), Input::Actor},
                country,
                {QStringLiteral("released"), tr("Released"), Input::Date, false},
                {QStringLiteral("open_weights"), tr("Weights"), Input::OpenWeights},
                {QStringLiteral("description"), tr("Description"), Input::LongText},
                source};
    case RecordKind::Event:
        return {id,
                {QStringLiteral("date"), tr("Date"), Input::Date},
                country,
                {QStringLiteral("kind"), tr("Kind"), Input::Choice, true, DatasetValidator::eventKinds()},
                {QStringLiteral("text"), tr("Text"), Input::LongText},
                source};
    case RecordKind::Assessment:
        return {id,
                country,
                {QStringLiteral("dimension"), tr("Dimension"), Input::Dimension},
                {QStringLiteral("year"), tr("Year"), Input::Year},
                {QStringLiteral("kind"), tr("Kind"), Input::Choice, true, {"comparison", "position", "strategy", "advice", "quote"}},
                {QStringLiteral("text"), tr("Text"), Input::LongText},
                {QStringLiteral("attribution"), tr("Said by (quotes)"), Input::Text, false},
                source};
    case RecordKind::Swot:
        return {id,
                country,
                {QStringLiteral("quadrant"), tr("Quadrant"), Input::Quadrant},
                {QStringLiteral("dimension"), tr("Dimension"), Input::Dimension},
                {QStringLiteral("year"), tr("Year"), Input::Year},
                {QStringLiteral("text"), tr("Text"), Input::LongText},
                source};
    case RecordKind::Observation:
        break; // observations have a dialog of their own
    case RecordKind::Cluster:
        break; // clusters come from Epoch AI's file, not from the dialog
    }
    return {};
}

QString RecordFields::choiceText(RecordKind kind, const QString &value)
{
    // The one Choice field of each kind is its kind of record.
    switch (kind) {
    case RecordKind::Actor:
        return DisplayText::actorKind(value);
    case RecordKind::Event:
        return DisplayText::eventKind(value);
    case RecordKind::Assessment:
        return DisplayText::assessmentKind(value);
    default:
        break;
    }
    return value;
}

QString RecordFields::defaultCountry(const Dataset &d, const ExplorerState &state)
{
    const ExplorerState::Selection &s = state.selection();
    if (s.kind == ExplorerState::Kind::Country && d.country(s.id))
        return s.id;
    const Filter &f = state.filter();
    for (const char *code : {"KOR", "USA", "CHN"}) {
        if (f.acceptsCountry(QLatin1String(code)) && d.country(QLatin1String(code)))
            return QLatin1String(code);
    }
    for (const Country &c : d.countries) {
        if (f.acceptsCountry(c.code))
            return c.code;
    }
    return QStringLiteral("KOR");
}

Record RecordFields::blank(RecordKind kind)
{
    const QString id = QStringLiteral("user-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString korea = QStringLiteral("KOR");
    switch (kind) {
    case RecordKind::Source: {
        Source s;
        s.id = id;
        return s;
    }
    case RecordKind::Actor: {
        Actor a;
        a.id = id;
        a.country = korea;
        a.kind = QStringLiteral("lab");
        return a;
    }
    case RecordKind::Model: {
        AiModel m;
        m.id = id;
        m.country = korea;
        return m;
    }
    case RecordKind::Event: {
        Event e;
        e.id = id;
        e.country = korea;
        e.kind = QStringLiteral("policy");
        return e;
    }
    case RecordKind::Assessment: {
        Assessment a;
        a.id = id;
        a.country = korea;
        a.year = 2026;
        a.kind = QStringLiteral("position");
        return a;
    }
    default: {
        SwotItem s;
        s.id = id;
        s.country = korea;
        s.quadrant = QChar('S');
        s.year = 2026;
        return s;
    }
    }
}

QVariantMap RecordFields::toMap(const Record &r)
{
    return std::visit(
        [](const auto &x) -> QVariantMap {
            using T = std::decay_t<decltype(x)>;
            QVariantMap m{{QStringLiteral("id"), x.id}};
            if constexpr (std::is_same_v<T, Source>) {
                m.insert({{"title", pair(x.title)}, {"publisher", x.publisher}, {"document", x.document},
                          {"section", x.section}, {"url", x.url}, {"date", x.date}, {"licence", x.licence},
                          {"note", pair(x.note)}});
            } else if constexpr (std::is_same_v<T, Actor>) {
                m.insert({{"name", pair(x.name)}, {"country", x.country}, {"kind", x.kind}, {"dimensions", x.dimensions},
                          {"description", pair(x.description)}, {"source", x.source}});
            } else if constexpr (std::is_same_v<T, AiModel>) {
                m.insert({{"name", pair(x.name)}, {"developer", x.developer}, {"country", x.country}, {"released", x.released},
                          {"open_weights", x.openWeights ? (*x.openWeights ? QStringLiteral("true") : QStringLiteral("false")) : QString()},
                          {"description", pair(x.description)}, {"source", x.source}});
            } else if constexpr (std::is_same_v<T, Event>) {
                m.insert({{"date", x.date}, {"country", x.country}, {"kind", x.kind}, {"text", pair(x.text)}, {"source", x.source}});
            } else if constexpr (std::is_same_v<T, Assessment>) {
                m.insert({{"country", x.country}, {"dimension", x.dimension}, {"year", x.year}, {"kind", x.kind},
                          {"text", pair(x.text)}, {"attribution", pair(x.attribution)}, {"source", x.source}});
            } else if constexpr (std::is_same_v<T, SwotItem>) {
                m.insert({{"country", x.country}, {"quadrant", QString(x.quadrant)}, {"dimension", x.dimension}, {"year", x.year},
                          {"text", pair(x.text)}, {"source", x.source}});
            }
            return m;
        },
        r);
}

Record RecordFields::fromMap(RecordKind kind, const QVariantMap &m, const Record *original)
{
    const QString id = str(m, "id");
    switch (kind) {
    case RecordKind::Source:
        return Source{id, text(m, "title"), str(m, "publisher"), str(m, "document"), str(m, "section"), str(m, "url"),
                      str(m, "date"), str(m, "licence"), text(m, "note")};
    case RecordKind::Actor:
        return Actor{id, text(m, "name"), str(m, "country"), str(m, "kind"), m.value("dimensions").toStringList(),
                     text(m, "description"), str(m, "source")};
    case RecordKind::Model: {
        const QString open = str(m, "open_weights");
        // What Epoch AI's files say of the model is not edited here and stays as it was.
        const AiModel *before = original ? std::get_if<AiModel>(original) : nullptr;
        AiModel model = before ? *before : AiModel();
        model.id = id;
        model.name = text(m, "name");
        model.developer = str(m, "developer");
        model.country = str(m, "country");
        model.released = str(m, "released");
        model.openWeights = open.isEmpty() ? std::nullopt : std::optional<bool>(open == QLatin1String("true"));
        model.description = text(m, "description");
        model.source = str(m, "source");
        return model;
    }
    case RecordKind::Event:
        return Event{id, str(m, "date"), str(m, "country"), str(m, "kind"), text(m, "text"), str(m, "source")};
    case RecordKind::Assessment:
        return Assessment{id, str(m, "country"), str(m, "dimension"), m.value("year").toInt(), str(m, "kind"),
                          text(m, "text"), text(m, "attribution"), str(m, "source")};
    default: {
        const QString q = str(m, "quadrant");
        return SwotItem{id, str(m, "country"), q.isEmpty() ? QChar() : q.at(0), text(m, "text"), str(m, "dimension"),
                        m.value("year").toInt(), str(m, "source")};
    }
    }
}

QString RecordFields::problem(RecordKind kind, const QVariantMap &values)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"));
    for (const Field &f : fields(kind)) {
        const QVariant v = values.value(f.key);
        switch (f.input) {
        case Input::Text:
        case Input::LongText: {
            const QStringList p = v.toStringList();
            const bool en = !p.value(0).trimmed().isEmpty();
            const bool ko = !p.value(1).trimmed().isEmpty();
            // Every visible text exists in English and Korean.
            if ((f.required && (!en || !ko)) || (en != ko))
                return tr("%1: write it in English and in Korean.").arg(f.label);
            break;
        }
        case Input::Date:
            if (!v.toString().isEmpty() && !date.match(v.toString()).hasMatch())
                return tr("%1: write a date as YYYY, YYYY-MM or YYYY-MM-DD.").arg(f.label);
            if (f.required && v.toString().isEmpty())
                return tr("%1 is required.").arg(f.label);
            break;
        case Input::Source:
            if (v.toString().isEmpty())
                return tr("Every record needs a source: choose one.");
            break;
        default:
            if (f.required && v.toString().isEmpty() && v.toStringList().isEmpty())
                return tr("%1 is required.").arg(f.label);
            break;
        }
    }
    if (kind == RecordKind::Source && str(values, "document").isEmpty() && str(values, "url").isEmpty())
        return tr("Name the document or give its link.");
    if (kind == RecordKind::Assessment && str(values, "kind") == QLatin1String("quote")
        && values.value("attribution").toStringList().value(0).trimmed().isEmpty())
        return tr("A quote names who said it.");
    return {};
}

} // namespace gapscope
