// designer_screenshots OUTDIR [--dark]: renders the designer in the states worth looking
// at (the example mesh, a LAN's properties, a mesh with clashes, a 200-LAN full mesh) and
// saves each window as a PNG. A tool for reviewing the look, not a test.

#include "ansibleexportdialog.h"
#include "cidrlistedit.h"
#include "documentcontroller.h"
#include "exportbundlesdialog.h"
#include "lanitem.h"
#include "mainwindow.h"
#include "mesheditor.h"
#include "meshscene.h"
#include "model/layout.h"
#include "model/meshmodel.h"
#include "propertiespanel.h"
#include "scriptedprompter.h"
#include "util/translations.h"
#include "validatedlineedit.h"
#include <QUndoStack>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace p2pvpn;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(60);
        QApplication::processEvents();
    }
}

void save(QWidget *window, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name);
    if (!window->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("p2pvpn-screenshots"));
    Translations::install(app, QStringLiteral("en")); // P2PVPN_LANG=de takes German screenshots
    const QStringList args = QApplication::arguments();
    const QString dir = args.size() > 1 ? args.at(1) : QDir::currentPath();
    const bool dark = args.contains(QStringLiteral("--dark"));
    const QString prefix = dark ? QStringLiteral("dark-") : QString();
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    auto name = [&](const char *base) { return prefix + QLatin1String(base); };

    ScriptedPrompter::Log log;
    MainWindow window(std::make_unique<ScriptedPrompter>(&log));
    window.resize(1400, 900);
    window.show();
    window.documents()->openExample();
    settle();
    save(&window, dir, name("example.png"));

    // One LAN selected: the properties panel.
    window.scene()->selectLans({4});
    save(&window, dir, name("properties.png"));

    // Clashes: office takes aws-us-east's subnet, datacenter reaches into Docker's bridge,
    // and a new LAN has neither subnet nor endpoint.
    Lan office = *window.model()->lan(3);
    office.subnets = {Cidr::parse(QStringLiteral("10.10.128.0/20"))};
    window.editor()->updateLan(office);
    Lan dc = *window.model()->lan(4);
    dc.subnets.append(Cidr::parse(QStringLiteral("172.17.0.0/16")));
    window.editor()->updateLan(dc);
    window.editor()->addLan(QPointF(0, 20));
    window.scene()->selectLans({3});
    save(&window, dir, name("clashes.png"));

    // Typed values that are not acceptable: the fields say why.
    ValidatedLineEdit *subnet = window.propertiesPanel()->subnetsEdit()->row(0);
    subnet->lineEdit()->selectAll();
    QTest::keyClicks(subnet->lineEdit(), QStringLiteral("10.10.128.1/20"));
    window.propertiesPanel()->endpointEdit()->lineEdit()->selectAll();
    QTest::keyClicks(window.propertiesPanel()->endpointEdit()->lineEdit(), QStringLiteral("gw_office"));
    save(&window, dir, name("invalid-field.png"));

    window.settingsDock()->raise();
    save(&window, dir, name("settings.png"));
    window.propertiesDock()->raise();

    // Manual links: two drawn, a third being drawn from datacenter to office.
    window.undoStack()->setIndex(0);
    window.editor()->setTopology(Topology::Manual);
    window.editor()->addLink(1, 2);
    window.editor()->addLink(2, 4);
    window.scene()->setLinkMode(true);
    window.scene()->clearSelection();
    {
        QWidget *viewport = window.view()->viewport();
        const QPoint from = window.view()->mapFromScene(window.scene()->lanItem(4)->pos());
        const QPoint to = window.view()->mapFromScene(window.scene()->lanItem(3)->pos());
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(viewport, from + (to - from) * step / 5);
        save(&window, dir, name("manual-links.png"));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }
    window.scene()->setLinkMode(false);

    // The export dialog.
    {
        ExportOptions options;
        options.outDir = QStringLiteral("/home/admin/meshes/example-bundles");
        options.folders = false;
        options.gatewayZips = true;
        ExportBundlesDialog dialog(options, QStringLiteral("example.zip"), &window);
        dialog.show();
        save(&dialog, dir, name("export-dialog.png"));
    }
    // Export for Ansible: as offered, then with a password file Ansible would run as a script.
    {
        AnsibleExportChoice choice{QStringLiteral("/home/admin/meshes/example-ansible"), {}, 1};
        AnsibleExportDialog dialog(choice, &window);
        dialog.show();
        save(&dialog, dir, name("ansible-dialog.png"));
        QTemporaryDir scratch;
        const QString script = scratch.filePath(QStringLiteral("vault-pass.sh"));
        QFile file(script);
        if (file.open(QIODevice::WriteOnly) && file.write("#!/bin/sh\necho pw\n") > 0) {
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        AnsibleExportDialog bad({choice.outDir, script, 0}, &window);
        bad.show();
        save(&bad, dir, name("ansible-dialog-bad-vault.png"));
    }

    // 200 LANs, full mesh.
    Mesh big;
    big.name = QStringLiteral("big");
    for (int i = 0; i < 200; ++i) {
        Lan lan;
        lan.name = QStringLiteral("site-%1").arg(i);
        lan.subnets = {Cidr::fromAddress(0x0a000000u | (quint32(i) << 16), 16)};
        lan.endpoint = QStringLiteral("gw%1.example.net").arg(i);
        big.addLan(lan);
    }
    big.settings.transitPool = Cidr::fromAddress(0x64400000u, 10);
    Layout::circle(&big);
    window.model()->reset(big);
    save(&window, dir, name("big.png"));
    return 0;
}
