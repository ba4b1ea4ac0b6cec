"""The JSON Schema of the consultation, generated from the models and shipped with the package."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from twitchcheck.models import Consultation, ErrorLine

SHIPPED = Path(__file__).parent / "consultation.schema.json"


def consultation_schema() -> dict[str, Any]:
    """Schema of one output line: a consultation, or an error line for input that could not be read."""
    consultation = Consultation.model_json_schema(by_alias=True, mode="serialization")
    error = ErrorLine.model_json_schema(mode="serialization")
    definitions = {**consultation.pop("$defs", {}), **error.pop("$defs", {})}
    definitions["Consultation"] = consultation
    definitions["ErrorLine"] = error
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://twitchcheck.invalid/schema/consultation.schema.json",
        "title": "twitchcheck consultation line",
        "oneOf": [{"$ref": "#/$defs/Consultation"}, {"$ref": "#/$defs/ErrorLine"}],
        "$defs": definitions,
    }


def shipped_schema() -> dict[str, Any]:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))
