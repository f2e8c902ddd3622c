#include "documentcontroller.h"

#include "icons.h"
#include "model/meshmodel.h"
#include "model/projectfile.h"
#include "prompter.h"
#include "recentfiles.h"
#include "recoverystore.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace p2pvpn {

DocumentController::DocumentController(MeshModel *model, QUndoStack *stack,
                                       std::unique_ptr<Prompter> prompter, QObject *parent)
    : QObject(parent), m_model(model), m_stack(stack), m_prompter(std::move(prompter)),
      m_recent(new RecentFiles(this)), m_untitledName(tr("Untitled")),
      m_recovery(std::make_unique<RecoveryStore>())
{
    connect(stack, &QUndoStack::cleanChanged, this, &DocumentController::documentChanged);
    m_autosave.setInterval(defaultAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &DocumentController::autosave);
    // Autosave runs only while there is something to lose. Back at the saved state the next tick drops
    // the copy (not cleanChanged itself: the stack also turns clean while the window is destroyed,
    // and a crash must keep the copy).
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (!clean)
            m_autosave.start();
    });
}

DocumentController::~DocumentController() = default;

QString DocumentController::meshFilter()
{
    return tr("P2P-VPN meshes (*.p2pmesh);;All files (*)");
}

QString DocumentController::displayName() const
{
    return m_path.isEmpty() ? m_untitledName : QFileInfo(m_path).fileName();
}

bool DocumentController::isModified() const
{
    return !m_stack->isClean();
}

void DocumentController::markUnsaved()
{
    m_stack->resetClean();
    m_autosave.start();
    emit documentChanged();
}

void DocumentController::openInitial(const QString &argument)
{
    if (recoverCrashed())
        return;
    if (!argument.isEmpty()) {
        if (!openFile(argument))
            newDocument();
        return;
    }
    const QStringList recent = m_recent->files();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()) && openFile(recent.first()))
        return;
    if (!openExample())
        newDocument();
}

bool DocumentController::recoverCrashed()
{
    for (const RecoveryStore::Entry &entry : m_recovery->orphans()) {
        const QString name =
            entry.originalPath.isEmpty() ? tr("Untitled") : QFileInfo(entry.originalPath).fileName();
        Mesh mesh;
        QString error;
        if (!ProjectFile::load(entry.file, &mesh, &error)) {
            m_prompter->showError(tr("Could not recover the unsaved changes to %1").arg(name), error);
            RecoveryStore::setAside(entry);
            continue;
        }
        if (!m_prompter->askToRecover(name, entry.savedAt)) {
            RecoveryStore::discard(entry);
            continue;
        }
        // Modified, under the original name: Save writes the original file.
        adopt(mesh, entry.originalPath, entry.originalPath.isEmpty() ? tr("Recovered") : QString());
        m_stack->resetClean();
        RecoveryStore::discard(entry); // first: this designer's own copy may have the same name
        autosave();
        return true; // one document at a time; other copies are offered at the next start
    }
    return false;
}

void DocumentController::discardRecovery()
{
    m_autosave.stop();
    m_recovery->remove();
}

void DocumentController::autosave()
{
    if (!isModified()) {
        discardRecovery();
        return;
    }
    QString error;
    // Not worth interrupting the user for; the next tick tries again.
    if (!m_recovery->write(m_model->mesh(), m_path, &error))
        qWarning("Autosave failed: %s", qPrintable(error));
}

void DocumentController::adopt(const Mesh &mesh, const QString &path, const QString &untitledName)
{
    discardRecovery();
    m_path = path;
    m_untitledName = untitledName;
    m_stack->clear();
    m_model->reset(mesh);
    m_stack->setClean();
    if (!path.isEmpty())
        m_recent->add(path);
    emit documentChanged();
}

bool DocumentController::newDocument()
{
    if (!maybeSave())
        return false;
    adopt(Mesh(), QString(), tr("Untitled"));
    return true;
}

bool DocumentController::open()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = m_prompter->openFileName(tr("Open Mesh"), dir, meshFilter());
    return !path.isEmpty() && openFile(path);
}

bool DocumentController::openFile(const QString &path)
{
    Mesh mesh;
    QString error;
    // Read first: a file that fails leaves the current document, changes and all, untouched.
    if (!ProjectFile::load(path, &mesh, &error)) {
        m_prompter->showError(tr("Could not open %1").arg(QFileInfo(path).fileName()), error);
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    if (!maybeSave())
        return false;
    adopt(mesh, QFileInfo(path).absoluteFilePath(), QString());
    return true;
}

bool DocumentController::openExample()
{
    Icons::initResources();
    Mesh mesh;
    QString error;
    if (!ProjectFile::load(QString::fromLatin1(examplePath), &mesh, &error)) {
        m_prompter->showError(tr("Could not open the example mesh"), error);
        return false;
    }
    if (!maybeSave())
        return false;
    // Opened as an untitled copy: saving asks where, so the bundled file is never overwritten.
    adopt(mesh, QString(), tr("Example"));
    return true;
}

bool DocumentController::save()
{
    if (m_path.isEmpty())
        return saveAs();
    return write(m_path);
}

bool DocumentController::saveAs()
{
    QString suggestion = m_path;
    if (suggestion.isEmpty())
        suggestion = QDir::home().filePath(m_model->mesh().name + QLatin1String(ProjectFile::extension));
    QString path = m_prompter->saveFileName(tr("Save Mesh As"), suggestion, meshFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(ProjectFile::extension);
    if (!write(path))
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    m_recent->add(m_path);
    emit documentChanged();
    return true;
}

bool DocumentController::write(const QString &path)
{
    QString error;
    if (!ProjectFile::save(path, m_model->mesh(), &error)) {
        m_prompter->showError(tr("Could not save %1").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_stack->setClean();
    discardRecovery();
    emit documentChanged();
    return true;
}

bool DocumentController::maybeSave()
{
    if (!isModified())
        return true;
    switch (m_prompter->askToSave(displayName())) {
    case Prompter::SaveChoice::Save:
        return save();
    case Prompter::SaveChoice::Discard:
        return true;
    case Prompter::SaveChoice::Cancel:
        return false;
    }
    return false;
}

} // namespace p2pvpn
