#pragma once
// A job context for tests that drive backend code directly, with every log record it produced
// collected, and the text of those records for checks.

#include "core/Job.h"
#include "core/LogBus.h"
#include "core/LogRecord.h"

#include <QObject>
#include <QStringList>

namespace fw::test {

struct TestJobContext {
    fw::core::CancelToken token;
    fw::core::LogBus bus{4000};
    fw::core::JobContext ctx{&token, fw::core::Logger(&bus, QStringLiteral("test"))};
    fw::core::LogBatch records;

    TestJobContext()
    {
        QObject::connect(&bus, &fw::core::LogBus::batch, [this](const fw::core::LogBatch &b) { records += b; });
    }
    TestJobContext(const TestJobContext &) = delete;
    TestJobContext &operator=(const TestJobContext &) = delete;

    // The texts of the records at `atLeast` or above (byte traffic left out), one per line.
    QString text(fw::core::LogLevel atLeast = fw::core::LogLevel::Debug)
    {
        bus.flush();
        QStringList lines;
        for (const fw::core::LogRecord &r : records) {
            if (r.level >= atLeast && !r.text.isEmpty() && r.bytes.isEmpty())
                lines << r.text;
        }
        return lines.join(QLatin1Char('\n'));
    }
};

}  // namespace fw::test
