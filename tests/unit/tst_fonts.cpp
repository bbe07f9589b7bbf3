#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QTest>

// Without a Korean font every Hangul glyph renders as a box; the set-up installs one.
class TestFonts : public QObject
{
    Q_OBJECT

private slots:
    void koreanFontIsAvailable()
    {
        const QStringList families = QFontDatabase::families(QFontDatabase::Korean);
        QVERIFY2(!families.isEmpty(), "no Korean font: install fonts-nanum (packaging/debian-deps.txt)");
        QFont font(families.constFirst());
        QFontMetrics metrics(font);
        QVERIFY(metrics.inFont(QChar(0xD55C))); // 한
        QVERIFY(metrics.inFont(QChar(0xAD6D))); // 국
    }
};

QTEST_MAIN(TestFonts)
#include "tst_fonts.moc"
