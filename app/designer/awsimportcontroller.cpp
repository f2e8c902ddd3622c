#include "awsimportcontroller.h"

#include "awsimportdialog.h"
#include "commands.h"

#include "cloud/awsimport.h"
#include "model/meshmodel.h"

#include <QMessageBox>
#include <QUndoStack>

namespace p2pvpn {

AwsImportController::AwsImportController(MeshModel *model, QUndoStack *stack, QWidget *dialogParent,
                                         QObject *parent)
    : QObject(parent), m_model(model), m_stack(stack), m_dialogParent(dialogParent)
{
}

void AwsImportController::importFromAws()
{
    AwsImportDialog dialog(m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList paths;
    for (int i = 0; i < AwsImportDialog::FileCount; ++i)
        paths.append(dialog.path(AwsImportDialog::File(i)));
    QString message;
    if (importFiles(paths, dialog.region(), &message))
        QMessageBox::information(m_dialogParent, tr("Imported from AWS"), message);
    else
        QMessageBox::warning(m_dialogParent, tr("Import from AWS"), message);
}

bool AwsImportController::importFiles(const QStringList &paths, const QString &region, QString *message)
{
    AwsDocument documents[AwsImportDialog::FileCount];
    for (int i = 0; i < AwsImportDialog::FileCount; ++i)
        if (!paths.value(i).isEmpty() && !AwsInventory::readFile(paths.at(i), &documents[i], message))
            return false;
    AwsInventory inventory;
    if (!inventory.read(documents[0], documents[1], documents[2], documents[3], message))
        return false;
    Mesh mesh = m_model->mesh();
    AwsImportOptions options;
    options.region = region;
    AwsImportReport report;
    if (!AwsImport::apply(&mesh, inventory, options, &report, message))
        return false;

    // One undo step. The commands are made here rather than in MeshEditor so that this feature stays in
    // files of its own; AddLanCommand keeps the IDs AwsImport gave, as the model hands them out in order.
    auto *macro = new QUndoCommand(tr("Import %n VPC(s) from AWS", nullptr, int(inventory.vpcs.size())));
    for (const AwsImportReport::Entry &e : std::as_const(report.changed))
        new UpdateLanCommand(m_model, *m_model->lan(e.lan), *mesh.lan(e.lan), macro);
    QList<AddLanCommand *> adds;
    for (const AwsImportReport::Entry &e : std::as_const(report.added))
        adds.append(new AddLanCommand(m_model, *mesh.lan(e.lan), macro));
    QList<LanId> added;
    if (macro->childCount() == 0) {
        delete macro;
    } else {
        m_stack->push(macro);
        for (const AddLanCommand *add : std::as_const(adds))
            added.append(add->lanId());
    }

    QStringList lines;
    auto list = [&](const char *heading, const QList<AwsImportReport::Entry> &entries) {
        for (const AwsImportReport::Entry &e : entries) {
            const Lan *lan = m_model->lan(e.lan);
            lines.append(tr(heading).arg(lan ? lan->name : QString::number(e.lan), e.vpcId) +
                         (e.details.isEmpty() ? QString()
                                              : QLatin1String(": ") + e.details.join(QLatin1String("; "))));
        }
    };
    list(QT_TR_NOOP("added %1 (%2)"), report.added);
    list(QT_TR_NOOP("changed %1 (%2)"), report.changed);
    list(QT_TR_NOOP("unchanged %1 (%2)"), report.unchanged);
    for (const QString &note : std::as_const(report.notes))
        lines.append(tr("note: %1").arg(note));
    *message = lines.join(QLatin1Char('\n'));
    if (!added.isEmpty())
        emit imported(added);
    return true;
}

} // namespace p2pvpn
