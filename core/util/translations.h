#pragma once

// Translations: loads the application's own and Qt's translations for the user's language at start.
// The language comes from P2PVPN_LANG, else the caller's override (the designer's setting), else the system.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace p2pvpn {

class Translations
{
public:
    // Installs the translators on app (they live as long as app) and returns the language loaded ("de",
    // "fr", "en"). overrideLanguage is a language or locale name ("de", "fr_FR"); empty follows the system.
    static QString install(QCoreApplication &app, const QString &overrideLanguage = QString());
    // The languages the application ships translations for ("de", "en", "fr").
    static QStringList available();
};

} // namespace p2pvpn
