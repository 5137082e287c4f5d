"""DatasetSpec: frozen, hashable, its parameters safe from outside changes."""

from __future__ import annotations

import pytest

from guiapp.state.dataset_spec import DatasetSpec


def test_specs_are_hashable_and_compare_by_value():
    a = DatasetSpec("custom", "My points", {"points": [[0, 1]], "labels": [1]})
    b = DatasetSpec.from_dict(a.to_dict())
    assert a == b and hash(a) == hash(b)
    assert len({a, b, DatasetSpec("logic", "XOR")}) == 2


def test_params_cannot_be_changed_behind_the_spec():
    points = [[0, 1]]
    spec = DatasetSpec("custom", "p", {"points": points})
    points.append([2, 3])
    assert spec.params["points"] == [[0, 1]]
    with pytest.raises(TypeError):
        spec.params["points"] = []
    d = spec.to_dict()
    d["params"]["points"].append([9, 9])
    assert spec.params["points"] == [[0, 1]]


def test_bad_params_are_refused():
    with pytest.raises(ValueError):
        DatasetSpec.from_dict({"kind": "logic", "name": "XOR", "params": [1, 2]})
