"""``integrity train``: rebuild the segment classifier.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from integrity.cli.common import ConfigError
from integrity.cli.language import Command, _
from integrity.report.records import write_table
from integrity.detect.classifier.judge import ModelError
from integrity.detect.classifier.train import train as train_model
from integrity.paths import data_dir, in_checkout


def _data(name: str) -> str:
    return str(data_dir("models") / "data" / name)


def _default_dev() -> str | None:
    """In a source checkout, the shared dev set beside it (``../shared/eval/dev.jsonl``), if there."""
    if not in_checkout():
        return None
    path = data_dir("models").parent.parent / "shared" / "eval" / "dev.jsonl"
    return str(path) if path.is_file() else None


@click.command("train", cls=Command)
@click.option("--train", "train_files", type=click.Path(dir_okay=False, exists=True), multiple=True,
              default=lambda: [_data("train.jsonl")], show_default="models/data/train.jsonl",
              help="Labelled sessions to learn from (repeatable; given, it replaces the default, so name "
                   "models/data/train.jsonl too to add `review export` files to the shipped data).")
@click.option("--calibration", "calibration_file", type=click.Path(dir_okay=False, exists=True),
              default=lambda: _data("calibration.jsonl"), show_default="models/data/calibration.jsonl",
              help="Held-out labelled sessions on which thresholds and look-alike cuts are chosen.")
@click.option("--test", "test_file", type=click.Path(dir_okay=False, exists=True),
              default=lambda: _data("test.jsonl"), show_default="models/data/test.jsonl",
              help="Held-out labelled sessions that are only measured: they play no part in any choice.")
@click.option("--dev", "dev_file", type=click.Path(dir_okay=False, exists=True), default=_default_dev,
              show_default="../shared/eval/dev.jsonl beside a source checkout, if there",
              help="Labelled sessions whose precision decides each model rule's status (stable at 0.90; "
                   "without them every model rule stays in preview).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Where to write classifier.npz and classifier.json  [default in a source checkout: "
                   "its models/; an installed package needs --out, so the shipped model is never overwritten].")
def train_command(train_files, calibration_file, test_file, dev_file, out_dir):
    """Rebuild the segment classifier from labelled sessions, reproducibly.

    Fits hashed character 1-3-gram tf-idf features and a logistic regression per category
    (fixed seed). Each category's threshold is the lowest probability at which the model's
    findings on --calibration, where no rule of the category fired, reach 0.97 precision on at
    least 5 findings (none if no threshold does: that model rule then stays silent). Measures
    --test and --dev the same way, records data hashes, metrics and versions in classifier.json
    with the model file's size and sha256, and saves the model as plain arrays (no pickle).

    \b
    Examples:
      integrity train
      integrity review export --db findings.db -o judged.jsonl
      integrity train --train models/data/train.jsonl --train judged.jsonl --out my-model/
    """
    if out_dir is None:
        if not in_checkout():
            raise click.UsageError(_("pass --out DIR: the installed package's shipped model is not overwritten "
                                     "(then use it with `integrity check --model DIR`)"))
        out_dir = str(data_dir("models"))
    try:
        card = train_model([Path(f) for f in train_files], Path(calibration_file), Path(test_file), Path(out_dir),
                           Path(dev_file) if dev_file else None)
    except ModelError as error:
        raise ConfigError(str(error)) from None
    click.echo(_("wrote %(model)s (%(segments)d training segments); thresholds chosen on %(calibration)s, dev: "
                 "%(dev)s") % {"model": Path(out_dir) / card["model"], "segments": card["data"]["train"]["segments"],
                               "calibration": Path(calibration_file).name,
                               "dev": Path(dev_file).name if dev_file else _("none")})
    click.echo(_("model findings where no rule fired (right/all, of the labels the rules missed):"))
    sets = [name for name in ("calibration", "test", "dev") if name in card["metrics"]]
    rows = []
    for category, threshold in card["thresholds"].items():
        cells = []
        for name in sets:
            as_rule = card["metrics"][name][category]["as_rule"]
            cells.append(_("%(correct)d/%(findings)d of %(missed)d") % {
                "correct": as_rule["correct"], "findings": as_rule["findings"], "missed": as_rule["missed_by_rules"]})
        shown = _("none") if threshold is None else f"{threshold:.2f}"
        rows.append([_(category), shown, *cells, _(card["status"][category])])
    write_table(sys.stdout, [_("category"), _("threshold"), *sets, _("status")], rows, right=range(1, len(sets) + 2))
