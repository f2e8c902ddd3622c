#pragma once

// DeployController: "Deploy…". Refuses, listing the errors, while the checker reports any;
// saves the mesh (its key store and tunnel numbers live beside it); generates every gateway's
// bundle into a private temporary folder; opens the DeployDialog and runs the core Deployer for
// it, answering host-key and secret questions through the Prompter. It keeps the last results
// per LAN for the canvas badges and forgets them when the mesh changes.

#include "deploy/deployer.h"
#include "meshscene.h"
#include "model/mesh.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QTemporaryDir;
class QWidget;

namespace p2pvpn {

class DeployDialog;
class DocumentController;
class LiveChecker;
class MeshModel;

class DeployController : public QObject
{
    Q_OBJECT
public:
    DeployController(MeshModel *model, LiveChecker *checker, DocumentController *documents,
                     QWidget *dialogParent, QObject *parent = nullptr);
    ~DeployController() override;

    DeployDialog *dialog() const; // while open
    bool isRunning() const;
    // The last deployment's outcome per LAN (dry runs leave it alone); empty after an edit.
    QHash<LanId, DeployState> results() const { return m_results; }
    QHash<LanId, DeployBadge> badges() const;

public slots:
    // Checks, saves, generates the bundles and opens the dialog (window-modal; returns at once).
    bool openDialog();
    // Starts a run of the named gateways (empty: all); what the dialog's buttons call.
    bool start(const QStringList &gateways, bool dryRun);
    void cancel();

signals:
    void resultsChanged();
    void runFinished();

private:
    bool generateBundles(Mesh *mesh);
    void connectDeployer();
    void clearResults();

    MeshModel *m_model;
    LiveChecker *m_checker;
    DocumentController *m_documents;
    QWidget *m_dialogParent;
    QPointer<DeployDialog> m_dialog;
    std::unique_ptr<QTemporaryDir> m_bundles; // while the dialog is open; holds private keys
    std::unique_ptr<Deployer> m_deployer;
    QList<DeployTarget> m_targets;
    QHash<QString, LanId> m_ids; // gateway name -> LAN
    QHash<LanId, DeployState> m_results;
    bool m_dryRun = false;
};

} // namespace p2pvpn
