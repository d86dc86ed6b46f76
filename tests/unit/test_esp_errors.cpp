#include <catch2/catch.hpp>

#include "esp/Errors.h"

#include <QSet>

using namespace fw::esp;

TEST_CASE("Every ROM error code has its own actionable diagnosis", "[unit][esp]")
{
    const QList<quint8> codes = Errors::knownRomCodes();
    CHECK(codes.size() == 15 + 6);
    QSet<QString> summaries;
    for (quint8 code : codes) {
        const auto d = Errors::romError(code);
        INFO("code " << int(code));
        CHECK(d.code == QStringLiteral("esp.rom_error.0x%1").arg(code, 2, 16, QLatin1Char('0')));
        CHECK_FALSE(d.summary.isEmpty());
        CHECK_FALSE(d.causes.isEmpty());
        CHECK_FALSE(d.nextStep.isEmpty());
        summaries.insert(d.summary);
    }
    // 0x01-0x0F each say something specific; the newer-ROM codes carry their number.
    CHECK(summaries.size() == codes.size());
    CHECK(Errors::romError(0x07).code == QStringLiteral("esp.rom_error.0x07"));
    CHECK(Errors::romError(0x07).summary.contains(QStringLiteral("checksum")));
    CHECK(Errors::romError(0x65).summary.contains(QStringLiteral("0x65")));
}

TEST_CASE("Every stub error code has its own actionable diagnosis", "[unit][esp]")
{
    const QList<quint8> codes = Errors::knownStubCodes();
    CHECK(codes.size() == 11);
    QSet<QString> summaries;
    for (quint8 code : codes) {
        const auto d = Errors::stubError(code);
        INFO("code " << int(code));
        CHECK(d.code == QStringLiteral("esp.stub_error.0x%1").arg(code, 2, 16, QLatin1Char('0')));
        CHECK_FALSE(d.causes.isEmpty());
        CHECK_FALSE(d.nextStep.isEmpty());
        summaries.insert(d.summary);
    }
    CHECK(summaries.size() == codes.size());
}

TEST_CASE("Unknown error codes still give a diagnosis naming the code", "[unit][esp]")
{
    const auto rom = Errors::romError(0x42);
    CHECK(rom.code == QStringLiteral("esp.rom_error.0x42"));
    CHECK(rom.summary.contains(QStringLiteral("0x42")));
    CHECK_FALSE(rom.nextStep.isEmpty());
    CHECK(Errors::stubError(0x10).summary.contains(QStringLiteral("0x10")));
}

TEST_CASE("A failed reply is diagnosed by loader kind with the command and status named", "[unit][esp]")
{
    auto stub = Response::decode(QByteArray::fromHex("01030200" "00000000" "c100"), LoaderKind::Stub);
    REQUIRE(stub);
    const auto d = Errors::forResponse(*stub, LoaderKind::Stub);
    CHECK(d.code == QStringLiteral("esp.stub_error.0xc1"));
    CHECK(d.summary.contains(QStringLiteral("FLASH_DATA")));
    CHECK(d.summary.contains(QStringLiteral("C100")));

    auto rom = Response::decode(QByteArray::fromHex("01030400" "00000000" "01070000"), LoaderKind::Esp32Rom);
    REQUIRE(rom);
    const auto r = Errors::forResponse(*rom, LoaderKind::Esp32Rom);
    CHECK(r.code == QStringLiteral("esp.rom_error.0x07"));
    CHECK(r.summary.contains(QStringLiteral("0107")));
}
