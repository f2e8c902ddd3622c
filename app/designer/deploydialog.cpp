#include "deploydialog.h"

#include "icons.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace p2pvpn {

namespace {
// How far along a gateway is, in percent, for its progress bar: the upload is the long part.
int percentFor(DeployState state)
{
    switch (state) {
    case DeployState::Waiting:
        return 0;
    case DeployState::Connecting:
        return 5;
    case DeployState::Uploading:
        return 10;
    case DeployState::Installing:
        return 85;
    default:
        return 100;
    }
}
} // namespace

DeployDialog::DeployDialog(const QString &meshName, const QList<DeployTarget> &targets, QWidget *parent)
    : QDialog(parent), m_heading(new QLabel), m_summary(new QLabel), m_table(new QTreeWidget),
      m_logTitle(new QLabel), m_log(new QPlainTextEdit), m_overall(new QProgressBar),
      m_dryRun(new QPushButton(tr("Dry Run"))),
      m_deployAll(new QPushButton(Icons::get("deploy"), tr("Deploy All"))),
      m_deploySelected(new QPushButton(tr("Deploy Selected"))), m_cancel(new QPushButton(tr("Cancel"))),
      m_close(new QPushButton(tr("Close")))
{
    setWindowTitle(tr("Deploy — %1").arg(meshName));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setText(tr("Deploy \"%1\" to %n gateway(s)", nullptr, int(targets.size())).arg(meshName));
    auto *intro = new QLabel(tr("Each gateway gets its freshly generated bundle over SSH; its install script "
                                "keeps the previous configuration when a tunnel fails to start. A dry run "
                                "only lists what would change."));
    intro->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(intro);

    m_table->setColumnCount(5);
    m_table->setHeaderLabels({tr("Gateway"), tr("SSH target"), tr("Status"), tr("Progress"), tr("Details")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAllColumnsShowFocus(true);
    m_table->setIconSize(QSize(16, 16));
    for (const DeployTarget &target : targets) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(GatewayColumn, target.name);
        item->setIcon(GatewayColumn, Icons::get("lan"));
        item->setText(TargetColumn,
                      QStringLiteral("%1@%2:%3").arg(target.ssh.user, target.host).arg(target.ssh.port));
        item->setText(StatusColumn, tr("Ready"));
        auto *progress = new QProgressBar;
        progress->setRange(0, 100);
        progress->setValue(0);
        progress->setTextVisible(false);
        progress->setMaximumHeight(14);
        auto *cell = new QWidget;
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(4, 3, 8, 3);
        cellLayout->addWidget(progress);
        m_table->setItemWidget(item, ProgressColumn, cell);
        m_rows.insert(target.name, item);
        m_order.append(target.name);
    }
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(GatewayColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    header->resizeSection(StatusColumn, 170);
    header->resizeSection(ProgressColumn, 150);

    auto *logPane = new QWidget;
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(4);
    QFont bold = m_logTitle->font();
    bold.setBold(true);
    m_logTitle->setFont(bold);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The log of a run appears here."));
    logLayout->addWidget(m_logTitle);
    logLayout->addWidget(m_log);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(logPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto *status = new QHBoxLayout;
    m_overall->setRange(0, int(qMax<qsizetype>(1, targets.size())));
    m_overall->setValue(0);
    m_overall->setFormat(tr("%v of %m finished"));
    m_overall->setMaximumWidth(260);
    status->addWidget(m_summary, 1);
    status->addWidget(m_overall);
    layout->addLayout(status);

    // Dry Run stands apart on the left; the deploying buttons and Close sit on the right.
    auto *buttons = new QHBoxLayout;
    m_dryRun->setToolTip(tr("Only list what each gateway would add, change and remove (the selected ones, "
                            "else all)"));
    m_deployAll->setToolTip(tr("Install the bundles on every gateway"));
    m_deploySelected->setToolTip(tr("Install the bundles on the gateways selected in the list"));
    m_cancel->setToolTip(tr("Stop: waiting gateways are skipped, running ones stop at their next step"));
    m_cancel->setIcon(Icons::get("cancelled"));
    buttons->addWidget(m_dryRun);
    buttons->addStretch(1);
    buttons->addWidget(m_deploySelected);
    buttons->addWidget(m_deployAll);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    for (QPushButton *button : {m_dryRun, m_deploySelected, m_deployAll, m_cancel, m_close})
        button->setAutoDefault(false);
    m_deployAll->setDefault(true);
    layout->addSpacing(4);
    layout->addLayout(buttons);

    connect(m_dryRun, &QPushButton::clicked, this, [this] { emit startRequested(selectedGateways(), true); });
    connect(m_deployAll, &QPushButton::clicked, this, [this] { emit startRequested({}, false); });
    connect(m_deploySelected, &QPushButton::clicked, this,
            [this] { emit startRequested(selectedGateways(), false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &DeployDialog::reject);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        showLog();
    });

    resize(980, 640);
    updateButtons();
    updateSummary();
    showLog();
}

QString DeployDialog::stateText(DeployState state, bool dryRun)
{
    switch (state) {
    case DeployState::Waiting:
        return tr("Waiting");
    case DeployState::Connecting:
        return tr("Connecting…");
    case DeployState::Uploading:
        return tr("Uploading…");
    case DeployState::Installing:
        return dryRun ? tr("Comparing…") : tr("Installing…");
    case DeployState::Done:
        return dryRun ? tr("Would change") : tr("Done");
    case DeployState::Unchanged:
        return dryRun ? tr("Up to date") : tr("Unchanged");
    case DeployState::FailedRolledBack:
        return tr("Failed, rolled back");
    case DeployState::Failed:
        return tr("Failed");
    case DeployState::Unreachable:
        return tr("Unreachable");
    case DeployState::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

const char *DeployDialog::stateIcon(DeployState state)
{
    switch (state) {
    case DeployState::Waiting:
        return nullptr;
    case DeployState::Connecting:
    case DeployState::Uploading:
    case DeployState::Installing:
        return "running";
    case DeployState::Done:
        return "ok";
    case DeployState::Unchanged:
        return "unchanged";
    case DeployState::FailedRolledBack:
        return "rolled-back";
    case DeployState::Failed:
        return "failed";
    case DeployState::Unreachable:
        return "unreachable";
    case DeployState::Cancelled:
        return "cancelled";
    }
    return nullptr;
}

QProgressBar *DeployDialog::bar(const QString &gateway) const
{
    QTreeWidgetItem *item = row(gateway);
    QWidget *cell = item ? m_table->itemWidget(item, ProgressColumn) : nullptr;
    return cell ? cell->findChild<QProgressBar *>() : nullptr;
}

void DeployDialog::runStarted(const QStringList &gateways, bool dryRun)
{
    m_running = true;
    m_dryRunMode = dryRun;
    m_runGateways = gateways.isEmpty() ? m_order : gateways;
    m_allLog.clear();
    m_logs.clear();
    for (const QString &gateway : std::as_const(m_order)) {
        QTreeWidgetItem *item = row(gateway);
        const bool inRun = m_runGateways.contains(gateway);
        if (inRun) {
            m_states.insert(gateway, DeployState::Waiting);
            item->setText(DetailsColumn, QString());
            item->setToolTip(DetailsColumn, QString());
        }
        item->setText(StatusColumn, inRun ? stateText(DeployState::Waiting, dryRun) : tr("Skipped"));
        item->setIcon(StatusColumn, QIcon());
        for (int c = 0; c < m_table->columnCount(); ++c)
            item->setForeground(
                c, palette().brush(inRun ? QPalette::Active : QPalette::Disabled, QPalette::Text));
        if (QProgressBar *b = bar(gateway)) {
            b->setValue(0);
            b->setEnabled(inRun);
        }
    }
    m_overall->setRange(0, int(m_runGateways.size()));
    m_overall->setValue(0);
    m_cancel->setText(tr("Cancel"));
    updateButtons();
    updateSummary();
    showLog();
}

void DeployDialog::runFinished()
{
    m_running = false;
    updateButtons();
    updateSummary();
}

void DeployDialog::setState(const QString &gateway, DeployState state)
{
    QTreeWidgetItem *item = row(gateway);
    if (!item)
        return;
    m_states.insert(gateway, state);
    item->setText(StatusColumn, stateText(state, m_dryRunMode));
    const char *icon = stateIcon(state);
    item->setIcon(StatusColumn, icon ? Icons::get(icon) : QIcon());
    if (QProgressBar *b = bar(gateway); b && (isFinal(state) || percentFor(state) > b->value()))
        b->setValue(percentFor(state));
    updateSummary();
}

void DeployDialog::setProgress(const QString &gateway, qint64 done, qint64 total)
{
    QProgressBar *b = bar(gateway);
    if (!b || total <= 0 || m_states.value(gateway) != DeployState::Uploading)
        return;
    const int from = percentFor(DeployState::Uploading);
    const int to = percentFor(DeployState::Installing);
    b->setValue(from + int((to - from) * qBound<qint64>(0, done, total) / total));
}

void DeployDialog::appendLog(const QString &gateway, const QString &line)
{
    m_logs[gateway].append(line);
    const QString prefixed = gateway + QLatin1String(": ") + line;
    m_allLog.append(prefixed);
    const QStringList selected = selectedGateways();
    if (selected.isEmpty() || selected.size() > 1)
        m_log->appendPlainText(prefixed);
    else if (selected.first() == gateway)
        m_log->appendPlainText(line);
}

void DeployDialog::setResult(const DeployResult &result)
{
    setState(result.gateway, result.state);
    QTreeWidgetItem *item = row(result.gateway);
    if (!item)
        return;
    item->setText(DetailsColumn, result.message);
    QStringList tip{result.message};
    const auto list = [&tip](const QString &what, const QStringList &names) {
        if (!names.isEmpty())
            tip.append(what + QLatin1String(" ") + names.join(QLatin1String(", ")));
    };
    list(result.dryRun ? tr("Would add:") : tr("Added:"), result.added);
    list(result.dryRun ? tr("Would change:") : tr("Changed:"), result.changed);
    list(result.dryRun ? tr("Would remove:") : tr("Removed:"), result.removed);
    item->setToolTip(DetailsColumn, tip.join(QLatin1Char('\n')));
    item->setToolTip(StatusColumn, tip.join(QLatin1Char('\n')));
    if (result.dryRun) { // the list of changes is what a dry run is for: put it in the log too
        for (const QString &name : result.added)
            appendLog(result.gateway, tr("would add %1").arg(name));
        for (const QString &name : result.changed)
            appendLog(result.gateway, tr("would change %1").arg(name));
        for (const QString &name : result.removed)
            appendLog(result.gateway, tr("would remove %1").arg(name));
    }
    int finished = 0;
    for (const QString &gateway : std::as_const(m_runGateways))
        finished += isFinal(state(gateway)) ? 1 : 0;
    m_overall->setValue(finished);
}

QString DeployDialog::details(const QString &gateway) const
{
    QTreeWidgetItem *item = row(gateway);
    return item ? item->text(DetailsColumn) : QString();
}

QStringList DeployDialog::selectedGateways() const
{
    QStringList names;
    for (const QString &gateway : m_order)
        if (row(gateway)->isSelected())
            names.append(gateway);
    return names;
}

void DeployDialog::selectGateways(const QStringList &gateways)
{
    m_table->clearSelection();
    for (const QString &gateway : gateways)
        if (QTreeWidgetItem *item = row(gateway))
            item->setSelected(true);
}

QString DeployDialog::logText() const
{
    return m_log->toPlainText();
}

void DeployDialog::reject()
{
    if (m_running) {
        m_cancel->click();
        return;
    }
    QDialog::reject();
}

void DeployDialog::updateButtons()
{
    const bool any = !selectedGateways().isEmpty();
    m_dryRun->setEnabled(!m_running);
    m_deployAll->setEnabled(!m_running);
    m_deploySelected->setEnabled(!m_running && any);
    m_cancel->setVisible(m_running);
    m_close->setEnabled(!m_running);
    m_dryRun->setText(any ? tr("Dry Run Selected") : tr("Dry Run"));
}

void DeployDialog::updateSummary()
{
    if (m_runGateways.isEmpty()) {
        m_summary->setText(tr("Choose Dry Run to preview the changes, or Deploy All."));
        return;
    }
    QMap<DeployState, int> counts;
    for (const QString &gateway : std::as_const(m_runGateways))
        ++counts[state(gateway)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (isFinal(it.key()))
            parts.append(tr("%1 %2").arg(it.value()).arg(stateText(it.key(), m_dryRunMode).toLower()));
    QString text;
    if (m_running)
        text = (m_dryRunMode ? tr("Dry run in progress…") : tr("Deploying…"));
    else
        text = m_dryRunMode ? tr("Dry run finished.") : tr("Deployment finished.");
    if (!parts.isEmpty())
        text += QLatin1String("  ") + parts.join(QLatin1String(" · "));
    m_summary->setText(text);
}

void DeployDialog::showLog()
{
    const QStringList selected = selectedGateways();
    if (selected.size() == 1) {
        m_logTitle->setText(tr("Log of %1").arg(selected.first()));
        m_log->setPlainText(m_logs.value(selected.first()).join(QLatin1Char('\n')));
    } else {
        m_logTitle->setText(tr("Log of every gateway"));
        m_log->setPlainText(m_allLog.join(QLatin1Char('\n')));
    }
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

} // namespace p2pvpn
