#pragma once

// ScriptedPrompter: answers the designer's questions without dialogs, and records
// them, so GUI tests never block on a modal box and can check what was asked.

#include "deploy/sshsession.h"
#include "generate/exporter.h"
#include "prompter.h"

#include <QStringList>

#include <functional>
#include <optional>

class ScriptedPrompter : public p2pvpn::Prompter
{
public:
    struct Log
    {
        QStringList errors; // "title: problem"
        int saveQuestions = 0;
        QStringList exportMessages;                                   // what askOpenFolder was told
        QStringList exportTitles;                                     // and under which title
        std::optional<p2pvpn::AnsibleExportChoice> ansibleSuggestion; // what the Ansible dialog offered
        QStringList hostKeyQuestions;                                 // "gateway host:port type fingerprint"
        QStringList secretQuestions;                                  // the labels
        QStringList recoverQuestions;                                 // the document names
    };

    explicit ScriptedPrompter(Log *log) : m_log(log) {}

    SaveChoice saveChoice = SaveChoice::Discard;
    QString nextFileName;
    // Export: when set, the folder and forms the user "picks"; else the export is cancelled.
    std::optional<p2pvpn::ExportOptions> exportChoice;
    std::optional<p2pvpn::AnsibleExportChoice> ansibleChoice; // Export for Ansible: likewise
    bool trustHostKeys = false;                               // the answer to unknown host keys
    std::function<void()> duringHostKey; // what the "user" does while the question is open
    std::optional<QByteArray> secret;    // the answer to passphrase/password prompts; unset: cancel
    bool recover = false;                // the answer to "recover unsaved changes?"

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
    bool chooseAnsibleExport(p2pvpn::AnsibleExportChoice *choice) override
    {
        m_log->ansibleSuggestion = *choice;
        if (!ansibleChoice)
            return false;
        *choice = *ansibleChoice;
        return true;
    }
    bool askOpenFolder(const QString &title, const QString &message) override
    {
        m_log->exportTitles.append(title);
        m_log->exportMessages.append(message);
        return false;
    }

    bool askHostKey(const QString &gateway, const p2pvpn::SshHostKey &key) override
    {
        m_log->hostKeyQuestions.append(QStringLiteral("%1 %2:%3 %4 %5")
                                           .arg(gateway, key.host)
                                           .arg(key.port)
                                           .arg(key.type, key.fingerprint));
        if (duringHostKey)
            duringHostKey();
        return trustHostKeys;
    }
    bool askSecret(const QString &, const QString &label, QByteArray *answer) override
    {
        m_log->secretQuestions.append(label);
        if (!secret)
            return false;
        *answer = *secret;
        return true;
    }
    bool askToRecover(const QString &documentName, const QDateTime &) override
    {
        m_log->recoverQuestions.append(documentName);
        return recover;
    }

private:
    Log *m_log;
};
