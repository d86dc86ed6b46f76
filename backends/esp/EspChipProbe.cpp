#include "esp/EspChipProbe.h"

#include <QCoreApplication>

using fw::core::Diagnosis;
using fw::core::JobError;

namespace fw::esp {

namespace {

// SPI controller registers (offsets from the base), esp.md §1.8.
constexpr quint32 kSpiCmd = 0x00;
constexpr quint32 kSpiUsr = 0x1C;
constexpr quint32 kSpiUsr1 = 0x20;
constexpr quint32 kSpiUsr2 = 0x24;
constexpr quint32 kEsp32SpiMisoDlen = 0x2C;  // the ESP32 keeps bit lengths in their own registers
constexpr quint32 kEsp8266SpiW0 = 0x40;
constexpr quint32 kEsp32SpiW0 = 0x80;
constexpr quint32 kCmdUsrBit = 1u << 18;
constexpr quint32 kUsrCommand = 1u << 31;
constexpr quint32 kUsrMiso = 1u << 28;
constexpr quint8 kRdid = 0x9F;
constexpr int kRdidBits = 24;
constexpr int kSpiPolls = 10;
constexpr quint32 kEsp8266RomBlock = 0x400;

qint64 mb(int n) { return qint64(n) * 1024 * 1024; }

}  // namespace

EspChipProbe::EspChipProbe(EspLoader &loader) : m_loader(loader) {}

ChipKind EspChipProbe::chipForMagic(quint32 magic)
{
    switch (magic) {
    case 0xFFF0C101: return ChipKind::Esp8266;
    case 0x00F01D83: return ChipKind::Esp32;
    case 0x000007C6: return ChipKind::Esp32S2;
    case 0x00000009: return ChipKind::Esp32S3;
    case 0x6921506F:
    case 0x1B31506F:
    case 0x4881606F:
    case 0x4361606F: return ChipKind::Esp32C3;
    case 0x6F51306F:  // C2
    case 0x7C41A06F:  // C2
    case 0x2CE0806F:  // C6
    case 0xD7B73E80:  // H2
        return ChipKind::OtherEsp;
    default: return ChipKind::Unknown;
    }
}

QString EspChipProbe::macText(quint64 mac)
{
    QStringList parts;
    for (int shift = 40; shift >= 0; shift -= 8)
        parts << QStringLiteral("%1").arg(quint32((mac >> shift) & 0xFF), 2, 16, QLatin1Char('0')).toUpper();
    return parts.join(QLatin1Char(':'));
}

QString EspChipProbe::esp8266Mac(quint32 mac0, quint32 mac1, quint32 mac3)
{
    quint64 oui = 0;
    if (mac3 != 0)
        oui = mac3 & 0xFFFFFF;
    else if (((mac1 >> 16) & 0xFF) == 0)
        oui = 0x18FE34;
    else if (((mac1 >> 16) & 0xFF) == 1)
        oui = 0xACD074;
    else
        return {};
    const quint64 nic = (quint64(mac1 & 0xFFFF) << 8) | ((mac0 >> 24) & 0xFF);
    return macText((oui << 24) | nic);
}

bool EspChipProbe::isEsp8285(quint32 word0, quint32 word2)
{
    // eFuse bit 4 (word 0) or bit 80 (word 2, bit 16).
    return (word0 & (1u << 4)) != 0 || (word2 & (1u << 16)) != 0;
}

QString EspChipProbe::esp32Mac(quint32 word1, quint32 word2)
{
    // Word 2 holds the first two bytes in its low half; the CRC byte above them is dropped.
    return macText((quint64(word2 & 0xFFFF) << 32) | word1);
}

qint64 EspChipProbe::flashSizeForCapacity(quint8 code)
{
    const int high = code >> 4;
    const int low = code & 0x0F;
    if ((high != 1 && high != 3) || low < 2 || low > 8)
        return 0;
    return qint64(1) << (16 + low);  // 0x12 = 256 KB ... 0x18 = 16 MB
}

int EspChipProbe::crystalMhz(quint32 clkDivRegister, qint32 baud, ChipKind chip)
{
    const quint32 divider = clkDivRegister & 0xFFFFF;
    if (divider == 0 || baud <= 0)
        return 0;
    // The ESP8266's UART runs from twice the crystal; the ESP32 ROM's from the crystal itself.
    const double perCrystal = (chip == ChipKind::Esp8266 || chip == ChipKind::Esp8285) ? 2.0 : 1.0;
    const double mhz = double(baud) * double(divider) / 1e6 / perCrystal;
    if (mhz < 20.0 || mhz > 50.0)
        return 0;
    return mhz > 33.0 ? 40 : 26;
}

LoaderCaps EspChipProbe::capsFor(LoaderKind loader)
{
    LoaderCaps c;
    switch (loader) {
    case LoaderKind::Esp8266Rom:
        break;  // writes only
    case LoaderKind::Esp32Rom:
        c.readFlash = true;  // 64 bytes per READ_FLASH_SLOW
        c.md5 = true;
        c.compressed = true;
        c.changeBaud = true;
        break;
    case LoaderKind::Stub:
        c.readFlash = c.eraseFlash = c.md5 = c.compressed = c.changeBaud = true;
        break;
    }
    return c;
}

QString EspChipProbe::moduleGuess(const EspIdentity &id)
{
    QString module;
    if (id.chip == ChipKind::Esp8285 && id.flashSize == mb(1))
        module = QStringLiteral("TYWE2S");
    else if (id.chip == ChipKind::Esp8266 && (id.flashSize == mb(1) || id.flashSize == mb(2)))
        module = QStringLiteral("TYWE3S");
    if (module.isEmpty())
        return {};
    return QCoreApplication::translate("fw::esp::EspChipProbe", "%1 (%2, %3)")
        .arg(module, chipKindName(id.chip), id.flashSizeText());
}

EspIdentity EspChipProbe::identify(fw::core::JobContext &ctx, LoaderKind syncKind)
{
    EspIdentity id;
    try {
        id.magic = m_loader.readReg(kMagicRegister);
    } catch (const JobError &e) {
        if (syncKind != LoaderKind::Esp32Rom || !e.diagnosis().code.startsWith(QLatin1String("esp.rom_error")))
            throw;
        // Only a chip in Secure Download Mode refuses to read this register.
        Diagnosis d;
        d.code = QStringLiteral("esp.identify.secure_download");
        d.summary = QCoreApplication::translate(
            "fw::esp::EspChipProbe", "The chip's boot loader refuses to read its registers: it is in Secure Download Mode.");
        d.causes << QCoreApplication::translate(
            "fw::esp::EspChipProbe",
            "The device maker locked the chip so that it only takes signed and encrypted firmware.");
        d.nextStep = QCoreApplication::translate(
            "fw::esp::EspChipProbe",
            "This chip cannot be backed up or flashed over serial with Flashwright. Use the maker's "
            "own update path.");
        throw JobError(d);
    }
    id.chip = chipForMagic(id.magic);
    if (syncKind == LoaderKind::Stub)
        id.loader = LoaderKind::Stub;
    else
        id.loader = id.chip == ChipKind::Esp8266 ? LoaderKind::Esp8266Rom : LoaderKind::Esp32Rom;
    m_loader.setLoaderKind(id.loader);
    id.caps = capsFor(id.loader);

    switch (id.chip) {
    case ChipKind::Esp8266:
        readEsp8266(id);
        break;
    case ChipKind::Esp32:
        readEsp32(id);
        break;
    case ChipKind::Unknown:
        id.chip = ChipKind::OtherEsp;
        id.chipDescription = QCoreApplication::translate("fw::esp::EspChipProbe", "Unknown Espressif chip (magic value 0x%1)")
                                 .arg(id.magic, 8, 16, QLatin1Char('0'));
        break;
    default:
        id.chipDescription = chipKindName(id.chip);
        break;
    }
    if (id.chip == ChipKind::Esp8266 || id.chip == ChipKind::Esp8285 || id.chip == ChipKind::Esp32) {
        readCrystal(id);
        readFlash(ctx, id);
    } else {
        ctx.log().warning(QCoreApplication::translate(
                              "fw::esp::EspChipProbe",
                              "%1: MAC, crystal and flash size are only read on the ESP8266, "
                              "ESP8285 and ESP32; they stay unknown.")
                              .arg(id.chipDescription));
    }
    if (id.chip == ChipKind::Esp8285)
        id.chipDescription = id.flashSize > 0
                                 ? QCoreApplication::translate("fw::esp::EspChipProbe", "ESP8285 (%1 flash in the package)")
                                       .arg(id.flashSizeText())
                                 : QCoreApplication::translate("fw::esp::EspChipProbe", "ESP8285 (flash in the package)");
    id.moduleGuess = moduleGuess(id);
    return id;
}

void EspChipProbe::readEsp8266(EspIdentity &id)
{
    quint32 w[4];
    for (int i = 0; i < 4; ++i)
        w[i] = m_loader.readReg(kEsp8266Efuse + 4 * quint32(i));
    id.mac = esp8266Mac(w[0], w[1], w[3]);
    if (isEsp8285(w[0], w[2]))
        id.chip = ChipKind::Esp8285;
    id.chipDescription = id.chip == ChipKind::Esp8285 ? QStringLiteral("ESP8285") : QStringLiteral("ESP8266EX");
}

void EspChipProbe::readEsp32(EspIdentity &id)
{
    const quint32 w1 = m_loader.readReg(kEsp32Efuse + 4);
    const quint32 w2 = m_loader.readReg(kEsp32Efuse + 8);
    id.mac = esp32Mac(w1, w2);
    id.chipDescription = QStringLiteral("ESP32");
}

void EspChipProbe::readCrystal(EspIdentity &id)
{
    const bool esp8266 = id.isEsp8266Family();
    const quint32 div = m_loader.readReg(esp8266 ? kEsp8266UartClkDiv : kEsp32UartClkDiv);
    id.crystalMhz = crystalMhz(div, m_loader.link().baudRate(), id.chip);
}

void EspChipProbe::attachFlash(const EspIdentity &id)
{
    const bool esp8266 = id.isEsp8266Family();
    if (id.loader == LoaderKind::Esp8266Rom) {
        // The ESP8266 ROM has no SPI_ATTACH; an empty FLASH_BEGIN makes it attach the flash.
        m_loader.command(Command::flashBegin(0, 0, kEsp8266RomBlock, 0));
    } else if (id.loader == LoaderKind::Esp32Rom) {
        m_loader.command(Command::spiAttach(true));
    } else if (!esp8266) {
        m_loader.command(Command::spiAttach(false));  // the ESP8266 stub attaches by itself
    }
    if (id.loader != LoaderKind::Esp8266Rom && id.flashSize > 0)
        m_loader.command(Command::spiSetParams(quint32(id.flashSize)));
}

quint32 EspChipProbe::readJedecId(ChipKind chip)
{
    const bool esp8266 = chip == ChipKind::Esp8266 || chip == ChipKind::Esp8285;
    const quint32 base = esp8266 ? kEsp8266Spi : kEsp32Spi;
    const quint32 w0 = base + (esp8266 ? kEsp8266SpiW0 : kEsp32SpiW0);
    const quint32 oldUsr = m_loader.readReg(base + kSpiUsr);
    const quint32 oldUsr2 = m_loader.readReg(base + kSpiUsr2);
    if (esp8266)
        m_loader.writeReg(base + kSpiUsr1, quint32(kRdidBits - 1) << 8);
    else
        m_loader.writeReg(base + kEsp32SpiMisoDlen, quint32(kRdidBits - 1));
    m_loader.writeReg(base + kSpiUsr, kUsrCommand | kUsrMiso);
    m_loader.writeReg(base + kSpiUsr2, (7u << 28) | kRdid);
    m_loader.writeReg(w0, 0);
    m_loader.writeReg(base + kSpiCmd, kCmdUsrBit);
    bool done = false;
    for (int i = 0; i < kSpiPolls && !done; ++i)
        done = (m_loader.readReg(base + kSpiCmd) & kCmdUsrBit) == 0;
    const quint32 raw = done ? m_loader.readReg(w0) : 0;
    m_loader.writeReg(base + kSpiUsr, oldUsr);
    m_loader.writeReg(base + kSpiUsr2, oldUsr2);
    if (!done)
        return 0;
    // W0 holds the bytes as they came: manufacturer first.
    return ((raw & 0xFF) << 16) | (raw & 0xFF00) | ((raw >> 16) & 0xFF);
}

void EspChipProbe::readFlash(fw::core::JobContext &ctx, EspIdentity &id)
{
    EspIdentity attachOnly = id;
    attachOnly.flashSize = 0;  // the size comes next; SPI_SET_PARAMS follows once it is known
    attachFlash(attachOnly);
    id.flashJedecId = readJedecId(id.chip);
    const quint8 capacity = quint8(id.flashJedecId & 0xFF);
    id.flashSize = (id.flashJedecId == 0 || id.flashJedecId == 0xFFFFFF) ? 0 : flashSizeForCapacity(capacity);
    if (id.flashSize == 0) {
        ctx.log().warning(QCoreApplication::translate(
                              "fw::esp::EspChipProbe",
                              "The flash chip did not report a size we know (JEDEC id %1); the "
                              "flash size stays unknown.")
                              .arg(id.flashJedecId, 6, 16, QLatin1Char('0')));
        return;
    }
    if (id.loader != LoaderKind::Esp8266Rom)
        m_loader.command(Command::spiSetParams(quint32(id.flashSize)));
}

}  // namespace fw::esp
