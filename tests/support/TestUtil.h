#pragma once
// Small helpers shared by the tests.

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace fw::test {

// ../shared/corpus/<name> when present; empty when the folder is absent (a fresh clone).
QString corpusFile(const QString &name);

// `n` bytes that do not compress, the same for the same seed.
QByteArray randomBytes(int n, quint32 seed);

// Writes `bytes` to dir/name (the test fails when it cannot) and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

}  // namespace fw::test
