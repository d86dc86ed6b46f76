#pragma once
// Keeps a live item view at its newest row ("follow"), or perfectly still while paused even as
// old rows fall out of the ring above, and counts the rows that arrived while paused.

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;

namespace fw::ui {

class TailFollower : public QObject {
    Q_OBJECT
public:
    TailFollower(QAbstractItemView *view, QAbstractItemModel *model, QObject *parent = nullptr);

    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);
    int newWhilePaused() const { return m_newWhilePaused; }

    // Call around each batch: batchStarting() before the model changes, batchDone() after.
    void batchStarting();
    // Call once after each batch: scrolls at most once however many rows the batch added.
    void batchDone();

Q_SIGNALS:
    void followingChanged(bool following);
    void newWhilePausedChanged(int rows);

private:
    void onScrollAction();

    QPointer<QAbstractItemView> m_view;
    QAbstractItemModel *m_model;
    int m_topRowBefore = -1;
    bool m_following = true;
    int m_removedAbove = 0;
    int m_newWhilePaused = 0;
};

}  // namespace fw::ui
