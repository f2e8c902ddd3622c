#pragma once

// Shared set-up for the designer's GUI tests: private settings, a window on the example mesh.

#include "documentcontroller.h"
#include "lanitem.h"
#include "mainwindow.h"
#include "meshscene.h"
#include "scriptedprompter.h"
#include "util/translations.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace testutil {

// Keeps QSettings (recent files) and autosaved recovery copies of the tests out of the user's
// configuration and data, and reads
// English plurals as the application does ("4 gateway bundles").
inline void isolateSettings(QTemporaryDir &dir)
{
    qputenv("XDG_CONFIG_HOME", dir.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", (dir.path() + QLatin1String("/data")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("p2pvpn-tests"));
    static const bool translated =
        !p2pvpn::Translations::install(*QCoreApplication::instance(), QStringLiteral("en")).isEmpty();
    Q_UNUSED(translated);
}

struct Window
{
    ScriptedPrompter::Log log;
    ScriptedPrompter *prompter = nullptr;
    std::unique_ptr<p2pvpn::MainWindow> window;

    Window()
    {
        auto scripted = std::make_unique<ScriptedPrompter>(&log);
        prompter = scripted.get();
        window = std::make_unique<p2pvpn::MainWindow>(std::move(scripted));
        window->resize(1400, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->documents()->openExample());
        QCoreApplication::processEvents();
    }
    p2pvpn::MainWindow *operator->() const { return window.get(); }

    // Where the LAN's card centre is on the view's viewport.
    QPoint lanPoint(p2pvpn::LanId id) const
    {
        return window->view()->mapFromScene(window->scene()->lanItem(id)->pos());
    }
};

} // namespace testutil
