"""A loopback SMTP server that keeps every message it receives as a file.

``python -m deploy.smtp_sink --port 8325 --dir /tmp/mail`` stands in for the
SMTP relay in the smoke run (deploy/smoke): the application talks real SMTP
to it, and each accepted message is written to ``DIR/NNNN.eml`` exactly as
received, with the envelope recipients in an ``X-Sink-Rcpt-To`` header on
top, so the smoke run can count, parse and de-duplicate what arrived. Files
appear atomically (written to a temporary name, then renamed). Stops on
SIGTERM or SIGINT. Uses aiosmtpd (requirements-dev.txt).
"""

from __future__ import annotations

import argparse
import itertools
import os
import signal
import threading
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


class DirectoryHandler:
    """aiosmtpd handler: one file per accepted DATA command."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.counter = itertools.count(1)
        self.lock = threading.Lock()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        with self.lock:
            number = next(self.counter)
        header = f"X-Sink-Rcpt-To: {', '.join(envelope.rcpt_tos)}\r\n".encode()
        content = envelope.original_content or b""
        path = self.directory / f"{number:05d}.eml"
        temporary = path.with_suffix(".tmp")
        temporary.write_bytes(header + content)
        os.replace(temporary, path)
        return "250 Message accepted for delivery"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", type=Path, required=True)
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)

    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    controller = Controller(DirectoryHandler(args.dir), hostname=args.host, port=args.port)
    controller.start()
    print(f"smtp sink listening on {args.host}:{args.port}, writing to {args.dir}", flush=True)
    try:
        stop.wait()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
