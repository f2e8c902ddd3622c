#pragma once

// Runs the core GenerateJob (or a job built on it, as the Ansible export) for Export Bundles, Export for
// Ansible and Deploy: off the GUI thread behind a progress dialog,
// then puts the new tunnel allocations into the document. When the project could not be saved the
// user is told, and the document stays modified so the numbers the bundles carry are not lost on close.

#include "generate/generatejob.h"

#include <QString>

#include <functional>

class QWidget;

namespace p2pvpn {

class DocumentController;
class MeshModel;

class GenerateRunner
{
    Q_DECLARE_TR_FUNCTIONS(GenerateRunner)
public:
    GenerateRunner(MeshModel *model, DocumentController *documents, QWidget *dialogParent)
        : m_model(model), m_documents(documents), m_dialogParent(dialogParent)
    {
    }

    // The document's mesh, generated into `request` (project path and mesh filled in here). Shows every
    // failure but a cancel under `title`; true only when the bundles were written and the project saved
    // (a deploy must not go on with tunnel numbers the project file does not record).
    using Job = std::function<GenerateResult(const GenerateRequest &, const GenerateJob::Progress &)>;
    bool run(GenerateRequest request, const QString &title, GenerateResult *result, const Job &job = {});

private:
    GenerateResult runInBackground(const GenerateRequest &request, const QString &title, const Job &job);
    void keepAllocations(const GenerateResult &result, const QString &title);

    MeshModel *m_model;
    DocumentController *m_documents;
    QWidget *m_dialogParent;
};

} // namespace p2pvpn
