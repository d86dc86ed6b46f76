#include "ui/MainWindow.h"

#include "core/AppPaths.h"
#include "core/JobRunner.h"
#include "core/LogBus.h"
#include "core/PortDiscovery.h"
#include "core/SupportBundle.h"
#include "core/sim/DemoRegistry.h"
#include "ui/AboutDialog.h"
#include "ui/DeviceDetailsPane.h"
#include "ui/DiscoveryPanel.h"
#include "ui/FirmwareInfoJob.h"
#include "ui/HexView.h"
#include "ui/LanguageManager.h"
#include "ui/LogModel.h"
#include "ui/LogView.h"
#include "ui/ProgressPanel.h"
#include "ui/SerialMonitorWidget.h"
#include "ui/SettingsDialog.h"
#include "ui/ThroughputPlot.h"
#include "ui/UiSettings.h"
#include "ui/WelcomePage.h"
#include "ui/esp/EspWizard.h"
#include "ui/telink/TelinkWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace fw::ui {

using core::sim::DemoDevice;
using core::sim::DemoRegistry;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("FlashwrightMainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/fw/icons/flashwright.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    EspWizard::registerDemos();  // before the device list is built, so it lists them
    TelinkWizard::registerDemos();
    m_runner = new core::JobRunner(core::LogBus::global(), this);
    m_discovery = new DiscoveryPanel(this);

    createWorkspace();
    createDocks();
    createActions();
    createMenus();

    m_statusSummary = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusSummary);

    connect(m_discovery, &DiscoveryPanel::serialPortSelected, m_details,
            &DeviceDetailsPane::showSerialPort);
    connect(m_discovery, &DiscoveryPanel::bleDeviceSelected, m_details,
            &DeviceDetailsPane::showBleDevice);
    connect(m_discovery, &DiscoveryPanel::demoSelected, m_details, &DeviceDetailsPane::showDemo);
    connect(m_discovery, &DiscoveryPanel::nothingSelected, this, [this] {
        if (m_details->subject() != DeviceDetailsPane::Subject::Firmware)
            m_details->showNothing();
    });
    connect(m_discovery, &DiscoveryPanel::serialPortActivated, this,
            [this](const core::PortInfo &p) {
                openSerialMonitor(p.systemLocation, p.identity ? p.identity->defaultBaud : 0);
            });
    connect(m_discovery, &DiscoveryPanel::demoActivated, this, &MainWindow::onDemoStart);
    connect(m_discovery, &DiscoveryPanel::summaryChanged, m_statusSummary, &QLabel::setText);
    connect(m_details, &DeviceDetailsPane::openMonitorRequested, this,
            [this](const QString &port, qint32 baud) { openSerialMonitor(port, baud); });
    connect(m_details, &DeviceDetailsPane::startDemoRequested, this, &MainWindow::onDemoStart);
    connect(m_details, &DeviceDetailsPane::espWizardRequested, this, &MainWindow::openEspWizard);
    connect(m_welcome, &WelcomePage::espWizardRequested, this, [this] { openEspWizard(); });
    connect(m_details, &DeviceDetailsPane::telinkWizardRequested, this, &MainWindow::openTelinkWizard);
    connect(m_details, &DeviceDetailsPane::telinkRescueRequested, this, &MainWindow::openTelinkRescue);
    connect(m_welcome, &WelcomePage::telinkWizardRequested, this, [this] { openTelinkWizard(); });

    connect(m_welcome, &WelcomePage::openMonitorRequested, this, [this] { openSerialMonitor(); });
    connect(m_welcome, &WelcomePage::tryDemoRequested, this, &MainWindow::tryDemo);
    connect(m_welcome, &WelcomePage::openFirmwareRequested, this, &MainWindow::chooseFirmwareFile);

    // The monitor has no job, but its traffic belongs in the throughput plot all the same.
    connect(m_monitor, &SerialMonitorWidget::sessionStarted, this,
            [this](const QString &title, qint32 baud) {
                m_plotMonitorPort = m_monitor->currentPort();
                m_plot->start(title);
                m_plot->setWireLimit(baud / 10.0);  // 8N1: ten bits on the wire per byte
            });
    connect(m_monitor, &SerialMonitorWidget::trafficSample, m_plot, &ThroughputPlot::addSample);
    connect(m_runner, &core::JobRunner::started, this, [this] { m_plotMonitorPort.clear(); });
    connect(m_monitor, &SerialMonitorWidget::sessionStopped, m_plot, &ThroughputPlot::stop);
    connect(m_monitor, &SerialMonitorWidget::showLogRequested, this, &MainWindow::showLogDock);
    connect(m_monitor, &SerialMonitorWidget::exportBundleRequested, this,
            &MainWindow::chooseSupportBundle);

    applySettings();
    retranslate();
    restoreLayout();
    m_statusSummary->setText(m_discovery->summaryText());
}

MainWindow::~MainWindow() = default;

void MainWindow::createWorkspace()
{
    m_pageTitle = new QLabel(this);
    QFont f = m_pageTitle->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_pageTitle->setFont(f);
    m_homeButton = new QToolButton(this);
    m_homeButton->setAutoRaise(true);
    m_homeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_homeButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    connect(m_homeButton, &QToolButton::clicked, this, &MainWindow::showStartPage);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 0);
    header->addWidget(m_homeButton);
    header->addWidget(m_pageTitle, 1);

    m_workspace = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_workspace);
    // The monitor lists the same ports the device list shows.
    m_monitor = new SerialMonitorWidget(m_discovery->portDiscovery(), m_workspace);
    m_workspace->addWidget(m_welcome);
    m_workspace->addWidget(m_monitor);
    connect(m_workspace, &QStackedWidget::currentChanged, this, &MainWindow::updateWorkspaceHeader);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_workspace, 1);
    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_devicesDock = new QDockWidget(this);
    m_devicesDock->setObjectName(QStringLiteral("devicesDock"));
    m_devicesDock->setWidget(m_discovery);
    m_devicesDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_devicesDock);

    m_details = new DeviceDetailsPane(this);
    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    m_detailsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_logView = new LogView(core::LogBus::global(), this);
    m_hexView = new HexView(core::LogBus::global(), this);
    m_logTabs = new QTabWidget(this);
    m_logTabs->setDocumentMode(true);
    m_logTabs->addTab(m_logView, QString());
    m_logTabs->addTab(m_hexView, QString());
    m_logDock = new QDockWidget(this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logTabs);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    auto *activity = new QWidget(this);
    m_plot = new ThroughputPlot(activity);
    m_progress = new ProgressPanel(activity);
    m_plot->attach(m_runner);
    m_progress->attach(m_runner);
    auto *activityLayout = new QVBoxLayout(activity);
    activityLayout->setContentsMargins(4, 4, 4, 4);
    activityLayout->addWidget(m_progress);
    activityLayout->addWidget(m_plot, 1);
    m_activityDock = new QDockWidget(this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activityDock->setWidget(activity);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    splitDockWidget(m_logDock, m_activityDock, Qt::Horizontal);
}

void MainWindow::createActions()
{
    m_openFirmwareAction = new QAction(this);
    m_openFirmwareAction->setShortcut(QKeySequence::Open);
    connect(m_openFirmwareAction, &QAction::triggered, this, &MainWindow::chooseFirmwareFile);
    m_exportBundleAction = new QAction(this);
    m_exportBundleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportBundleAction, &QAction::triggered, this, &MainWindow::chooseSupportBundle);
    m_saveLogAction = new QAction(this);
    m_saveLogAction->setShortcut(QKeySequence::Save);
    connect(m_saveLogAction, &QAction::triggered, this, &MainWindow::saveLog);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_startPageAction = new QAction(this);
    m_startPageAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_startPageAction, &QAction::triggered, this, &MainWindow::showStartPage);
    m_showLogAction = new QAction(this);
    m_showLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_showLogAction, &QAction::triggered, this, &MainWindow::showLogDock);

    m_monitorAction = new QAction(this);
    m_monitorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_monitorAction, &QAction::triggered, this, [this] { openSerialMonitor(); });
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_logFolderAction = new QAction(this);
    connect(m_logFolderAction, &QAction::triggered, this, &MainWindow::openLogFolder);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openFirmwareAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportBundleAction);
    m_fileMenu->addAction(m_saveLogAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_startPageAction);
    m_viewMenu->addAction(m_showLogAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_devicesDock->toggleViewAction());
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());
    m_viewMenu->addAction(m_logDock->toggleViewAction());
    m_viewMenu->addAction(m_activityDock->toggleViewAction());

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_monitorAction);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_settingsAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_logFolderAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Pages retranslate their own titles after this window; read them once they have.
        QTimer::singleShot(0, this, &MainWindow::updateWorkspaceHeader);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Flashwright"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openFirmwareAction->setText(tr("&Open firmware file…"));
    m_openFirmwareAction->setStatusTip(tr("Check a firmware file: format, size and checksum"));
    m_exportBundleAction->setText(tr("&Export support bundle…"));
    m_exportBundleAction->setStatusTip(
        tr("Save the logs and system facts as a zip to send to support (passwords are removed)"));
    m_saveLogAction->setText(tr("&Save log…"));
    m_saveLogAction->setStatusTip(tr("Save the log shown at the bottom to a file"));
    m_quitAction->setText(tr("&Quit"));
    m_startPageAction->setText(tr("S&tart page"));
    m_showLogAction->setText(tr("Show &log"));
    m_monitorAction->setText(tr("&Serial monitor"));
    m_monitorAction->setStatusTip(tr("Watch and talk to a device on a serial port"));
    m_settingsAction->setText(tr("S&ettings…"));
    m_aboutAction->setText(tr("&About Flashwright"));
    m_logFolderAction->setText(tr("Open &log folder"));
    m_logFolderAction->setStatusTip(tr("Show the folder with the session logs"));

    m_devicesDock->setWindowTitle(tr("Devices"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_logDock->setWindowTitle(tr("Log and bytes"));
    m_activityDock->setWindowTitle(tr("Activity"));
    m_logTabs->setTabText(0, tr("Log"));
    m_logTabs->setTabText(1, tr("Bytes"));
    m_logTabs->setTabToolTip(0, tr("What Flashwright and the device did, in words"));
    m_logTabs->setTabToolTip(1, tr("The bytes sent and received, in hex"));
    m_logTabs->setAccessibleName(tr("Log and bytes"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_homeButton->setText(tr("Start page"));
    m_homeButton->setToolTip(tr("Back to the start page (Alt+Home)"));
    m_monitor->setWindowTitle(tr("Serial monitor"));
    m_welcome->setWindowTitle(tr("Start"));
    m_statusSummary->setText(m_discovery->summaryText());
    // The plot keeps the monitor session's title as given; word it again in the new language.
    if (!m_plotMonitorPort.isEmpty())
        m_plot->setTitle(SerialMonitorWidget::sessionTitle(m_plotMonitorPort));
    updateWorkspaceHeader();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(geometryKey()).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
        resizeDocks({m_devicesDock, m_detailsDock}, {280, 320}, Qt::Horizontal);
        resizeDocks({m_logDock}, {230}, Qt::Vertical);
        resizeDocks({m_logDock, m_activityDock}, {760, 420}, Qt::Horizontal);
    }
    restoreState(settings.value(stateKey()).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runner->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("A task is still running"),
            tr("A task is still running. Stopping it now can leave a device half-written. Stop "
               "it and quit anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_runner->cancel();
        m_runner->waitForFinished(5000);
    }
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    m_monitor->closePort();
    QMainWindow::closeEvent(event);
}

QStringList MainWindow::menuTitles() const
{
    return {m_fileMenu->title(), m_viewMenu->title(), m_toolsMenu->title(), m_helpMenu->title()};
}

QString MainWindow::statusSummary() const
{
    return m_statusSummary->text();
}

void MainWindow::addWorkspacePage(QWidget *page, const QString &title)
{
    if (!page)
        return;
    if (!title.isEmpty())
        page->setWindowTitle(title);
    if (m_workspace->indexOf(page) < 0)
        m_workspace->addWidget(page);
}

void MainWindow::showWorkspacePage(QWidget *page)
{
    if (m_workspace->indexOf(page) < 0)
        addWorkspacePage(page, {});
    m_workspace->setCurrentWidget(page);
}

void MainWindow::showStartPage()
{
    m_workspace->setCurrentWidget(m_welcome);
}

QWidget *MainWindow::currentWorkspacePage() const
{
    return m_workspace->currentWidget();
}

void MainWindow::updateWorkspaceHeader()
{
    QWidget *page = m_workspace->currentWidget();
    const bool start = page == m_welcome;
    m_homeButton->setVisible(!start);
    m_pageTitle->setVisible(!start);
    m_pageTitle->setText(page ? page->windowTitle() : QString());
    m_startPageAction->setEnabled(!start);
}

void MainWindow::startDiscovery(bool scanBluetooth)
{
    m_discovery->startWatching();
    if (scanBluetooth)
        m_discovery->startBleScan();
}

void MainWindow::openSerialMonitor(const QString &portName, qint32 baud)
{
    showWorkspacePage(m_monitor);
    if (!portName.isEmpty())
        m_monitor->openPort(portName, baud);
    m_monitor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::openEspWizard(const QString &portName)
{
    if (!m_espWizard) {
        m_espWizard = new EspWizard(m_runner, m_discovery->portDiscovery(), m_workspace);
        addWorkspacePage(m_espWizard, {});
        connect(m_espWizard, &EspWizard::showLogRequested, this, &MainWindow::showLogDock);
        connect(m_espWizard, &EspWizard::exportBundleRequested, this, &MainWindow::chooseSupportBundle);
        connect(m_espWizard, &EspWizard::closeRequested, this, &MainWindow::showStartPage);
    }
    // Another device starts over; the same one (or none given) carries on where the user was.
    if (!portName.isEmpty() && portName != m_espWizard->state().port)
        m_espWizard->startWith(portName);
    showWorkspacePage(m_espWizard);
}

void MainWindow::ensureTelinkWizard()
{
    if (m_telinkWizard)
        return;
    m_telinkWizard = new TelinkWizard(m_runner, m_discovery->bleScanner(), m_discovery->portDiscovery(), m_workspace);
    addWorkspacePage(m_telinkWizard, {});
    connect(m_telinkWizard, &TelinkWizard::showLogRequested, this, &MainWindow::showLogDock);
    connect(m_telinkWizard, &TelinkWizard::exportBundleRequested, this, &MainWindow::chooseSupportBundle);
    connect(m_telinkWizard, &TelinkWizard::closeRequested, this, &MainWindow::showStartPage);
}

void MainWindow::openTelinkWizard(const QString &target)
{
    ensureTelinkWizard();
    // Another thermometer starts over; the same one (or none given) carries on where the user was.
    const TelinkWizardState &s = m_telinkWizard->state();
    if (!target.isEmpty() && (target != s.target || s.path != TelinkWizardState::Path::Bluetooth))
        m_telinkWizard->startWith(target);
    showWorkspacePage(m_telinkWizard);
}

void MainWindow::openTelinkRescue(const QString &portName)
{
    ensureTelinkWizard();
    const TelinkWizardState &s = m_telinkWizard->state();
    if (s.path != TelinkWizardState::Path::Wired || (!portName.isEmpty() && portName != s.port))
        m_telinkWizard->startRescue(portName);
    showWorkspacePage(m_telinkWizard);
}

void MainWindow::onDemoStart(const QString &name)
{
    const DemoDevice *d = DemoRegistry::instance().find(name);
    if (!d)
        return;
    if (d->family == QLatin1String("esp")) {  // loader simulators: nothing to watch, much to flash
        openEspWizard(QStringLiteral("demo:") + name);
        return;
    }
    if (d->family == QLatin1String("telink")) {  // thermometers and bricked boards: their wizard
        if (d->transport == DemoDevice::Transport::Ble)
            openTelinkWizard(QStringLiteral("demo:") + name);
        else
            openTelinkRescue(QStringLiteral("demo:") + name);
        return;
    }
    if (d->transport == DemoDevice::Transport::Serial) {
        openSerialMonitor(QStringLiteral("demo:") + name, d->defaultBaud);
        return;
    }
    Q_EMIT demoStartRequested(name);
    statusBar()->showMessage(
        tr("%1 is a Bluetooth demo: start it from the device's update tool.").arg(d->title()), 8000);
}

void MainWindow::tryDemo()
{
    // The boot-log demo shows something at once, which is the point of a first try.
    QString name = QStringLiteral("esp8266-boot");
    if (!DemoRegistry::instance().find(name)) {
        name.clear();
        for (const DemoDevice &d : DemoRegistry::instance().all())
            if (d.transport == DemoDevice::Transport::Serial) {
                name = d.name;
                break;
            }
    }
    if (name.isEmpty()) {
        statusBar()->showMessage(tr("This build has no demo devices."), 8000);
        return;
    }
    m_details->showDemo(name);
    onDemoStart(name);
}

void MainWindow::showLogDock()
{
    m_logDock->show();
    m_logDock->raise();
    m_logTabs->setCurrentWidget(m_logView);
    m_logView->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::chooseFirmwareFile()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("files/lastFirmwareDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open firmware file"), dir,
        tr("Firmware files (*.bin *.zigbee *.ota *.zip *.hex *.elf *.dup *.img);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/lastFirmwareDir"), QFileInfo(path).absolutePath());
    openFirmwareFile(path);
}

void MainWindow::openFirmwareFile(const QString &path)
{
    if (m_runner->isRunning()) {
        statusBar()->showMessage(tr("Wait until the running task has finished, then open the file again."),
                                 8000);
        return;
    }
    auto result = std::make_shared<core::FirmwareInfo>();
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_runner, &core::JobRunner::finished, this,
                          [this, result, path, connection](const core::JobResult &r) {
                              disconnect(*connection);
                              delete connection;
                              if (r.status == core::JobResult::Status::Succeeded)
                                  m_details->showFirmware(*result);
                              else if (r.status == core::JobResult::Status::Failed)
                                  m_details->showFirmwareError(path, r.diagnosis);
                              m_detailsDock->show();
                              m_detailsDock->raise();
                          });
    m_runner->start(std::make_unique<FirmwareInfoJob>(path, result));
}

bool MainWindow::exportSupportBundle(const QString &zipPath, QString *error)
{
    core::SupportBundle::Options options;
    for (const core::PortInfo &p : m_discovery->ports()) {
        QVariantMap m;
        m.insert(QStringLiteral("port"), p.systemLocation);
        m.insert(QStringLiteral("description"), p.description);
        m.insert(QStringLiteral("manufacturer"), p.manufacturer);
        m.insert(QStringLiteral("usbId"), p.vidPidText());
        if (p.identity) {
            m.insert(QStringLiteral("adapter"), p.identity->adapter);
            m.insert(QStringLiteral("chip"), p.identity->chip);
        }
        options.devices << m;
    }
    core::LogBus::global()->flush();
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const core::SupportBundle::Result r = core::SupportBundle::build(zipPath, options);
        QApplication::restoreOverrideCursor();
        core::LogBus::global()->post(core::LogLevel::Info, QStringLiteral("app"),
                                     tr("Support bundle saved: %1").arg(r.path));
        return true;
    } catch (const core::JobError &e) {
        QApplication::restoreOverrideCursor();
        if (error)
            *error = e.diagnosis().toText();
        core::LogBus::global()->post(core::LogLevel::Error, QStringLiteral("app"), e.diagnosis().toText());
        return false;
    }
}

void MainWindow::chooseSupportBundle()
{
    const QString suggested = core::SupportBundle::defaultBundlePath();
    core::AppPaths::ensureDir(QFileInfo(suggested).absolutePath());
    QString path = QFileDialog::getSaveFileName(this, tr("Export support bundle"), suggested,
                                                tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    QString error;
    if (!exportSupportBundle(path, &error)) {
        QMessageBox::warning(this, tr("Support bundle not saved"), error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Support bundle saved"),
                    tr("The support bundle was saved as:\n%1\n\nSend this file to support. "
                       "Passwords and keys were removed from it.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    QPushButton *show = box.addButton(tr("Show in folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == show)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void MainWindow::saveLog()
{
    showLogDock();
    m_logView->exportWithDialog();
}

void MainWindow::applySettings()
{
    m_logView->model()->setCapacity(UiSettings::logRingSize());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(LanguageManager::instance(), this);
    if (dialog.exec() == QDialog::Accepted) {
        applySettings();
        statusBar()->showMessage(tr("Settings saved."), 4000);
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::openLogFolder()
{
    const QString dir = core::AppPaths::sessionsDir();
    core::AppPaths::ensureDir(dir);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        statusBar()->showMessage(tr("Could not open a file manager. The logs are in %1")
                                     .arg(QDir::toNativeSeparators(dir)),
                                 15000);
}

}  // namespace fw::ui
