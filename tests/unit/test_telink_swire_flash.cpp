#include <catch2/catch.hpp>

#include "telink/sim/SpiNorFlashModel.h"

using fw::telink::sim::SpiNorFlashModel;

namespace {

// One CS-low ... CS-high command; returns what came back on MISO.
QByteArray command(SpiNorFlashModel &f, const QByteArray &out, qint64 now)
{
    QByteArray in;
    f.select();
    for (char c : out)
        in.append(char(f.transfer(quint8(c), now)));
    f.deselect(now);
    return in;
}

QByteArray cmd(std::initializer_list<int> list)
{
    QByteArray b;
    for (int v : list)
        b.append(char(v));
    return b;
}

}  // namespace

TEST_CASE("SPI flash model answers JEDEC id and status", "[unit][telink]")
{
    SpiNorFlashModel f;
    CHECK(command(f, cmd({0x9F, 0, 0, 0}), 0) == cmd({0xFF, 0xC8, 0x60, 0x13}));
    CHECK(command(f, cmd({0x05, 0, 0}), 0) == cmd({0xFF, 0x00, 0x00}));
    command(f, cmd({0x06}), 0);
    CHECK(quint8(command(f, cmd({0x05, 0}), 0)[1]) == 0x02);  // WEL
}

TEST_CASE("SPI flash model erases a sector only after write enable, and is busy meanwhile", "[unit][telink]")
{
    SpiNorFlashModel f;
    f.memory().load(0x3000, QByteArray(0x2000, '\x55'));
    command(f, cmd({0x20, 0x00, 0x30, 0x00}), 0);  // no WREN: ignored
    CHECK(f.memory().read(0x3000, 1) == QByteArray(1, '\x55'));
    command(f, cmd({0x06}), 0);
    command(f, cmd({0x20, 0x00, 0x30, 0x10}), 0);  // any address inside the sector
    CHECK(f.memory().isBlank(0x3000, 0x1000));
    CHECK(f.memory().read(0x4000, 1) == QByteArray(1, '\x55'));
    CHECK(f.busy(10));
    CHECK((f.status(10) & 0x01) == 0x01);
    // Busy: everything but the status read is ignored.
    command(f, cmd({0x06}), 10);
    CHECK((f.status(10) & 0x02) == 0);
    CHECK_FALSE(f.busy(45));
    CHECK(f.sectorsErased() == 1);
}

TEST_CASE("SPI flash model programs by clearing bits and wraps inside the page", "[unit][telink]")
{
    SpiNorFlashModel f;
    command(f, cmd({0x06}), 0);
    command(f, cmd({0x02, 0x00, 0x01, 0xFE, 0x0F, 0xF0, 0xAA}), 0);
    CHECK(f.memory().read(0x1FE, 2) == cmd({0x0F, 0xF0}));
    CHECK(f.memory().read(0x100, 1) == cmd({0xAA}));  // wrapped to the page start
    command(f, cmd({0x06}), 5);
    command(f, cmd({0x02, 0x00, 0x01, 0xFE, 0xF3}), 5);
    CHECK(f.memory().read(0x1FE, 1) == cmd({0x03}));  // 0x0F & 0xF3
    CHECK(f.programmedBytes() == 4u);
    // Reading back through the read command.
    CHECK(command(f, cmd({0x03, 0x00, 0x01, 0xFE, 0, 0}), 10).mid(4) == cmd({0x03, 0xF0}));
}

TEST_CASE("SPI flash model honours block protection and deep power-down", "[unit][telink]")
{
    SpiNorFlashModel f;
    f.memory().load(0, cmd({0x12}));
    f.setStatusRegister(0x1C);
    command(f, cmd({0x06}), 0);
    command(f, cmd({0x20, 0x00, 0x00, 0x00}), 0);
    CHECK(f.memory().read(0, 1) == cmd({0x12}));  // not erased
    command(f, cmd({0x06}), 0);
    command(f, cmd({0x02, 0x00, 0x10, 0x00, 0x00}), 0);
    CHECK(f.memory().read(0x1000, 1) == cmd({0xFF}));  // not programmed
    command(f, cmd({0x06}), 0);
    command(f, cmd({0x01, 0x00}), 0);
    CHECK((f.status(100) & 0x1C) == 0);

    command(f, cmd({0xB9}), 100);
    CHECK(f.poweredDown());
    CHECK(command(f, cmd({0x9F, 0, 0, 0}), 100) == cmd({0xFF, 0xFF, 0xFF, 0xFF}));
    command(f, cmd({0xAB}), 100);
    CHECK_FALSE(f.poweredDown());
    CHECK(command(f, cmd({0x9F, 0}), 100) == cmd({0xFF, 0xC8}));
}
