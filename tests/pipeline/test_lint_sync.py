"""``specloom lint`` checks ``x-specloom-sync`` with located errors (``file:line: pointer:
message``): named operations exist, the key lies inside the request record, ids inside the
answers, the update's id parameter and the lookup's filter exist, bulk limits are positive, the
``exists`` regex compiles. A sync target that lints clean generates ``client.SYNC``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pipeline.helpers import run_cli, write_spec

BASE = """\
openapi: 3.1.0
info: {title: Members, version: "1"}
servers: [{url: "https://api.example.invalid"}]
x-specloom-sync:
  key: /mail
  create: {operation: addMember, id: /0/ref, exists: "already"}
  update: {operation: setMember, idParam: ref}
  bulkUpdate: {operation: setMembers, idField: ref, maxItems: 50}
  lookup: {operation: listMembers, param: mail, key: /mail, id: /ref}
paths:
  /members:
    get:
      operationId: listMembers
      parameters:
        - {name: mail, in: query, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Member"}}
    post:
      operationId: addMember
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/MemberIn"}
      responses:
        "201":
          description: made
          content:
            application/json:
              schema: {type: array, items: {type: object, properties: {ref: {type: string}}}}
    put:
      operationId: setMembers
      requestBody:
        content:
          application/json:
            schema: {type: array, items: {allOf: [{$ref: "#/components/schemas/MemberIn"}], properties: {ref: {type: integer}}}}
      responses:
        "204": {description: done}
  /members/{ref}:
    patch:
      operationId: setMember
      parameters:
        - {name: ref, in: path, required: true, schema: {type: integer}}
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/MemberIn"}
      responses:
        "204": {description: done}
components:
  schemas:
    MemberIn:
      type: object
      properties: {mail: {type: string}, name: {type: string}}
    Member:
      type: object
      properties: {ref: {type: integer}, mail: {type: string}}
"""

CASES = {
    "operation": (("create: {operation: addMember", "create: {operation: addMembre"), "/x-specloom-sync/create/operation", "no operation 'addMembre'"),
    "key": (("key: /mail", "key: /email"), "/x-specloom-sync/key", "not inside the request record of 'addMember'"),
    "create_id": (("id: /0/ref,", "id: /0/id,"), "/x-specloom-sync/create/id", "not inside the 2xx answer"),
    "lookup_id": (("key: /mail, id: /ref}", "key: /mail, id: /reference}"), "/x-specloom-sync/lookup/id", "not inside one item"),
    "lookup_param": (("param: mail,", "param: email,"), "/x-specloom-sync/lookup/param", "not a query parameter"),
    "id_param": (("idParam: ref}", "idParam: id}"), "/x-specloom-sync/update/idParam", "not a parameter of 'setMember'"),
    "id_field": (("idField: ref,", "idField: id,"), "/x-specloom-sync/bulkUpdate/idField", "not a property of the items"),
    "batch_limit": (("maxItems: 50", "maxItems: 0"), "/x-specloom-sync/bulkUpdate/maxItems", "less than the minimum of 1"),
    "regex": (('exists: "already"', 'exists: "already("'), "/x-specloom-sync/create/exists", "not a valid regex"),
    "record_param": (("create: {operation: addMember,", "create: {operation: addMember, record: data,"), "/x-specloom-sync/create/record", "has no request record"),
    "no_write": (("  create: {operation: addMember, id: /0/ref, exists: \"already\"}\n", ""), "/x-specloom-sync", "malformed x-specloom-sync"),
}


def test_the_base_spec_is_clean_and_generates_sync(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, "members.yaml", BASE)
    code, _, err = run_cli("lint", str(spec))
    assert (code, err) == (0, "")
    out = tmp_path / "out"
    code, _, err = run_cli("generate", str(spec), "--out", str(out))
    assert code == 0, err
    path = out / "members" / "client.py"
    text = path.read_text()
    assert "SYNC = SyncSpec(" in text
    # the ids read as the operations declare them: an integer path parameter and item property
    assert text.count('id_kind="int"') == 2 and 'method="set_members"' in text and 'argument="mail"' in text


@pytest.mark.parametrize("case", sorted(CASES))
def test_lint_locates_sync_mistakes(tmp_path: Path, case: str) -> None:
    (old, new), pointer, says = CASES[case]
    assert old in BASE
    spec = write_spec(tmp_path, "spec.yaml", BASE.replace(old, new))
    code, _, err = run_cli("lint", str(spec))
    lines = [line for line in err.splitlines() if f": {pointer}: " in line]
    assert lines, err
    assert says in lines[0] and lines[0].startswith("spec.yaml:"), err
    assert "Traceback" not in err and code == 2
