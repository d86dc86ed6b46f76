#include "ui/SerialMonitorWidget.h"

#include "core/MonitorSession.h"
#include "core/PortDiscovery.h"
#include "core/sim/DemoRegistry.h"
#include "ui/DiagnosisBanner.h"
#include "ui/Format.h"
#include "ui/MonitorPortBar.h"
#include "ui/MonitorSendBar.h"
#include "ui/UiSettings.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace fw::ui {

using core::sim::DemoDevice;
using core::sim::DemoRegistry;

namespace {
constexpr int kMaxLines = 20000;
constexpr int kFlushMs = 30;
constexpr int kRerenderTextBytes = 2 * 1024 * 1024;
constexpr int kRerenderHexBytes = kMaxLines * 16;
}  // namespace

QList<qint32> SerialMonitorWidget::standardBaudRates()
{
    return MonitorPortBar::standardBaudRates();
}

SerialMonitorWidget::SerialMonitorWidget(core::PortDiscovery *discovery, QWidget *parent)
    : QWidget(parent), m_discovery(discovery)
{
    m_session = new core::MonitorSession(core::LogBus::global(), this);
    buildUi();

    m_flushTimer.setInterval(kFlushMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &SerialMonitorWidget::flushPending);
    m_statsTimer.setInterval(250);
    connect(&m_statsTimer, &QTimer::timeout, this, &SerialMonitorWidget::updateStats);

    connect(m_session, &core::MonitorSession::opened, this, &SerialMonitorWidget::onOpened);
    connect(m_session, &core::MonitorSession::failed, this, &SerialMonitorWidget::onFailed);
    connect(m_session, &core::MonitorSession::closed, this, &SerialMonitorWidget::onClosed);
    connect(m_session, &core::MonitorSession::received, this, &SerialMonitorWidget::onReceived);
    connect(m_session, &core::MonitorSession::sent, this, &SerialMonitorWidget::onSent);

    retranslate();
    updateState();
}

SerialMonitorWidget::~SerialMonitorWidget()
{
    m_session->disconnect(this);
    m_session->close();
}

void SerialMonitorWidget::buildUi()
{
    m_portBar = new MonitorPortBar(m_discovery, this);
    m_dtrButton = new QToolButton(this);
    m_dtrButton->setCheckable(true);
    m_rtsButton = new QToolButton(this);
    m_rtsButton->setCheckable(true);
    m_resetButton = new QToolButton(this);

    m_hexCheck = new QCheckBox(this);
    m_timeCheck = new QCheckBox(this);
    m_clearButton = new QToolButton(this);
    m_saveButton = new QToolButton(this);
    m_demoNote = new QLabel(this);
    m_demoNote->setVisible(false);
    QFont noteFont = m_demoNote->font();
    noteFont.setItalic(true);
    m_demoNote->setFont(noteFont);
    m_demoNote->setWordWrap(true);
    m_speedHint = new QLabel(this);
    m_speedHint->setWordWrap(true);
    m_speedHint->setVisible(false);
    m_speedHint->setAutoFillBackground(true);
    m_speedHint->setMargin(4);
    QPalette hintPal = m_speedHint->palette();
    QColor amber(0xe0, 0x8a, 0x00);
    amber.setAlpha(50);
    hintPal.setColor(QPalette::Window, amber);
    m_speedHint->setPalette(hintPal);
    auto *options = new QHBoxLayout;
    options->addWidget(m_hexCheck);
    options->addWidget(m_timeCheck);
    options->addSpacing(12);
    options->addWidget(m_dtrButton);
    options->addWidget(m_rtsButton);
    options->addWidget(m_resetButton);
    options->addStretch(1);
    options->addWidget(m_clearButton);
    options->addWidget(m_saveButton);

    // Inline error banner: a failure must not block the window with a modal box.
    m_banner = new DiagnosisBanner(this);

    m_view = new QPlainTextEdit(this);
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setUndoRedoEnabled(false);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Follow the newest line unless the user scrolled up, also when the view changes size
    // (an error banner appearing above it, a dock being resized).
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followTail = value >= bar->maximum() - 2; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followTail)
            bar->setValue(max);
    });

    m_sendBar = new MonitorSendBar(this);

    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_portBar);
    layout->addLayout(options);
    layout->addWidget(m_banner);
    layout->addWidget(m_demoNote);
    layout->addWidget(m_speedHint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_sendBar);
    layout->addWidget(m_status);

    setTabOrder(m_portBar, m_sendBar);
    setTabOrder(m_sendBar, m_view);
    setTabOrder(m_view, m_hexCheck);
    setTabOrder(m_hexCheck, m_timeCheck);
    setTabOrder(m_timeCheck, m_clearButton);
    setTabOrder(m_clearButton, m_saveButton);
    setTabOrder(m_saveButton, m_dtrButton);
    setTabOrder(m_dtrButton, m_rtsButton);
    setTabOrder(m_rtsButton, m_resetButton);

    connect(m_portBar, &MonitorPortBar::openCloseClicked, this, &SerialMonitorWidget::toggleOpen);
    connect(m_banner, &DiagnosisBanner::retryRequested, this,
            [this] { openPort(m_openPort.isEmpty() ? selectedPort() : m_openPort, selectedBaud()); });
    connect(m_banner, &DiagnosisBanner::showLogRequested, this, &SerialMonitorWidget::showLogRequested);
    connect(m_banner, &DiagnosisBanner::exportBundleRequested, this,
            &SerialMonitorWidget::exportBundleRequested);
    connect(m_dtrButton, &QToolButton::toggled, this, [this](bool on) {
        if (isOpen())
            m_session->setDtr(on);
    });
    connect(m_rtsButton, &QToolButton::toggled, this, [this](bool on) {
        if (isOpen())
            m_session->setRts(on);
    });
    connect(m_resetButton, &QToolButton::clicked, this, &SerialMonitorWidget::pulseReset);
    connect(m_hexCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_renderer.setMode(on ? MonitorRenderer::Mode::Hex : MonitorRenderer::Mode::Text);
        rerender();
    });
    connect(m_timeCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_renderer.setTimestamps(on);
        rerender();
    });
    connect(m_clearButton, &QToolButton::clicked, this, &SerialMonitorWidget::clear);
    connect(m_saveButton, &QToolButton::clicked, this, &SerialMonitorWidget::saveCaptureInteractive);
    connect(m_sendBar, &MonitorSendBar::submitted, this, [this](const QString &input) {
        if (send(input))
            m_sendBar->remember(input);
    });
    connect(m_portBar, &MonitorPortBar::baudEdited, this, [this](qint32 baud) {
        if (isOpen() && baud != m_openBaud) {
            m_openBaud = baud;
            m_session->setBaudRate(baud);
            updateState();
        }
    });
}

void SerialMonitorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SerialMonitorWidget::retranslate()
{
    m_dtrButton->setText(tr("DTR"));
    m_dtrButton->setToolTip(tr("Data Terminal Ready line. On ESP boards it selects the boot mode."));
    m_rtsButton->setText(tr("RTS"));
    m_rtsButton->setToolTip(tr("Request To Send line. On ESP boards it holds the chip in reset."));
    m_resetButton->setText(tr("Reset device"));
    m_resetButton->setToolTip(tr("Restart the device with a short RTS pulse (works on most ESP "
                                 "boards and USB-serial adapters with auto-reset)."));
    m_hexCheck->setText(tr("He&x"));
    m_hexCheck->setToolTip(tr("Show the received bytes as hex and ASCII rows"));
    m_timeCheck->setText(tr("Ti&mestamps"));
    m_timeCheck->setToolTip(tr("Put the time of arrival in front of every line"));
    m_clearButton->setText(tr("C&lear"));
    m_clearButton->setToolTip(tr("Clear the window and the capture"));
    m_saveButton->setText(tr("Sa&ve capture…"));
    m_saveButton->setToolTip(tr("Save the received bytes (.bin) or the text (.txt, .log)"));
    m_demoNote->setText(tr("Demo device: simulated, no hardware needed"));
    m_speedHint->setText(tr("Many characters are unreadable: the device probably sends at another "
                            "speed. Try another speed; ESP8266 boot messages, for example, use "
                            "74880 baud."));
    m_view->setAccessibleName(tr("Received data"));
    m_view->setPlaceholderText(tr("Open a port to see what the device prints."));
    updateState();
}

QString SerialMonitorWidget::sessionTitle(const QString &portName)
{
    return tr("Serial monitor: %1").arg(portName);
}

QString SerialMonitorWidget::selectedPort() const
{
    return m_portBar->selectedPort();
}

qint32 SerialMonitorWidget::selectedBaud() const
{
    return m_portBar->selectedBaud();
}

bool SerialMonitorWidget::isOpen() const
{
    return m_session->isOpen();
}

bool SerialMonitorWidget::isDemo() const
{
    return DemoRegistry::isDemoPort(m_openPort.isEmpty() ? selectedPort() : m_openPort);
}

bool SerialMonitorWidget::speedHintVisible() const
{
    return !m_speedHint->isHidden();
}

bool SerialMonitorWidget::errorVisible() const
{
    return !m_banner->isHidden();
}

QString SerialMonitorWidget::errorText() const
{
    return m_banner->text();
}

void SerialMonitorWidget::openPort(const QString &portName, qint32 baud)
{
    if (portName.trimmed().isEmpty()) {
        showDiagnosis({QStringLiteral("monitor.no-port"), tr("No port chosen."),
                       {tr("No USB-serial adapter is plugged in, or none is selected.")},
                       tr("Plug in the adapter and pick it in the Port list, or choose a demo "
                          "device to try the monitor without hardware.")});
        return;
    }
    if (m_session->isOpen() || m_opening)
        m_session->close();
    m_portBar->setPort(portName);
    if (baud <= 0) {
        baud = UiSettings::monitorBaud();
        if (const DemoDevice *d = DemoRegistry::instance().find(DemoRegistry::demoName(portName));
            d && DemoRegistry::isDemoPort(portName) && d->defaultBaud > 0)
            baud = d->defaultBaud;
    }
    m_portBar->setBaud(baud);
    m_banner->hide();
    m_speedHint->hide();
    m_openPort = portName;
    m_openBaud = baud;
    m_opening = true;
    core::SerialSettings settings;
    settings.baud = baud;
    m_session->open(portName, settings);
    updateState();
}

void SerialMonitorWidget::closePort()
{
    m_opening = false;
    m_session->close();
    updateState();
}

void SerialMonitorWidget::toggleOpen()
{
    if (isOpen() || m_opening)
        closePort();
    else
        openPort(selectedPort(), selectedBaud());
}

void SerialMonitorWidget::onOpened(const QString &portName)
{
    m_opening = false;
    Q_UNUSED(portName);
    m_rxTotal = 0;
    m_txTotal = 0;
    m_rate.reset();
    if (m_capture.size() > 0) {
        // Mark where this session starts in what is still on screen from the last one.
        flushPending();
        MonitorRenderer::Output out;
        m_renderer.note(tr("%1 opened at %2 baud").arg(m_openPort).arg(m_openBaud), &out);
        apply(out);
    }
    m_clock.start();
    m_statsTimer.start();
    if (m_dtrButton->isChecked())
        m_session->setDtr(true);
    if (m_rtsButton->isChecked())
        m_session->setRts(true);
    updateState();
    Q_EMIT sessionStarted(sessionTitle(m_openPort), m_openBaud);
}

void SerialMonitorWidget::onFailed(const core::Diagnosis &d)
{
    m_opening = false;
    flushPending();
    showDiagnosis(d);
    m_statsTimer.stop();
    updateState();
    Q_EMIT sessionStopped();
}

void SerialMonitorWidget::onClosed()
{
    m_opening = false;
    flushPending();
    m_statsTimer.stop();
    updateStats();
    updateState();
    Q_EMIT sessionStopped();
}

void SerialMonitorWidget::showDiagnosis(const core::Diagnosis &d)
{
    m_banner->showDiagnosis(d);
}

void SerialMonitorWidget::onReceived(const QByteArray &bytes, qint64 timeMs)
{
    m_rxTotal += quint64(bytes.size());
    m_pending.append(Chunk{false, timeMs, bytes});
    m_capture.add(false, timeMs, bytes);
    // Coalesce: a fast device sends thousands of chunks a second; the view updates ~30 times.
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SerialMonitorWidget::onSent(const QByteArray &bytes, qint64 timeMs)
{
    m_txTotal += quint64(bytes.size());
    m_pending.append(Chunk{true, timeMs, bytes});
    m_capture.add(true, timeMs, bytes);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SerialMonitorWidget::flushPending()
{
    if (m_pending.isEmpty())
        return;
    MonitorRenderer::Output out;
    for (const Chunk &c : std::as_const(m_pending)) {
        if (c.sent)
            m_renderer.sent(c.bytes, c.timeMs, &out);
        else
            m_renderer.received(c.bytes, c.timeMs, &out);
    }
    m_pending.clear();
    m_renderer.finish(&out);
    apply(out);
    // Judge each burst on its own: garbled boot messages followed by clean text at the
    // right speed show the hint only while the garbage lasts.
    int shown = 0;
    int unreadable = 0;
    m_renderer.takeCounts(&shown, &unreadable);
    if (shown >= 32) {
        if (unreadable * 4 > shown)
            m_speedHint->setVisible(true);
        else if (unreadable * 20 < shown)
            m_speedHint->setVisible(false);
    }
}

void SerialMonitorWidget::apply(const MonitorRenderer::Output &out)
{
    if (out.isEmpty())
        return;
    const bool follow = m_followTail;
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    if (out.replaceLastLine) {
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    QTextCharFormat received;
    QTextCharFormat sent;
    sent.setForeground(palette().color(QPalette::Link));
    for (const MonitorRenderer::Segment &s : out.segments)
        cursor.insertText(s.text, s.sent ? sent : received);
    cursor.endEditBlock();
    if (follow) {
        // Through the view's own cursor: the scroll range may not be laid out yet here.
        m_view->moveCursor(QTextCursor::End);
        m_view->ensureCursorVisible();
    }
}

void SerialMonitorWidget::rerender()
{
    flushPending();
    m_view->clear();
    m_renderer.reset();
    // Only the tail can be on screen (the view keeps kMaxLines); render just that much.
    const qint64 budget =
        m_renderer.mode() == MonitorRenderer::Mode::Hex ? kRerenderHexBytes : kRerenderTextBytes;
    MonitorRenderer::Output out;
    m_capture.render(m_renderer, budget, &out);
    apply(out);
    int shown = 0;
    int unreadable = 0;
    m_renderer.takeCounts(&shown, &unreadable);  // old traffic says nothing about the speed now
}

void SerialMonitorWidget::clear()
{
    m_pending.clear();
    m_capture.clear();
    m_renderer.reset();
    m_view->clear();
}

void SerialMonitorWidget::setHexMode(bool on)
{
    m_hexCheck->setChecked(on);
}

bool SerialMonitorWidget::hexMode() const
{
    return m_hexCheck->isChecked();
}

void SerialMonitorWidget::setTimestampsShown(bool on)
{
    m_timeCheck->setChecked(on);
}

void SerialMonitorWidget::setLineEnding(LineEnding ending)
{
    m_sendBar->setLineEnding(ending);
}

void SerialMonitorWidget::setSendMode(SendMode mode)
{
    m_sendBar->setMode(mode);
}

bool SerialMonitorWidget::send(const QString &input)
{
    if (!isOpen()) {
        m_inputNote = tr("Open a port first, then send.");
        updateState();
        return false;
    }
    QByteArray bytes;
    QString error;
    if (!m_sendBar->encode(input, &bytes, &error)) {
        m_inputNote = error;
        updateState();
        return false;
    }
    if (bytes.isEmpty())
        return false;
    m_inputNote.clear();
    m_session->send(bytes);
    updateState();
    return true;
}

void SerialMonitorWidget::pulseReset()
{
    if (!isOpen())
        return;
    // RTS low->high->low pulls EN low on boards with the usual two-transistor auto-reset.
    m_session->setDtr(false);
    m_session->setRts(true);
    QTimer::singleShot(100, this, [this] {
        if (isOpen())
            m_session->setRts(m_rtsButton->isChecked());
    });
    core::LogBus::global()->post(core::LogLevel::Info, QStringLiteral("monitor"),
                                 tr("Reset pulse on RTS (100 ms)"));
}

QString SerialMonitorWidget::displayedText() const
{
    return m_view->toPlainText();
}

QByteArray SerialMonitorWidget::receivedBytes() const
{
    return m_capture.receivedBytes();
}

bool SerialMonitorWidget::saveCapture(const QString &path, QString *error) const
{
    QByteArray data;
    if (path.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive)) {
        data = receivedBytes();
    } else {
        // The whole capture as displayed now (mode and timestamps), not only the visible tail.
        data = m_capture.toText(m_renderer.mode(), m_renderer.timestamps()).toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2. Choose a folder you can write to.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void SerialMonitorWidget::saveCaptureInteractive()
{
    QString selectedFilter;
    const QString binFilter = tr("Raw bytes (*.bin)");
    const QString textFilter = tr("Text (*.txt *.log)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save capture"),
        QStringLiteral("capture-%1.txt").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        textFilter + QStringLiteral(";;") + binFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == binFilter ? QStringLiteral(".bin") : QStringLiteral(".txt");
    QString error;
    if (!saveCapture(path, &error)) {
        showDiagnosis({QStringLiteral("monitor.save"), tr("The capture was not saved."), {error},
                       tr("Pick another folder, for example your home folder, and save again.")});
    } else {
        m_inputNote = tr("Capture saved to %1").arg(QDir::toNativeSeparators(path));
        updateState();
    }
}

void SerialMonitorWidget::updateState()
{
    const bool open = isOpen();
    m_portBar->setState(open ? MonitorPortBar::State::Open
                             : (m_opening ? MonitorPortBar::State::Opening : MonitorPortBar::State::Closed));
    m_dtrButton->setEnabled(open);
    m_rtsButton->setEnabled(open);
    m_resetButton->setEnabled(open);
    m_sendBar->setActive(open);
    m_demoNote->setVisible((open || m_opening) && DemoRegistry::isDemoPort(m_openPort));
    updateStats();
}

QString SerialMonitorWidget::statusText() const
{
    return m_status->text();
}

void SerialMonitorWidget::updateStats()
{
    QString state;
    if (isOpen())
        state = tr("Open: %1 at %2 baud").arg(m_openPort).arg(m_openBaud);
    else if (m_opening)
        state = tr("Opening %1…").arg(m_openPort);
    else
        state = tr("Closed");
    QString text = state + QStringLiteral(" · ") + tr("Received %1").arg(formatBytes(qint64(m_rxTotal)))
                   + QStringLiteral(" · ") + tr("Sent %1").arg(formatBytes(qint64(m_txTotal)));
    if (isOpen() && m_clock.isValid()) {
        const qint64 t = m_clock.elapsed();
        m_rate.sample(t, qint64(m_rxTotal));
        text += QStringLiteral(" · ") + formatRate(m_rate.bytesPerSecond());
        Q_EMIT trafficSample(t, qint64(m_rxTotal));
    }
    if (!m_inputNote.isEmpty())
        text += QStringLiteral(" · ") + m_inputNote;
    m_status->setText(text);
}

}  // namespace fw::ui
