#include "propertiespanel.h"

#include "cidrlistedit.h"
#include "mesheditor.h"
#include "model/meshmodel.h"
#include "panelform.h"
#include "validatedlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace p2pvpn {

PropertiesPanel::PropertiesPanel(MeshModel *model, MeshEditor *editor, QWidget *parent)
    : QWidget(parent), m_model(model), m_editor(editor), m_pages(new QStackedWidget(this)),
      m_placeholder(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(buildLanPage());

    connect(model, &MeshModel::lanChanged, this, [this](LanId id) {
        if (id == m_lan)
            refresh();
    });
    connect(model, &MeshModel::lanRemoved, this, [this](LanId id) {
        if (m_lans.contains(id) || id == m_lan) {
            m_lans.removeAll(id);
            setSelection(m_lans, m_links);
        }
    });
    connect(model, &MeshModel::meshReset, this, [this] { setSelection({}, {}); });
    setSelection({}, {});
}

QWidget *PropertiesPanel::buildLanPage()
{
    auto *form = m_lanForm = new PanelForm(this);
    m_title = form->addSection(QString());
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_name = new ValidatedLineEdit(&Lan::validateName);
    m_name->setObjectName(QStringLiteral("lanName"));
    connect(m_name, &ValidatedLineEdit::committed, this,
            [this](const QString &v) { commit([&](Lan &l) { l.name = v; }); });
    form->addRow(tr("Name"), m_name);

    m_subnets = new CidrListEdit;
    m_subnets->setObjectName(QStringLiteral("lanSubnets"));
    m_subnets->setAliasesAllowed(true);
    connect(m_subnets, &CidrListEdit::committed, this,
            [this](const QList<Cidr> &subnets, const QMap<Cidr, Cidr> &aliases) {
                commit([&](Lan &l) {
                    l.subnets = subnets;
                    l.aliases = aliases;
                });
            });
    form->addRow(tr("Subnets"), m_subnets);

    m_endpoint = new ValidatedLineEdit(&Lan::validateEndpoint);
    m_endpoint->setObjectName(QStringLiteral("lanEndpoint"));
    m_endpoint->setPlaceholderText(tr("vpn.example.com or 203.0.113.7"));
    connect(m_endpoint, &ValidatedLineEdit::committed, this,
            [this](const QString &v) { commit([&](Lan &l) { l.endpoint = v; }); });
    form->addRow(tr("Endpoint"), m_endpoint, tr("The public name or address the other gateways dial."));

    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("lanNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(64);
    m_notes->installEventFilter(this);
    form->addRow(tr("Notes"), m_notes);

    form->addSection(tr("SSH access"));
    m_sshHost = new ValidatedLineEdit(
        [](const QString &v) { return v.isEmpty() ? QString() : Lan::validateEndpoint(v); });
    m_sshHost->setPlaceholderText(tr("same as the endpoint"));
    connect(m_sshHost, &ValidatedLineEdit::committed, this,
            [this](const QString &v) { commit([&](Lan &l) { l.ssh.host = v; }); });
    form->addRow(tr("Host"), m_sshHost);

    m_sshPort = new QSpinBox;
    m_sshPort->setRange(1, 65535);
    m_sshPort->setKeyboardTracking(false);
    connect(m_sshPort, &QSpinBox::valueChanged, this,
            [this](int v) { commit([&](Lan &l) { l.ssh.port = v; }); });
    form->addRow(tr("Port"), m_sshPort);

    m_sshUser = new ValidatedLineEdit(&Lan::validateSshUser);
    connect(m_sshUser, &ValidatedLineEdit::committed, this,
            [this](const QString &v) { commit([&](Lan &l) { l.ssh.user = v; }); });
    form->addRow(tr("User"), m_sshUser);

    auto *keyRow = new QWidget;
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->setSpacing(4);
    m_keyFile = new ValidatedLineEdit;
    m_keyFile->setPlaceholderText(tr("none: use ssh-agent"));
    connect(m_keyFile, &ValidatedLineEdit::committed, this,
            [this](const QString &v) { commit([&](Lan &l) { l.ssh.keyFile = v; }); });
    auto *browse = new QToolButton;
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a private key file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose SSH Private Key"), m_keyFile->value());
        if (!file.isEmpty()) {
            m_keyFile->setValue(file);
            commit([&](Lan &l) { l.ssh.keyFile = file; });
        }
    });
    keyLayout->addWidget(m_keyFile, 1);
    keyLayout->addWidget(browse, 0, Qt::AlignTop);
    form->addRow(tr("Key file"), keyRow);

    m_useAgent = new QCheckBox(tr("Use keys from ssh-agent"));
    connect(m_useAgent, &QCheckBox::clicked, this,
            [this](bool on) { commit([&](Lan &l) { l.ssh.useAgent = on; }); });
    form->addRow(QString(), m_useAgent);
    m_useSudo = new QCheckBox(tr("Run commands through sudo"));
    connect(m_useSudo, &QCheckBox::clicked, this,
            [this](bool on) { commit([&](Lan &l) { l.ssh.useSudo = on; }); });
    form->addRow(QString(), m_useSudo);

    form->addSection(tr("Deployment"));
    m_targetDir = new ValidatedLineEdit(&Lan::validateTargetDir);
    connect(m_targetDir, &ValidatedLineEdit::committed, this,
            [this](const QString &v) { commit([&](Lan &l) { l.deploy.targetDir = v; }); });
    form->addRow(tr("Directory"), m_targetDir);
    m_serviceManager = new QComboBox;
    m_serviceManager->addItem(tr("systemd (openvpn-server@)"), int(ServiceManager::Systemd));
    m_serviceManager->addItem(tr("Start command"), int(ServiceManager::Command));
    connect(m_serviceManager, &QComboBox::activated, this, [this](int index) {
        const auto manager = ServiceManager(m_serviceManager->itemData(index).toInt());
        commit([&](Lan &l) { l.deploy.serviceManager = manager; });
    });
    form->addRow(tr("Service"), m_serviceManager);
    // Only for the "command" service manager (refresh() hides them otherwise); the checker reports a missing
    // one.
    const auto commandField = [&](ValidatedLineEdit::Validator validator, const char *name,
                                  const QString &example, QString DeployOptions::*command) {
        auto *field = new ValidatedLineEdit(std::move(validator));
        field->setObjectName(QLatin1String(name));
        field->setPlaceholderText(example);
        connect(field, &ValidatedLineEdit::committed, this,
                [this, command](const QString &v) { commit([&](Lan &l) { l.deploy.*command = v; }); });
        return field;
    };
    m_restartCommand = commandField(&Lan::validateRestartCommand, "lanRestartCommand",
                                    tr("/usr/local/sbin/tunnel restart"), &DeployOptions::restartCommand);
    form->addRow(tr("Restart"), m_restartCommand,
                 tr("Shell command that (re)starts a tunnel, run as root with the tunnel's name as its last "
                    "argument."));
    m_stopCommand = commandField(&Lan::validateStopCommand, "lanStopCommand",
                                 tr("/usr/local/sbin/tunnel stop"), &DeployOptions::stopCommand);
    form->addRow(tr("Stop"), m_stopCommand,
                 tr("Stops a tunnel that was removed from the mesh; called the same way."));
    form->finish();
    return form;
}

void PropertiesPanel::setSelection(const QList<LanId> &lans, const QList<LinkKey> &links)
{
    m_lans = lans;
    m_links = links;
    m_lan = lans.size() == 1 && links.isEmpty() ? lans.first() : 0;
    if (m_lan && m_model->lan(m_lan)) {
        m_pages->setCurrentIndex(1);
        refresh();
        return;
    }
    m_lan = 0;
    m_pages->setCurrentIndex(0);
    if (lans.isEmpty() && links.size() == 1) {
        const Lan *a = m_model->lan(links.first().a);
        const Lan *b = m_model->lan(links.first().b);
        m_placeholder->setText(tr("Link between %1 and %2.\n\nPress Delete to remove it.")
                                   .arg(a ? a->name : QString(), b ? b->name : QString()));
    } else if (lans.isEmpty() && links.isEmpty()) {
        m_placeholder->setText(tr("Select a LAN on the canvas to edit it.\n\n"
                                  "Double-click empty space to add a LAN."));
    } else {
        QStringList parts;
        if (!lans.isEmpty())
            parts.append(tr("%n LAN(s)", nullptr, int(lans.size())));
        if (!links.isEmpty())
            parts.append(tr("%n link(s)", nullptr, int(links.size())));
        m_placeholder->setText(
            tr("%1 selected.\n\nSelect a single LAN to edit it.").arg(parts.join(tr(" and "))));
    }
}

void PropertiesPanel::refresh()
{
    const Lan *lan = m_model->lan(m_lan);
    if (!lan)
        return;
    m_title->setText(tr("LAN %1").arg(lan->name));
    m_name->setValue(lan->name);
    m_subnets->setCidrs(lan->subnets, lan->aliases);
    m_endpoint->setValue(lan->endpoint);
    if (m_notes->toPlainText() != lan->notes)
        m_notes->setPlainText(lan->notes);
    m_sshHost->setValue(lan->ssh.host);
    {
        const QSignalBlocker blocker(m_sshPort);
        m_sshPort->setValue(lan->ssh.port);
    }
    m_sshUser->setValue(lan->ssh.user);
    m_keyFile->setValue(lan->ssh.keyFile);
    m_useAgent->setChecked(lan->ssh.useAgent);
    m_useSudo->setChecked(lan->ssh.useSudo);
    m_targetDir->setValue(lan->deploy.targetDir);
    m_serviceManager->setCurrentIndex(m_serviceManager->findData(int(lan->deploy.serviceManager)));
    const bool commands = lan->deploy.serviceManager == ServiceManager::Command;
    m_lanForm->setRowVisible(m_restartCommand, commands);
    m_lanForm->setRowVisible(m_stopCommand, commands);
    m_restartCommand->setValue(lan->deploy.restartCommand);
    m_stopCommand->setValue(lan->deploy.stopCommand);
}

void PropertiesPanel::commit(const std::function<void(Lan &)> &change)
{
    const Lan *current = m_model->lan(m_lan);
    if (!current)
        return;
    Lan lan = *current;
    change(lan);
    m_editor->updateLan(lan);
}

bool PropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut) {
        const QString notes = m_notes->toPlainText();
        commit([&](Lan &l) { l.notes = notes; });
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace p2pvpn
