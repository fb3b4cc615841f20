"""ASGI entry points for uvicorn: `dispo.asgi:app` runs a worker in-process."""

from dispo.app import create_app
from dispo.core.logging import configure_logging
from dispo.core.settings import get_settings

configure_logging(get_settings().log_level, get_settings().log_json)
app = create_app(run_worker=True)
app_without_worker = create_app(run_worker=False)
