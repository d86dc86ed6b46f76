#include "ui/SourceFilter.h"

#include <algorithm>

namespace fw::ui {

int SourceFilter::internNew(const QString &source, QStringList *added)
{
    int id;
    const auto it = m_ids.constFind(source);
    if (it == m_ids.cend()) {
        id = int(m_names.size());
        m_ids.insert(source, id);
        m_names.append(source);
        m_disabled.push_back(0);
        if (added)
            added->append(source);
    } else {
        id = it.value();
    }
    m_last = id;
    return id;
}

bool SourceFilter::isEnabled(const QString &source) const
{
    const auto it = m_ids.constFind(source);
    return it == m_ids.cend() || isEnabled(it.value());
}

bool SourceFilter::setEnabled(const QString &source, bool enabled, QStringList *added)
{
    if (enabled && !m_ids.contains(source))
        return false;
    char &flag = m_disabled[size_t(intern(source, added))];
    if (flag == char(!enabled))
        return false;
    flag = char(!enabled);
    return true;
}

bool SourceFilter::enableAll()
{
    if (!anyDisabled())
        return false;
    std::fill(m_disabled.begin(), m_disabled.end(), 0);
    return true;
}

bool SourceFilter::anyDisabled() const
{
    return std::any_of(m_disabled.begin(), m_disabled.end(), [](char d) { return d != 0; });
}

QStringList SourceFilter::sorted() const
{
    QStringList list = m_names;
    list.sort(Qt::CaseInsensitive);
    return list;
}

}  // namespace fw::ui
