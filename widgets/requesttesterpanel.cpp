#include "requesttesterpanel.h"

#include "requesturl.h"
#include "routestepsmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

const RoutingRequest::Protocol protocols[] = {
    RoutingRequest::Protocol::Default, RoutingRequest::Protocol::Http,
    RoutingRequest::Protocol::Https, RoutingRequest::Protocol::Tls, RoutingRequest::Protocol::Tcp};

} // namespace

RequestTesterPanel::RequestTesterPanel(QWidget *parent)
    : QWidget(parent), m_namespace(new QComboBox), m_url(new QLineEdit), m_protocol(new QComboBox),
      m_host(new QLineEdit), m_port(new QSpinBox), m_address(new QLineEdit), m_sni(new QLineEdit),
      m_outcome(new QLabel), m_summary(new QLabel), m_steps(new QTableView), m_settings(new QLabel),
      m_meshButton(new QToolButton), m_namespacesButton(new QToolButton),
      m_model(new RouteStepsModel(this))
{
    m_namespace->setObjectName(QStringLiteral("fromNamespace"));
    m_namespace->setEditable(true);
    m_namespace->setInsertPolicy(QComboBox::NoInsert);
    // The combos size to a few characters, not their longest item: the panel shares the
    // window's side with others and must stay narrow in every language.
    m_namespace->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namespace->setMinimumContentsLength(8);
    m_namespace->setToolTip(tr("The namespace of the sidecar that sends the request."));
    m_namespace->setAccessibleName(tr("From namespace"));
    m_namespace->lineEdit()->setAccessibleName(tr("From namespace"));
    m_namespace->lineEdit()->setAccessibleDescription(m_namespace->toolTip());
    m_url->setObjectName(QStringLiteral("requestUrl"));
    m_url->setPlaceholderText(
        tr("https://api.example.com, tcp://10.0.0.5:5432, api.example.com:8080"));
    m_url->setClearButtonEnabled(true);
    m_url->setToolTip(tr("The scheme gives the protocol (http, https, tls, tcp) and the default "
                         "port; an IP is the destination address."));
    m_protocol->setObjectName(QStringLiteral("requestProtocol"));
    m_protocol->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_protocol->setMinimumContentsLength(6);
    m_protocol->addItem(tr("From the port"));
    m_protocol->addItem(QStringLiteral("http"));
    m_protocol->addItem(tr("https (TLS carrying HTTP)"));
    m_protocol->addItem(QStringLiteral("tls"));
    m_protocol->addItem(tr("tcp (raw)"));
    m_protocol->setToolTip(tr("What the client sends. From the port: what the ServiceEntry port "
                              "declares."));
    m_host->setObjectName(QStringLiteral("requestHost"));
    m_host->setPlaceholderText(tr("the HTTP Host, and the SNI for TLS"));
    m_port->setObjectName(QStringLiteral("requestPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("port"));
    m_port->setToolTip(tr("Destination port; empty: the scheme's default port"));
    m_address->setObjectName(QStringLiteral("requestAddress"));
    m_address->setPlaceholderText(tr("from the entry, else undeclared"));
    m_address->setToolTip(tr("Destination IP. Empty: the address the host has in the files, "
                             "else an address no entry declares."));
    m_sni->setObjectName(QStringLiteral("requestSni"));
    m_sni->setPlaceholderText(tr("the host"));
    m_sni->setToolTip(tr("TLS server name; empty: the host, for tls and https."));

    m_outcome->setObjectName(QStringLiteral("routeOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_outcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_outcome->setFont(big);
    m_summary->setObjectName(QStringLiteral("routeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_steps->setObjectName(QStringLiteral("routeSteps"));
    m_steps->setModel(m_model);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setAccessibleDescription(
        tr("How the sidecar handles the request, one decision a row; Enter opens its field"));
    m_steps->setWordWrap(true);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->verticalHeader()->hide();
    m_steps->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(RouteStepsModel::NumberColumn,
                                                      QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(RouteStepsModel::RuleColumn,
                                                      QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(RouteStepsModel::DetailColumn,
                                                      QHeaderView::Stretch);
    m_steps->setAlternatingRowColors(true);
    connect(m_steps, &QTableView::activated, this, [this](const QModelIndex &index) {
        const RouteStep step = m_model->step(index.row());
        if (step.document >= 0)
            emit stepActivated(step.document, step.path);
    });

    m_settings->setObjectName(QStringLiteral("routeSettings"));
    m_settings->setWordWrap(true);
    m_meshButton->setObjectName(QStringLiteral("routeMeshSettings"));
    m_namespacesButton->setObjectName(QStringLiteral("routeImportNamespaces"));

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fields->addRow(tr("Fro&m namespace:"), m_namespace);
    fields->addRow(tr("Re&quest:"), m_url);
    auto *protocol = new QHBoxLayout;
    protocol->addWidget(m_protocol, 1);
    auto *portLabel = new QLabel(tr("Port:"));
    portLabel->setBuddy(m_port);
    protocol->addWidget(portLabel);
    protocol->addWidget(m_port);
    auto *protocolLabel = new QLabel(tr("Protocol:"));
    protocolLabel->setBuddy(m_protocol);
    fields->addRow(protocolLabel, protocol);
    fields->addRow(tr("Host:"), m_host);
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_address, 1);
    auto *sniLabel = new QLabel(tr("SNI:"));
    sniLabel->setBuddy(m_sni);
    destination->addWidget(sniLabel);
    destination->addWidget(m_sni, 1);
    auto *addressLabel = new QLabel(tr("Address:"));
    addressLabel->setBuddy(m_address);
    fields->addRow(addressLabel, destination);

    // The summary takes the full width and the two buttons stack under it, so that neither
    // their translated texts side by side nor the summary widen the panel.
    auto *settings = new QVBoxLayout;
    settings->setSpacing(2);
    settings->addWidget(m_settings);
    settings->addWidget(m_meshButton, 0, Qt::AlignLeft);
    settings->addWidget(m_namespacesButton, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addLayout(settings);
    layout->addWidget(m_outcome);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);

    connect(m_url, &QLineEdit::textEdited, this, &RequestTesterPanel::urlEdited);
    connect(m_namespace, &QComboBox::currentTextChanged, this, &RequestTesterPanel::requestChanged);
    for (QLineEdit *edit : {m_host, m_address, m_sni})
        connect(edit, &QLineEdit::textEdited, this, &RequestTesterPanel::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &RequestTesterPanel::fieldsEdited);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &RequestTesterPanel::fieldsEdited);
    showProblem(tr("Type a URL such as https://api.example.com or tcp://10.0.0.5:5432."));
}

void RequestTesterPanel::urlEdited()
{
    RoutingRequest parsed;
    QString problem;
    if (RequestUrl::parse(m_url->text(), &parsed, &problem)) {
        m_syncing = true;
        m_protocol->setCurrentIndex(
            int(std::find(std::begin(protocols), std::end(protocols), parsed.protocol) -
                std::begin(protocols)));
        m_host->setText(parsed.host);
        m_port->setValue(int(parsed.port));
        if (!parsed.address.isEmpty() || m_host->text().isEmpty())
            m_address->setText(parsed.address);
        m_syncing = false;
    }
    emit requestChanged();
}

void RequestTesterPanel::fieldsEdited()
{
    if (m_syncing)
        return;
    RoutingRequest current;
    current.protocol = protocols[qMax(0, m_protocol->currentIndex())];
    current.host = m_host->text().trimmed();
    current.address = current.host.isEmpty() ? m_address->text().trimmed() : QString();
    current.port = quint32(m_port->value());
    m_url->setText(current.host.isEmpty() && current.address.isEmpty()
                       ? QString()
                       : RequestUrl::format(current));
    emit requestChanged();
}

bool RequestTesterPanel::request(RoutingRequest *request, QString *problem) const
{
    RoutingRequest out;
    out.fromNamespace = m_namespace->currentText().trimmed();
    if (out.fromNamespace.isEmpty()) {
        *problem = tr("Pick the namespace the request comes from.");
        return false;
    }
    if (!m_url->text().trimmed().isEmpty() && !RequestUrl::parse(m_url->text(), &out, problem))
        return false;
    out.protocol = protocols[qMax(0, m_protocol->currentIndex())];
    out.host = m_host->text().trimmed();
    out.port = quint32(m_port->value());
    out.address = m_address->text().trimmed();
    out.sni = m_sni->text().trimmed();
    if (out.port == 0) {
        *problem = m_url->text().trimmed().isEmpty()
                       ? tr("Type a URL such as https://api.example.com or tcp://10.0.0.5:5432.")
                       : tr("Give a port.");
        return false;
    }
    if (!out.address.isEmpty() && QHostAddress(out.address).isNull()) {
        *problem = tr("%1 is not an IP address.").arg(out.address);
        return false;
    }
    *request = out;
    return true;
}

void RequestTesterPanel::setNamespaces(const QStringList &namespaces, const QString &preferred)
{
    const QString current = m_namespace->currentText();
    QStringList existing;
    for (int i = 0; i < m_namespace->count(); ++i)
        existing.append(m_namespace->itemText(i));
    if (existing == namespaces && !current.isEmpty())
        return;
    const QSignalBlocker blocker(m_namespace);
    m_namespace->clear();
    m_namespace->addItems(namespaces);
    const QString chosen = !current.isEmpty()               ? current
                           : namespaces.contains(preferred) ? preferred
                           : namespaces.isEmpty()           ? QString()
                                                            : namespaces.first();
    m_namespace->setCurrentText(chosen);
    if (current.isEmpty() && !chosen.isEmpty())
        emit requestChanged();
}

void RequestTesterPanel::setAnswer(const RouteAnswer &answer)
{
    static const QHash<QString, QString> colors = {
        {QStringLiteral("service"), QStringLiteral("#2e7d32")},
        {QStringLiteral("passthrough"), QStringLiteral("#1565c0")},
        {QStringLiteral("egress-proxy"), QStringLiteral("#1565c0")},
        {QStringLiteral("dynamic-dns"), QStringLiteral("#1565c0")}};
    const QString color = colors.value(answer.outcome, QStringLiteral("#c62828"));
    QString headline;
    if (answer.outcome == u"service")
        headline = tr("→ %1").arg(answer.cluster);
    else if (answer.outcome == u"passthrough")
        headline = tr("→ PassthroughCluster: leaves the mesh unchanged");
    else if (answer.outcome == u"egress-proxy")
        headline = tr("→ egress proxy %1").arg(answer.cluster);
    else if (answer.outcome == u"dynamic-dns")
        headline = tr("→ AllowAnyDynamicDNSCluster: Envoy resolves the host");
    else if (answer.outcome == u"blackhole")
        headline = tr("✕ BlackHoleCluster: the connection is closed");
    else if (answer.outcome == u"direct-response")
        headline = tr("✕ block_all answers HTTP 502");
    else if (answer.outcome == u"protocol-error")
        headline = tr("✕ Protocol error: TLS or raw TCP into an HTTP listener");
    else if (answer.outcome == u"no-route")
        headline = tr("✕ No virtual host: HTTP 404");
    else if (answer.outcome == u"no-filter-chain")
        headline = tr("✕ No filter chain: the connection is reset");
    else if (answer.outcome == u"missing-cluster")
        headline = tr("✕ %1 is not built: the connection fails").arg(answer.cluster);
    else
        headline = answer.outcome;
    m_outcome->setText(headline);
    m_outcome->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(color));
    m_outcome->setToolTip(tr("Outcome: %1").arg(answer.outcome));
    QStringList facts{tr("%1 to %2:%3")
                          .arg(answer.chosenProtocol, answer.request.address)
                          .arg(answer.request.port),
                      tr("listener %1").arg(answer.listener)};
    if (!answer.virtualHost.isEmpty())
        facts.append(tr("virtual host %1").arg(answer.virtualHost));
    if (answer.hasServiceEntry)
        facts.append(tr("ServiceEntry %1/%2")
                         .arg(answer.serviceEntry.namespaceName, answer.serviceEntry.name));
    m_summary->setText(facts.join(QStringLiteral(" · ")));
    m_model->setAnswer(answer);
}

void RequestTesterPanel::showProblem(const QString &problem)
{
    m_outcome->setText(problem);
    m_outcome->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
    m_outcome->setToolTip(QString());
    m_summary->clear();
    m_model->clear();
}

void RequestTesterPanel::setSettingsSummary(const QString &summary, const QString &details)
{
    m_settings->setText(summary);
    m_settings->setToolTip(details);
}

void RequestTesterPanel::setSettingsActions(QAction *meshSettings, QAction *importNamespaces)
{
    m_meshButton->setDefaultAction(meshSettings);
    m_namespacesButton->setDefaultAction(importNamespaces);
}

} // namespace MeshEntry
