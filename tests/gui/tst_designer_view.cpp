// The window's view options through the real window: View > Language lists the languages the
// build ships (Translations::available) by their own names and keeps the choice for the next
// start; the canvas follows a change of the desktop's colours (light to dark).

#include "designertestutil.h"
#include "lanitem.h"
#include "meshview.h"

#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QSettings>

using namespace p2pvpn;

class TestDesignerView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testutil::isolateSettings(m_config); }
    void languageMenuListsWhatShips();
    void canvasFollowsPalette();

private:
    QTemporaryDir m_config;
};

void TestDesignerView::languageMenuListsWhatShips()
{
    testutil::Window w;
    auto *menu = w->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QStringList codes;
    QHash<QString, QAction *> byCode;
    for (QAction *action : menu->actions()) {
        codes.append(action->data().toString());
        byCode.insert(action->data().toString(), action);
    }
    const QStringList shipped = Translations::available();
    QVERIFY2(shipped.contains(QLatin1String("de")) && shipped.contains(QLatin1String("fr")),
             qPrintable(shipped.join(QLatin1Char(' '))));
    QCOMPARE(codes, QStringList{QString()} + shipped); // "System Default", then each one shipped
    QCOMPARE(byCode.value(QStringLiteral("de"))->text(), QStringLiteral("Deutsch"));
    QCOMPARE(byCode.value(QStringLiteral("fr"))->text(), QStringLiteral("Français"));
    if (QAction *english = byCode.value(QStringLiteral("en")))
        QCOMPARE(english->text(), QStringLiteral("English"));
    QVERIFY(byCode.value(QString())->isChecked()); // nothing chosen yet

    byCode.value(QStringLiteral("fr"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QVERIFY(byCode.value(QStringLiteral("fr"))->isChecked());
    QVERIFY(!byCode.value(QString())->isChecked());
    byCode.value(QString())->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QString());
}

void TestDesignerView::canvasFollowsPalette()
{
    testutil::Window w;
    const QPalette light = QApplication::palette();
    QVERIFY(!w->scene()->theme().isDark());
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2d, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    QApplication::setPalette(dark);
    QTRY_VERIFY(w->scene()->theme().isDark());
    QCOMPARE(w->scene()->backgroundBrush().color(), w->scene()->theme().canvas);
    QCOMPARE(w->scene()->theme().nodeText, QColor(0xe8, 0xea, 0xed));

    QApplication::setPalette(light);
    QTRY_VERIFY(!w->scene()->theme().isDark());
}

QTEST_MAIN(TestDesignerView)
#include "tst_designer_view.moc"
