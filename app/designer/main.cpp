#include "documentcontroller.h"
#include "mainwindow.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("p2pvpn-designer"));
    QApplication::setApplicationVersion(QStringLiteral(P2PVPN_VERSION));
    QApplication::setOrganizationName(QStringLiteral("p2pvpn"));
    // The desktop entry's name (resources/CMakeLists.txt, P2PVPN_APP_ID): lets the desktop match windows to
    // it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.p2pvpn.MeshDesigner"));

    // The "language" setting (View > Language) overrides the system locale; P2PVPN_LANG overrides both.
    p2pvpn::Translations::install(app, QSettings().value(QStringLiteral("language")).toString());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "P2P-VPN Mesh Designer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design a serverless OpenVPN mesh of LANs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The mesh to open (.p2pmesh)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    p2pvpn::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    window.documents()->openInitial(files.isEmpty() ? QString() : files.first());
    return QApplication::exec();
}
