#pragma once

#include "domain/Dataset.h"
#include "format/DisplayText.h"
#include "store/SchemaMigrator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace gapscope::test {

// A workspace of schema version 5, where the World was a country row and the user had added a
// figure of it (id "my-world", note "내 값"): what version 6 must turn into a region, keeping the
// figure. The same on SQLite and on PostgreSQL.
inline void seedVersion5WithUsersWorld(QSqlDatabase &db)
{
    SchemaMigrator migrator(db);
    QVERIFY2(migrator.migrateTo(5), qPrintable(migrator.errorString()));
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral(u"INSERT INTO countries (code, name_en, name_ko, region_en, region_ko, color)"
                                   u" VALUES ('OWID_WRL', 'World', '세계', 'Aggregate', '집계', '')")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral(u"INSERT INTO observations (id, indicator, country, year, month, value, kind,"
                                  u" source, note_en, note_ko, origin) VALUES ('my-world', 'ai_scholarly_publications',"
                                  u" 'OWID_WRL', 2030, 0, 1, 'projection', 'cset-owid-publications', 'mine', '내 값',"
                                  u" 'user')")));
    QVERIFY(q.exec("INSERT INTO meta (key, value) VALUES ('dataset_version', '2026.12.4')"));
}

// What the migrated workspace holds: the World a region, the user's figure kept, CSET's groups with
// their members, and Epoch's figures dated to the day.
inline void checkUsersWorldMigrated(const Dataset &d)
{
    QVERIFY(!d.country(QStringLiteral("OWID_WRL")));
    QVERIFY(d.region(QStringLiteral("OWID_WRL")));
    QCOMPARE(d.region(QStringLiteral("CSET_FIVE_EYES"))->members.size(), 5);
    const qsizetype mine = d.rowOf(RecordKind::Observation, QStringLiteral("my-world"));
    QVERIFY(mine >= 0);
    QCOMPARE(d.observations.at(mine).note.ko, QStringLiteral(u"내 값"));
    QCOMPARE(d.observations.at(mine).day, 0);
    const qsizetype exaone = d.rowOf(RecordKind::Observation, QStringLiteral("model_training_compute-epoch-exaone-4-0-32b"));
    QVERIFY(exaone >= 0);
    const Observation &o = d.observations.at(exaone);
    QCOMPARE(DisplayText::isoPeriod(o.year, o.month, o.day), QStringLiteral("2025-07-15"));
}

} // namespace gapscope::test

namespace gapscope::test {

// A workspace of schema version 6 with the user's work in it: a region of their own ("GS_MINE",
// Korean name "내 지역"), a source and a figure of the region dated to the day (note "내 값"),
// under an older dataset version, so that opening it brings the bundled records. What version 7
// (entities of kinds the user names) must keep, on SQLite and PostgreSQL.
inline void seedVersion6WithUsersWork(QSqlDatabase &db)
{
    SchemaMigrator migrator(db);
    QVERIFY2(migrator.migrateTo(6), qPrintable(migrator.errorString()));
    QSqlQuery q(db);
    for (const QString &sql :
         {QStringLiteral(u"INSERT INTO regions (code, name_en, name_ko, source, origin) VALUES ('GS_MINE', 'My region',"
                         u" '내 지역', 'my-source', 'user')"),
          QStringLiteral(u"INSERT INTO sources (id, title_en, title_ko, publisher, document, section, url, date, licence,"
                         u" note_en, note_ko, origin) VALUES ('my-source', 'My survey', '내 조사', '', '', '', '', '', '',"
                         u" '', '', 'user')"),
          QStringLiteral(u"INSERT INTO observations (id, indicator, country, year, month, day, value, kind, source,"
                         u" note_en, note_ko, origin) VALUES ('my-region-value', 'ai_scholarly_publications', 'GS_MINE',"
                         u" 2031, 4, 2, 9, 'projection', 'my-source', 'mine', '내 값', 'user')"),
          QStringLiteral("INSERT INTO meta (key, value) VALUES ('dataset_version', '2026.1.1')")})
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + " in " + sql));
}

// What the migrated workspace holds: every record of the user's as it was.
inline void checkUsersWorkMigratedTo7(const Dataset &d)
{
    const Region *mine = d.region(QStringLiteral("GS_MINE"));
    QVERIFY(mine);
    QCOMPARE(mine->name.ko, QStringLiteral(u"내 지역"));
    QCOMPARE(d.source(QStringLiteral("my-source"))->title.ko, QStringLiteral(u"내 조사"));
    const qsizetype row = d.rowOf(RecordKind::Observation, QStringLiteral("my-region-value"));
    QVERIFY(row >= 0);
    const Observation &o = d.observations.at(row);
    QCOMPARE(DisplayText::isoPeriod(o.year, o.month, o.day), QStringLiteral("2031-04-02"));
    QCOMPARE(o.note.ko, QStringLiteral(u"내 값"));
    QCOMPARE(o.value, 9.0);
}

} // namespace gapscope::test

namespace gapscope::test {

// A workspace of schema version 7 with the user's work in it, under an older dataset version:
// indicators of their own (one dated to the day, one yearly), a benchmark entity of a kind they
// named, a source, and a figure of a bundled yearly indicator dated to the month. What version 8
// (date precisions on indicators) must keep and derive, on SQLite and PostgreSQL.
inline void seedVersion7WithUsersWork(QSqlDatabase &db)
{
    SchemaMigrator migrator(db);
    QVERIFY2(migrator.migrateTo(7), qPrintable(migrator.errorString()));
    QSqlQuery q(db);
    const QString indicators = QStringLiteral("INSERT INTO indicators (id, name_en, name_ko, unit, dimension, description_en,"
                                              " description_ko, origin) VALUES ");
    const QString observations = QStringLiteral("INSERT INTO observations (id, indicator, country, year, month, day, value,"
                                                " kind, source, note_en, note_ko, origin) VALUES ");
    for (const QString &sql :
         {QStringLiteral(u"INSERT INTO sources (id, title_en, title_ko, publisher, document, section, url, date, licence,"
                         u" note_en, note_ko, origin) VALUES ('my-source', 'My survey', '내 조사', '', '', '', '', '', '',"
                         u" '', '', 'user')"),
          indicators + QStringLiteral(u"('my_daily', 'My daily', '내 일별', 'count', 'capital', '', '', 'user')"),
          indicators + QStringLiteral(u"('my_yearly', 'My yearly', '내 연간', 'count', 'capital', '', '', 'user')"),
          QStringLiteral(u"INSERT INTO entities (id, name_en, name_ko, kind_en, kind_ko, source, origin) VALUES"
                         u" ('benchmark.mmlu', 'MMLU', 'MMLU', 'Benchmark', '벤치마크', 'my-source', 'user')"),
          observations + QStringLiteral(u"('my-daily-value', 'my_daily', 'KOR', 2031, 4, 2, 9, 'measured', 'my-source',"
                                        u" 'mine', '내 값', 'user')"),
          observations + QStringLiteral(u"('my-yearly-value', 'my_yearly', 'benchmark.mmlu', 2030, 0, 0, 3, 'measured',"
                                        u" 'my-source', '', '', 'user')"),
          observations + QStringLiteral(u"('my-monthly-investment', 'private_ai_investment', 'KOR', 2031, 5, 0, 5,"
                                        u" 'estimate', 'my-source', 'mine', '내 값', 'user')"),
          QStringLiteral("INSERT INTO meta (key, value) VALUES ('dataset_version', '2026.1.1')")})
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + " in " + sql));
}

// The migration to version 8 alone (no bundled dataset brought in after it): each indicator of the
// workspace takes the finest date of its figures, a year where none has a month.
inline void migrateTo8AndCheckDerived(QSqlDatabase &db)
{
    SchemaMigrator migrator(db);
    QVERIFY2(migrator.migrateTo(8), qPrintable(migrator.errorString()));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id, date_precision FROM indicators ORDER BY id")));
    QStringList found;
    while (q.next())
        found.append(q.value(0).toString() + QLatin1Char('=') + q.value(1).toString());
    QCOMPARE(found, QStringList({QStringLiteral("my_daily=day"), QStringLiteral("my_yearly=year")}));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM observations")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

// What the migrated workspace holds: every record of the user's as it was, each indicator dated as
// finely as its figures (the user's own among them), the bundled ones as their data.
inline void checkUsersWorkMigratedTo8(const Dataset &d)
{
    QCOMPARE(d.source(QStringLiteral("my-source"))->title.ko, QStringLiteral(u"내 조사"));
    QCOMPARE(d.otherEntity(QStringLiteral("benchmark.mmlu"))->kind.ko, QStringLiteral(u"벤치마크"));
    for (const char *id : {"my-daily-value", "my-yearly-value", "my-monthly-investment"})
        QVERIFY2(d.rowOf(RecordKind::Observation, QLatin1String(id)) >= 0, id);
    const Observation &daily = d.observations.at(d.rowOf(RecordKind::Observation, QStringLiteral("my-daily-value")));
    QCOMPARE(DisplayText::isoPeriod(daily.year, daily.month, daily.day), QStringLiteral("2031-04-02"));
    QCOMPARE(daily.note.ko, QStringLiteral(u"내 값"));
    QCOMPARE(d.indicator(QStringLiteral("my_daily"))->name.ko, QStringLiteral(u"내 일별"));
    QCOMPARE(d.indicator(QStringLiteral("my_daily"))->datePrecision, DatePrecision::Day);
    QCOMPARE(d.indicator(QStringLiteral("my_yearly"))->datePrecision, DatePrecision::Year);
    // A bundled yearly indicator the user gave a monthly figure allows months; the others are as
    // their data: Epoch AI's models to the day, Hugging Face's downloads by month.
    QCOMPARE(d.indicator(QStringLiteral("private_ai_investment"))->datePrecision, DatePrecision::Month);
    QCOMPARE(d.indicator(QStringLiteral("model_training_compute"))->datePrecision, DatePrecision::Day);
    QCOMPARE(d.indicator(QStringLiteral("hf_open_model_downloads"))->datePrecision, DatePrecision::Month);
    QCOMPARE(d.indicator(QStringLiteral("ai_scholarly_publications"))->datePrecision, DatePrecision::Year);
}

} // namespace gapscope::test
