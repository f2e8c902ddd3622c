#pragma once

// BundleExportController: "Export Bundles…". Refuses, listing the errors, while the
// checker reports any; otherwise asks for a folder and the bundle layout and runs
// the core generator. The generator is wired in once the generation issue lands.

#include <QObject>

class QWidget;

namespace p2pvpn {

class LiveChecker;
class MeshModel;
class Prompter;

class BundleExportController : public QObject
{
    Q_OBJECT
public:
    BundleExportController(MeshModel *model, LiveChecker *checker, QWidget *dialogParent, QObject *parent = nullptr);

    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // True when nothing stops an export (no error findings).
    bool canExport() const;

public slots:
    void exportBundles();

signals:
    void exported(const QString &folder);

private:
    MeshModel *m_model;
    LiveChecker *m_checker;
    QWidget *m_dialogParent;
    Prompter *m_prompter = nullptr;
};

} // namespace p2pvpn
