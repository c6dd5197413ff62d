"""Run the JSON-Schema-Test-Suite (draft 2020-12) through ``compile_validator``; print JSON.

Input: argv[1] = the suite's root directory. Output (stdout): ``{"total": n, "failed": [...]}``
where each failure is ``[file, group, case, detail]``.

Meant to run in a fresh interpreter: ``jsonschema`` is made unimportable *before* the compiler is
imported, which proves the generated validators never fall back to it. The suite's ``remotes/``
are served from a ``referencing.Registry`` under ``http://localhost:1234/``, together with the
official metaschemas (data from ``jsonschema_specifications``, not the validator).
"""

from __future__ import annotations

import importlib.abc
import json
import sys
from pathlib import Path

ASSERTED_FORMATS = (
    "email date date-time time uri uri-reference uuid ipv4 ipv6 hostname regex ecmascript-regex"
    " duration json-pointer relative-json-pointer uri-template iri iri-reference idn-hostname idn-email"
)


class _Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: object, target: object = None) -> None:
        if name == "jsonschema" or name.startswith("jsonschema."):
            raise ImportError(f"{name} is blocked: the compiled validators must not use it")
        return None


def main(root: Path) -> dict[str, object]:
    sys.meta_path.insert(0, _Blocker())
    import jsonschema_specifications  # type: ignore[import-untyped]  # no py.typed
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    from specloom.validation import compile_validator

    registry: Registry[object] = Registry()
    for f in sorted((root / "remotes").rglob("*.json")):
        uri = "http://localhost:1234/" + f.relative_to(root / "remotes").as_posix()
        resource = Resource.from_contents(json.loads(f.read_text()), default_specification=DRAFT202012)
        registry = registry.with_resource(uri, resource)
    registry = registry.combine(jsonschema_specifications.REGISTRY)
    tests = root / "tests" / "draft2020-12"
    plan = [(f, "annotate") for f in sorted(tests.glob("*.json"))]
    plan += [(tests / "optional" / "format" / f"{n}.json", "assert") for n in ASSERTED_FORMATS.split()]
    total, failed = 0, []
    for path, formats in plan:
        name = path.relative_to(tests).as_posix()
        for group in json.loads(path.read_text()):
            cases = group["tests"]
            total += len(cases)
            try:  # compile each schema once, then run all of its cases
                validator = compile_validator(group["schema"], formats=formats, registry=registry)
            except Exception as exc:  # reported per case below, as a failure with its reason
                failed += [[name, group["description"], c["description"], f"compile: {exc}"] for c in cases]
                continue
            for case in cases:
                got = validator.is_valid(case["data"])
                errors = list(validator.iter_errors(case["data"]))
                if got != case["valid"] or (not errors) != got:
                    detail = f"is_valid={got}, {len(errors)} errors, expected valid={case['valid']}"
                    failed.append([name, group["description"], case["description"], detail])
    return {"total": total, "failed": failed}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
