#include "cli.h"
#include "util/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("p2pvpn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(P2PVPN_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("p2pvpn"));
    p2pvpn::Translations::install(app); // system locale, or P2PVPN_LANG
    return p2pvpn::Cli().run(QCoreApplication::arguments());
}
