from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from dispo.core.auth import ReadSession, WorkspaceId, WriteSession
from dispo.webhooks import service
from dispo.webhooks.models import WebhookEndpoint
from dispo.webhooks.schemas import (
    DeliveryOut,
    DeliveryPage,
    SecretOut,
    WebhookCreate,
    WebhookList,
    WebhookOut,
    WebhookUpdate,
    WebhookWithSecret,
)

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])


def _out(endpoint: WebhookEndpoint) -> WebhookOut:
    return WebhookOut.model_validate(endpoint, from_attributes=True)


def _with_secret(endpoint: WebhookEndpoint) -> WebhookWithSecret:
    return WebhookWithSecret.model_validate(endpoint, from_attributes=True)


@router.post("", response_model=WebhookWithSecret, status_code=201)
def create_webhook(
    body: WebhookCreate, workspace_id: WorkspaceId, session: WriteSession
) -> WebhookWithSecret:
    return _with_secret(service.create_endpoint(session, workspace_id, body))


@router.get("", response_model=WebhookList)
def list_webhooks(workspace_id: WorkspaceId, session: ReadSession) -> WebhookList:
    return WebhookList(items=[_out(e) for e in service.list_endpoints(session, workspace_id)])


@router.post("/call-url-secret", response_model=SecretOut)
def rotate_call_url_secret(workspace_id: WorkspaceId, session: WriteSession) -> SecretOut:
    """Make or rotate the secret that signs deliveries to a call's own webhook_url."""
    row = service.rotate_call_url_secret(session, workspace_id)
    return SecretOut(secret=row.secret, previous_secret_expires_at=row.previous_secret_expires_at)


@router.get("/{webhook_id}", response_model=WebhookOut)
def get_webhook(webhook_id: str, workspace_id: WorkspaceId, session: ReadSession) -> WebhookOut:
    return _out(service.get_endpoint(session, workspace_id, webhook_id))


@router.patch("/{webhook_id}", response_model=WebhookOut)
def update_webhook(
    webhook_id: str, body: WebhookUpdate, workspace_id: WorkspaceId, session: WriteSession
) -> WebhookOut:
    return _out(service.update_endpoint(session, workspace_id, webhook_id, body))


@router.delete("/{webhook_id}", status_code=204)
def delete_webhook(webhook_id: str, workspace_id: WorkspaceId, session: WriteSession) -> Response:
    service.delete_endpoint(session, workspace_id, webhook_id)
    return Response(status_code=204)


@router.post("/{webhook_id}/rotate-secret", response_model=WebhookWithSecret)
def rotate_secret(
    webhook_id: str, workspace_id: WorkspaceId, session: WriteSession
) -> WebhookWithSecret:
    return _with_secret(service.rotate_secret(session, workspace_id, webhook_id))


@router.post("/{webhook_id}/test", response_model=DeliveryOut, status_code=202)
def send_test(webhook_id: str, workspace_id: WorkspaceId, session: WriteSession) -> DeliveryOut:
    delivery = service.send_test(session, workspace_id, webhook_id)
    return service.get_delivery(session, workspace_id, webhook_id, delivery.id)


@router.get("/{webhook_id}/deliveries", response_model=DeliveryPage)
def list_deliveries(
    webhook_id: str,
    workspace_id: WorkspaceId,
    session: ReadSession,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> DeliveryPage:
    items = service.list_deliveries(session, workspace_id, webhook_id, limit, offset)
    return DeliveryPage(items=items, limit=limit, offset=offset)


@router.post(
    "/{webhook_id}/deliveries/{delivery_id}/resend", response_model=DeliveryOut, status_code=202
)
def resend_delivery(
    webhook_id: str, delivery_id: str, workspace_id: WorkspaceId, session: WriteSession
) -> DeliveryOut:
    return service.resend(session, workspace_id, webhook_id, delivery_id)
