"""The model's card read on its own (file names, the model rules, their status): light, for
listing the rules without loading numpy and the model."""
from __future__ import annotations

import json
from pathlib import Path

MODEL_FILE = "classifier.npz"
CARD_FILE = "classifier.json"
MODEL_RULES = {"price": "MLP001", "counterfeit": "MLC001", "wording": "MLW001"}


def read_card(models_dir: Path) -> dict:
    path = models_dir / CARD_FILE
    if not path.is_file():
        return {}
    return json.loads(path.read_text("utf-8"))


def card_status(models_dir: Path) -> dict[str, str]:
    """The status a model's card gives its rules, by code (``preview`` where it says none), or
    {} when there is no readable card: read without loading the model."""
    try:
        status = read_card(models_dir).get("status", {})
    except (OSError, ValueError):
        return {}
    return {code: status.get(category, "preview") if isinstance(status, dict) else "preview"
            for category, code in MODEL_RULES.items()}
