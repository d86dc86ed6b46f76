#pragma once
// An openpty() pair for tests: the code under test opens slavePath() as a serial port; the
// test plays the device on the master side and can pull the plug with closeMaster().

#include <QByteArray>
#include <QString>

namespace fw::test {

class PtyPair {
public:
    PtyPair();  // FAILs the test when no pty is available
    ~PtyPair();
    PtyPair(const PtyPair &) = delete;
    PtyPair &operator=(const PtyPair &) = delete;

    QString slavePath() const { return m_path; }
    int masterFd() const { return m_master; }
    int slaveFd() const { return m_slave; }

    // Writes all bytes to the master (the host reads them from the slave).
    void write(const QByteArray &bytes);
    // Reads what the host wrote, until `count` bytes arrived or timeoutMs passed.
    QByteArray read(int count, int timeoutMs = 1000);
    // Baud the host set on the slave (termios, including custom rates).
    qint32 hostBaud() const;
    // Simulates an unplug: the host's next read fails.
    void closeMaster();
    // Closes the extra slave fd kept open so the master never sees EIO between host opens.
    void closeSlave();

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_path;
};

}  // namespace fw::test
