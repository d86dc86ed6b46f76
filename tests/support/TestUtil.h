#pragma once
// Small helpers shared by the tests.

#include <QByteArray>
#include <QString>

namespace fw::test {

// ../shared/corpus/<name> when present; empty when the folder is absent (a fresh clone).
QString corpusFile(const QString &name);

// `n` bytes that do not compress, the same for the same seed.
QByteArray randomBytes(int n, quint32 seed);

}  // namespace fw::test
