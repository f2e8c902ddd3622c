// The .deb as CPack builds it: the files a user needs are inside, owned by root; the control fields name
// a package for every library the binaries link and never openvpn; the icons have their sizes; lintian
// reports no errors.

#include "packagetools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using p2pvpn::test::runTool;

namespace {

const QString packageName = QStringLiteral("p2pvpn-mesh-designer");

#ifdef P2PVPN_APP_ID // built with the designer: the package holds its icons
QStringList iconSizes()
{
    return QStringLiteral(P2PVPN_ICON_SIZES).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
#endif

// Package names in a relationship field such as "libc6 (>= 2.35), libfoo1 | libbar1".
QSet<QString> packagesIn(const QString &field)
{
    QSet<QString> names;
    static const QRegularExpression name(QStringLiteral("^\\s*([a-z0-9][a-z0-9+.-]*)"));
    for (const QString &group : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (const QString &alternative : group.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const auto match = name.match(alternative);
            if (match.hasMatch())
                names.insert(match.captured(1));
        }
    }
    return names;
}

bool isElf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("\x7f"
                                                                        "ELF");
}

} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contains_data();
    void contains();
    void entriesOwnedByRoot();
    void controlField_data();
    void controlField();
    void dependsCoverLinkedLibraries_data();
    void dependsCoverLinkedLibraries();
    void iconHasItsSize_data();
    void iconHasItsSize();
    void lintianFindsNoErrors();

private:
    QString controlField(const QString &name) const;

    QString m_deb;
    QStringList m_listing; // dpkg-deb -c, one line per entry
    QSet<QString> m_paths; // entry paths without the leading "./"
    QTemporaryDir m_root;  // the package unpacked
};

void TestDebPackage::initTestCase()
{
    QString error;
    m_deb = p2pvpn::test::debUnderTest(&error);
    QVERIFY2(!m_deb.isEmpty(), qPrintable(error));
    QVERIFY(m_root.isValid());

    const auto list = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QVERIFY2(list.succeeded(), list.report().constData());
    static const QRegularExpression entry(QStringLiteral(" \\./(.*)$"));
    for (const QString &line : QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        m_listing << line;
        const auto match = entry.match(line);
        if (match.hasMatch() && !match.captured(1).isEmpty())
            m_paths.insert(match.captured(1).chopped(match.captured(1).endsWith(QLatin1Char('/')) ? 1 : 0));
    }
    QVERIFY2(!m_paths.isEmpty(), list.report().constData());

    const auto unpack = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root.path()});
    QVERIFY2(unpack.succeeded(), unpack.report().constData());
}

QString TestDebPackage::controlField(const QString &name) const
{
    const auto run = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, name});
    return run.succeeded() ? QString::fromUtf8(run.out).trimmed() : QString();
}

void TestDebPackage::contains_data()
{
    QTest::addColumn<QString>("path");
    const QString doc = QStringLiteral("usr/share/doc/") + packageName;
    QTest::newRow("command line tool") << QStringLiteral("usr/bin/p2pvpn");
    QTest::newRow("copyright") << doc + QStringLiteral("/copyright");
    QTest::newRow("changelog") << doc + QStringLiteral("/changelog.gz");
    QTest::newRow("example mesh") << doc + QStringLiteral("/examples/example.p2pmesh");
#ifdef P2PVPN_EXPECT_DESIGNER
    QTest::newRow("designer") << QStringLiteral("usr/bin/p2pvpn-designer");
#endif
#ifdef P2PVPN_APP_ID
    const QString appId = QStringLiteral(P2PVPN_APP_ID);
    QTest::newRow("desktop entry") << QStringLiteral("usr/share/applications/%1.desktop").arg(appId);
    QTest::newRow("AppStream metainfo") << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId);
    QTest::newRow("MIME type") << QStringLiteral("usr/share/mime/packages/%1.xml").arg(packageName);
    QTest::newRow("scalable icon") << QStringLiteral(
        "usr/share/icons/hicolor/scalable/apps/p2pvpn-designer.svg");
    for (const QString &size : iconSizes()) {
        const QString path =
            QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/p2pvpn-designer.png").arg(size);
        QTest::newRow(qPrintable(size + QStringLiteral(" px icon"))) << path;
    }
#endif
}

void TestDebPackage::contains()
{
    QFETCH(QString, path);
    QVERIFY2(m_paths.contains(path), qPrintable(path + QStringLiteral(" is not in the package:\n") +
                                                m_listing.join(QLatin1Char('\n'))));
}

void TestDebPackage::entriesOwnedByRoot()
{
    for (const QString &line : std::as_const(m_listing))
        QVERIFY2(line.contains(QLatin1String(" root/root ")), qPrintable(line));
}

void TestDebPackage::controlField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("shouldMatch");

    const auto arch = runTool(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    const QString anyOpenvpn = QStringLiteral("(^|[ ,|])openvpn([ ,(]|$)");
    QTest::newRow("package name") << QStringLiteral("Package") << QStringLiteral("^%1$").arg(packageName)
                                  << true;
    QTest::newRow("version") << QStringLiteral("Version")
                             << QStringLiteral("^%1$").arg(
                                    QRegularExpression::escape(QStringLiteral(P2PVPN_VERSION)))
                             << true;
    QTest::newRow("architecture") << QStringLiteral("Architecture")
                                  << QStringLiteral("^%1$").arg(QString::fromUtf8(arch.out).trimmed())
                                  << true;
    QTest::newRow("maintainer has an address")
        << QStringLiteral("Maintainer") << QStringLiteral("^[^<]+ <[^@>]+@[^>]+>$") << true;
    QTest::newRow("section") << QStringLiteral("Section") << QStringLiteral("^net$") << true;
    QTest::newRow("needs Qt Core") << QStringLiteral("Depends") << QStringLiteral("(^|, )libqt6core6( |,|$)")
                                   << true;
#ifdef P2PVPN_APP_ID
    QTest::newRow("needs the SVG plugins")
        << QStringLiteral("Depends") << QStringLiteral("(^|, )libqt6svg6( |,|$)") << true;
#endif
    QTest::newRow("openvpn not in Depends") << QStringLiteral("Depends") << anyOpenvpn << false;
    QTest::newRow("openvpn not in Pre-Depends") << QStringLiteral("Pre-Depends") << anyOpenvpn << false;
    QTest::newRow("openvpn not in Recommends") << QStringLiteral("Recommends") << anyOpenvpn << false;
}

void TestDebPackage::controlField()
{
    QFETCH(QString, field);
    QFETCH(QString, pattern);
    QFETCH(bool, shouldMatch);
    const QString value = controlField(field);
    const bool matches = QRegularExpression(pattern).match(value).hasMatch();
    QVERIFY2(matches == shouldMatch,
             qPrintable(QStringLiteral("%1: \"%2\" %3 %4")
                            .arg(field, value,
                                 shouldMatch ? QStringLiteral("does not match") : QStringLiteral("matches"),
                                 pattern)));
}

// One row per library a packaged binary links directly; the Debian package that ships the library (found
// with ldd and dpkg -S on this machine) must be in Depends. This is what makes libssh, OpenSSL and QuaZip
// dependencies appear exactly when the binaries use them.
void TestDebPackage::dependsCoverLinkedLibraries_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("library");
    QTest::addColumn<QString>("resolvedPath");

    const QDir bin(m_root.filePath(QStringLiteral("usr/bin")));
    int rows = 0;
    for (const QString &name : bin.entryList(QDir::Files)) {
        const QString binary = bin.filePath(name);
        if (!isElf(binary))
            continue;
        const auto dynamic = runTool(QStringLiteral("readelf"), {QStringLiteral("-d"), binary});
        const auto ldd = runTool(QStringLiteral("ldd"), {binary});
        static const QRegularExpression needed(QStringLiteral("\\(NEEDED\\).*\\[(.+)\\]"));
        auto it = needed.globalMatch(QString::fromUtf8(dynamic.out));
        while (it.hasNext()) {
            const QString library = it.next().captured(1);
            // ldd prints "lib.so => /path (addr)", but the dynamic loader as "/path/ld-linux... (addr)".
            const QString escaped = QRegularExpression::escape(library);
            const auto resolved =
                QRegularExpression(QStringLiteral("^\\s*(?:%1 => (\\S+)|(/\\S*/%1) \\()").arg(escaped),
                                   QRegularExpression::MultilineOption)
                    .match(QString::fromUtf8(ldd.out));
            const QString path = resolved.captured(1).isEmpty() ? resolved.captured(2) : resolved.captured(1);
            QTest::addRow("%s needs %s", qPrintable(name), qPrintable(library)) << name << library << path;
            ++rows;
        }
    }
    if (rows == 0)
        QTest::newRow("no binary found") << QString() << QString() << QString();
}

void TestDebPackage::dependsCoverLinkedLibraries()
{
    QFETCH(QString, binary);
    QFETCH(QString, library);
    QFETCH(QString, resolvedPath);
    QVERIFY2(!binary.isEmpty(), "the package holds no ELF binary in usr/bin");
    QVERIFY2(!resolvedPath.isEmpty(),
             qPrintable(library + QStringLiteral(" does not resolve on this machine")));

    // Merged /usr: ask for the multiarch folder and name, wherever dpkg registered the file.
    const QFileInfo info(resolvedPath);
    const QString pattern = QStringLiteral("*/%1/%2").arg(info.dir().dirName(), info.fileName());
    const auto owner = runTool(QStringLiteral("dpkg"), {QStringLiteral("-S"), pattern});
    QVERIFY2(owner.succeeded(), owner.report().constData());
    QSet<QString> owners;
    for (const QString &line : QString::fromUtf8(owner.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        owners.insert(line.section(QLatin1Char(':'), 0, 0));

    const QString depends = controlField(QStringLiteral("Depends"));
    QVERIFY2(packagesIn(depends).intersects(owners),
             qPrintable(QStringLiteral("%1 comes from %2, which Depends does not name: %3")
                            .arg(library, QStringList(owners.values()).join(QLatin1Char('/')), depends)));
}

void TestDebPackage::iconHasItsSize_data()
{
    QTest::addColumn<int>("size");
#ifdef P2PVPN_APP_ID
    for (const QString &size : iconSizes())
        QTest::newRow(qPrintable(size + QStringLiteral(" px"))) << size.toInt();
#else
    QSKIP("built without the designer (P2PVPN_BUILD_GUI=OFF): no icons are packaged");
#endif
}

// Reads width and height from the PNG header (IHDR, big-endian, bytes 16..23).
void TestDebPackage::iconHasItsSize()
{
    QFETCH(int, size);
    QFile png(
        m_root.filePath(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/p2pvpn-designer.png").arg(size)));
    QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(png.fileName()));
    const QByteArray header = png.read(24);
    QCOMPARE(header.left(8), QByteArray("\x89PNG\r\n\x1a\n"));
    QCOMPARE(header.mid(12, 4), QByteArray("IHDR"));
    const auto be32 = [&header](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16) |
               (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    QCOMPARE(be32(16), quint32(size));
    QCOMPARE(be32(20), quint32(size));
}

void TestDebPackage::lintianFindsNoErrors()
{
    const auto run = runTool(QStringLiteral("lintian"), {QStringLiteral("--fail-on"), QStringLiteral("error"),
                                                         QStringLiteral("--no-tag-display-limit"), m_deb});
    QVERIFY2(run.started, "lintian is missing: install it (installer/bootstrap.sh test)");
    QVERIFY2(run.succeeded(), run.report().constData());
    const QRegularExpression error(QStringLiteral("^E: "), QRegularExpression::MultilineOption);
    QVERIFY2(!error.match(QString::fromUtf8(run.out)).hasMatch(), run.report().constData());
    if (!run.out.trimmed().isEmpty())
        qInfo().noquote() << "lintian warnings and notes:\n" << QString::fromUtf8(run.out).trimmed();
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
