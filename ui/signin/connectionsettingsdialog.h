#pragma once

#include "core/auth/connectionsettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Partner Center endpoint, sign-in authority, tenant and application (client) ID, checked as
// they are typed: OK stays disabled, with the reasons shown, until they validate.
class ConnectionSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionSettingsDialog(QWidget *parent = nullptr);

    void setSettings(const ConnectionSettings &settings);
    ConnectionSettings settings() const;

    // For tests and accessibility checks.
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *authorityEdit() const { return m_authority; }
    QLineEdit *tenantEdit() const { return m_tenant; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLabel *problemsLabel() const { return m_problems; }
    // The link to the guide's "Connecting to Partner Center".
    QLabel *helpLink() const { return m_help; }
    QPushButton *okButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Each label with the field it names.
    QList<std::pair<QLabel *, QLineEdit *>> rows() const;
    void retranslate();
    void revalidate();

    QLabel *m_intro;
    QLabel *m_help;
    QLabel *m_endpointLabel;
    QLabel *m_authorityLabel;
    QLabel *m_tenantLabel;
    QLabel *m_clientIdLabel;
    QLineEdit *m_endpoint;
    QLineEdit *m_authority;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QLabel *m_problems;
    QPushButton *m_defaults;
    QDialogButtonBox *m_buttons;
};
