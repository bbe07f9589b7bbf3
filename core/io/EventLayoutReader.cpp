#include "EventLayoutReader.h"

#include "format/DisplayText.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace gapscope {

namespace {

// A header as its words: lower case, "_", "-" and brackets as spaces ("Title (EN)" is "title en").
QString normalized(const QString &header)
{
    QString out = header.toLower();
    for (QChar &c : out) {
        if (c == u'_' || c == u'-' || c == u'(' || c == u')')
            c = u' ';
    }
    return out.simplified();
}

// Each field of a timeline and the headers it goes by, in English and Korean, most likely first.
struct Field
{
    QString name;
    QStringList headers;
};

const QList<Field> &timelineFields()
{
    static const QList<Field> fields{
        {QStringLiteral("date"), {QStringLiteral("date"), QStringLiteral("day"), QStringLiteral("when"), QStringLiteral("날짜"),
                                  QStringLiteral("일자"), QStringLiteral("일시"), QStringLiteral("시기")}},
        {QStringLiteral("year"), {QStringLiteral("year"), QStringLiteral("연도"), QStringLiteral("년도")}},
        {QStringLiteral("month"), {QStringLiteral("month"), QStringLiteral("월")}},
        {QStringLiteral("country"), {QStringLiteral("country"), QStringLiteral("nation"), QStringLiteral("country code"),
                                     QStringLiteral("code"), QStringLiteral("region"), QStringLiteral("entity"),
                                     QStringLiteral("국가"), QStringLiteral("나라"), QStringLiteral("국가명"), QStringLiteral("지역")}},
        {QStringLiteral("title_en"), {QStringLiteral("title en"), QStringLiteral("event en")}},
        {QStringLiteral("title_ko"), {QStringLiteral("title ko"), QStringLiteral("event ko")}},
        {QStringLiteral("title"), {QStringLiteral("title"), QStringLiteral("event"), QStringLiteral("headline"),
                                   QStringLiteral("name"), QStringLiteral("event title"), QStringLiteral("event name"),
                                   QStringLiteral("제목"), QStringLiteral("사건"), QStringLiteral("이벤트"), QStringLiteral("행사"),
                                   QStringLiteral("명칭")}},
        {QStringLiteral("kind"), {QStringLiteral("kind"), QStringLiteral("type"), QStringLiteral("event type"),
                                  QStringLiteral("event kind"), QStringLiteral("category"), QStringLiteral("종류"),
                                  QStringLiteral("유형"), QStringLiteral("분류"), QStringLiteral("구분")}},
        {QStringLiteral("description_en"), {QStringLiteral("description en")}},
        {QStringLiteral("description_ko"), {QStringLiteral("description ko")}},
        {QStringLiteral("description"), {QStringLiteral("description"), QStringLiteral("details"), QStringLiteral("detail"),
                                         QStringLiteral("summary"), QStringLiteral("설명"), QStringLiteral("내용"),
                                         QStringLiteral("요약"), QStringLiteral("상세")}},
        {QStringLiteral("source"), {QStringLiteral("source"), QStringLiteral("sources"), QStringLiteral("url"),
                                    QStringLiteral("link"), QStringLiteral("reference"), QStringLiteral("출처"),
                                    QStringLiteral("링크")}},
    };
    return fields;
}

// The field each column holds ("date", "title", ...), empty for a column kept as a note. A
// field's own name wins over the other headers it goes by; each field takes one column.
QStringList fieldsOf(const QStringList &names)
{
    QStringList out(names.size());
    for (const Field &f : timelineFields()) {
        for (const QString &header : f.headers) {
            qsizetype at = -1;
            for (qsizetype i = 0; i < names.size() && at < 0; ++i) {
                if (out[i].isEmpty() && normalized(names[i]) == header)
                    at = i;
            }
            if (at >= 0) {
                out[at] = f.name;
                break;
            }
        }
    }
    // A month column alone is the date ("2024-03").
    if (!out.contains(QLatin1String("date")) && !out.contains(QLatin1String("year")) && out.contains(QLatin1String("month")))
        out[out.indexOf(QLatin1String("month"))] = QStringLiteral("date");
    return out;
}

bool hasHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Hangul; });
}

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

// The text of an event in one language: its title, description and what else the file says.
QString eventText(const QString &title, const QString &description, const QStringList &more)
{
    QString text = title;
    if (!description.isEmpty())
        text += QStringLiteral(" \u2014 ") + description;
    if (!more.isEmpty())
        text += QStringLiteral(" (") + more.join(QLatin1String("; ")) + QLatin1Char(')');
    return text;
}

// The titles a workspace's event goes by: its whole text, and the title an imported event's text
// starts with.
QStringList titlesOf(const Event &e)
{
    QStringList titles;
    for (const QString &text : {e.text.en, e.text.ko}) {
        titles << folded(text) << folded(text.section(QStringLiteral(" \u2014 "), 0, 0))
               << folded(text.section(QStringLiteral(" ("), 0, 0));
    }
    titles.removeDuplicates();
    return titles;
}

} // namespace

bool EventLayoutReader::namesEvents(const QStringList &names)
{
    const QStringList fields = fieldsOf(names);
    return (fields.contains(QLatin1String("date")) || fields.contains(QLatin1String("year")))
        && (fields.contains(QLatin1String("title")) || fields.contains(QLatin1String("title_en"))
            || fields.contains(QLatin1String("title_ko")))
        && fields.contains(QLatin1String("kind"));
}

QString EventLayoutReader::kindOf(const QString &text)
{
    // Words of each kind, in English and Korean; the longest that the text has wins ("press
    // release" is a statement, "release" a model's).
    static const QList<std::pair<QString, QStringList>> words{
        {QStringLiteral("policy"),
         {QStringLiteral("policy"), QStringLiteral("regulation"), QStringLiteral("regulatory"), QStringLiteral("law"),
          QStringLiteral("act"), QStringLiteral("bill"), QStringLiteral("legislation"), QStringLiteral("executive order"),
          QStringLiteral("guideline"), QStringLiteral("guidelines"), QStringLiteral("strategy"), QStringLiteral("rule"),
          QStringLiteral("export control"), QStringLiteral("정책"), QStringLiteral("규제"), QStringLiteral("법"),
          QStringLiteral("법안"), QStringLiteral("법률"), QStringLiteral("입법"), QStringLiteral("전략"),
          QStringLiteral("행정명령"), QStringLiteral("가이드라인")}},
        {QStringLiteral("model_release"),
         {QStringLiteral("model release"), QStringLiteral("model"), QStringLiteral("release"), QStringLiteral("launch"),
          QStringLiteral("product launch"), QStringLiteral("모델"), QStringLiteral("출시"), QStringLiteral("모델 출시"),
          QStringLiteral("공개")}},
        {QStringLiteral("investment"),
         {QStringLiteral("investment"), QStringLiteral("funding"), QStringLiteral("fund"), QStringLiteral("financing"),
          QStringLiteral("funding round"), QStringLiteral("grant"), QStringLiteral("subsidy"), QStringLiteral("acquisition"),
          QStringLiteral("투자"), QStringLiteral("펀딩"), QStringLiteral("자금"), QStringLiteral("보조금"), QStringLiteral("인수")}},
        {QStringLiteral("infrastructure"),
         {QStringLiteral("infrastructure"), QStringLiteral("data centre"), QStringLiteral("data center"),
          QStringLiteral("datacenter"), QStringLiteral("datacentre"), QStringLiteral("compute"), QStringLiteral("computing"),
          QStringLiteral("supercomputer"), QStringLiteral("cluster"), QStringLiteral("chips"), QStringLiteral("semiconductor"),
          QStringLiteral("인프라"), QStringLiteral("데이터센터"), QStringLiteral("데이터 센터"), QStringLiteral("컴퓨팅"),
          QStringLiteral("슈퍼컴퓨터"), QStringLiteral("반도체")}},
        {QStringLiteral("report"),
         {QStringLiteral("report"), QStringLiteral("study"), QStringLiteral("survey"), QStringLiteral("index"),
          QStringLiteral("paper"), QStringLiteral("publication"), QStringLiteral("white paper"), QStringLiteral("보고서"),
          QStringLiteral("연구"), QStringLiteral("조사"), QStringLiteral("백서")}},
        {QStringLiteral("milestone"),
         {QStringLiteral("milestone"), QStringLiteral("achievement"), QStringLiteral("breakthrough"), QStringLiteral("record"),
          QStringLiteral("이정표"), QStringLiteral("성과"), QStringLiteral("돌파")}},
        {QStringLiteral("statement"),
         {QStringLiteral("statement"), QStringLiteral("announcement"), QStringLiteral("press release"),
          QStringLiteral("declaration"), QStringLiteral("speech"), QStringLiteral("pledge"), QStringLiteral("성명"),
          QStringLiteral("발표"), QStringLiteral("선언"), QStringLiteral("연설")}},
    };
    const QString t = normalized(text);
    // The app's own kind ids ("model_release") are themselves.
    for (const auto &[kind, list] : words) {
        if (t == normalized(kind))
            return kind;
    }
    // English words whole ("act", not "impact"); Korean ones anywhere in a word ("기본법",
    // "모델출시"), as Korean writes them together.
    const QStringList tokens = t.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    const QString spaced = QLatin1Char(' ') + tokens.join(QLatin1Char(' ')) + QLatin1Char(' ');
    QString best = QStringLiteral("other");
    qsizetype bestLength = 0;
    for (const auto &[kind, list] : words) {
        for (const QString &w : list) {
            const bool found = hasHangul(w) ? t.contains(w) : spaced.contains(QLatin1Char(' ') + w + QLatin1Char(' '));
            if (found && w.size() > bestLength) {
                best = kind;
                bestLength = w.size();
            }
        }
    }
    return best;
}

bool EventLayoutReader::read(const QList<CsvRecord> &records, const QStringList &names)
{
    const CsvRecord &header = records.constFirst();
    const QStringList fields = fieldsOf(names);
    auto has = [&fields](const char *name) { return fields.contains(QLatin1String(name)); };
    const std::pair<const char *, bool> required[] = {{"date", has("date") || has("year")},
                                                      {"title", has("title") || has("title_en") || has("title_ko")},
                                                      {"country", has("country")}};
    for (const auto &[name, present] : required) {
        if (!present)
            return fail(header.line, 0, tr("missing column \"%1\" (the header has: %2)")
                                            .arg(QLatin1String(name), header.fields.join(QLatin1String(", "))));
    }

    // The file's language: Korean when its titles or descriptions are written in Hangul.
    const qsizetype titleColumn = fields.indexOf(QLatin1String("title"));
    const qsizetype descriptionColumn = fields.indexOf(QLatin1String("description"));
    bool korean = false;
    for (qsizetype r = 1; r < records.size() && !korean; ++r) {
        for (qsizetype c : {titleColumn, descriptionColumn})
            korean = korean || (c >= 0 && hasHangul(records[r].fields.value(c)));
    }

    // What the workspace has: by date, country and title, and by id (an earlier import's).
    QHash<QString, QString> existing;
    for (const Event &e : m_rows.dataset().events) {
        for (const QString &title : titlesOf(e))
            existing.insert(e.date + QLatin1Char('|') + e.country + QLatin1Char('|') + title, e.id);
    }
    QHash<QString, int> seen; // date|country|title -> line
    ImportBatch &batch = m_rows.batch();
    const ImportOptions &options = m_rows.options();
    return m_rows.eachRecord(records, [&](const CsvRecord &rec, ImportRow &row) {
        QStringList notes;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (!fields[i].isEmpty())
                row.set(fields[i], rec, i);
            else if (!rec.fields[i].trimmed().isEmpty())
                notes << header.fields[i].trimmed() + QStringLiteral(": ") + rec.fields[i].trimmed();
        }
        auto field = [&row](const char *name) { return row.fields.value(QLatin1String(name)); };
        auto column = [&row](const char *name) { return row.columns.value(QLatin1String(name)); };

        int year = 0, month = 0, day = 0;
        if (!m_rows.date(row, &year, &month, &day))
            return false;
        bool skip = false;
        const QString code = m_rows.country(row, &skip);
        if (skip) {
            ++batch.skippedRows;
            return true;
        }
        if (code.isEmpty())
            return fail(row.line, column("country"), tr("unknown country \"%1\": use an ISO alpha-3 code or a name GapScope knows, "
                                                        "map it, or skip unknown countries")
                                                         .arg(field("country")));

        // Each language's title and description: its own column, or the file's language's.
        QString title[2] = {field("title_en"), field("title_ko")};
        QString description[2] = {field("description_en"), field("description_ko")};
        const int own = korean ? 1 : 0;
        if (title[own].isEmpty())
            title[own] = field("title");
        if (description[own].isEmpty())
            description[own] = field("description");
        if (title[0].isEmpty() && title[1].isEmpty()) {
            const int at = column("title") ? column("title") : (column("title_en") ? column("title_en") : column("title_ko"));
            return fail(row.line, at, tr("the title is empty"));
        }
        for (int l : {0, 1}) {
            if (title[l].isEmpty())
                title[l] = title[1 - l];
            if (description[l].isEmpty())
                description[l] = description[1 - l];
        }

        const QString kindText = field("kind");
        const QString kind = kindText.isEmpty() ? QStringLiteral("other") : kindOf(kindText);
        QStringList more = notes;
        if (kind == QLatin1String("other") && !kindText.isEmpty())
            more.prepend(kindText);

        const QString sourceText = field("source").isEmpty() ? options.source : field("source");
        if (sourceText.trimmed().isEmpty())
            return fail(row.line, column("source"),
                        tr("no source: every event needs one (a \"source\" column, or a source given with the import)"));

        const QString date = DisplayText::isoPeriod(year, month, day);
        const QString key = date + QLatin1Char('|') + code + QLatin1Char('|') + folded(title[own]);
        const int titleAt = column("title") ? column("title") : column(korean ? "title_ko" : "title_en");
        if (seen.contains(key))
            return fail(row.line, titleAt, (m_rows.hasItems() ? tr("duplicate: the event \"%1\" of %2 on %3 already appears in item %4")
                                                              : tr("duplicate: the event \"%1\" of %2 on %3 already appears on line %4"))
                                               .arg(title[own].left(80), code, date)
                                               .arg(seen.value(key)));
        Event e;
        e.id = QStringLiteral("user-event-%1-%2-%3")
                   .arg(code.toLower(), date,
                        QString::fromLatin1(QCryptographicHash::hash(folded(title[own]).toUtf8(), QCryptographicHash::Sha1).toHex().left(10)));
        const QString known = existing.value(key);
        if (!known.isEmpty() || m_rows.dataset().rowOf(RecordKind::Event, e.id) >= 0)
            return fail(row.line, titleAt, tr("the workspace already has the event \"%1\" of %2 on %3 (%4)")
                                               .arg(title[own].left(80), code, date, known.isEmpty() ? e.id : known));
        seen.insert(key, row.line);
        e.date = date;
        e.country = code;
        e.kind = kind;
        e.text = {eventText(title[0], description[0], more), eventText(title[1], description[1], more)};
        e.source = m_rows.sourceId(sourceText.trimmed());
        batch.events.append(e);
        return true;
    });
}

} // namespace gapscope
