#include "util/translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace p2pvpn {

namespace {

const QString resourceDir = QStringLiteral(":/i18n");
const QString baseName = QStringLiteral("p2pvpn");

} // namespace

QString Translations::install(QCoreApplication &app, const QString &overrideLanguage)
{
    QString requested = qEnvironmentVariable("P2PVPN_LANG");
    if (requested.isEmpty())
        requested = overrideLanguage;
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);

    // QTranslator::load(QLocale, ...) walks the locale's UI languages (LANGUAGE, LC_MESSAGES, LANG) in
    // order. Without a match the source strings (English) are used; p2pvpn_en then supplies the plurals.
    auto *own = new QTranslator(&app);
    if (!own->load(locale, baseName, QStringLiteral("_"), resourceDir) &&
        !own->load(baseName + QStringLiteral("_en"), resourceDir)) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    const QString language = QLocale(own->language()).name().section(QLatin1Char('_'), 0, 0);

    // Qt's own strings (standard dialog buttons, context menus) when the system has them.
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return language;
}

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files =
        QDir(resourceDir).entryList({baseName + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(baseName.size() + 1).chopped(3);
    return languages;
}

} // namespace p2pvpn
