#include "meshsettingspanel.h"

#include "cidrlistedit.h"
#include "mesheditor.h"
#include "model/dataciphers.h"
#include "model/meshmodel.h"
#include "panelform.h"
#include "validatedlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace p2pvpn {

MeshSettingsPanel::MeshSettingsPanel(MeshModel *model, MeshEditor *editor, QWidget *parent)
    : QWidget(parent), m_model(model), m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new PanelForm(this);
    layout->addWidget(form);

    form->addSection(tr("Mesh"));
    m_summary = new QLabel;
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_summary);
    m_name = new ValidatedLineEdit(&Mesh::validateName);
    connect(m_name, &ValidatedLineEdit::committed, editor, &MeshEditor::setMeshName);
    form->addRow(tr("Name"), m_name);

    m_topology = new QComboBox;
    m_topology->setObjectName(QStringLiteral("topology"));
    m_topology->addItem(tr("Full mesh: every pair of LANs"), int(Topology::Full));
    m_topology->addItem(tr("Manual: only the links you draw"), int(Topology::Manual));
    connect(m_topology, &QComboBox::activated, this,
            [this](int index) { m_editor->setTopology(Topology(m_topology->itemData(index).toInt())); });
    form->addRow(tr("Topology"), m_topology);

    m_keyMode = new QComboBox;
    m_keyMode->addItem(tr("Peer fingerprints (OpenVPN 2.6+)"), int(KeyMode::Fingerprint));
    m_keyMode->addItem(tr("Mesh CA (OpenVPN 2.4+)"), int(KeyMode::Ca));
    connect(m_keyMode, &QComboBox::activated, this, [this](int index) {
        const auto mode = KeyMode(m_keyMode->itemData(index).toInt());
        commit([&](MeshSettings &s) { s.keyMode = mode; });
    });
    form->addRow(tr("Keys"), m_keyMode);

    form->addSection(tr("Tunnels"));
    m_transitPool = new ValidatedLineEdit([](const QString &v) {
        QString error;
        if (v.isEmpty())
            return tr("the transit pool is empty; tunnels take their addresses from it");
        Cidr::parse(v, &error);
        return error;
    });
    m_transitPool->setObjectName(QStringLiteral("transitPool"));
    connect(m_transitPool, &ValidatedLineEdit::committed, this, [this](const QString &v) {
        const Cidr pool = Cidr::parse(v);
        commit([&](MeshSettings &s) { s.transitPool = pool; });
    });
    form->addRow(tr("Transit pool"), m_transitPool,
                 tr("Each tunnel numbers its two ends from this network."));
    m_slash31 = new QCheckBox(tr("Use /31 transit networks"));
    connect(m_slash31, &QCheckBox::clicked, this,
            [this](bool on) { commit([&](MeshSettings &s) { s.transitSlash31 = on; }); });
    form->addRow(QString(), m_slash31);

    m_portBase = new QSpinBox;
    m_portBase->setRange(1, 65535);
    m_portBase->setKeyboardTracking(false);
    connect(m_portBase, &QSpinBox::valueChanged, this,
            [this](int v) { commit([&](MeshSettings &s) { s.portBase = v; }); });
    form->addRow(tr("First UDP port"), m_portBase,
                 tr("A gateway uses one port per peer, counting up from here."));

    m_ciphers = new ValidatedLineEdit([](const QString &v) { return DataCiphers::validate(v); });
    connect(m_ciphers, &ValidatedLineEdit::committed, this,
            [this](const QString &v) { commit([&](MeshSettings &s) { s.dataCiphers = v; }); });
    form->addRow(tr("Data ciphers"), m_ciphers);

    m_keepaliveInterval = new QSpinBox;
    m_keepaliveInterval->setRange(1, 3600);
    m_keepaliveInterval->setSuffix(tr(" s"));
    m_keepaliveInterval->setKeyboardTracking(false);
    connect(m_keepaliveInterval, &QSpinBox::valueChanged, this,
            [this](int v) { commit([&](MeshSettings &s) { s.keepaliveInterval = v; }); });
    form->addRow(tr("Ping every"), m_keepaliveInterval);
    m_keepaliveTimeout = new QSpinBox;
    m_keepaliveTimeout->setRange(2, 86400);
    m_keepaliveTimeout->setSuffix(tr(" s"));
    m_keepaliveTimeout->setKeyboardTracking(false);
    connect(m_keepaliveTimeout, &QSpinBox::valueChanged, this,
            [this](int v) { commit([&](MeshSettings &s) { s.keepaliveTimeout = v; }); });
    form->addRow(tr("Restart after"), m_keepaliveTimeout);

    m_aliasPool = new ValidatedLineEdit([](const QString &v) {
        QString error;
        Cidr::parse(v, &error);
        return error;
    });
    m_aliasPool->setObjectName(QStringLiteral("aliasPool"));
    connect(m_aliasPool, &ValidatedLineEdit::committed, this, [this](const QString &v) {
        const Cidr pool = Cidr::parse(v);
        commit([&](MeshSettings &s) { s.aliasPool = pool; });
    });
    form->addRow(tr("Alias pool"), m_aliasPool,
                 tr("Resolve Overlaps with Aliases takes the aliases of overlapping subnets from here."));

    form->addSection(tr("Reserved ranges"));
    m_reserved = new CidrListEdit;
    m_reserved->setAddText(tr("Add range"));
    connect(m_reserved, &CidrListEdit::committed, this,
            [this](const QList<Cidr> &v) { commit([&](MeshSettings &s) { s.reservedRanges = v; }); });
    form->addRow(QString(), m_reserved,
                 tr("Networks no LAN may use, besides the built-in ones (loopback, "
                    "link-local, Docker's bridge, multicast)."));
    form->finish();

    connect(model, &MeshModel::meshReset, this, &MeshSettingsPanel::refresh);
    connect(model, &MeshModel::settingsChanged, this, &MeshSettingsPanel::refresh);
    connect(model, &MeshModel::topologyChanged, this, &MeshSettingsPanel::refresh);
    connect(model, &MeshModel::nameChanged, this, &MeshSettingsPanel::refresh);
    connect(model, &MeshModel::lanAdded, this, &MeshSettingsPanel::refreshSummary);
    connect(model, &MeshModel::lanRemoved, this, &MeshSettingsPanel::refreshSummary);
    connect(model, &MeshModel::linkAdded, this, &MeshSettingsPanel::refreshSummary);
    connect(model, &MeshModel::linkRemoved, this, &MeshSettingsPanel::refreshSummary);
    refresh();
}

void MeshSettingsPanel::refresh()
{
    const Mesh &mesh = m_model->mesh();
    const MeshSettings &s = mesh.settings;
    m_name->setValue(mesh.name);
    m_topology->setCurrentIndex(m_topology->findData(int(mesh.topology)));
    m_keyMode->setCurrentIndex(m_keyMode->findData(int(s.keyMode)));
    m_transitPool->setValue(s.transitPool.isValid() ? s.transitPool.toString() : QString());
    m_slash31->setChecked(s.transitSlash31);
    m_aliasPool->setValue(s.aliasPool.toString());
    for (auto [box, value] :
         {std::pair{m_portBase, s.portBase}, std::pair{m_keepaliveInterval, s.keepaliveInterval},
          std::pair{m_keepaliveTimeout, s.keepaliveTimeout}}) {
        const QSignalBlocker blocker(box);
        box->setValue(value);
    }
    m_ciphers->setValue(s.dataCiphers);
    m_reserved->setCidrs(s.reservedRanges);
    refreshSummary();
}

void MeshSettingsPanel::refreshSummary()
{
    const Mesh &mesh = m_model->mesh();
    m_summary->setText(tr("%n LAN(s)", nullptr, int(mesh.lans.size())) + QStringLiteral(" · ") +
                       tr("%n tunnel(s)", nullptr, int(mesh.tunnelCount())));
}

void MeshSettingsPanel::commit(const std::function<void(MeshSettings &)> &change)
{
    MeshSettings settings = m_model->mesh().settings;
    change(settings);
    m_editor->setSettings(settings);
}

} // namespace p2pvpn
