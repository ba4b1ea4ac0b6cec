"""HTTP interface: a FastAPI application, a thin shell over consult() and the knowledge base.

Stateless on purpose: a client sends the person's text and every answer given
so far with each turn, so any worker process can serve any request.  Errors
are RFC 9457 problem details (``application/problem+json``) carrying the
project's error ``code``.  People's words stay out of the logs unless the
operator asks for them (``twitchcheck serve --log-text``): a request is logged
as method, path, status and duration only.
"""

from __future__ import annotations

import gc
import logging
import os
import socket
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from http import HTTPStatus
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from twitchcheck import __version__
from twitchcheck.errors import TwitchcheckError
from twitchcheck.knowledge.loader import knowledge
from twitchcheck.models import AnswerStatus, Consultation
from twitchcheck.understanding.text import MAX_CHARS

#: Largest request body read, in bytes.  A 20,000-character text written with
#: JSON \\u escapes (6 bytes a character) takes 120 KB; anything larger cannot
#: be a valid consultation request, so it is refused before it is read whole.
MAX_BODY_BYTES = 128 * 1024
#: An over-large body whose declared length is at most this is read and thrown
#: away after the refusal, so the client can read the 413 on a clean connection.
DRAIN_BYTES = 8 * 1024 * 1024
PROBLEM_JSON = "application/problem+json"
LOG_TEXT_ENV = "TWITCHCHECK_LOG_TEXT"
WEB_DIR = Path(__file__).parent / "web"
#: The page and the docs use only files served from here (no CDN: the machine may be offline).
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                 b"base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
TITLES = {
    "invalid_json": "The request body is not valid JSON",
    "missing_text": "The request has no text",
    "invalid_answers": "The answers cannot be used",
    "invalid_request": "The request does not have the expected fields",
    "unsupported_media_type": "The request body must be JSON",
    "body_too_large": "The request body is too large",
    "text_too_long": "The text is too long",
    "empty_text": "The text is empty",
    "not_text": "The input is not text",
    "not_found": "Not found",
    "method_not_allowed": "Method not allowed",
    "internal_error": "Internal error",
}

request_log = logging.getLogger("twitchcheck.http")
serve_log = logging.getLogger("uvicorn.error")


# --- request and response bodies -------------------------------------------------------------


class ConsultRequest(BaseModel):
    """One turn of a consultation: the person's words and every follow-up answer so far."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"text": "my right upper eyelid has been flickering for three days", "answers": {"spread_to_lower_face": "absent"}},
    ]})

    text: str = Field(description=f"what is happening, in the person's own words (at most {MAX_CHARS:,} characters)")
    answers: dict[str, AnswerStatus] = Field(
        default_factory=dict,
        description="answers to earlier next_questions: finding id -> present, absent or unknown")
    id: str | None = Field(default=None, description="an identifier echoed back in the consultation")


class FieldProblem(BaseModel):
    field: str
    message: str


class Problem(BaseModel):
    """RFC 9457 problem details, with the project's error code."""

    type: str = Field(description="a URN naming the kind of problem")
    title: str
    status: int
    detail: str
    code: str = Field(description="the twitchcheck error code, the same as the command line's")
    errors: list[FieldProblem] | None = Field(default=None, description="each invalid field, where there are several")


def problem(status: int, code: str, detail: str, *, errors: list[dict[str, str]] | None = None,
            headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"type": f"urn:twitchcheck:problem:{code}",
                            "title": TITLES.get(code, HTTPStatus(status).phrase),
                            "status": status, "detail": detail, "code": code}
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


PROBLEMS: dict[int | str, dict[str, Any]] = {
    status: {"model": Problem, "description": HTTPStatus(status).phrase} for status in (400, 413, 415, 422)
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "Not Found"}}


def _openapi_with_problems(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """FastAPI's schema, with every error response documented as application/problem+json."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            problem_content = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
            for operation in (op for path in schema["paths"].values() for op in path.values()):
                for status, response in operation.get("responses", {}).items():
                    if status.startswith(("4", "5")):
                        response["content"] = problem_content
            schemas = schema.get("components", {}).get("schemas", {})
            schemas.pop("HTTPValidationError", None)
            schemas.pop("ValidationError", None)
            app.openapi_schema = schema
        return app.openapi_schema

    return openapi


# --- errors as problem details ---------------------------------------------------------------


def _field(location: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in location[1:]) or "body"


def _validation_problem(request: Request, error: RequestValidationError) -> JSONResponse:
    """Map FastAPI's validation errors (JSON syntax, missing or wrong fields) to one clear problem."""
    details = error.errors()
    first = details[0]
    location = tuple(first.get("loc", ()))
    if first.get("type") == "json_invalid":
        position = f" at position {location[1]}" if len(location) > 1 else ""
        reason = (first.get("ctx") or {}).get("error", "JSON decode error")
        return problem(400, "invalid_json", f"the request body is not valid JSON: {reason}{position}")
    example = '{"text": "what is happening, in your own words"}'
    if location == ("body",) and first.get("type") == "missing":
        return problem(422, "invalid_request", f"the request has no body: send {example}")
    if location == ("body",) and "json" not in request.headers.get("content-type", ""):
        return problem(415, "unsupported_media_type",
                       f"send a JSON body such as {example} with the header Content-Type: application/json")
    if location == ("body",):
        return problem(422, "invalid_request", f"the body must be a JSON object such as {example}")
    fields = [{"field": _field(tuple(d.get("loc", ()))), "message": d.get("msg", "invalid")} for d in details]
    if location == ("body", "text") and first.get("type") == "missing":
        return problem(422, "missing_text", f'the request has no "text" field: send {example}')
    if all(_field(tuple(d.get("loc", ()))).startswith("answers") for d in details):
        return problem(422, "invalid_answers", "; ".join(f"{f['field']}: {f['message']}" for f in fields)
                       + " (each answer must be present, absent or unknown)", errors=fields)
    return problem(422, "invalid_request", "; ".join(f"{f['field']}: {f['message']}" for f in fields),
                   errors=fields)


def _twitchcheck_problem(request: Request, error: TwitchcheckError) -> JSONResponse:
    return problem(error.http_status, error.code, str(error))


def _http_problem(request: Request, error: HTTPException) -> JSONResponse:
    codes = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}
    code = codes.get(error.status_code, HTTPStatus(error.status_code).phrase.lower().replace(" ", "_"))
    detail = error.detail if isinstance(error.detail, str) else HTTPStatus(error.status_code).phrase
    if error.status_code == 404 and detail == "Not Found":
        detail = f"there is nothing at {request.url.path}; see /docs for the API"
    elif error.status_code == 405:
        allowed = (error.headers or {}).get("Allow", "")
        detail = f"{request.method} is not allowed on {request.url.path}; use {allowed}"
    return problem(error.status_code, code, detail, headers=getattr(error, "headers", None))


def _internal_problem(request: Request, error: Exception) -> JSONResponse:
    request_log.error("internal error on %s %s: %s", request.method, request.url.path, type(error).__name__)
    return problem(500, "internal_error", "an internal error stopped this consultation; please try again")


# --- middleware --------------------------------------------------------------------------------


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with a 413 problem, before reading them whole.

    A declared Content-Length over the limit is refused at once; a streamed
    (chunked) body is counted as it arrives and refused as soon as it passes
    the limit.  The body that was read is replayed to the application.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.limit:
            await self._refuse(scope, receive, send, declared)
            return
        body, received = bytearray(), []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                received.append(message)
                break
            body += message.get("body", b"")
            if len(body) > self.limit:
                await self._refuse(scope, receive, send, declared, already=len(body))
                return
            if not message.get("more_body", False):
                received.append({"type": "http.request", "body": bytes(body), "more_body": False})
                break

        async def replay() -> Message:
            return received.pop(0) if received else await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, declared: int | None, already: int = 0) -> None:
        drain = declared is not None and declared <= DRAIN_BYTES
        size = f"is {declared:,} bytes" if declared is not None else "goes past the limit"
        response = problem(413, "body_too_large",
                           f"the request body {size}; the limit is {self.limit:,} bytes "
                           f"(a text may have at most {MAX_CHARS:,} characters)",
                           headers=None if drain else {"connection": "close"})
        await response(scope, receive, send)
        if drain:  # read and drop the rest, so the connection stays usable and the client sees the 413
            remaining = declared - already
            while remaining > 0:
                message = await receive()
                if message["type"] != "http.request":
                    break
                remaining -= len(message.get("body", b""))
                if not message.get("more_body", False):
                    break


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class RequestLog:
    """Log each request as method, path, status and duration (never its body or query), and set security headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            request_log.info("%s %s %d %.1fms", scope["method"], scope["path"], status,
                             (time.perf_counter() - started) * 1000)


# --- the application ---------------------------------------------------------------------------


def _log_text_from_environment() -> bool:
    return os.environ.get(LOG_TEXT_ENV, "").lower() in ("1", "true", "yes", "on")


def create_app(log_text: bool | None = None) -> FastAPI:
    """The FastAPI application; ``log_text`` (default: $TWITCHCHECK_LOG_TEXT) also logs what people write."""
    from twitchcheck.pipeline import consult

    log_text = _log_text_from_environment() if log_text is None else log_text

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Load the knowledge base and the language pipeline before the first person waits for them.
        consult("my eyelid twitches")
        # They live as long as the server: left out of later collections, which otherwise scan them
        # all now and then (a pause of tens of milliseconds in the middle of a request).
        gc.freeze()
        yield

    app = FastAPI(title="twitchcheck", version=__version__, lifespan=lifespan,
                  description="Offline, evidence-grounded answers about eyelid and facial twitching. "
                              "Not a diagnosis and no substitute for a doctor.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.add_exception_handler(RequestValidationError, _validation_problem)
    app.add_exception_handler(TwitchcheckError, _twitchcheck_problem)
    app.add_exception_handler(HTTPException, _http_problem)
    app.add_exception_handler(Exception, _internal_problem)
    app.add_middleware(BodyLimit)
    app.add_middleware(RequestLog)

    @app.post("/v1/consult", tags=["consultation"], response_model=None,
              responses={200: {"model": Consultation, "description": "the consultation (see CONTRACT.md)"},
                         **PROBLEMS})
    async def consult_turn(turn: ConsultRequest) -> JSONResponse:
        """Consult on a person's words and their answers so far; ask again with each new answer."""
        if log_text:
            request_log.info("consult text=%r answers=%r", turn.text, turn.answers)
        # Run on the event loop, not in a thread: consult() is CPU-bound Python (a few ms, at most
        # 0.2 s for the longest text allowed), a thread would only fight the loop for the GIL (a
        # third fewer requests per second, docs/benchmarks.md), and worker processes give parallelism.
        consultation = consult(turn.text, answers=turn.answers, id=turn.id)
        return JSONResponse(consultation.to_json_dict())

    _knowledge_routes(app)
    _page_routes(app)
    app.openapi = _openapi_with_problems(app)  # type: ignore[method-assign]
    return app


def _not_found(kind: str, identifier: str, listing: str) -> HTTPException:
    return HTTPException(404, f"no {kind} {identifier!r}; {listing} lists them")


def _knowledge_routes(app: FastAPI) -> None:
    """Read-only views of the knowledge base, for clients that show what twitchcheck knows."""

    @app.get("/v1/conditions", tags=["knowledge"])
    def conditions() -> list[dict[str, Any]]:
        """Every condition twitchcheck reasons about, briefly."""
        return [{"id": c.id, "name": c.name, "lay_names": c.lay_names, "default_triage": c.default_triage}
                for c in knowledge().conditions.values()]

    @app.get("/v1/conditions/{condition_id}", tags=["knowledge"], responses=NOT_FOUND)
    def condition(condition_id: str) -> dict[str, Any]:
        """One condition as the knowledge base holds it, with its references."""
        kb = knowledge()
        if condition_id not in kb.conditions:
            raise _not_found("condition", condition_id, "/v1/conditions")
        item = kb.conditions[condition_id].model_dump(mode="json")
        item["bibliography"] = [kb.references[r].model_dump(mode="json", exclude_none=True)
                                for r in item["references"] if r in kb.references]
        return item

    @app.get("/v1/findings", tags=["knowledge"])
    def findings() -> list[dict[str, Any]]:
        """Every finding: the ids that ``answers`` and ``next_questions`` use."""
        return [{"id": f.id, "label": f.label, "question": f.question, "category": f.category}
                for f in knowledge().findings.values()]

    @app.get("/v1/topics", tags=["knowledge"])
    def topics() -> list[dict[str, Any]]:
        """The general topics answered without symptoms."""
        return [{"id": t.id, "title": t.title} for t in knowledge().topics.values()]

    @app.get("/v1/topics/{topic_id}", tags=["knowledge"], responses=NOT_FOUND)
    def topic(topic_id: str) -> dict[str, Any]:
        """One general topic and its cited answer."""
        kb = knowledge()
        if topic_id not in kb.topics:
            raise _not_found("topic", topic_id, "/v1/topics")
        return kb.topics[topic_id].model_dump(mode="json")

    @app.get("/health", tags=["service"])
    def health() -> dict[str, str]:
        """Liveness, and which knowledge this server answers from."""
        return {"status": "ok", "version": __version__, "knowledge_version": knowledge().version}


def _page_routes(app: FastAPI) -> None:
    """The web page and the API docs: local files only."""

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(WEB_DIR / "docs.html")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")


APP_FACTORY = "twitchcheck.interfaces.http:create_app"


def _uvicorn_options(host: str, port: int) -> dict[str, Any]:
    import copy

    from uvicorn.config import LOGGING_CONFIG

    log_config = copy.deepcopy(LOGGING_CONFIG)
    log_config["loggers"]["twitchcheck"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return {"app": APP_FACTORY, "factory": True, "host": host, "port": port, "access_log": False,
            "log_config": log_config, "server_header": False}


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1, log_text: bool = False) -> None:
    """Run the application on uvicorn with ``workers`` processes, each building its own app from the factory."""
    import uvicorn

    if log_text:
        os.environ[LOG_TEXT_ENV] = "1"
    if workers > 1 and hasattr(socket, "SO_REUSEPORT"):
        _supervise(host, port, workers)
    else:
        uvicorn.run(**_uvicorn_options(host, port), workers=workers)


def _worker(host: str, port: int) -> None:
    """One worker process with its own listening socket on the shared port (SO_REUSEPORT).

    uvicorn's own workers share one socket, and whichever is awake first
    accepts a whole burst of keep-alive connections, leaving the others idle;
    separate sockets let the kernel spread connections evenly.
    """
    import uvicorn

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0, so that asyncio turns Nagle's algorithm off on accepted connections
    # (with proto 0 each response waits ~40 ms for a delayed ACK).
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    listener.bind((host, port))
    uvicorn.Server(uvicorn.Config(**_uvicorn_options(host, port))).run(sockets=[listener])


def _supervise(host: str, port: int, workers: int) -> None:
    """Start the workers, restart one that dies, stop them all on SIGINT or SIGTERM."""
    import logging.config
    import multiprocessing
    import signal

    logging.config.dictConfig(_uvicorn_options(host, port)["log_config"])
    context = multiprocessing.get_context("spawn")
    stopping = False

    def start() -> tuple[Any, float]:
        process = context.Process(target=_worker, args=(host, port), daemon=False)
        process.start()
        return process, time.monotonic()

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    processes = [start() for _ in range(workers)]
    serve_log.info("twitchcheck serving on http://%s:%d with %d workers", host, port, workers)
    try:
        while not stopping:
            time.sleep(0.2)
            for index, (process, started) in enumerate(processes):
                if process.is_alive() or stopping:
                    continue
                if time.monotonic() - started < 10:
                    raise SystemExit(f"a worker exited during startup (status {process.exitcode})")
                serve_log.warning("worker %d exited (status %s); restarting it", process.pid, process.exitcode)
                processes[index] = start()
    finally:
        for process, _ in processes:
            if process.is_alive():
                process.terminate()
        for process, _ in processes:
            process.join(timeout=15)
            if process.is_alive():
                process.kill()
