#pragma once

// DeployDialog: the face of a deployment. It lists the gateways (LAN, SSH target, status,
// progress, result), shows the log of the selected gateway (or all, prefixed), and offers
// Dry Run / Deploy All / Deploy Selected / Cancel / Close. It only shows what it is told and
// asks for runs; the DeployController drives the Deployer.

#include "deploy/deployer.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace p2pvpn {

class DeployDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        GatewayColumn,
        TargetColumn,
        StatusColumn,
        ProgressColumn,
        DetailsColumn,
    };

    DeployDialog(const QString &meshName, const QList<DeployTarget> &targets, QWidget *parent = nullptr);

    // A run of `gateways` begins: their rows go back to waiting and the buttons to Cancel.
    void runStarted(const QStringList &gateways, bool dryRun);
    void runFinished();
    void setState(const QString &gateway, DeployState state);
    void setProgress(const QString &gateway, qint64 done, qint64 total);
    void appendLog(const QString &gateway, const QString &line);
    void setResult(const DeployResult &result);

    bool isRunning() const { return m_running; }
    DeployState state(const QString &gateway) const { return m_states.value(gateway, DeployState::Waiting); }
    QString details(const QString &gateway) const;
    QStringList selectedGateways() const;
    void selectGateways(const QStringList &gateways);
    QString logText() const; // what the log view shows now

    QTreeWidget *table() const { return m_table; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *deployAllButton() const { return m_deployAll; }
    QPushButton *deploySelectedButton() const { return m_deploySelected; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *closeButton() const { return m_close; }

    static QString stateText(DeployState state, bool dryRun);
    static const char *stateIcon(DeployState state);

signals:
    void startRequested(const QStringList &gateways, bool dryRun); // empty: every gateway
    void cancelRequested();

public slots:
    void reject() override; // Esc and the window's close button: cancel first while running

private:
    QTreeWidgetItem *row(const QString &gateway) const { return m_rows.value(gateway); }
    QProgressBar *bar(const QString &gateway) const;
    void updateButtons();
    void updateSummary();
    void showLog();

    QLabel *m_heading;
    QLabel *m_summary;
    QTreeWidget *m_table;
    QLabel *m_logTitle;
    QPlainTextEdit *m_log;
    QProgressBar *m_overall;
    QPushButton *m_dryRun;
    QPushButton *m_deployAll;
    QPushButton *m_deploySelected;
    QPushButton *m_cancel;
    QPushButton *m_close;

    QStringList m_order;
    QHash<QString, QTreeWidgetItem *> m_rows;
    QHash<QString, DeployState> m_states;
    QHash<QString, QStringList> m_logs; // per gateway
    QStringList m_allLog;               // every line, prefixed with its gateway
    QStringList m_runGateways;          // the gateways of the current or last run
    bool m_running = false;
    bool m_dryRunMode = false;
};

} // namespace p2pvpn
