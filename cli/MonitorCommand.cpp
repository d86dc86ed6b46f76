// `flashwright-cli monitor PORT --baud B`: a port's live output on stdout, as text or hex.
// Lines typed on stdin are sent to the device. Ctrl-C ends it.
#include "cli/CliApp.h"
#include "cli/ExitCodes.h"
#include "core/LogBus.h"
#include "core/MonitorSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace fw::cli {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("fw::cli::MonitorCommand", s); }

volatile std::sig_atomic_t g_interrupted = 0;
void onSigint(int) { g_interrupted = 1; }

QString hexLine(qint64 offset, const QByteArray &chunk)
{
    QString hex;
    QString ascii;
    for (int i = 0; i < 16; ++i) {
        if (i < chunk.size()) {
            const auto b = quint8(chunk.at(i));
            hex += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
            ascii += (b >= 0x20 && b < 0x7f) ? QChar(b) : QLatin1Char('.');
        } else {
            hex += QStringLiteral("   ");
        }
        if (i == 7)
            hex += QLatin1Char(' ');
    }
    return QStringLiteral("%1  %2 |%3|").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
}

QByteArray lineEnding(const QString &eol)
{
    if (eol == QLatin1String("lf"))
        return "\n";
    if (eol == QLatin1String("cr"))
        return "\r";
    if (eol == QLatin1String("none"))
        return {};
    return "\r\n";
}

}  // namespace

int runMonitor(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show a serial port's live output and send lines typed on standard input. "
           "PORT is a device path (/dev/ttyUSB0) or a demo device (demo:esp8266-boot)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PORT"), tr("Serial port or demo:NAME."));
    const QCommandLineOption baudOpt({QStringLiteral("b"), QStringLiteral("baud")},
                                     tr("Baud rate (any integer; 74880 shows the ESP8266 boot text)."),
                                     QStringLiteral("B"), QStringLiteral("115200"));
    const QCommandLineOption portOpt(QStringLiteral("port"), tr("Serial port or demo:NAME (instead of PORT)."),
                                     QStringLiteral("PORT"));
    const QCommandLineOption hexOpt(QStringLiteral("hex"), tr("Show the bytes as a hex dump."));
    const QCommandLineOption tsOpt({QStringLiteral("t"), QStringLiteral("timestamps")},
                                   tr("Prefix each line with the time it arrived."));
    const QCommandLineOption durationOpt(QStringLiteral("duration"), tr("Stop after SECONDS."), QStringLiteral("SECONDS"));
    const QCommandLineOption sendOpt(QStringLiteral("send"), tr("Send TEXT once the port is open."), QStringLiteral("TEXT"));
    const QCommandLineOption eolOpt(QStringLiteral("eol"), tr("Line ending for sent text: crlf, lf, cr or none."),
                                    QStringLiteral("EOL"), QStringLiteral("crlf"));
    const QCommandLineOption resetOpt(QStringLiteral("reset"), tr("Pulse RTS after opening to reset the device."));
    parser.addOptions({baudOpt, portOpt, hexOpt, tsOpt, durationOpt, sendOpt, eolOpt, resetOpt});
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *ctx.out << parser.helpText();
        return ExitOk;
    }
    QString port = parser.value(portOpt);
    if (port.isEmpty() && parser.positionalArguments().size() == 1)
        port = parser.positionalArguments().first();
    if (port.isEmpty() || parser.positionalArguments().size() > 1)
        return ctx.usage(tr("monitor needs one PORT."));
    bool ok = false;
    const qint32 baud = parser.value(baudOpt).toInt(&ok);
    if (!ok || baud <= 0)
        return ctx.usage(tr("--baud needs a positive whole number, for example 115200."));
    double duration = -1;
    if (parser.isSet(durationOpt)) {
        duration = parser.value(durationOpt).toDouble(&ok);
        if (!ok || duration <= 0)
            return ctx.usage(tr("--duration needs a positive number of seconds."));
    }
    const QByteArray eol = lineEnding(parser.value(eolOpt));
    const bool hex = parser.isSet(hexOpt);
    const bool timestamps = parser.isSet(tsOpt);

    fw::core::LogBus bus;
    fw::core::MonitorSession session(&bus);
    QEventLoop loop;
    int exitCode = ExitOk;
    qint64 hexOffset = 0;
    QByteArray hexPending;
    bool atLineStart = true;
    QTextStream &out = *ctx.out;

    auto printChunk = [&](const QByteArray &bytes, qint64 timeMs) {
        if (hex) {
            hexPending += bytes;
            while (hexPending.size() >= 16) {
                if (timestamps)
                    out << QDateTime::fromMSecsSinceEpoch(timeMs).toString(QStringLiteral("HH:mm:ss.zzz "));
                out << hexLine(hexOffset, hexPending.left(16)) << "\n";
                hexPending.remove(0, 16);
                hexOffset += 16;
            }
        } else if (timestamps) {
            const QString stamp = QDateTime::fromMSecsSinceEpoch(timeMs).toString(QStringLiteral("[HH:mm:ss.zzz] "));
            QString text = QString::fromLatin1(bytes);
            QString outText;
            for (const QChar c : text) {
                if (atLineStart && c != QLatin1Char('\r') && c != QLatin1Char('\n')) {
                    outText += stamp;
                    atLineStart = false;
                }
                outText += c;
                if (c == QLatin1Char('\n'))
                    atLineStart = true;
            }
            out << outText;
        } else {
            out << QString::fromLatin1(bytes);
        }
        out.flush();
    };

    QObject::connect(&session, &fw::core::MonitorSession::opened, &loop, [&](const QString &name) {
        *ctx.err << tr("Connected to %1 at %2 baud. Press Ctrl-C to stop.").arg(name).arg(baud) << Qt::endl;
        if (parser.isSet(resetOpt)) {
            session.setDtr(false);
            session.setRts(true);
            QTimer::singleShot(100, &session, [&session] { session.setRts(false); });
        }
        if (parser.isSet(sendOpt))
            session.send(parser.value(sendOpt).toUtf8() + eol);
    });
    QObject::connect(&session, &fw::core::MonitorSession::received, &loop, printChunk);
    QObject::connect(&session, &fw::core::MonitorSession::failed, &loop, [&](const fw::core::Diagnosis &d) {
        out.flush();
        exitCode = ctx.fail(d);
        loop.quit();
    });

    // Lines typed on stdin go to the device; EOF just stops listening.
    std::unique_ptr<QSocketNotifier> stdinNotifier;
    if (::fcntl(STDIN_FILENO, F_GETFD) != -1) {
        stdinNotifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(stdinNotifier.get(), &QSocketNotifier::activated, &loop, [&] {
            char buf[4096];
            const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
            if (n <= 0) {
                stdinNotifier->setEnabled(false);
                return;
            }
            QByteArray data(buf, int(n));
            data.replace("\r\n", "\n");
            data.replace("\n", eol);
            if (session.isOpen())
                session.send(data);
        });
    }

    QTimer sigPoll;
    QObject::connect(&sigPoll, &QTimer::timeout, &loop, [&] {
        if (g_interrupted) {
            exitCode = ExitInterrupted;
            loop.quit();
        }
    });
    sigPoll.start(50);
    auto previous = std::signal(SIGINT, onSigint);
    if (duration > 0)
        QTimer::singleShot(int(duration * 1000), &loop, &QEventLoop::quit);

    fw::core::SerialSettings settings;
    settings.baud = baud;
    session.open(port, settings);
    loop.exec();
    std::signal(SIGINT, previous);
    if (hex && !hexPending.isEmpty())
        out << hexLine(hexOffset, hexPending) << "\n";
    session.close();
    out.flush();
    if (exitCode == ExitOk && !ctx.json)
        *ctx.err << tr("%1 bytes received.").arg(session.bytesReceived()) << Qt::endl;
    return exitCode;
}

}  // namespace fw::cli
