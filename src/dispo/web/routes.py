"""Dashboard pages: thin routes over the domain services, forms posted and redirected."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Coroutine
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from dispo.analysis import service as analysis_service
from dispo.analysis.classifier import get_classifier
from dispo.analysis.classifier.base import BUILTIN_OUTCOMES
from dispo.calls import service as calls_service
from dispo.calls.schemas import CallUpdate
from dispo.core.auth import ReadSession, WriteSession
from dispo.core.database import get_database
from dispo.core.errors import AppError, Conflict
from dispo.core.settings import get_settings
from dispo.core.timeutil import utcnow
from dispo.outcomes import service as outcomes_service
from dispo.outcomes.schemas import OutcomeCreate, OutcomeUpdate
from dispo.web import service, views
from dispo.web.security import (
    FLASH_COOKIE,
    SESSION_COOKIE,
    SESSION_MAX_AGE,
    WebUser,
    csrf_ok,
    flash_cookie,
    key_for_secret,
    read_flash,
    session_cookie,
    user_for_cookie,
)
from dispo.webhooks import service as webhooks_service
from dispo.webhooks.schemas import EVENT_TYPES, WebhookCreate, WebhookUpdate

_HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=_HERE / "templates")
templates.env.filters.update(views.FILTERS)
templates.env.globals.update(views.GLOBALS)
_STATIC = {p.name: p for p in (_HERE / "static").iterdir() if p.suffix in (".css", ".js")}
# Cache-busting: static URLs carry a hash of their content.
STATIC_VERSION = hashlib.sha256(
    b"".join(p.read_bytes() for _, p in sorted(_STATIC.items()))
).hexdigest()[:12]
templates.env.globals["static_version"] = STATIC_VERSION

PAGE_SIZE = 50
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self' https: http:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)


class LoginRequired(Exception):
    """No valid session: the browser is sent to the sign-in page."""


class FormExpired(Exception):
    """The CSRF token did not match the session."""


def _back(request: Request, fallback: str = "/") -> str:
    """Where the form came from, if it was this site; a redirect never leaves it."""
    referer = urlsplit(request.headers.get("referer", ""))
    if referer.netloc and referer.netloc != request.url.netloc:
        return fallback
    path = referer.path or fallback
    if not path.startswith("/") or path.startswith("//"):
        return fallback
    return path + (f"?{referer.query}" if referer.query else "")


def _same_origin(request: Request) -> bool:
    """Browsers send Origin on form posts: one from another site is refused, login included."""
    origin = request.headers.get("origin")
    if origin is None:
        return True  # not a browser, or an old one; the CSRF token still guards the forms
    hosts = {request.headers.get("host"), request.headers.get("x-forwarded-host")}
    return urlsplit(origin).netloc in hosts - {None}


def redirect(request: Request, url: str, kind: str | None = None, message: str = "") -> Response:
    response = RedirectResponse(url, status_code=303)
    if kind:
        response.set_cookie(
            FLASH_COOKIE,
            flash_cookie(kind, message),
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
            path="/",
        )
    return response


def _error_text(exc: Exception) -> str:
    if isinstance(exc, AppError):
        return exc.message
    if isinstance(exc, ValidationError | RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        field = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return f"{field}: {first.get('msg', 'invalid')}" if field else "invalid form"
    return "something went wrong"


class WebRoute(APIRoute):
    """Turns sign-in, CSRF and domain errors into pages and redirects instead of JSON."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def run(request: Request) -> Response:
            if request.method == "POST" and not _same_origin(request):
                return Response("cross-site form posts are refused", status_code=403)
            try:
                return await handler(request)
            except LoginRequired:
                if request.method != "GET":
                    return redirect(request, "/login")
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return redirect(request, f"/login?next={quote(target)}")
            except FormExpired:
                message = "The form had expired; please try again."
                return redirect(request, _back(request), "error", message)
            except (AppError, ValidationError, RequestValidationError) as exc:
                if request.method == "POST":
                    return redirect(request, _back(request), "error", _error_text(exc))
                status = exc.status_code if isinstance(exc, AppError) else 400
                cookie = request.cookies.get(SESSION_COOKIE)
                user = await run_in_threadpool(user_for_cookie, get_database(), cookie)
                return page(request, user, "error.html", status, message=_error_text(exc))

        return run


router = APIRouter(route_class=WebRoute, include_in_schema=False)


def current_user(request: Request) -> WebUser:
    user = user_for_cookie(get_database(), request.cookies.get(SESSION_COOKIE))
    if user is None:
        raise LoginRequired
    return user


async def form_user(request: Request, user: Annotated[WebUser, Depends(current_user)]) -> WebUser:
    """The signed-in user of a form post whose CSRF token matches the session."""
    form = await request.form()
    token = form.get("csrf")
    if not csrf_ok(user, token if isinstance(token, str) else None):
        raise FormExpired
    return user


User = Annotated[WebUser, Depends(current_user)]
Poster = Annotated[WebUser, Depends(form_user)]


def _secure_headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = _CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Cache-Control"] = "no-store"
    return response


def page(
    request: Request, user: WebUser | None, name: str, status: int = 200, **context: Any
) -> Response:
    flash = read_flash(request.cookies.get(FLASH_COOKIE))
    response = templates.TemplateResponse(
        request, name, {"user": user, "flash": flash, **context}, status_code=status
    )
    if flash:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return _secure_headers(response)


# --- sign in ---------------------------------------------------------------------------------


def _safe_next(target: str | None) -> str:
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    if user_for_cookie(get_database(), request.cookies.get(SESSION_COOKIE)) is not None:
        return redirect(request, _safe_next(next))
    return page(request, None, "login.html", next=_safe_next(next))


@router.post("/login")
def login(
    request: Request,
    api_key: Annotated[str, Form(max_length=500)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    key = key_for_secret(get_database(), api_key.strip())
    if key is None:
        error = "That API key is not valid, or it has been revoked."
        if not api_key.strip():
            error = "Enter your workspace API key."
        return page(request, None, "login.html", 401, error=error, next=_safe_next(next))
    response = redirect(request, _safe_next(next))
    response.set_cookie(
        SESSION_COOKIE,
        session_cookie(key),
        max_age=SESSION_MAX_AGE,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


@router.post("/logout")
def logout(request: Request, _user: Poster) -> Response:
    response = redirect(request, "/login", "ok", "You are signed out.")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/static/{name}")
def static(name: str) -> Response:
    path = _STATIC.get(name)
    if path is None:
        return Response(status_code=404)
    return FileResponse(path, headers={"Cache-Control": "public, max-age=31536000, immutable"})


# --- overview --------------------------------------------------------------------------------


@router.get("/")
def overview(
    request: Request,
    user: User,
    session: ReadSession,
    period: Annotated[str, Query(max_length=10)] = "7d",
    start: Annotated[str | None, Query(alias="from", max_length=10)] = None,
    end: Annotated[str | None, Query(alias="to", max_length=10)] = None,
) -> Response:
    chosen = service.make_period(period, start, end, utcnow().date())
    data = service.overview(session, user.workspace_id, chosen)
    return page(request, user, "overview.html", data=data, chart=views.chart(data), nav="overview")


# --- calls -----------------------------------------------------------------------------------


def _day_start(text: str | None, *, after: bool = False) -> datetime | None:
    day = service.parse_day(text)
    if day is None:
        return None
    if after:
        day = date.fromordinal(day.toordinal() + 1)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


@router.get("/calls")
def calls(
    request: Request,
    user: User,
    session: ReadSession,
    outcome: Annotated[str, Query(max_length=100)] = "",
    status: Annotated[str, Query(max_length=20)] = "",
    agent: Annotated[str, Query(max_length=200)] = "",
    start: Annotated[str, Query(alias="from", max_length=10)] = "",
    end: Annotated[str, Query(alias="to", max_length=10)] = "",
    q: Annotated[str, Query(max_length=200)] = "",
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    filters = calls_service.CallFilters(
        status=status if status in views.STATUSES else None,
        outcome=outcome.strip() or None,
        agent_id=agent.strip() or None,
        created_after=_day_start(start),
        created_before=_day_start(end, after=True),
    )
    found = service.find_calls(
        session, user.workspace_id, filters, text=q.strip() or None, cursor=cursor, limit=PAGE_SIZE
    )
    params = {"outcome": outcome, "status": status, "agent": agent, "from": start, "to": end}
    params = {k: v for k, v in {**params, "q": q}.items() if v}
    next_url = f"/calls?{urlencode({**params, 'cursor': found.next_cursor})}"
    return page(
        request,
        user,
        "calls.html",
        nav="calls",
        found=found,
        params=params,
        first_url=f"/calls?{urlencode(params)}",
        next_url=next_url if found.next_cursor else None,
        paged=bool(cursor),
        labels=_label_choices(session, user.workspace_id, include_inactive=True),
        agents=service.agents(session, user.workspace_id),
    )


@router.get("/calls/live")
def live_rows(
    request: Request,
    user: User,
    session: ReadSession,
    ids: Annotated[str, Query(max_length=5000)] = "",
    since: Annotated[str | None, Query(max_length=40)] = None,
) -> Response:
    """Fresh rows for the calls a page shows as live, and how many calls arrived since."""
    wanted = [i for i in ids.split(",") if i][:100]
    rows = service.calls_by_id(session, user.workspace_id, wanted)
    macro = templates.env.get_template("_row.html").module.call_row  # type: ignore[attr-defined]
    newer = 0
    if since:
        try:
            newer = service.newer_calls(session, user.workspace_id, datetime.fromisoformat(since))
        except ValueError:
            newer = 0
    body = {
        "rows": {c.id: str(macro(c)) for c in rows},
        "live": [c.id for c in rows if c.status == calls_service.LIVE],
        "newer": newer,
    }
    return _secure_headers(JSONResponse(body))


def _label_choices(
    session: ReadSession | WriteSession, workspace_id: str, *, include_inactive: bool
) -> list[str]:
    labels = list(BUILTIN_OUTCOMES.values())
    for custom in outcomes_service.list_outcomes(session, workspace_id):
        if custom.is_active or include_inactive:
            labels.append(custom.label)
    return labels


@router.get("/calls/{call_id}")
def call_detail(request: Request, call_id: str, user: User, session: ReadSession) -> Response:
    call = calls_service.get_call(session, user.workspace_id, call_id)
    messages = calls_service.get_messages(session, call.id)
    options = [o.label for o in outcomes_service.label_set(session, user.workspace_id).options]
    return page(
        request,
        user,
        "call.html",
        nav="calls",
        call=call,
        turns=views.conversation(messages, call.analysis_evidence, call.started_at),
        options=options,
        deliveries=service.call_deliveries(session, user.workspace_id, call.id),
    )


@router.post("/calls/{call_id}/outcome")
def override_outcome(
    request: Request,
    call_id: str,
    user: Poster,
    session: WriteSession,
    outcome: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    update = CallUpdate(outcome=outcome or None)
    call = calls_service.update_call(session, user.workspace_id, call_id, update)
    shown = call.outcome or "no outcome"
    return redirect(request, f"/calls/{call.id}", "ok", f"Outcome set to {shown}.")


@router.post("/calls/{call_id}/analyze")
def rerun_analysis(request: Request, call_id: str, user: Poster, session: WriteSession) -> Response:
    call = calls_service.get_call(session, user.workspace_id, call_id, for_update=True)
    if call.status == calls_service.LIVE:
        raise Conflict("This call is still in progress; it is analysed when it ends.")
    classifier = get_classifier(get_settings().classifier)
    # A person asking for a re-run wants the classifier's answer, even over a manual one.
    analysis_service.analyze_now(session, classifier, user.workspace_id, call.id, force=True)
    return redirect(request, f"/calls/{call.id}", "ok", "The analysis was run again.")


# --- outcomes --------------------------------------------------------------------------------


@router.get("/outcomes")
def outcomes(request: Request, user: User, session: ReadSession) -> Response:
    counts = service.outcome_counts(session, user.workspace_id)
    return page(
        request,
        user,
        "outcomes.html",
        nav="outcomes",
        builtin=list(BUILTIN_OUTCOMES.items()),
        descriptions=outcomes_service.BUILTIN_DESCRIPTIONS,
        custom=outcomes_service.list_outcomes(session, user.workspace_id),
        counts=counts,
    )


@router.post("/outcomes")
def create_outcome(
    request: Request,
    user: Poster,
    session: WriteSession,
    label: Annotated[str, Form(max_length=200)] = "",
    description: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    data = OutcomeCreate(label=label, description=description.strip() or None)
    created = outcomes_service.create_outcome(session, user.workspace_id, data)
    return redirect(request, "/outcomes", "ok", f"Created the outcome {created.label}.")


@router.post("/outcomes/{outcome_id}")
def edit_outcome(
    request: Request,
    outcome_id: str,
    user: Poster,
    session: WriteSession,
    label: Annotated[str, Form(max_length=200)] = "",
    description: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    data = OutcomeUpdate(label=label, description=description.strip() or None)
    saved = outcomes_service.update_outcome(session, user.workspace_id, outcome_id, data)
    return redirect(request, "/outcomes", "ok", f"Saved {saved.label}.")


@router.post("/outcomes/{outcome_id}/active")
def set_outcome_active(
    request: Request,
    outcome_id: str,
    user: Poster,
    session: WriteSession,
    active: Annotated[bool, Form()] = False,
) -> Response:
    data = OutcomeUpdate(is_active=active)
    saved = outcomes_service.update_outcome(session, user.workspace_id, outcome_id, data)
    state = "reactivated" if saved.is_active else "deactivated"
    return redirect(request, "/outcomes", "ok", f"{saved.label} is {state}.")


@router.post("/outcomes/{outcome_id}/examples")
def add_example(
    request: Request,
    outcome_id: str,
    user: Poster,
    session: WriteSession,
    phrase: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    current = outcomes_service.get_outcome(session, user.workspace_id, outcome_id)
    data = OutcomeUpdate(examples=[*(current.examples or []), phrase.strip()])
    saved = outcomes_service.update_outcome(session, user.workspace_id, outcome_id, data)
    return redirect(request, "/outcomes", "ok", f"Added an example phrase to {saved.label}.")


@router.post("/outcomes/{outcome_id}/examples/remove")
def remove_example(
    request: Request,
    outcome_id: str,
    user: Poster,
    session: WriteSession,
    index: Annotated[int, Form(ge=0, le=1000)] = 0,
) -> Response:
    current = outcomes_service.get_outcome(session, user.workspace_id, outcome_id)
    examples = list(current.examples or [])
    if index < len(examples):
        examples.pop(index)
    data = OutcomeUpdate(examples=examples)
    saved = outcomes_service.update_outcome(session, user.workspace_id, outcome_id, data)
    return redirect(request, "/outcomes", "ok", f"Removed an example phrase from {saved.label}.")


# --- webhooks --------------------------------------------------------------------------------

DELIVERY_PAGE = 50


@router.get("/webhooks")
def webhooks(request: Request, user: User, session: ReadSession) -> Response:
    endpoints = webhooks_service.list_endpoints(session, user.workspace_id)
    return page(
        request,
        user,
        "webhooks.html",
        nav="webhooks",
        endpoints=endpoints,
        health=service.endpoint_health(session, [e.id for e in endpoints]),
        event_types=EVENT_TYPES,
    )


def _webhook_fields(name: str, url: str, events: list[str] | None) -> dict[str, Any]:
    """The webhook form as the API's create/update body (unknown event names dropped)."""
    return {
        "name": name.strip(),
        "url": url.strip(),
        "events": [e for e in events or [] if e in EVENT_TYPES],
    }


@router.post("/webhooks")
def create_webhook(
    request: Request,
    user: Poster,
    session: WriteSession,
    name: Annotated[str, Form(max_length=300)] = "",
    url: Annotated[str, Form(max_length=3000)] = "",
    events: Annotated[list[str] | None, Form()] = None,
) -> Response:
    data = WebhookCreate.model_validate(_webhook_fields(name, url, events))
    endpoint = webhooks_service.create_endpoint(session, user.workspace_id, data)
    message = f"Added {endpoint.name}. Use “Show signing secret” to copy its secret."
    return redirect(request, f"/webhooks/{endpoint.id}", "ok", message)


def _webhook_page(
    request: Request,
    user: WebUser,
    session: ReadSession | WriteSession,
    webhook_id: str,
    offset: int = 0,
    secret: str | None = None,
) -> Response:
    endpoint = webhooks_service.get_endpoint(session, user.workspace_id, webhook_id)
    deliveries = webhooks_service.list_deliveries(
        session, user.workspace_id, webhook_id, DELIVERY_PAGE + 1, offset
    )
    return page(
        request,
        user,
        "webhook.html",
        nav="webhooks",
        endpoint=endpoint,
        health=service.endpoint_health(session, [endpoint.id])[endpoint.id],
        deliveries=deliveries[:DELIVERY_PAGE],
        offset=offset,
        more=len(deliveries) > DELIVERY_PAGE,
        page_size=DELIVERY_PAGE,
        event_types=EVENT_TYPES,
        secret=secret,
    )


@router.get("/webhooks/{webhook_id}")
def webhook_detail(
    request: Request,
    webhook_id: str,
    user: User,
    session: ReadSession,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> Response:
    return _webhook_page(request, user, session, webhook_id, offset)


@router.post("/webhooks/{webhook_id}/secret")
def reveal_secret(
    request: Request, webhook_id: str, user: Poster, session: ReadSession
) -> Response:
    """Show the signing secret on request (a POST, so it never sits in a URL or a history)."""
    endpoint = webhooks_service.get_endpoint(session, user.workspace_id, webhook_id)
    return _webhook_page(request, user, session, webhook_id, secret=endpoint.secret)


@router.post("/webhooks/{webhook_id}")
def edit_webhook(
    request: Request,
    webhook_id: str,
    user: Poster,
    session: WriteSession,
    name: Annotated[str, Form(max_length=300)] = "",
    url: Annotated[str, Form(max_length=3000)] = "",
    events: Annotated[list[str] | None, Form()] = None,
) -> Response:
    data = WebhookUpdate.model_validate(_webhook_fields(name, url, events))
    endpoint = webhooks_service.update_endpoint(session, user.workspace_id, webhook_id, data)
    return redirect(request, f"/webhooks/{endpoint.id}", "ok", f"Saved {endpoint.name}.")


@router.post("/webhooks/{webhook_id}/active")
def set_webhook_active(
    request: Request,
    webhook_id: str,
    user: Poster,
    session: WriteSession,
    active: Annotated[bool, Form()] = False,
) -> Response:
    data = WebhookUpdate(is_active=active)
    endpoint = webhooks_service.update_endpoint(session, user.workspace_id, webhook_id, data)
    state = "enabled" if endpoint.is_active else "disabled"
    return redirect(request, f"/webhooks/{endpoint.id}", "ok", f"{endpoint.name} is {state}.")


@router.post("/webhooks/{webhook_id}/rotate")
def rotate_webhook_secret(
    request: Request, webhook_id: str, user: Poster, session: WriteSession
) -> Response:
    endpoint = webhooks_service.rotate_secret(session, user.workspace_id, webhook_id)
    message = "New signing secret made; the previous one is honoured for 24 hours."
    return redirect(request, f"/webhooks/{endpoint.id}", "ok", message)


@router.post("/webhooks/{webhook_id}/test")
def send_test_event(
    request: Request, webhook_id: str, user: Poster, session: WriteSession
) -> Response:
    webhooks_service.send_test(session, user.workspace_id, webhook_id)
    return redirect(request, f"/webhooks/{webhook_id}", "ok", "A test event is on its way.")


@router.post("/webhooks/{webhook_id}/delete")
def delete_webhook(
    request: Request, webhook_id: str, user: Poster, session: WriteSession
) -> Response:
    webhooks_service.delete_endpoint(session, user.workspace_id, webhook_id)
    return redirect(request, "/webhooks", "ok", "The webhook was deleted.")


@router.post("/webhooks/{webhook_id}/deliveries/{delivery_id}/resend")
def resend_delivery(
    request: Request, webhook_id: str, delivery_id: str, user: Poster, session: WriteSession
) -> Response:
    webhooks_service.resend(session, user.workspace_id, webhook_id, delivery_id)
    back = _back(request, f"/webhooks/{webhook_id}")
    return redirect(request, back, "ok", "The delivery is being sent again.")
