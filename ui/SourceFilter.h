#pragma once
// The per-source part of the log and hex filters: source names interned to small ids (so rows
// store an int and share one string per source) and an on/off switch for each source.

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace fw::ui {

class SourceFilter {
public:
    // The id of source, registering it (enabled, and appended to *added) when first seen.
    int intern(const QString &source, QStringList *added = nullptr)
    {
        // Consecutive records mostly come from the same source: skip the hash for them.
        if (m_last >= 0 && m_names.at(m_last) == source)
            return m_last;
        return internNew(source, added);
    }
    const QString &name(int id) const { return m_names.at(id); }
    bool isEnabled(int id) const { return !m_disabled[size_t(id)]; }
    bool isEnabled(const QString &source) const;  // unknown sources count as enabled

    // Both return whether a switch changed. A source switched off before it was seen is
    // registered (and appended to *added), so it stays off when it first speaks.
    bool setEnabled(const QString &source, bool enabled, QStringList *added);
    bool enableAll();

    bool anyDisabled() const;
    QStringList sorted() const;  // every source seen, case-insensitively sorted

private:
    int internNew(const QString &source, QStringList *added);

    QHash<QString, int> m_ids;
    QStringList m_names;
    std::vector<char> m_disabled;
    int m_last = -1;
};

}  // namespace fw::ui
