#include "core/UsbCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace fw::core {

namespace {

Q_LOGGING_CATEGORY(lcCatalog, "fw.core.usbcatalog")

// Accepts "10c4", "0x10c4" or a number.
bool parseId(const QJsonValue &v, quint16 *out)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d > 0xffff || d != double(int(d)))
            return false;
        *out = quint16(d);
        return true;
    }
    if (!v.isString())
        return false;
    QString s = v.toString().trimmed();
    if (s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        s = s.mid(2);
    if (s.isEmpty() || s.size() > 4)
        return false;
    bool ok = false;
    const uint value = s.toUInt(&ok, 16);
    if (!ok || value > 0xffff)
        return false;
    *out = quint16(value);
    return true;
}

// lupdate cannot read usb-ids.json, so the notes it carries are repeated here for the
// translation catalogue; lookup() translates them under this context. A test fails when a note
// in the JSON is missing from the catalogue.
[[maybe_unused]] const char *const kNoteSources[] = {
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Reliable up to 921600 baud. Auto-reset (DTR/RTS) works on NodeMCU-style "
                      "boards."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Two ports: the enhanced (first) one is usually the device console."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Four ports; check which one your board wires to the chip."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Z-Stack coordinator. Flashing the CC2652P uses its serial bootloader "
                      "(BSL): hold the BOOT button while plugging in."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "EZSP coordinator (later ZBDongle-E batches use a CP2102N). Stop "
                      "Zigbee2MQTT/ZHA before opening the port."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "EZSP coordinator. Stop ZHA/Zigbee2MQTT and the multiprotocol add-on before "
                      "opening the port."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "EZSP coordinator (the renamed SkyConnect). Stop ZHA/Zigbee2MQTT before "
                      "opening the port."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Z-Stack coordinator over USB; the Ethernet port must not be in use at the "
                      "same time."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "At 921600 baud many CH340 boards lose bytes: fall back to 460800. On "
                      "Debian/Ubuntu the brltty service steals CH340 ports: sudo apt remove "
                      "brltty."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Use 460800 baud at most. On Debian/Ubuntu the brltty service may steal the "
                      "port: sudo apt remove brltty."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Newer kernels use the cdc_acm driver (ttyACM*); older ones need the ch9102 "
                      "driver or show no port. Reliable up to 921600."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "EZSP coordinator (first batches used a CH9102). Stop Zigbee2MQTT/ZHA "
                      "before opening the port."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Appears as ttyACM* with the cdc_acm driver. Reliable up to 2 Mbaud."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Beware of counterfeit FT232R chips: the official driver on Windows may "
                      "disable them; Linux is fine."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "The first interface is often used for JTAG; the serial console is usually "
                      "the second (ttyUSB1)."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog", "High-speed chip, good up to 3 Mbaud."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Reliable up to 921600 baud. Also used by Pycom Expansion Board 2.0 and "
                      "several Zigbee sticks."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "deCONZ firmware at 115200 baud. Stop deCONZ/Phoscon before opening the "
                      "port."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Z-Stack coordinator; the bootloader is entered with the BSL button."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Old or counterfeit PL2303 chips stop at 115200 baud and may drop bytes at "
                      "higher rates."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog", "Newer PL2303G series; needs Linux 5.12 or later."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Native USB of the chip: the port disappears and comes back on every reset, "
                      "so the port name may change after flashing."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Native USB CDC: the port re-enumerates on reset; in download mode it can "
                      "appear under another name."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Native USB: the port vanishes while the chip resets."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "EZSP coordinator at 460800 baud with RTS/CTS flow control."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "The on-board J-Link's virtual COM port (nRF DK boards). If no data "
                      "arrives, disable MSD with J-Link Commander: MSDDisable."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "The on-board J-Link's virtual COM port (nRF52/nRF53 DK). Use hardware flow "
                      "control only if the firmware enables it."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "The dongle is in its DFU bootloader (red LED pulsing): serial DFU is "
                      "possible now."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog", "Application USB CDC port of an nRF52840 device."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "nRF Connect connectivity firmware (serialization over USB)."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Pycom board in normal mode. The module's REPL and the modem upgrade use "
                      "this port; flash reads are limited to 230400 baud."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "The board's PIC is in DFU mode (button held at plug-in): update the PIC "
                      "firmware now, or replug without the button for the serial port."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog",
                      "Z-Stack ZNP over USB CDC. Its firmware cannot be updated over USB: use a "
                      "CC Debugger."),
    QT_TRANSLATE_NOOP("fw::core::UsbCatalog", "Z-Stack ZNP coordinator over USB CDC."),
};

}  // namespace

UsbCatalog::UsbCatalog(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        m_warnings << QStringLiteral("USB catalog is not valid JSON: %1 at offset %2")
                          .arg(err.errorString())
                          .arg(err.offset);
        qCWarning(lcCatalog).noquote() << m_warnings.last();
        return;
    }
    const QJsonArray adapters = doc.object().value(QLatin1String("adapters")).toArray();
    int index = 0;
    for (const QJsonValue &v : adapters) {
        const int i = index++;
        auto skip = [&](const QString &why) {
            m_warnings << QStringLiteral("USB catalog entry %1 skipped: %2").arg(i).arg(why);
            qCWarning(lcCatalog).noquote() << m_warnings.last();
        };
        if (!v.isObject()) {
            skip(QStringLiteral("not an object"));
            continue;
        }
        const QJsonObject o = v.toObject();
        Entry e;
        if (!parseId(o.value(QLatin1String("vid")), &e.identity.vid)) {
            skip(QStringLiteral("missing or invalid \"vid\""));
            continue;
        }
        if (!parseId(o.value(QLatin1String("pid")), &e.identity.pid)) {
            skip(QStringLiteral("missing or invalid \"pid\""));
            continue;
        }
        e.identity.adapter = o.value(QLatin1String("adapter")).toString();
        if (e.identity.adapter.isEmpty()) {
            skip(QStringLiteral("missing \"adapter\" name"));
            continue;
        }
        e.identity.chip = o.value(QLatin1String("chip")).toString();
        e.identity.notes = o.value(QLatin1String("notes")).toString();
        const QJsonValue fam = o.value(QLatin1String("families"));
        if (!fam.isUndefined() && !fam.isArray()) {
            skip(QStringLiteral("\"families\" is not a list"));
            continue;
        }
        for (const QJsonValue &f : fam.toArray())
            if (f.isString())
                e.identity.families << f.toString();
        const QJsonValue baud = o.value(QLatin1String("defaultBaud"));
        if (!baud.isUndefined() && (!baud.isDouble() || baud.toDouble() < 0)) {
            skip(QStringLiteral("\"defaultBaud\" is not a positive number"));
            continue;
        }
        e.identity.defaultBaud = baud.toInt(0);
        e.product = o.value(QLatin1String("product")).toString();
        e.manufacturer = o.value(QLatin1String("manufacturer")).toString();
        m_entries.append(e);
    }
}

const UsbCatalog &UsbCatalog::instance()
{
    static const UsbCatalog catalog = [] {
        QFile f(QStringLiteral(":/fw/devices/usb-ids.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcCatalog) << "USB catalog resource missing";
            return UsbCatalog(QByteArray("{\"adapters\":[]}"));
        }
        return UsbCatalog(f.readAll());
    }();
    return catalog;
}

std::optional<UsbIdentity> UsbCatalog::lookup(quint16 vid, quint16 pid, const QString &manufacturer,
                                              const QString &product) const
{
    const Entry *best = nullptr;
    int bestScore = -1;
    for (const Entry &e : m_entries) {
        if (e.identity.vid != vid || e.identity.pid != pid)
            continue;
        if (!e.product.isEmpty() && !product.contains(e.product, Qt::CaseInsensitive))
            continue;
        if (!e.manufacturer.isEmpty() && !manufacturer.contains(e.manufacturer, Qt::CaseInsensitive))
            continue;
        // Each matched string counts, and a longer one says more ("Dongle Plus V2" beats
        // "Dongle Plus").
        int score = 0;
        if (!e.product.isEmpty())
            score += 1000 + int(e.product.size());
        if (!e.manufacturer.isEmpty())
            score += 1000 + int(e.manufacturer.size());
        if (score > bestScore) {
            best = &e;
            bestScore = score;
        }
    }
    if (!best)
        return std::nullopt;
    UsbIdentity id = best->identity;
    // Catalog texts are English; a translation catalogue may carry them under this context.
    id.notes = QCoreApplication::translate("fw::core::UsbCatalog", id.notes.toUtf8().constData());
    return id;
}

}  // namespace fw::core
