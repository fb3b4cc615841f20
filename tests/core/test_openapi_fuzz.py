"""Schemathesis walks every documented operation: no generated request may produce a 500."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings

from dispo.app import create_app
from tests.conftest import Tenant

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(migrate=False))


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_operation_answers_500(case: schemathesis.Case, tenant: Tenant) -> None:
    response = case.call(headers={"Authorization": f"Bearer {tenant.api_key}"})
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text}"
