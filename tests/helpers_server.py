"""A stand-in OpenAI-compatible server (standard library only): answers from a hash of the prompt, records concurrency."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeServer:
    def __init__(self, model_id: str, root: str, max_model_len: int = 8192, delay_s: float = 0.05):
        self.model_id, self.root, self.max_model_len, self.delay_s = model_id, root, max_model_len, delay_s
        self.prompts: list[str] = []
        self.in_flight = self.max_in_flight = 0
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1/completions"

    def __enter__(self) -> "FakeServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def answer(self, prompt: str) -> str:
        return " " + hashlib.sha256(prompt.encode()).hexdigest()[:8]

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, body: dict, status: int = 200) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if self.path == "/v1/models":
                    entry = {"id": server.model_id, "object": "model", "root": server.root, "max_model_len": server.max_model_len}
                    return self._send({"object": "list", "data": [entry]})
                self._send({"error": "not found"}, 404)

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if not isinstance(body.get("prompt"), (str, list)) or body.get("model") != server.model_id:
                    return self._send({"error": "bad request"}, 400)
                prompts = body["prompt"] if isinstance(body["prompt"], list) else [body["prompt"]]
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                    server.prompts.extend(prompts)
                time.sleep(server.delay_s)
                with server._lock:
                    server.in_flight -= 1
                choices = [{"index": i, "text": server.answer(p), "finish_reason": "stop"} for i, p in enumerate(prompts)]
                self._send({"object": "text_completion", "model": server.model_id, "choices": choices})

        return Handler
