#include "domain/Unit.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"

#include <QTest>

using namespace gapscope;

class TestValueFormatter : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void withUnit_data();
    void withUnit();
    void dates_data();
    void dates();
    void bothNames();
};

void TestValueFormatter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");

    QTest::newRow("downloads 818 million") << 818e6 << "818 million" << "8억 1,800만";
    QTest::newRow("market 3.4 trillion") << 3.4e12 << "3.4 trillion" << "3.4조";
    QTest::newRow("yuan 900 billion") << 900e9 << "900 billion" << "9,000억";
    QTest::newRow("usd 131 billion") << 131e9 << "131 billion" << "1,310억";
    QTest::newRow("usd 2.31 billion") << 2.31e9 << "2.31 billion" << "23억 1,000만";
    QTest::newRow("one million") << 1e6 << "1 million" << "100만";
    QTest::newRow("200 million users") << 200e6 << "200 million" << "2억";
    QTest::newRow("thousands") << 12345.0 << "12,345" << "1만 2,345";
    QTest::newRow("percent") << 15.8 << "15.8" << "15.8";
    QTest::newRow("small integer") << 6.0 << "6" << "6";
    QTest::newRow("negative") << -2.5e9 << "-2.5 billion" << "-25억";
    QTest::newRow("zero") << 0.0 << "0" << "0";
    QTest::newRow("small") << 0.0015 << "0.0015" << "0.0015";
    QTest::newRow("very small") << 1.5e-7 << QStringLiteral("1.5 × 10⁻⁷") << QStringLiteral("1.5 × 10⁻⁷");
    QTest::newRow("training compute") << 2.69e24 << QStringLiteral("2.69 × 10²⁴") << QStringLiteral("2.69 × 10²⁴");
    QTest::newRow("rounds up a power") << 9.999e24 << QStringLiteral("1 × 10²⁵") << QStringLiteral("1 × 10²⁵");
    QTest::newRow("999 trillion stays") << 999e12 << "999 trillion" << "999조";
}

void TestValueFormatter::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    QCOMPARE(ValueFormatter::number(value, Language::English), english);
    QCOMPARE(ValueFormatter::number(value, Language::Korean), korean);
}

void TestValueFormatter::withUnit_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("krw") << 3.4e12 << "KRW 3.4 trillion" << "3.4조 원";
    QTest::newRow("krw small") << 5000.0 << "KRW 5,000" << "5,000 원";
}

void TestValueFormatter::withUnit()
{
    QFETCH(double, value);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    const Unit krw{"KRW", {"South Korean won", "원"}, "₩", {"KRW %1", "%1 원"}};
    QCOMPARE(ValueFormatter::withUnit(value, &krw, Language::English), english);
    QCOMPARE(ValueFormatter::withUnit(value, &krw, Language::Korean), korean);
    const Unit noPattern{"months", {"months", "개월"}, {}, {}};
    QCOMPARE(ValueFormatter::withUnit(6, &noPattern, Language::Korean), QStringLiteral("6 개월"));
    QCOMPARE(ValueFormatter::withUnit(6, nullptr, Language::English), QStringLiteral("6"));
}

void TestValueFormatter::dates_data()
{
    QTest::addColumn<QString>("partial");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("month") << "2026-01" << "January 2026" << "2026년 1월";
    QTest::newRow("day") << "2026-03-10" << "March 10, 2026" << "2026년 3월 10일";
    QTest::newRow("year") << "2016" << "2016" << "2016년";
    QTest::newRow("november") << "2025-11" << "November 2025" << "2025년 11월";
    QTest::newRow("not a date") << "spring 2026" << "spring 2026" << "spring 2026";
    QTest::newRow("month 13") << "2026-13" << "2026-13" << "2026-13";
    QTest::newRow("february 30") << "2026-02-30" << "2026-02-30" << "2026-02-30";
    QTest::newRow("empty") << "" << "" << "";
}

void TestValueFormatter::dates()
{
    QFETCH(QString, partial);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    QCOMPARE(DisplayText::date(partial, Language::English), english);
    QCOMPARE(DisplayText::date(partial, Language::Korean), korean);
    // The English month names do not follow the process locale.
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCOMPARE(DisplayText::date(partial, Language::English), english);
    QLocale::setDefault(QLocale::c());
}

void TestValueFormatter::bothNames()
{
    const LocalizedText naver{"Naver", "네이버"};
    QCOMPARE(DisplayText::both(naver, Language::Korean), QStringLiteral("네이버 (Naver)"));
    QCOMPARE(DisplayText::both(naver, Language::English), QStringLiteral("Naver (네이버)"));
    QCOMPARE(DisplayText::both({"Qwen", "Qwen"}, Language::Korean), QStringLiteral("Qwen"));
    QCOMPARE(DisplayText::both({"Qwen", ""}, Language::Korean), QStringLiteral("Qwen"));
    QCOMPARE(DisplayText::period(2025, 11, Language::Korean), QStringLiteral("2025년 11월"));
    QCOMPARE(DisplayText::period(2023, 0, Language::English), QStringLiteral("2023"));
}

QTEST_GUILESS_MAIN(TestValueFormatter)
#include "tst_valueformatter.moc"
