#pragma once
// The ESP serial protocol written out by hand from the protocol sheet (esp.md §1.1, §1.3), so
// tests check the flasher's codec and the simulators against an independent encoding.

#include <QByteArray>
#include <QList>

#include <initializer_list>

namespace fw::test {

void putU32(QByteArray &b, quint32 v);
quint32 getU32(const QByteArray &b, int at);
QByteArray words(std::initializer_list<quint32> ws);
QByteArray slip(const QByteArray &payload);
// A SLIP-framed request: direction 00, opcode, length, checksum word, data.
QByteArray request(quint8 op, const QByteArray &data, quint32 checksum = 0);
quint32 xorSum(const QByteArray &payload);
// FLASH_DATA / MEM_DATA / FLASH_DEFL_DATA: len, seq, 0, 0, payload; checksummed.
QByteArray dataRequest(quint8 op, quint32 seq, const QByteArray &payload, int checksumDelta = 0);
QByteArray syncRequest();

// Cuts the complete SLIP frames out of raw (escapes undone) and leaves the unfinished tail in it.
QList<QByteArray> takeSlipFrames(QByteArray &raw);

}  // namespace fw::test
