#pragma once
// The serial monitor: pick a port (or a demo device) and a speed, watch what the device prints
// as text or hex, send lines, toggle DTR/RTS, save the capture. Failures show a diagnosis inline.

#include "core/Diagnosis.h"
#include "core/Job.h"
#include "ui/MonitorCapture.h"
#include "ui/MonitorRenderer.h"
#include "ui/MonitorSendBar.h"

#include <QElapsedTimer>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace fw::core {
class MonitorSession;
class PortDiscovery;
}  // namespace fw::core

namespace fw::ui {

class DiagnosisBanner;
class MonitorPortBar;

class SerialMonitorWidget : public QWidget {
    Q_OBJECT
public:
    using LineEnding = MonitorSendBar::LineEnding;
    using SendMode = MonitorSendBar::Mode;

    // discovery feeds the port list (may be null: then only demos and typed paths).
    explicit SerialMonitorWidget(core::PortDiscovery *discovery = nullptr, QWidget *parent = nullptr);
    ~SerialMonitorWidget() override;

    // Opens portName ("/dev/ttyUSB0" or "demo:NAME") at baud (0 = the default speed).
    void openPort(const QString &portName, qint32 baud);
    void closePort();
    bool isOpen() const;
    QString currentPort() const { return m_openPort; }
    bool isDemo() const;

    void setHexMode(bool on);
    bool hexMode() const;
    void setTimestampsShown(bool on);
    void setLineEnding(LineEnding ending);
    void setSendMode(SendMode mode);
    // Sends input as typed in the send field (text, or hex digits in hex mode); false and an
    // inline message when it is not valid hex.
    bool send(const QString &input);
    void clear();

    // .bin: the received bytes as they came; any other suffix: the text as displayed.
    bool saveCapture(const QString &path, QString *error = nullptr) const;

    QString displayedText() const;
    QByteArray receivedBytes() const;
    quint64 receivedCount() const { return m_rxTotal; }
    quint64 sentCount() const { return m_txTotal; }
    QString statusText() const;
    bool speedHintVisible() const;
    bool errorVisible() const;
    QString errorText() const;

    static QList<qint32> standardBaudRates();
    // "Serial monitor: PORT" in the current language, the title sessionStarted() carries.
    static QString sessionTitle(const QString &portName);

Q_SIGNALS:
    void sessionStarted(const QString &title, qint32 baud);
    void sessionStopped();
    // Cumulative received bytes since the port opened, a few times a second (throughput plot).
    void trafficSample(qint64 elapsedMs, qint64 totalBytes);
    void showLogRequested();
    void exportBundleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    using Chunk = MonitorCapture::Chunk;

    void buildUi();
    void retranslate();
    QString selectedPort() const;
    qint32 selectedBaud() const;
    void toggleOpen();
    void onOpened(const QString &portName);
    void onFailed(const core::Diagnosis &d);
    void onClosed();
    void onReceived(const QByteArray &bytes, qint64 timeMs);
    void onSent(const QByteArray &bytes, qint64 timeMs);
    void flushPending();
    void apply(const MonitorRenderer::Output &out);
    void rerender();
    void updateState();
    void updateStats();
    void pulseReset();
    void saveCaptureInteractive();
    void showDiagnosis(const core::Diagnosis &d);

    core::PortDiscovery *m_discovery = nullptr;
    core::MonitorSession *m_session = nullptr;
    MonitorRenderer m_renderer;
    QList<Chunk> m_pending;
    MonitorCapture m_capture;
    QTimer m_flushTimer;
    QTimer m_statsTimer;
    QElapsedTimer m_clock;
    core::RateMeter m_rate{2000};
    quint64 m_rxTotal = 0;
    quint64 m_txTotal = 0;
    QString m_openPort;
    qint32 m_openBaud = 0;
    bool m_opening = false;
    bool m_followTail = true;
    QString m_inputNote;

    MonitorPortBar *m_portBar = nullptr;
    QToolButton *m_dtrButton = nullptr;
    QToolButton *m_rtsButton = nullptr;
    QToolButton *m_resetButton = nullptr;
    QCheckBox *m_hexCheck = nullptr;
    QCheckBox *m_timeCheck = nullptr;
    QToolButton *m_clearButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QLabel *m_demoNote = nullptr;
    QLabel *m_speedHint = nullptr;
    DiagnosisBanner *m_banner = nullptr;
    QPlainTextEdit *m_view = nullptr;
    MonitorSendBar *m_sendBar = nullptr;
    QLabel *m_status = nullptr;
};

}  // namespace fw::ui
