#include "ui/TailFollower.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QScrollBar>

#include <algorithm>

namespace fw::ui {

TailFollower::TailFollower(QAbstractItemView *view, QAbstractItemModel *model, QObject *parent)
    : QObject(parent), m_view(view), m_model(model)
{
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                if (!m_following && first == 0)
                    m_removedAbove += last - first + 1;
            });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_following)
                    return;
                m_newWhilePaused += last - first + 1;
                Q_EMIT newWhilePausedChanged(m_newWhilePaused);
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_removedAbove = 0;
        if (m_following && m_view)
            m_view->scrollToBottom();
    });
    // actionTriggered fires only for the user's own scrolling (wheel, drag, keys on the bar).
    connect(view->verticalScrollBar(), &QAbstractSlider::actionTriggered, this,
            &TailFollower::onScrollAction);
}

void TailFollower::setFollowing(bool follow)
{
    if (follow == m_following)
        return;
    m_following = follow;
    m_removedAbove = 0;
    if (follow) {
        m_newWhilePaused = 0;
        Q_EMIT newWhilePausedChanged(0);
        if (m_view)
            m_view->scrollToBottom();
    }
    Q_EMIT followingChanged(follow);
}

void TailFollower::batchStarting()
{
    // Read before the model changes: the tree drops its layout as soon as rows go.
    m_topRowBefore = (!m_following && m_view) ? m_view->indexAt(QPoint(1, 1)).row() : -1;
}

void TailFollower::batchDone()
{
    if (!m_view)
        return;
    if (m_following) {
        m_view->scrollToBottom();
        return;
    }
    if (m_removedAbove > 0) {
        // The view would jump when rows above vanish: put the same record back on top.
        const int top = m_topRowBefore - m_removedAbove;
        m_removedAbove = 0;
        if (m_topRowBefore >= 0 && m_model->rowCount() > 0)
            m_view->scrollTo(m_model->index(std::max(0, top), 0), QAbstractItemView::PositionAtTop);
    }
}

void TailFollower::onScrollAction()
{
    QScrollBar *bar = m_view ? m_view->verticalScrollBar() : nullptr;
    if (!bar)
        return;
    // The position already reflects the action; the value follows after this signal.
    const bool atBottom = bar->sliderPosition() >= bar->maximum();
    if (m_following && !atBottom)
        setFollowing(false);
    else if (!m_following && atBottom)
        setFollowing(true);
}

}  // namespace fw::ui
