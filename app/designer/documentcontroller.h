#pragma once

// DocumentController: the document's life cycle. New, open, save, save as, the
// recent-files list, the modified state (the undo stack's clean state) and the
// "save changes?" question before the document is replaced or closed. A file
// that fails to load is reported and leaves the current document as it was. While the
// document is modified it is autosaved to a recovery copy, offered again after a crash.

#include "prompter.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QUndoStack;

namespace p2pvpn {

class MeshModel;
class RecentFiles;
class RecoveryStore;
struct Mesh;

class DocumentController : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *examplePath = ":/examples/example.p2pmesh";

    DocumentController(MeshModel *model, QUndoStack *stack, std::unique_ptr<Prompter> prompter,
                       QObject *parent = nullptr);
    ~DocumentController() override;

    QString filePath() const { return m_path; } // empty while untitled
    QString displayName() const;                // for the title bar and prompts
    bool isModified() const;
    // The model changed outside the undo stack in a way that must still be saved (new tunnel numbers
    // that could not be written): the document reads modified until the next save.
    void markUnsaved();
    RecentFiles *recentFiles() const { return m_recent; }
    Prompter *prompter() const { return m_prompter.get(); }
    static QString meshFilter(); // for file dialogs

    // The first document: a copy left by a crash if the user recovers one, else the file given on
    // the command line, else the newest recent file, else the bundled example.
    void openInitial(const QString &argument);
    // Offers each crash copy; true when one was recovered (it is then the document).
    bool recoverCrashed();

    // Autosave of the modified document into the recovery copy.
    static constexpr int defaultAutosaveMs = 30000;
    void setAutosaveInterval(int ms) { m_autosave.setInterval(ms); }
    RecoveryStore *recovery() const { return m_recovery.get(); }
    // On a clean exit (the user saved or discarded): the recovery copy goes.
    void discardRecovery();

public slots:
    bool newDocument();
    bool open();                        // asks for a file
    bool openFile(const QString &path); // false (with the error shown) if it could not be read
    bool openExample();
    bool save();
    bool saveAs();
    // Before closing or replacing the document: true when it may go (saved, discarded or unchanged).
    bool maybeSave();

signals:
    void documentChanged(); // file name or modified state

private:
    bool write(const QString &path);
    void autosave();
    void adopt(const Mesh &mesh, const QString &path, const QString &untitledName);

    MeshModel *m_model;
    QUndoStack *m_stack;
    std::unique_ptr<Prompter> m_prompter;
    RecentFiles *m_recent;
    QString m_path;
    QString m_untitledName;
    std::unique_ptr<RecoveryStore> m_recovery;
    QTimer m_autosave;
};

} // namespace p2pvpn
