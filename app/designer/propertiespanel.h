#pragma once

// PropertiesPanel: the inspector for the selection. For one LAN it edits every
// field (name, subnets, endpoint, SSH access, deployment, notes); each field is
// checked as it is typed by the core's validators, and each good, finished change
// becomes one undo command through the MeshEditor.

#include "model/mesh.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace p2pvpn {

class CidrListEdit;
class MeshEditor;
class MeshModel;
class PanelForm;
class ValidatedLineEdit;

class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    PropertiesPanel(MeshModel *model, MeshEditor *editor, QWidget *parent = nullptr);

    void setSelection(const QList<LanId> &lans, const QList<LinkKey> &links);
    LanId currentLan() const { return m_lan; }

    ValidatedLineEdit *nameEdit() const { return m_name; }
    CidrListEdit *subnetsEdit() const { return m_subnets; }
    ValidatedLineEdit *endpointEdit() const { return m_endpoint; }
    QComboBox *serviceManagerBox() const { return m_serviceManager; }
    ValidatedLineEdit *restartCommandEdit() const { return m_restartCommand; }
    ValidatedLineEdit *stopCommandEdit() const { return m_stopCommand; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildLanPage();
    void refresh();
    // Applies `change` to a copy of the current LAN and hands it to the editor.
    void commit(const std::function<void(Lan &)> &change);

    MeshModel *m_model;
    MeshEditor *m_editor;
    LanId m_lan = 0;
    QList<LanId> m_lans;
    QList<LinkKey> m_links;

    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    PanelForm *m_lanForm = nullptr;
    QLabel *m_title;
    ValidatedLineEdit *m_name;
    CidrListEdit *m_subnets;
    ValidatedLineEdit *m_endpoint;
    QPlainTextEdit *m_notes;
    ValidatedLineEdit *m_sshHost;
    QSpinBox *m_sshPort;
    ValidatedLineEdit *m_sshUser;
    ValidatedLineEdit *m_keyFile;
    QCheckBox *m_useAgent;
    QCheckBox *m_useSudo;
    ValidatedLineEdit *m_targetDir;
    QComboBox *m_serviceManager;
    ValidatedLineEdit *m_restartCommand;
    ValidatedLineEdit *m_stopCommand;
};

} // namespace p2pvpn
