#pragma once

// ScriptedPrompter: answers the designer's questions without dialogs, and records
// them, so GUI tests never block on a modal box and can check what was asked.

#include "exporter.h"
#include "prompter.h"

#include <QStringList>

#include <optional>

class ScriptedPrompter : public p2pvpn::Prompter
{
public:
    struct Log
    {
        QStringList errors; // "title: problem"
        int saveQuestions = 0;
        QStringList exportMessages; // what askOpenFolder was told
    };

    explicit ScriptedPrompter(Log *log) : m_log(log) {}

    SaveChoice saveChoice = SaveChoice::Discard;
    QString nextFileName;
    // Export: when set, the folder and forms the user "picks"; else the export is cancelled.
    std::optional<p2pvpn::ExportOptions> exportChoice;

    SaveChoice askToSave(const QString &) override
    {
        ++m_log->saveQuestions;
        return saveChoice;
    }
    void showError(const QString &title, const QString &problem) override
    {
        m_log->errors.append(title + QLatin1String(": ") + problem);
    }
    QString openFileName(const QString &, const QString &, const QString &) override { return nextFileName; }
    QString saveFileName(const QString &, const QString &, const QString &) override { return nextFileName; }
    bool chooseExport(p2pvpn::ExportOptions *options, const QString &) override
    {
        if (!exportChoice)
            return false;
        options->outDir = exportChoice->outDir;
        options->folders = exportChoice->folders;
        options->gatewayZips = exportChoice->gatewayZips;
        options->meshZip = exportChoice->meshZip;
        return true;
    }
    bool askOpenFolder(const QString &message) override
    {
        m_log->exportMessages.append(message);
        return false;
    }

private:
    Log *m_log;
};
