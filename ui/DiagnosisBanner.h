#pragma once
// An inline error box: what happened, the likely causes and what to do, with Retry, Show log and
// Export support bundle. Used instead of modal message boxes so the user is never stuck.

#include "core/Diagnosis.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace fw::ui {

class DiagnosisBanner : public QFrame {
    Q_OBJECT
public:
    explicit DiagnosisBanner(QWidget *parent = nullptr);

    void showDiagnosis(const core::Diagnosis &d);
    const core::Diagnosis &diagnosis() const { return m_diagnosis; }
    QString text() const;
    void setRetryVisible(bool on);
    // The diagnosis as the banner shows it: the summary in bold, the likely causes most likely
    // first, then what to do. For notes that explain a refusal the same way.
    static QString toHtml(const core::Diagnosis &d);

Q_SIGNALS:
    void retryRequested();
    void showLogRequested();
    void exportBundleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();

    core::Diagnosis m_diagnosis;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_log = nullptr;
    QPushButton *m_bundle = nullptr;
    QToolButton *m_close = nullptr;
};

}  // namespace fw::ui
