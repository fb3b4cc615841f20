"""A real HTTP receiver on loopback, in a thread, that records what it is sent."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks import Webhook


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: str
    at: float

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    def verify(self, secret: str) -> Any:
        return Webhook(secret).verify(self.body, self.headers)


@dataclass
class Reply:
    status: int = 200
    body: str = "ok"
    headers: dict[str, str] = field(default_factory=dict)
    # Seconds to wait before answering: a slow or hanging endpoint.
    delay: float = 0.0


class _Server(ThreadingHTTPServer):
    # The default listen backlog of 5 drops concurrent connects, which then wait 1 s to retry.
    request_queue_size = 128
    daemon_threads = True


class Receiver:
    """Answers with `replies` in turn, then with `default`; keeps every request."""

    def __init__(self, replies: list[Reply] | None = None, default: Reply | None = None) -> None:
        self.replies = list(replies or [])
        self.default = default or Reply()
        self.received: list[Received] = []
        self._cond = threading.Condition()
        self._release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length).decode()
                with receiver._cond:
                    reply = receiver.replies.pop(0) if receiver.replies else receiver.default
                    receiver.received.append(
                        Received(
                            self.path,
                            {k.lower(): v for k, v in self.headers.items()},
                            body,
                            time.monotonic(),
                        )
                    )
                    receiver._cond.notify_all()
                if reply.delay:
                    receiver._release.wait(reply.delay)
                data = reply.body.encode()
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the sender gave up waiting

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        with self._cond:
            self._cond.wait_for(lambda: len(self.received) >= count, timeout)
            return list(self.received)

    def of_type(self, event_type: str) -> list[Received]:
        with self._cond:
            return [r for r in self.received if r.json["type"] == event_type]

    def start(self) -> Receiver:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        if self.thread.is_alive():
            self.server.shutdown()
        self.server.server_close()


@contextmanager
def receiving(
    replies: list[Reply] | None = None, default: Reply | None = None
) -> Iterator[Receiver]:
    receiver = Receiver(replies, default).start()
    try:
        yield receiver
    finally:
        receiver.stop()
