#pragma once
// An error as the user should read it: what happened, the likely causes (most likely first)
// and the next step. Jobs fail by throwing JobError carrying one of these.

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <exception>

namespace fw::core {

struct Diagnosis {
    QString code;        // stable id for tests and support, e.g. "serial.permission"
    QString summary;     // one sentence: what happened
    QStringList causes;  // ranked, most likely first
    QString nextStep;    // what the user should do now

    bool isEmpty() const { return summary.isEmpty(); }
    QString toText() const;  // multi-line plain text for logs and the CLI
};

class JobError : public std::exception {
public:
    explicit JobError(Diagnosis d) : m_diagnosis(std::move(d)), m_what(m_diagnosis.summary.toUtf8()) {}
    const Diagnosis &diagnosis() const { return m_diagnosis; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Diagnosis m_diagnosis;
    QByteArray m_what;
};

// Thrown by cancellation checks; JobRunner turns it into a Cancelled result.
class JobCancelled : public std::exception {
public:
    const char *what() const noexcept override { return "cancelled"; }
};

}  // namespace fw::core

Q_DECLARE_METATYPE(fw::core::Diagnosis)
