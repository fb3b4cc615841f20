from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from dispo.core.validation import SafeStr

Label = Annotated[SafeStr, Field(max_length=100, min_length=1)]
Description = Annotated[SafeStr, Field(max_length=500)]
Example = Annotated[SafeStr, Field(max_length=500, min_length=1)]
Examples = Annotated[list[Example], Field(max_length=100)]


class OutcomeCreate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    label: Label
    description: Description | None = None
    examples: Examples = []


class OutcomeUpdate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    label: Label | None = None
    description: Description | None = None
    is_active: bool | None = None
    examples: Examples | None = None


class OutcomeOut(BaseModel):
    id: str
    label: str
    description: str | None
    is_active: bool
    examples: list[str]


class OutcomeList(BaseModel):
    builtin: list[str]
    items: list[OutcomeOut]
    total: int
