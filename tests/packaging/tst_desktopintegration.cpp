// The designer's desktop integration files as the build produces them: the freedesktop validators accept
// them, shared-mime-info maps *.p2pmesh to our type, and the files agree on names with one another.

#include "packagetools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using p2pvpn::test::runTool;

namespace {

const QString desktopFile = QStringLiteral(P2PVPN_DESKTOP_FILE);
const QString metainfoFile = QStringLiteral(P2PVPN_METAINFO_FILE);
const QString mimeFile = QStringLiteral(P2PVPN_MIME_FILE);
const QString iconFile = QStringLiteral(P2PVPN_ICON_SVG);
const QString mimeType = QStringLiteral("application/x-p2pvpn-mesh");

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void validatorAccepts_data();
    void validatorAccepts();
    void mimeDatabaseMapsExtension();
    void filesAgree_data();
    void filesAgree();
};

void TestDesktopIntegration::validatorAccepts_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");

    QTest::newRow("desktop entry") << QStringLiteral("desktop-file-validate") << QStringList{desktopFile};
    QTest::newRow("AppStream metainfo")
        << QStringLiteral("appstreamcli")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--no-net"), metainfoFile};
}

// The validators exit non-zero on errors (appstreamcli also on warnings); their output says why.
void TestDesktopIntegration::validatorAccepts()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    const auto run = runTool(program, args);
    QVERIFY2(run.started,
             qPrintable(program + QStringLiteral(" is missing: install it (installer/bootstrap.sh test)")));
    QVERIFY2(run.succeeded(), run.report().constData());
    // desktop-file-validate reports hints on stdout yet exits 0: hold it to an empty report.
    if (program == QLatin1String("desktop-file-validate"))
        QVERIFY2(run.out.trimmed().isEmpty(), run.report().constData());
}

// update-mime-database compiles our XML like the system would; its globs must map *.p2pmesh to our type.
void TestDesktopIntegration::mimeDatabaseMapsExtension()
{
    // A scratch data folder, named in XDG_DATA_DIRS so the tool has nothing to warn about but our XML.
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const QDir mime(dataDir.filePath(QStringLiteral("mime")));
    QVERIFY(QDir().mkpath(mime.filePath(QStringLiteral("packages"))));
    QVERIFY(QFile::copy(mimeFile, mime.filePath(QStringLiteral("packages/p2pvpn-mesh-designer.xml"))));

    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), dataDir.path());
    const auto run = runTool(QStringLiteral("update-mime-database"), {mime.path()}, QString(), env);
    QVERIFY2(run.started, "update-mime-database is missing: install shared-mime-info");
    QVERIFY2(run.succeeded() && run.err.trimmed().isEmpty(), run.report().constData());

    const QString globs = readText(mime.filePath(QStringLiteral("globs2")));
    QVERIFY2(globs.contains(QRegularExpression(
                 QStringLiteral("^\\d+:%1:\\*\\.p2pmesh$").arg(QRegularExpression::escape(mimeType)),
                 QRegularExpression::MultilineOption)),
             qPrintable(QStringLiteral("globs2 lacks *.p2pmesh:\n") + globs));
    const QString subclasses = readText(mime.filePath(QStringLiteral("subclasses")));
    QVERIFY2(subclasses.contains(mimeType + QStringLiteral(" application/json")), qPrintable(subclasses));
}

void TestDesktopIntegration::filesAgree_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pattern"); // the first capture is compared
    QTest::addColumn<QString>("expected");

    const QString desktopId = QFileInfo(desktopFile).fileName();
    const QString iconName = QFileInfo(iconFile).completeBaseName();
    QTest::newRow("desktop Exec runs the designer")
        << desktopFile << QStringLiteral("^Exec=(\\S+) %f$") << QStringLiteral("p2pvpn-designer");
    QTest::newRow("desktop Icon is the installed icon")
        << desktopFile << QStringLiteral("^Icon=(.*)$") << iconName;
    QTest::newRow("desktop opens mesh files")
        << desktopFile << QStringLiteral("^MimeType=(.*);$") << mimeType;
    QTest::newRow("metainfo id names the desktop file")
        << metainfoFile << QStringLiteral("<id>(.*)</id>") << QFileInfo(desktopFile).completeBaseName();
    QTest::newRow("metainfo launches the desktop file")
        << metainfoFile << QStringLiteral("<launchable type=\"desktop-id\">(.*)</launchable>") << desktopId;
    QTest::newRow("metainfo provides the mesh type")
        << metainfoFile << QStringLiteral("<mediatype>(.*)</mediatype>") << mimeType;
    QTest::newRow("metainfo release is this version")
        << metainfoFile << QStringLiteral("<release version=\"([^\"]*)\"") << QStringLiteral(P2PVPN_VERSION);
    QTest::newRow("MIME XML declares the type")
        << mimeFile << QStringLiteral("<mime-type type=\"([^\"]*)\">") << mimeType;
    QTest::newRow("MIME XML globs the extension")
        << mimeFile << QStringLiteral("<glob pattern=\"([^\"]*)\"/>") << QStringLiteral("*.p2pmesh");
    QTest::newRow("MIME XML icon is the installed icon")
        << mimeFile << QStringLiteral("<icon name=\"([^\"]*)\"/>") << iconName;
}

void TestDesktopIntegration::filesAgree()
{
    QFETCH(QString, file);
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    const QString text = readText(file);
    QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("cannot read ") + file));
    const auto match = QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text);
    QVERIFY2(match.hasMatch(), qPrintable(QStringLiteral("%1: nothing matches %2").arg(file, pattern)));
    QCOMPARE(match.captured(1), expected);
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
