"""``python bench/smtp_sink.py PORT``: the tests' loopback SMTP server in a process
of its own, until SIGTERM; prints how many messages it received."""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.smtp import SmtpServer


def main(port: int) -> None:
    server = SmtpServer()
    server.port = port
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    server.start()
    print(f"listening on 127.0.0.1:{port}", flush=True)
    stop.wait()
    print(f"received {len(server.messages)}", flush=True)
    server.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]))
