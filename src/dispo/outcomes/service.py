"""Built-in and custom outcome labels of a workspace."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispo.analysis.classifier.base import (
    BUILTIN_OUTCOMES,
    LabelledExample,
    LabelSet,
    OutcomeOption,
)
from dispo.core.errors import Conflict, NotFound, ValidationFailed
from dispo.core.ids import new_id
from dispo.outcomes.models import CustomOutcome, OutcomeExample
from dispo.outcomes.schemas import OutcomeCreate, OutcomeUpdate
from dispo.workspaces.models import Workspace
from dispo.workspaces.service import bump_label_set_version

# What the classifier reads about each built-in (the guidelines, condensed).
BUILTIN_DESCRIPTIONS: dict[str, str] = {
    "interested": "The person engaged positively but did not commit to a time: asked about "
    "price or details, asked for an email or brochure, or asked to be called later.",
    "not_interested": "The person explicitly declined: not interested, all set, take me off "
    "your list, do not call again.",
    "appointment_booked": "The person agreed to a meeting, demo, appointment or call at a "
    "specific day or time.",
    "voicemail": "The call reached a voicemail box or answering machine.",
    "no_answer": "No conversation with a person happened: unanswered, busy, failed, or the "
    "person hung up without saying anything of substance.",
}
# Examples kept per workspace for learning; the newest win.
MAX_LEARNING_EXAMPLES = 1000
_SEPARATORS = re.compile(r"[\s_\-]+")


def label_key(label: str) -> str:
    """Fold case and separators: "Hot Lead", "hot_lead" and "HOT-LEAD" are one label."""
    return _SEPARATORS.sub(" ", label).strip().casefold()


_BUILTIN_BY_KEY: dict[str, str] = {}
for _key, _label in BUILTIN_OUTCOMES.items():
    _BUILTIN_BY_KEY[label_key(_key)] = _label
    _BUILTIN_BY_KEY[label_key(_label)] = _label


def builtin_label(text: str) -> str | None:
    return _BUILTIN_BY_KEY.get(label_key(text))


def list_outcomes(session: Session, workspace_id: str) -> list[CustomOutcome]:
    return list(
        session.scalars(
            select(CustomOutcome)
            .where(CustomOutcome.workspace_id == workspace_id)
            .order_by(CustomOutcome.created_at, CustomOutcome.id)
        )
    )


def get_outcome(session: Session, workspace_id: str, outcome_id: str) -> CustomOutcome:
    outcome = session.get(CustomOutcome, outcome_id)
    if outcome is None or outcome.workspace_id != workspace_id:
        raise NotFound(f"no call outcome {outcome_id}")
    return outcome


def _clean_label(label: str) -> tuple[str, str]:
    label = label.strip()
    key = label_key(label)
    if not key:
        raise ValidationFailed("label: must not be blank")
    if key in _BUILTIN_BY_KEY:
        raise Conflict(f"label {label!r} is a built-in outcome")
    return label, key


def _check_unique(session: Session, workspace_id: str, key: str, own_id: str | None) -> None:
    clash = session.scalar(
        select(CustomOutcome.id).where(
            CustomOutcome.workspace_id == workspace_id, CustomOutcome.label_key == key
        )
    )
    if clash is not None and clash != own_id:
        raise Conflict(f"an outcome with this label already exists ({clash})")


def create_outcome(session: Session, workspace_id: str, data: OutcomeCreate) -> CustomOutcome:
    label, key = _clean_label(data.label)
    _check_unique(session, workspace_id, key, None)
    outcome = CustomOutcome(
        id=new_id("co"),
        workspace_id=workspace_id,
        label=label,
        label_key=key,
        description=data.description,
        is_active=True,
        examples=list(data.examples),
    )
    session.add(outcome)
    bump_label_set_version(session, workspace_id)
    session.flush()
    return outcome


def update_outcome(
    session: Session, workspace_id: str, outcome_id: str, data: OutcomeUpdate
) -> CustomOutcome:
    outcome = get_outcome(session, workspace_id, outcome_id)
    if data.label is not None:
        label, key = _clean_label(data.label)
        _check_unique(session, workspace_id, key, outcome.id)
        # Past calls keep the label they were given: renaming never rewrites history.
        outcome.label, outcome.label_key = label, key
    if "description" in data.model_fields_set:
        outcome.description = data.description
    if data.is_active is not None:
        outcome.is_active = data.is_active
    if data.examples is not None:
        outcome.examples = list(data.examples)
    bump_label_set_version(session, workspace_id)
    session.flush()
    return outcome


def resolve_label(session: Session, workspace_id: str, text: str) -> str:
    """The stored label for a built-in key/label or an active custom label; 422 otherwise."""
    builtin = builtin_label(text)
    if builtin is not None:
        return builtin
    custom = session.scalar(
        select(CustomOutcome.label).where(
            CustomOutcome.workspace_id == workspace_id,
            CustomOutcome.label_key == label_key(text),
            CustomOutcome.is_active.is_(True),
        )
    )
    if custom is None:
        raise ValidationFailed(
            f"outcome: {text!r} is not a built-in or active custom outcome of this workspace"
        )
    return custom


def filter_labels(session: Session, workspace_id: str, text: str) -> list[str]:
    """Stored labels a list filter on `text` matches (inactive custom labels included)."""
    builtin = builtin_label(text)
    if builtin is not None:
        return [builtin]
    labels = session.scalars(
        select(CustomOutcome.label).where(
            CustomOutcome.workspace_id == workspace_id,
            CustomOutcome.label_key == label_key(text),
        )
    ).all()
    return list(labels) or [text.strip()]


def label_set(session: Session, workspace_id: str) -> LabelSet:
    """What the classifier may choose from for this workspace, now."""
    version = session.scalar(
        select(Workspace.label_set_version).where(Workspace.id == workspace_id)
    )
    options = [
        OutcomeOption(label=label, description=BUILTIN_DESCRIPTIONS[key], builtin_key=key)
        for key, label in BUILTIN_OUTCOMES.items()
    ]
    customs = session.scalars(
        select(CustomOutcome)
        .where(CustomOutcome.workspace_id == workspace_id, CustomOutcome.is_active.is_(True))
        .order_by(CustomOutcome.created_at, CustomOutcome.id)
    ).all()
    options += [
        OutcomeOption(label=c.label, description=c.description, examples=tuple(c.examples))
        for c in customs
    ]
    allowed = {o.label for o in options}
    rows = session.execute(
        select(OutcomeExample.label, OutcomeExample.text)
        .where(OutcomeExample.workspace_id == workspace_id)
        .order_by(OutcomeExample.id.desc())
        .limit(MAX_LEARNING_EXAMPLES)
    ).all()
    examples = [LabelledExample(label=r.label, text=r.text) for r in rows if r.label in allowed]
    return LabelSet(
        workspace_id=workspace_id, version=version or 1, options=options, examples=examples
    )


def record_example(
    session: Session, workspace_id: str, call_id: str, label: str | None, text: str
) -> None:
    """Keep (or drop, for a cleared outcome) a manual override as a learning example."""
    existing = session.scalar(select(OutcomeExample).where(OutcomeExample.call_id == call_id))
    if label is None or not text.strip():
        if existing is not None:
            session.delete(existing)
            bump_label_set_version(session, workspace_id)
        return
    if existing is None:
        session.add(
            OutcomeExample(workspace_id=workspace_id, call_id=call_id, label=label, text=text)
        )
    else:
        existing.label, existing.text = label, text
    bump_label_set_version(session, workspace_id)
