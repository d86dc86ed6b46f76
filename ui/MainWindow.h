#pragma once
// Flashwright's main window: devices on the left, the workspace (start page, serial monitor,
// wizards) in the centre, details on the right, log, bytes and job activity at the bottom.

#include <QMainWindow>
#include <QStringList>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace fw::core {
class JobRunner;
struct PortInfo;
}  // namespace fw::core

namespace fw::ui {

class DeviceDetailsPane;
class DiscoveryPanel;
class EspWizard;
class HexView;
class LogView;
class ProgressPanel;
class SerialMonitorWidget;
class TelinkWizard;
class ThroughputPlot;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page (a wizard) to the central workspace; the title shows above it.
    void addWorkspacePage(QWidget *page, const QString &title);
    void showWorkspacePage(QWidget *page);
    void showStartPage();
    QWidget *currentWorkspacePage() const;

    // Lists serial ports (and keeps watching for hot-plug) and starts a Bluetooth scan.
    void startDiscovery(bool scanBluetooth = true);
    // Shows the serial monitor and opens portName there (0 baud: the default speed).
    void openSerialMonitor(const QString &portName = {}, qint32 baud = 0);
    // Reads a firmware file in the background and shows its facts in the details pane.
    void openFirmwareFile(const QString &path);
    // Shows the "Flash a Tuya / ESP device" wizard, with this port chosen when one is given.
    void openEspWizard(const QString &portName = {});
    // Shows the "Flash a Xiaomi thermometer" wizard, with this thermometer ("demo:NAME" or an
    // address) chosen when one is given.
    void openTelinkWizard(const QString &target = {});
    // Shows the same wizard's wired rescue, with this adapter chosen when one is given.
    void openTelinkRescue(const QString &portName = {});
    bool exportSupportBundle(const QString &zipPath, QString *error = nullptr);

    DiscoveryPanel *discoveryPanel() const { return m_discovery; }
    DeviceDetailsPane *detailsPane() const { return m_details; }
    SerialMonitorWidget *serialMonitor() const { return m_monitor; }
    EspWizard *espWizard() const { return m_espWizard; }  // null until first opened
    TelinkWizard *telinkWizard() const { return m_telinkWizard; }  // null until first opened
    WelcomePage *welcomePage() const { return m_welcome; }
    LogView *logView() const { return m_logView; }
    HexView *hexView() const { return m_hexView; }
    ThroughputPlot *throughputPlot() const { return m_plot; }
    core::JobRunner *jobRunner() const { return m_runner; }
    QStringList menuTitles() const;
    QString statusSummary() const;

    // Settings keys for the saved window geometry and dock layout.
    static QString geometryKey() { return QStringLiteral("mainWindow/geometry"); }
    static QString stateKey() { return QStringLiteral("mainWindow/state"); }

Q_SIGNALS:
    // A Bluetooth demo was started; the family wizards pick it up.
    void demoStartRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createWorkspace();
    void createDocks();
    void createActions();
    void createMenus();
    void retranslate();
    void restoreLayout();
    void updateWorkspaceHeader();
    void chooseFirmwareFile();
    void chooseSupportBundle();
    void saveLog();
    void applySettings();
    void showSettings();
    void showAbout();
    void openLogFolder();
    void tryDemo();
    void showLogDock();
    void onDemoStart(const QString &name);
    void ensureTelinkWizard();

    DiscoveryPanel *m_discovery = nullptr;
    DeviceDetailsPane *m_details = nullptr;
    QStackedWidget *m_workspace = nullptr;
    QLabel *m_pageTitle = nullptr;
    QToolButton *m_homeButton = nullptr;
    WelcomePage *m_welcome = nullptr;
    SerialMonitorWidget *m_monitor = nullptr;
    EspWizard *m_espWizard = nullptr;
    TelinkWizard *m_telinkWizard = nullptr;
    LogView *m_logView = nullptr;
    HexView *m_hexView = nullptr;
    QTabWidget *m_logTabs = nullptr;
    ThroughputPlot *m_plot = nullptr;
    ProgressPanel *m_progress = nullptr;
    core::JobRunner *m_runner = nullptr;
    QString m_plotMonitorPort;  // the monitor session the plot shows; empty while a job owns it

    QDockWidget *m_devicesDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_activityDock = nullptr;
    QLabel *m_statusSummary = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openFirmwareAction = nullptr;
    QAction *m_exportBundleAction = nullptr;
    QAction *m_saveLogAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startPageAction = nullptr;
    QAction *m_showLogAction = nullptr;
    QAction *m_monitorAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_logFolderAction = nullptr;
};

}  // namespace fw::ui
