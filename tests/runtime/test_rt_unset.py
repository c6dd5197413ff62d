"""UNSET: a falsy, picklable singleton distinct from None."""

from __future__ import annotations

import copy
import pickle

from specloom_runtime.wire import UNSET, Unset, is_unset


def _describe(value: int | None | Unset = UNSET) -> str:
    if value is UNSET:
        return "absent"
    if value is None:
        return "null"
    return str(value + 1)  # mypy: value is int here


def test_unset_is_falsy_with_short_repr() -> None:
    assert not UNSET
    assert bool(UNSET) is False
    assert repr(UNSET) == "UNSET"
    assert str(UNSET) == "UNSET"
    assert UNSET is not None


def test_unset_survives_copy_and_pickle_as_the_same_object() -> None:
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert copy.deepcopy({"a": UNSET})["a"] is UNSET
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(UNSET, protocol)) is UNSET


def test_is_unset_and_annotations() -> None:
    assert is_unset(UNSET)
    assert not is_unset(None)
    assert not is_unset(0)
    assert isinstance(UNSET, Unset)
    assert _describe() == "absent"
    assert _describe(None) == "null"
    assert _describe(1) == "2"
