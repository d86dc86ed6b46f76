#include "ui/esp/EspConnectPage.h"

#include "core/sim/DemoRegistry.h"
#include "ui/DiagnosisBanner.h"
#include "ui/esp/EspWizard.h"
#include "ui/WrapCheckBox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
constexpr int kManualWaitSeconds = 120;

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

EspConnectPage::EspConnectPage(EspWizard *owner) : EspWizardPage(owner)
{
    m_howLabel = new QLabel(this);
    m_manual = new QRadioButton(this);
    m_auto = new QRadioButton(this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_manual);
    group->addButton(m_auto);
    m_manual->setChecked(true);
    const int indent = m_manual->sizeHint().height() + 4;  // under the text, past the dot
    m_manualHint = makeHint(this, indent);
    m_autoHint = makeHint(this, indent);
    m_instructions = makeNote(this, NoteKind::Info);

    // Advanced, folded away: almost nobody needs the ROM-only path, and it costs the backup.
    m_advanced = new QToolButton(this);
    m_advanced->setCheckable(true);
    m_advanced->setAutoRaise(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advancedBox = new QWidget(this);
    m_romOnlyRow = new WrapCheckBox(m_advancedBox);
    m_romOnlyHint = makeHint(m_advancedBox, m_romOnlyRow->box()->sizeHint().width() + 4);
    auto *advancedLayout = new QVBoxLayout(m_advancedBox);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->setSpacing(2);
    advancedLayout->addWidget(m_romOnlyRow);
    advancedLayout->addWidget(m_romOnlyHint);
    m_advancedBox->hide();

    m_connect = makeMainButton(this);
    m_cancel = new QPushButton(this);
    m_cancel->hide();
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->sizeHint().height());
    m_busy->hide();
    m_phase = new QLabel(this);
    m_phase->setWordWrap(true);
    m_elapsed = new QLabel(this);
    m_elapsed->setForegroundRole(QPalette::PlaceholderText);
    m_result = makeNote(this, NoteKind::Success);
    m_result->hide();
    m_banner = new DiagnosisBanner(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *live = new QHBoxLayout;
    live->addWidget(m_phase, 1);
    live->addWidget(m_elapsed);

    // Each choice sits tight on top of its hint, so the two read as one.
    auto *choices = new QVBoxLayout;
    choices->setSpacing(2);
    choices->addWidget(m_manual);
    choices->addWidget(m_manualHint);
    choices->addSpacing(6);
    choices->addWidget(m_auto);
    choices->addWidget(m_autoHint);
    content()->addWidget(m_howLabel);
    content()->addLayout(choices);
    content()->addWidget(m_instructions);
    content()->addWidget(m_advanced, 0, Qt::AlignLeft);
    content()->addWidget(m_advancedBox);
    content()->addLayout(buttons);
    content()->addWidget(m_busy);
    content()->addLayout(live);
    content()->addWidget(m_result);
    content()->addWidget(m_banner);

    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &EspConnectPage::updateElapsed);
    connect(m_manual, &QRadioButton::toggled, this, [this] {
        state().reset = m_manual->isChecked() ? fw::esp::ResetMode::Manual : fw::esp::ResetMode::Auto;
        updateInstructions();
    });
    connect(m_advanced, &QToolButton::toggled, this, &EspConnectPage::showAdvanced);
    connect(m_romOnlyRow->box(), &QCheckBox::toggled, this, [this](bool on) { state().romOnly = on; });
    connect(m_connect, &QPushButton::clicked, this, &EspConnectPage::startConnect);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        wizard()->cancelJob();
    });
    connect(m_banner, &DiagnosisBanner::retryRequested, this, &EspConnectPage::startConnect);
    owner->attachBanner(m_banner);
    retranslate();
}

QString EspConnectPage::stepTitle() const
{
    return tr("Connect");
}

void EspConnectPage::retranslate()
{
    setHeading(tr("Connect to the device"),
               tr("The chip must start in its loader to be flashed. Tell Flashwright how that "
                  "happens, then click Connect."));
    m_howLabel->setText(tr("How does the device start its loader?"));
    m_manual->setText(tr("By &hand: GPIO0 to GND, then power on"));
    m_manualHint->setText(tr("Tuya plugs, bare modules and adapters without reset wires."));
    m_auto->setText(tr("&Automatically: the adapter restarts the board"));
    m_autoHint->setText(tr("Boards with their own USB socket, such as ESP32 DevKits and NodeMCU."));
    m_advanced->setText(tr("Ad&vanced"));
    m_advanced->setToolTip(tr("Show or hide the loader choice"));
    m_romOnlyRow->setText(tr("Use the chip's ROM loader only (slower; no backup, no verification)"));
    m_romOnlyHint->setText(tr("ESP8266 and ESP8285: Flashwright then does not load its flasher stub. "
                              "Only for a device where the stub fails. The ESP32 always uses its ROM."));
    m_connect->setText(state().connected ? tr("&Connect again") : tr("&Connect"));
    m_connect->setToolTip(tr("Open the port and wait for the chip's loader to answer"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop waiting; nothing has been written"));
    m_busy->setAccessibleName(tr("Waiting for the device"));
    m_phase->setAccessibleName(tr("What is happening"));
    m_elapsed->setAccessibleName(tr("Time waited"));
    updateInstructions();
    if (state().connected)
        showConnected();
}

void EspConnectPage::updateInstructions()
{
    const bool demo = core::sim::DemoRegistry::isDemoPort(state().port);
    QString html;
    if (m_manual->isChecked()) {
        html = QStringLiteral("<ol style=\"margin-left:0\"><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ol>")
                   .arg(tr("Switch the device off: unplug its power."),
                        tr("Connect GPIO0 to GND and leave it connected."),
                        tr("Click <b>Connect</b>."),
                        tr("Within two minutes, switch the power on (or plug the adapter in). "
                           "Flashwright waits and connects by itself."));
    } else {
        html = QStringLiteral("<ol style=\"margin-left:0\"><li>%1</li><li>%2</li></ol><p>%3</p>")
                   .arg(tr("Plug the board into this computer."),
                        tr("Click <b>Connect</b>: Flashwright restarts the board into its loader."),
                        tr("If it does not answer: hold BOOT, press and release EN, then let go "
                           "of BOOT while Flashwright is waiting."));
    }
    if (demo)
        html += QStringLiteral("<p>%1</p>").arg(
            tr("This is a demo device: it is simulated, needs no wiring and answers at once."));
    m_instructions->setText(html);
}

QString EspConnectPage::instructionsText() const
{
    return m_instructions->text();
}

bool EspConnectPage::startConnect()
{
    if (wizard()->isJobRunning())
        return false;
    EspWizardState &s = state();
    wizard()->dropSession();
    s.session = std::make_shared<fw::esp::EspSession>();
    fw::esp::EspConnectOptions options;
    options.port = s.port;
    options.connectBaud = 115200;
    options.transferBaud = s.transferBaud;
    options.reset = m_manual->isChecked() ? fw::esp::ResetMode::Manual : fw::esp::ResetMode::Auto;
    options.manualWaitSeconds = kManualWaitSeconds;
    options.useStub = !m_romOnlyRow->box()->isChecked();
    options.stubImagePath = s.stubImagePath;
    s.reset = options.reset;
    s.romOnly = !options.useStub;

    EspWizard::JobHooks hooks;
    hooks.progress = [this](const core::JobProgress &p) {
        if (!p.phase.isEmpty())
            m_lastPhase = p.phase;
        m_phase->setText(m_lastPhase);
    };
    hooks.finished = [this](const core::JobResult &r) { onFinished(r); };
    m_banner->hide();
    m_result->hide();
    m_lastPhase = tr("Opening %1…").arg(s.portTitle.isEmpty() ? s.port : s.portTitle);
    m_phase->setText(m_lastPhase);
    if (!wizard()->runJob(std::make_unique<fw::esp::EspConnectJob>(s.session, options), std::move(hooks))) {
        s.session.reset();
        m_phase->setText(tr("Another task is running. Wait until it has finished, then click "
                            "Connect again."));
        return false;
    }
    m_connecting = true;
    m_clock.start();
    m_tick.start();
    m_busy->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_connect->setEnabled(false);
    m_manual->setEnabled(false);
    m_auto->setEnabled(false);
    m_romOnlyRow->setEnabled(false);
    updateElapsed();
    Q_EMIT completeChanged();
    return true;
}

void EspConnectPage::updateElapsed()
{
    if (!m_connecting)
        return;
    const qint64 ms = m_clock.elapsed();
    if (m_manual->isChecked())
        m_elapsed->setText(tr("%1 of %2").arg(clockText(ms), clockText(kManualWaitSeconds * 1000)));
    else
        m_elapsed->setText(clockText(ms));
}

void EspConnectPage::onFinished(const core::JobResult &result)
{
    m_connecting = false;
    m_tick.stop();
    m_elapsed->clear();
    m_busy->hide();
    m_cancel->hide();
    m_connect->setEnabled(true);
    m_manual->setEnabled(true);
    m_auto->setEnabled(true);
    m_romOnlyRow->setEnabled(true);
    EspWizardState &s = state();
    switch (result.status) {
    case core::JobResult::Status::Succeeded:
        s.connected = true;
        s.identity = s.session->identity();
        m_phase->clear();
        m_elapsed->clear();
        showConnected();
        ensureVisible(m_result);
        break;
    case core::JobResult::Status::Cancelled:
        wizard()->dropSession();
        m_phase->setText(tr("Stopped. Nothing was written to the device. Click Connect to try again."));
        break;
    case core::JobResult::Status::Failed:
        wizard()->dropSession();
        m_phase->clear();
        m_banner->showDiagnosis(result.diagnosis);
        ensureVisible(m_banner);
        break;
    }
    m_connect->setText(s.connected ? tr("&Connect again") : tr("&Connect"));
    Q_EMIT completeChanged();
    if (s.connected)
        wizard()->nextButton()->setFocus(Qt::OtherFocusReason);
}

void EspConnectPage::showConnected()
{
    const EspWizardState &s = state();
    m_result->setText(tr("<b>Connected</b> to %1 on %2. Nothing has been changed on the device yet.")
                          .arg(s.identity.chipDescription.toHtmlEscaped(),
                               (s.portTitle.isEmpty() ? s.port : s.portTitle).toHtmlEscaped()));
    m_result->show();
}

QCheckBox *EspConnectPage::romOnlyCheck() const
{
    return m_romOnlyRow->box();
}

void EspConnectPage::showAdvanced(bool show)
{
    m_advanced->setArrowType(show ? Qt::DownArrow : Qt::RightArrow);
    m_advancedBox->setVisible(show);
}

QString EspConnectPage::phaseText() const
{
    return m_phase->text();
}

QString EspConnectPage::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

bool EspConnectPage::isComplete() const
{
    return state().connected;
}

QString EspConnectPage::blockedReason() const
{
    return tr("Connect to the device first.");
}

void EspConnectPage::enter()
{
    const QSignalBlocker block(m_manual);
    const bool manual = state().reset != fw::esp::ResetMode::Auto;
    m_manual->setChecked(manual);
    m_auto->setChecked(!manual);
    {
        const QSignalBlocker blockRom(m_romOnlyRow->box());
        m_romOnlyRow->box()->setChecked(state().romOnly);
    }
    // A choice away from the default stays in view.
    if (state().romOnly)
        m_advanced->setChecked(true);
    updateInstructions();
    if (!state().connected && !m_connecting) {
        m_result->hide();
        m_connect->setText(tr("&Connect"));
    }
}

void EspConnectPage::reset()
{
    m_banner->hide();
    m_result->hide();
    m_phase->clear();
    m_elapsed->clear();
    m_connect->setText(tr("&Connect"));
}

QWidget *EspConnectPage::mainAction() const
{
    return state().connected ? nullptr : m_connect;
}

}  // namespace fw::ui
