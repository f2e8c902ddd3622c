#pragma once

// AwsImportController: File > Import from AWS…. Reads the chosen describe-* files, imports them into a
// copy of the mesh (core/cloud/AwsImport) and applies the result as one undoable step; the live checker
// then shows what needs fixing at once (no endpoint for a VPC without a gateway, the default VPCs' clash).

#include "model/mesh.h"

#include <QObject>
#include <QStringList>

class QUndoStack;
class QWidget;

namespace p2pvpn {

class MeshModel;

class AwsImportController : public QObject
{
    Q_OBJECT
public:
    AwsImportController(MeshModel *model, QUndoStack *stack, QWidget *dialogParent,
                        QObject *parent = nullptr);

    // Paths in AwsImportDialog::File order (empty: not given). False with *message saying why; else
    // *message is the report (added, changed, unchanged, notes).
    bool importFiles(const QStringList &paths, const QString &region, QString *message);

public slots:
    void importFromAws();

signals:
    void imported(const QList<p2pvpn::LanId> &added);

private:
    MeshModel *m_model;
    QUndoStack *m_stack;
    QWidget *m_dialogParent;
};

} // namespace p2pvpn
