#include "esp/EspLogReport.h"

#include "esp/EspDiagnoses.h"

#include <QVariantList>

#include <algorithm>

using fw::core::Diagnosis;

namespace fw::esp {

bool EspLogReport::hasProblem() const
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const EspLogFinding &f) { return f.problem; });
}

const EspLogFinding *EspLogReport::find(const QString &code) const
{
    for (const EspLogFinding &f : findings)
        if (f.diagnosis.code == code)
            return &f;
    return nullptr;
}

QString EspLogReport::fact(const QString &key) const
{
    for (const EspLogFact &f : facts)
        if (f.key == key)
            return f.value;
    return {};
}

Diagnosis EspLogReport::nothingRecognised()
{
    return EspDiagnoses::byCode(QStringLiteral("esp.diag.nothing_recognised"));
}

QVariantMap EspLogReport::toVariant() const
{
    QVariantList fs;
    for (const EspLogFinding &f : findings) {
        QVariantList lines;
        for (const EspLogLine &l : f.lines)
            lines.append(QVariantMap{{QStringLiteral("line"), l.number}, {QStringLiteral("text"), l.text}});
        fs.append(QVariantMap{{QStringLiteral("code"), f.diagnosis.code},
                              {QStringLiteral("summary"), f.diagnosis.summary},
                              {QStringLiteral("causes"), f.diagnosis.causes},
                              {QStringLiteral("next_step"), f.diagnosis.nextStep},
                              {QStringLiteral("priority"), f.priority},
                              {QStringLiteral("problem"), f.problem},
                              {QStringLiteral("hits"), f.hits},
                              {QStringLiteral("lines"), lines}});
    }
    QVariantList facts;
    for (const EspLogFact &f : this->facts)
        facts.append(QVariantMap{{QStringLiteral("key"), f.key}, {QStringLiteral("label"), f.label},
                                 {QStringLiteral("value"), f.value}, {QStringLiteral("line"), f.line}});
    return {{QStringLiteral("recognised"), recognised()},
            {QStringLiteral("tool"), tool},
            {QStringLiteral("lines_read"), linesRead},
            {QStringLiteral("bytes_read"), bytesRead},
            {QStringLiteral("truncated"), truncated},
            {QStringLiteral("findings"), fs},
            {QStringLiteral("facts"), facts}};
}

}  // namespace fw::esp
