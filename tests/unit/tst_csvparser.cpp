#include "io/CsvParser.h"

#include <QTest>

using namespace gapscope;

class TestCsvParser : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void reportsFieldColumns();
};

void TestCsvParser::parses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QList<QStringList>>("expected");

    QTest::newRow("plain") << "a,b\n1,2\n" << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("crlf") << "a,b\r\n1,2\r\n" << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final newline") << "a,b\n1,2" << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted comma") << "\"Korea, Republic of\",KOR"
                                  << QList<QStringList>{{"Korea, Republic of", "KOR"}};
    QTest::newRow("doubled quotes") << "\"say \"\"hi\"\"\",x" << QList<QStringList>{{"say \"hi\"", "x"}};
    QTest::newRow("newline in quotes") << "\"a\nb\",c\n" << QList<QStringList>{{"a\nb", "c"}};
    QTest::newRow("empty fields") << ",,\n" << QList<QStringList>{{"", "", ""}};
    QTest::newRow("bom") << QString(QChar(0xFEFF)) + "Entity,Code" << QList<QStringList>{{"Entity", "Code"}};
    QTest::newRow("hangul") << "대한민국,KOR\n" << QList<QStringList>{{"대한민국", "KOR"}};
    QTest::newRow("blank lines skipped") << "a\n\nb\n" << QList<QStringList>{{"a"}, {"b"}};
    QTest::newRow("empty quoted") << "\"\",x" << QList<QStringList>{{"", "x"}};
}

void TestCsvParser::parses()
{
    QFETCH(QString, input);
    QFETCH(QList<QStringList>, expected);
    CsvParser parser;
    QVERIFY2(parser.parse(input), qPrintable(parser.errorString()));
    QList<QStringList> got;
    for (const CsvRecord &r : parser.records())
        got.append(r.fields);
    QCOMPARE(got, expected);
}

void TestCsvParser::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("unclosed quote") << "a,b\n1,\"2\n3,4\n" << 2 << 3;
    QTest::newRow("quote inside field") << "a,b\n1,x\"y\n" << 2 << 4;
    QTest::newRow("text after closing quote") << "a,\"b\"c\n" << 1 << 6;
}

void TestCsvParser::rejects()
{
    QFETCH(QString, input);
    QFETCH(int, line);
    QFETCH(int, column);
    CsvParser parser;
    QVERIFY(!parser.parse(input));
    QCOMPARE(parser.errorLine(), line);
    QCOMPARE(parser.errorColumn(), column);
    QVERIFY(!parser.errorString().isEmpty());
    QVERIFY(parser.records().isEmpty());
}

void TestCsvParser::reportsFieldColumns()
{
    CsvParser parser;
    QVERIFY(parser.parse("Entity,Code,Year\nSouth Korea,KOR,2020\n"));
    const CsvRecord &r = parser.records().at(1);
    QCOMPARE(r.line, 2);
    QCOMPARE(r.columns, (QList<int>{1, 13, 17}));
}

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
