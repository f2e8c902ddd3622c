#pragma once

// MeshSettingsPanel: the mesh-wide settings (name, topology, key mode, transit
// pool, ports, ciphers, keepalive, reserved ranges), checked as typed like the
// LAN properties, each finished change one undo command.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace p2pvpn {

class CidrListEdit;
class MeshEditor;
class MeshModel;
class ValidatedLineEdit;
struct MeshSettings;

class MeshSettingsPanel : public QWidget
{
    Q_OBJECT
public:
    MeshSettingsPanel(MeshModel *model, MeshEditor *editor, QWidget *parent = nullptr);

    QComboBox *topologyBox() const { return m_topology; }
    ValidatedLineEdit *transitPoolEdit() const { return m_transitPool; }

private:
    void refresh();
    void refreshSummary();
    void commit(const std::function<void(MeshSettings &)> &change);

    MeshModel *m_model;
    MeshEditor *m_editor;
    QLabel *m_summary;
    ValidatedLineEdit *m_name;
    QComboBox *m_topology;
    QComboBox *m_keyMode;
    ValidatedLineEdit *m_transitPool;
    ValidatedLineEdit *m_aliasPool;
    QCheckBox *m_slash31;
    QSpinBox *m_portBase;
    ValidatedLineEdit *m_ciphers;
    QSpinBox *m_keepaliveInterval;
    QSpinBox *m_keepaliveTimeout;
    CidrListEdit *m_reserved;
};

} // namespace p2pvpn
