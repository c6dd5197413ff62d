"""A list of wide items is drawn short, so the suite's tests of a list answer find values that fit.

A vendor's list answers hold wide records: GitHub's ``pulls/list`` answers pull requests of about
224 leaves each, DigitalOcean's app holds lists of services, workers and jobs. Drawn at
Hypothesis's usual lengths, most such lists overflowed its 8 KB of choices per example and the
rest took seconds, so the generated suites' tests of those answers failed ``too_slow`` ("only
generated 2 valid inputs after 31 seconds"), in GitHub's and DigitalOcean's samples. A list whose
items are 20 leaves wide or more is now drawn with about 120 leaves beyond its ``minItems``.
Below, records of 280 leaves: on main the strategies module has no such bound (the list tests of
this small suite pass there too, in about twice the time; GitHub's records fail them).
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.pipeline.helpers import run_cli, run_suite, write_spec

LEAVES, PARTS = 40, 5


def _spec() -> str:
    leaves = "\n".join(f"        p{i:02d}: {{type: string, format: date-time}}" for i in range(LEAVES))
    parts = "\n".join(f"        part{i}: {{$ref: '#/components/schemas/Part'}}" for i in range(PARTS))
    return f"""\
openapi: 3.1.0
info: {{title: Wide lists, version: "1"}}
servers: [{{url: "http://127.0.0.1:9"}}]
paths:
  /records:
    get:
      operationId: listRecords
      responses:
        "200":
          description: the records
          content:
            application/json:
              schema: {{type: array, items: {{$ref: "#/components/schemas/Record"}}}}
components:
  schemas:
    Record:
      type: object
      required: [{", ".join(f"p{i:02d}" for i in range(LEAVES))}, {", ".join(f"part{i}" for i in range(PARTS))}]
      properties:
{leaves}
{parts}
        notes: {{type: array, minItems: 1, maxItems: 50, items: {{$ref: "#/components/schemas/Part"}}}}
        tags: {{type: array, items: {{type: string}}}}
    Part:
      type: object
      required: [{", ".join(f"p{i:02d}" for i in range(LEAVES))}]
      properties:
{leaves}
"""


def test_a_list_answer_of_wide_records_is_tested(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "wide_lists.yaml", _spec())
    code, _, err = run_cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert code == 0, err
    source = (tmp_path / "out" / "wide_lists" / "strategies.py").read_text(encoding="utf-8")
    # a record is 40 + 6 x 40 leaves wide, beyond 120: one at most; a part (40) three at most
    # beyond the one its minItems asks for; strings are narrow, so tags keep their usual lengths
    assert re.search(r"= st\.lists\(_s\d+, max_size=1\)$", source, re.MULTILINE), source[-3000:]
    assert re.search(r"= st\.lists\(_s\d+, min_size=1, max_size=4\)$", source, re.MULTILINE), source[-3000:]
    tags = re.search(r"= st\.lists\((_s\d+)\)$", source, re.MULTILINE)
    assert tags and re.search(rf"^{tags[1]}: SearchStrategy\[Any\] = st\.text\(\)$", source, re.MULTILINE), source[-3000:]
    run = run_suite(tmp_path / "out" / "wide_lists", tmp_path, "ci", select="listRecords and (valid_values or documented_answers)")
    assert run.returncode == 0, run.stdout[-3000:]
    assert "2 passed" in run.stdout, run.stdout[-3000:]
