#pragma once
// Small helpers shared by the tests.

#include <QString>

namespace fw::test {

// ../shared/corpus/<name> when present; empty when the folder is absent (a fresh clone).
QString corpusFile(const QString &name);

}  // namespace fw::test
