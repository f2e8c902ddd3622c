#pragma once

// ScriptedPrompter: answers the designer's questions without dialogs, and records
// them, so GUI tests never block on a modal box and can check what was asked.

#include "prompter.h"

#include <QStringList>

class ScriptedPrompter : public p2pvpn::Prompter
{
public:
    struct Log
    {
        QStringList errors; // "title: problem"
        int saveQuestions = 0;
    };

    explicit ScriptedPrompter(Log *log) : m_log(log) {}

    SaveChoice saveChoice = SaveChoice::Discard;
    QString nextFileName;

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

private:
    Log *m_log;
};
