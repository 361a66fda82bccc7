"""The local e-mail backend: every message in its own ``.eml`` file under
``EMAIL_FILE_PATH`` (``var/mail/``), which a mail client opens as it is.

Django's file backend appends every message of a connection to one ``.log``
file, separated by dashes; a reminder sweep sends its whole batch over one
connection, so one file held every e-mail of the sweep and no client read it.
"""

from __future__ import annotations

import datetime
import os
import uuid
from collections.abc import Sequence

from django.core.mail import EmailMessage
from django.core.mail.backends import filebased


class EmailBackend(filebased.EmailBackend):
    """``<time>-<random>.eml`` per message, written whole or not at all."""

    def open(self) -> bool:
        return False  # nothing to keep open: each message opens its own file

    def close(self) -> None:
        pass

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        sent = 0
        with self._lock:
            for message in email_messages:
                try:
                    self._write(message.message().as_bytes())
                except Exception:
                    if not self.fail_silently:
                        raise
                    continue
                sent += 1
        return sent

    def _write(self, data: bytes) -> None:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{stamp}-{uuid.uuid4().hex[:12]}.eml"
        partial = os.path.join(self.file_path, f".{name}.tmp")
        with open(partial, "xb") as handle:
            handle.write(data)
        os.replace(partial, os.path.join(self.file_path, name))
