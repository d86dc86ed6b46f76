#include "ui/telink/TelinkChoosePage.h"

#include "ui/DiagnosisBanner.h"
#include "ui/Format.h"
#include "ui/WizardFilePicker.h"
#include "ui/telink/TelinkMiLoginBox.h"
#include "ui/telink/TelinkTexts.h"
#include "ui/telink/TelinkWizard.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fw::ui {

using fw::telink::TelinkFileCheck;
using fw::telink::TelinkFileFormat;
using fw::telink::TelinkFirmwareKind;
using fw::telink::TelinkGoal;
using fw::telink::TelinkImageKind;
using fw::telink::TelinkTarget;

namespace {
const QString kLastDirKey = QStringLiteral("files/lastThermometerFirmwareDir");
constexpr qint64 kMaxFileSize = 1024 * 1024;  // every thermometer flash is 512 KB
constexpr double kTypicalBytesPerSecond = 1000.0;  // what Bluetooth updates reach (protocols/telink.md §1.3)
}  // namespace

TelinkChoosePage::TelinkChoosePage(TelinkWizard *owner) : TelinkWizardPage(owner)
{
    m_goalLabel = new QLabel(this);
    QFont bold = m_goalLabel->font();
    bold.setBold(true);
    m_goalLabel->setFont(bold);
    m_pvvx = new QRadioButton(this);
    m_zigbee = new QRadioButton(this);
    m_stock = new QRadioButton(this);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8;
    m_pvvxHint = makeHint(this, indent);
    m_zigbeeHint = makeHint(this, indent);
    m_stockHint = makeHint(this, indent);
    m_goals = new QButtonGroup(this);
    m_goals->addButton(m_pvvx, int(TelinkGoal::PvvxBle));
    m_goals->addButton(m_zigbee, int(TelinkGoal::Zigbee));
    m_goals->addButton(m_stock, int(TelinkGoal::Stock));
    m_pvvx->setChecked(true);
    m_situation = makeNote(this, NoteKind::Warning);
    m_situation->hide();
    m_miLogin = new TelinkMiLoginBox(owner, this);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setFont(bold);
    content()->addWidget(m_goalLabel);
    content()->addWidget(m_pvvx);
    content()->addWidget(m_pvvxHint);
    content()->addWidget(m_zigbee);
    content()->addWidget(m_zigbeeHint);
    content()->addWidget(m_stock);
    content()->addWidget(m_stockHint);
    content()->addWidget(m_situation);
    content()->addWidget(m_miLogin);
    content()->addSpacing(6);
    content()->addWidget(m_fileLabel);
    m_picker = new WizardFilePicker(this, content());
    m_result = makeNote(this, NoteKind::Success);
    m_result->hide();
    m_notes = makeNote(this, NoteKind::Info);
    m_notes->hide();
    m_wiredHint = makeHint(this);
    m_wired = new QPushButton(this);
    auto *wiredRow = new QHBoxLayout;
    wiredRow->addWidget(m_wired);
    wiredRow->addStretch(1);
    content()->addWidget(m_result);
    content()->addWidget(m_notes);
    content()->addSpacing(6);
    content()->addWidget(m_wiredHint);
    content()->addLayout(wiredRow);

    connect(m_goals, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (!on)
            return;
        state().goal = goal();
        check();  // the goal decides which warnings the file gets
        renderSituation();
        render();
        Q_EMIT completeChanged();
    });
    connect(m_miLogin, &TelinkMiLoginBox::tokenChanged, this, &TelinkChoosePage::completeChanged);
    connect(m_picker, &WizardFilePicker::chooseRequested, this, &TelinkChoosePage::choose);
    connect(m_wired, &QPushButton::clicked, this, [this] { wizard()->startRescue(); });
    retranslate();
}

QString TelinkChoosePage::stepTitle() const
{
    return tr("Choose firmware");
}

void TelinkChoosePage::retranslate()
{
    setHeading(tr("Choose the new firmware"),
               tr("Say what the thermometer should run afterwards and pick the file. Flashwright checks "
                  "the file against this thermometer before anything is sent."));
    m_goalLabel->setText(tr("What should it run afterwards?"));
    m_pvvx->setText(tr("&pvvx custom firmware (Bluetooth)"));
    m_pvvxHint->setText(tr("Open firmware by pvvx: longer battery life, adjustable display and readings that "
                           "Home Assistant picks up without pairing. File: ATC_v58.bin (or newer) from "
                           "github.com/pvvx/ATC_MiThermometer."));
    m_zigbee->setText(tr("&Zigbee firmware"));
    m_zigbeeHint->setText(tr("For a Zigbee network (Zigbee2MQTT, ZHA, deCONZ). File: a .zigbee file, for example "
                             "1141-020a-…-ATC_v58.zigbee from github.com/pvvx/ZigbeeTLc. It is sent through "
                             "pvvx's extended update, so the thermometer must run pvvx 4.6 or newer first. "
                             "Afterwards it no longer speaks Bluetooth."));
    m_stock->setText(tr("Back to the &Xiaomi firmware"));
    m_stockHint->setText(tr("For the Mi Home app. File: Xiaomi's original update, for example "
                            "Original_OTA_Xiaomi_LYWSD03MMC_v2.1.1_0159c.bin."));
    m_fileLabel->setText(tr("Firmware file:"));
    m_picker->setTexts({tr("No file chosen yet"), tr("Firmware file"), tr("&Choose file…"),
                        tr("Choose the thermometer firmware"),
                        tr("Thermometer firmware (*.bin *.zigbee);;All files (*)"), {}, {}});
    m_wiredHint->setText(tr("The update keeps failing, the thermometer runs firmware that cannot be updated over "
                            "Bluetooth, or you cannot do the Mi login? Flash it by wire instead: a USB-serial "
                            "adapter on its test pads works whatever it runs."));
    m_wired->setText(tr("Flash it by &wire instead…"));
    m_miLogin->retranslate();
    renderSituation();
    render();
}

QRadioButton *TelinkChoosePage::goalButton(TelinkGoal g) const
{
    return qobject_cast<QRadioButton *>(m_goals->button(int(g)));
}

void TelinkChoosePage::setGoal(TelinkGoal g)
{
    if (QRadioButton *b = goalButton(g))
        b->setChecked(true);
}

TelinkGoal TelinkChoosePage::goal() const
{
    return TelinkGoal(m_goals->checkedId());
}

void TelinkChoosePage::renderSituation()
{
    const fw::telink::TelinkIdentity &id = state().identity;
    QString text;
    NoteKind kind = NoteKind::Warning;
    if (id.firmware == TelinkFirmwareKind::StockSignedOnly) {
        text = tr("<b>It runs Xiaomi firmware %1, which takes only files Xiaomi signed, and only after the Mi "
                  "login below.</b> Flash the signed original 2.1.1_0159c first, reconnect, then flash pvvx "
                  "firmware. Or flash it by wire.")
                   .arg(id.firmwareRevision.toHtmlEscaped());
    } else if (id.firmware == TelinkFirmwareKind::Stock) {
        text = tr("<b>It still runs Xiaomi's firmware, which takes an update only after a Mi login.</b> Give its "
                  "Mi token below, or register it here to get one. Once it runs custom firmware, updates need no "
                  "login any more. Or flash it by wire.");
    } else if (id.firmware == TelinkFirmwareKind::QingpingStock || id.firmware == TelinkFirmwareKind::Unknown) {
        text = tr("Flashwright does not know this firmware, so it cannot say whether it takes an update over "
                  "Bluetooth. Flashing by wire always works.");
        kind = NoteKind::Info;
    } else if (goal() == TelinkGoal::Zigbee && !id.extendedOta) {
        text = tr("<b>Not yet ready for Zigbee.</b> A Zigbee file goes through pvvx's extended update, which this "
                  "thermometer (%1) does not have. Flash pvvx firmware 4.6 or newer first (choose pvvx above), "
                  "then come back for the Zigbee file. Never send a Zigbee .bin directly: that bricks it.")
                   .arg(id.firmwareText().toHtmlEscaped());
    }
    setNoteKind(m_situation, kind);
    m_situation->setText(text);
    m_situation->setVisible(!text.isEmpty());
    m_miLogin->refresh();
}

void TelinkChoosePage::choose()
{
    const QString path = m_picker->chooseFile(m_file, kLastDirKey);
    if (!path.isEmpty())
        setFirmwareFile(path);
}

bool TelinkChoosePage::setFirmwareFile(const QString &path)
{
    m_file = path;
    m_bytes = WizardFilePicker::readFile(path, kMaxFileSize,
                                         tr("The file is %1, larger than a thermometer's whole flash (512 KB). "
                                            "It is not firmware for a thermometer."),
                                         &m_error);
    // A .zigbee file names what it is for: the goal follows the file, the user can change it back.
    if (m_error.isEmpty() && fw::telink::TelinkImage::sniff(m_bytes) == TelinkFileFormat::ZigbeeOta)
        setGoal(TelinkGoal::Zigbee);
    check();
    render();
    Q_EMIT completeChanged();
    return fileOk();
}

void TelinkChoosePage::check()
{
    m_verdict = {};
    m_extended = false;
    if (!m_error.isEmpty() || m_bytes.isEmpty())
        return;
    // The same decision the flash job makes: the extended update where the file needs it and
    // the thermometer has it; the standard one otherwise, whose limits then refuse the file.
    const fw::telink::TelinkIdentity &id = state().identity;
    const bool needsExtended = fw::telink::TelinkImage::sniff(m_bytes) == TelinkFileFormat::ZigbeeOta
        || m_bytes.size() > TelinkFileCheck::StandardOtaLimit;
    m_extended = needsExtended && id.extendedOta;
    m_verdict = TelinkFileCheck::check(m_bytes, m_extended ? TelinkTarget::PvvxExtendedOta : TelinkTarget::StandardOta,
                                       id.forFileCheck());
}

void TelinkChoosePage::render()
{
    m_picker->setPath(m_file);
    if (m_file.isEmpty()) {
        m_result->hide();
        m_notes->hide();
        return;
    }
    if (!m_error.isEmpty()) {
        setNoteKind(m_result, NoteKind::Danger);
        m_result->setText(m_error.toHtmlEscaped());
        m_result->show();
        m_notes->hide();
        return;
    }
    const QString facts = TelinkTexts::fileFacts(m_verdict, m_bytes.size());
    if (!m_verdict.ok()) {
        QString html = tr("<b>Flashwright will not send this file to this thermometer.</b> It is: %1.")
                           .arg(facts.toHtmlEscaped());
        for (const core::Diagnosis &d : m_verdict.refusals)
            html += QStringLiteral("<hr>") + DiagnosisBanner::toHtml(d);
        setNoteKind(m_result, NoteKind::Danger);
        m_result->setText(html);
    } else {
        QStringList lines;
        lines << tr("It is: %1.").arg(facts);
        lines << (m_extended ? tr("It goes through pvvx's extended update. That also erases the measurement "
                                  "history stored on the thermometer.")
                             : tr("It goes through the standard Bluetooth update."));
        const qint64 payload = m_verdict.payload.size();
        lines << tr("Sending %1 takes about %2.")
                     .arg(flashBytes(payload), formatDuration(double(payload) / kTypicalBytesPerSecond + 10.0));
        setNoteKind(m_result, NoteKind::Success);
        m_result->setText(tr("<b>This file fits this thermometer.</b>") + bulletList(lines));
    }
    m_result->show();

    // Worth knowing, without blocking: a file that does not match the chosen goal.
    QStringList notes = m_verdict.notes;
    const bool zigbeeFile = m_verdict.zigbee.has_value();
    const TelinkImageKind kind = m_verdict.bin.kind;
    if (goal() == TelinkGoal::Zigbee && !zigbeeFile)
        notes << tr("You chose Zigbee, but this is Bluetooth firmware. That is right as the first step (pvvx 4.6 "
                    "or newer); for the Zigbee firmware itself choose its .zigbee file.");
    if (goal() != TelinkGoal::Zigbee && zigbeeFile)
        notes << tr("This is a Zigbee file: afterwards the thermometer no longer speaks Bluetooth.");
    if (goal() == TelinkGoal::Stock && !zigbeeFile && !m_verdict.bin.hasXiaomiSignature)
        notes << tr("This does not look like Xiaomi's original firmware: it carries no Xiaomi signature.");
    if (goal() == TelinkGoal::PvvxBle && kind == TelinkImageKind::SignedStock)
        notes << tr("This is Xiaomi's original firmware, not pvvx's.");
    m_notes->setText(tr("<b>Worth knowing:</b>") + bulletList(notes));
    m_notes->setVisible(!notes.isEmpty());
    ensureVisible(m_result);
}

QString TelinkChoosePage::situationText() const
{
    return m_situation->isHidden() ? QString() : m_situation->text();
}

QString TelinkChoosePage::verdictText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

QString TelinkChoosePage::notesText() const
{
    return m_notes->isHidden() ? QString() : m_notes->text();
}

bool TelinkChoosePage::fileOk() const
{
    return !m_file.isEmpty() && m_error.isEmpty() && m_verdict.ok() && !m_verdict.payload.isEmpty();
}

bool TelinkChoosePage::isComplete() const
{
    return fileOk() && (!m_miLogin->applies() || m_miLogin->hasToken());
}

QString TelinkChoosePage::blockedReason() const
{
    if (m_file.isEmpty())
        return tr("Choose the firmware file.");
    if (!fileOk())
        return tr("This file cannot be sent to this thermometer: see why above, and choose another.");
    return tr("Xiaomi's firmware takes an update only after the Mi login: enter the thermometer's Mi token "
              "above, or register it here to get one.");
}

void TelinkChoosePage::enter()
{
    const QSignalBlocker block(m_goals);
    setGoal(state().goal);
    renderSituation();
    // The thermometer may have been read again (a new battery, another one): check the file anew.
    check();
    render();
}

void TelinkChoosePage::commit()
{
    TelinkWizardState &s = state();
    s.goal = goal();
    s.firmwarePath = m_file;
    s.firmwareBytes = m_bytes;
    s.firmwareFacts = TelinkTexts::fileFacts(m_verdict, m_bytes.size());
    s.extended = m_extended;
    s.miToken = m_miLogin->applies() ? m_miLogin->token() : QByteArray();
}

void TelinkChoosePage::reset()
{
    m_file.clear();
    m_bytes.clear();
    m_error.clear();
    m_verdict = {};
    m_extended = false;
    m_miLogin->reset();
    const QSignalBlocker block(m_goals);
    m_pvvx->setChecked(true);
    render();
}

QWidget *TelinkChoosePage::mainAction() const
{
    return m_picker->chooseButton();
}

}  // namespace fw::ui
