#include "ui/esp/EspIdentifyPage.h"

#include "ui/esp/EspWizard.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>

namespace fw::ui {

EspIdentifyPage::EspIdentifyPage(EspWizard *owner) : EspWizardPage(owner)
{
    m_keys = {QStringLiteral("chip"),      QStringLiteral("mac"),   QStringLiteral("flash"),
              QStringLiteral("crystal"),   QStringLiteral("module"), QStringLiteral("loader"),
              QStringLiteral("abilities"), QStringLiteral("speed")};
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setVerticalSpacing(8);
    for (int i = 0; i < m_keys.size(); ++i) {
        auto *name = new QLabel(this);
        auto *value = new QLabel(this);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        name->setBuddy(value);
        m_form->addRow(name, value);
        m_names << name;
        m_values << value;
    }
    row(QStringLiteral("mac"))->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_mismatch = makeNote(this, NoteKind::Warning);
    m_mismatch->hide();

    m_goalLabel = new QLabel(this);
    QFont f = m_goalLabel->font();
    f.setBold(true);
    m_goalLabel->setFont(f);
    m_flash = new QRadioButton(this);
    m_restore = new QRadioButton(this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_flash);
    group->addButton(m_restore);
    m_flash->setChecked(true);

    content()->addLayout(m_form);
    content()->addWidget(m_mismatch);
    content()->addSpacing(8);
    content()->addWidget(m_goalLabel);
    content()->addWidget(m_flash);
    content()->addWidget(m_restore);

    connect(m_flash, &QRadioButton::toggled, this, [this](bool on) {
        state().goal = on ? EspWizardState::Goal::Flash : EspWizardState::Goal::Restore;
        Q_EMIT completeChanged();  // the step list names step 6 after the goal
    });
    retranslate();
}

QString EspIdentifyPage::stepTitle() const
{
    return tr("Identify");
}

QLabel *EspIdentifyPage::row(const QString &key)
{
    return m_values.value(int(m_keys.indexOf(key)));
}

QString EspIdentifyPage::rowText(const QString &key) const
{
    const int i = int(m_keys.indexOf(key));
    return i >= 0 ? m_values[i]->text() : QString();
}

void EspIdentifyPage::retranslate()
{
    setHeading(tr("This is your device"),
               tr("Flashwright asked the chip about itself. Nothing has been changed on the device "
                  "yet."));
    const QStringList names{tr("Chip:"),          tr("MAC address:"), tr("Flash memory:"),
                            tr("Crystal:"),       tr("Probably on:"), tr("Loader:"),
                            tr("The loader can:"), tr("Speed now:")};
    for (int i = 0; i < m_names.size(); ++i) {
        m_names[i]->setText(names.value(i));
        m_values[i]->setAccessibleName(names.value(i));
    }
    m_goalLabel->setText(tr("What do you want to do?"));
    m_flash->setText(tr("&Install new firmware (for example Tasmota)"));
    m_restore->setText(tr("&Put a saved backup back on the device"));
    render();
}

void EspIdentifyPage::render()
{
    const EspWizardState &s = state();
    if (!s.connected) {
        for (QLabel *v : m_values)
            v->setText(QStringLiteral("–"));
        m_mismatch->hide();
        return;
    }
    const fw::esp::EspIdentity &id = s.identity;
    row(QStringLiteral("chip"))->setText(id.chipDescription.isEmpty()
                                             ? fw::esp::chipKindName(id.chip)
                                             : id.chipDescription);
    row(QStringLiteral("mac"))->setText(id.mac.isEmpty() ? tr("not read") : id.mac);
    row(QStringLiteral("flash"))->setText(id.flashSize > 0 ? id.flashSizeText()
                                                           : tr("unknown: the flash chip did not say"));
    row(QStringLiteral("crystal"))->setText(id.crystalMhz > 0 ? tr("%1 MHz").arg(id.crystalMhz)
                                                              : tr("unknown"));
    row(QStringLiteral("module"))->setText(id.moduleGuess.isEmpty()
                                               ? tr("%1 (as chosen in step 2)").arg(EspModule::name(s.module))
                                               : id.moduleGuess);
    if (id.loader != fw::esp::LoaderKind::Stub)
        row(QStringLiteral("loader"))->setText(tr("ROM (%1)").arg(id.loaderName()));
    else if (!id.stubBuild.isEmpty())
        row(QStringLiteral("loader"))->setText(tr("Flashwright stub (build %1)").arg(id.stubBuild.left(8)));
    else
        row(QStringLiteral("loader"))->setText(tr("Flasher stub (it was already running)"));
    const auto mark = [](bool yes) { return yes ? QStringLiteral("✓ ") : QStringLiteral("✗ "); };
    const QStringList abilities{
        mark(id.caps.readFlash) + (id.caps.readFlash ? tr("read the flash, so a backup is possible")
                                                     : tr("read the flash: no backup possible")),
        mark(id.caps.md5) + tr("check the written data by checksum"),
        mark(id.caps.compressed) + tr("receive compressed data (faster)"),
        mark(id.caps.changeBaud) + tr("switch to a faster speed"),
    };
    row(QStringLiteral("abilities"))->setText(abilities.join(QLatin1Char('\n')));
    const qint32 baud = s.session ? s.session->currentBaud() : 0;
    row(QStringLiteral("speed"))->setText(baud > 0 ? tr("%1 baud").arg(baud) : tr("unknown"));

    // A chip that does not fit the board picked in step 2 changes the advice that follows
    // (flash mode, wiring): say so instead of silently going on.
    if (const auto better = EspModule::suggestionFor(id, s.module)) {
        m_mismatch->setText(tr("You picked <b>%1</b> in step 2, but the chip is an %2. Flashwright "
                               "now assumes a <b>%3</b> for its advice.")
                                .arg(EspModule::name(s.module).toHtmlEscaped(),
                                     fw::esp::chipKindName(id.chip).toHtmlEscaped(),
                                     EspModule::name(*better).toHtmlEscaped()));
        m_mismatch->show();
        state().module = *better;
    } else if (m_mismatch->text().isEmpty()) {
        m_mismatch->hide();
    }
}

bool EspIdentifyPage::isComplete() const
{
    return state().connected;
}

QString EspIdentifyPage::blockedReason() const
{
    return tr("Connect to the device first (step 3).");
}

void EspIdentifyPage::enter()
{
    m_mismatch->clear();
    m_mismatch->hide();
    const QSignalBlocker block(m_flash);
    m_flash->setChecked(state().goal == EspWizardState::Goal::Flash);
    m_restore->setChecked(state().goal == EspWizardState::Goal::Restore);
    render();
}

QWidget *EspIdentifyPage::mainAction() const
{
    return m_flash;
}

}  // namespace fw::ui
