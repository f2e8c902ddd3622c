#pragma once

// BundleExportController: "Export Bundles…" and "Export for Ansible…". Refuses, listing the
// errors, while the checker reports any; saves the mesh first (its key store and tunnel
// numbers live beside it); asks where and how; runs the generate job, or the Ansible export
// built on it (GenerateRunner); offers to open the folder.

#include <QObject>
#include <QStringList>

class QWidget;

namespace p2pvpn {

class DocumentController;
class LiveChecker;
class MeshModel;

class BundleExportController : public QObject
{
    Q_OBJECT
public:
    BundleExportController(MeshModel *model, LiveChecker *checker, DocumentController *documents,
                           QWidget *dialogParent, QObject *parent = nullptr);

    bool canExport() const; // no error findings
    QStringList lastWritten() const { return m_written; }

public slots:
    bool exportBundles();
    bool exportForAnsible();

signals:
    void exported(const QStringList &paths);

private:
    bool readyToExport(); // no errors, and the project saved
    void offerFolder(const QString &title, const QString &message, const QString &folder);

    MeshModel *m_model;
    LiveChecker *m_checker;
    DocumentController *m_documents;
    QWidget *m_dialogParent;
    QStringList m_written;
};

} // namespace p2pvpn
