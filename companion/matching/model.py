"""The learned model the matcher ships with: static word-piece embeddings and the classifiers on them.

The files live in `companion/matching/data/` and are made by `scripts/build_model`: a static
distillation of all-MiniLM-L6-v2 (model2vec) and classifiers trained on labelled news
(scripts/matcher_training.py). `provenance.json` there records where each part came from, its
licence and its sha256; every file is checked against it at load, so a damaged or missing file is a
clear `ModelError`, never a silent wrong answer. Nothing is downloaded: the model is in the package.

- An embedding is the mean of a text's word-piece vectors at unit length (model2vec's StaticModel);
  an article's is its headline's, summary's and body's, weighed (PART_WEIGHTS).
- Sectors: a softmax over the industry taxonomy's sectors, on the embedding.
- Private life (weddings, divorce, parenting, oddities): two logistic detectors, one on the
  embedding and one on the text's words (tf-idf), each standardised, added; an item whose score
  reaches `private_min` (calibrated when trained) is nobody's professional news.
"""

import hashlib
import json
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

DATA_DIR = Path(__file__).resolve().parent / "data"
PROVENANCE = "provenance.json"
MAX_TOKENS = 512  # the lede says what a text is about; more only costs time
# An article is its headline, its summary and its body, each embedded alone and weighed so: a long body
# cannot drown the headline that says what the article is about.
PART_WEIGHTS = (0.5, 0.3, 0.2)
_WORD = re.compile(r"\b\w\w+\b")
_lock = threading.Lock()
_loaded: dict = {}


class ModelError(RuntimeError):
    """The shipped model cannot be used (a file is missing, damaged or of the wrong shape)."""


@dataclass(frozen=True)
class WordVectoriser:
    """Sublinear tf-idf over a fixed vocabulary, rows at unit length (as scikit-learn's defaults)."""

    words: tuple[str, ...]
    idf: np.ndarray
    index: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        if not self.index:
            self.index.update({w: i for i, w in enumerate(self.words)})

    @classmethod
    def fitted(cls, texts: list[str], min_df: int = 2) -> "WordVectoriser":
        """The vocabulary (words in at least `min_df` texts) and smoothed idf of these texts."""
        df = Counter(w for text in texts for w in set(_WORD.findall(text.lower())))
        words = tuple(sorted(w for w, n in df.items() if n >= min_df))
        idf = np.array([math.log((1 + len(texts)) / (1 + df[w])) + 1 for w in words], dtype=np.float32)
        return cls(words, idf)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(word ids, weights) of the words of `text` that are in the vocabulary."""
        counts = Counter(i for w in _WORD.findall(text.lower()) if (i := self.index.get(w)) is not None)
        if not counts:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        ids = np.fromiter(counts, dtype=np.int64, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))) * self.idf[
            ids
        ]
        return ids, values / np.linalg.norm(values)


@dataclass(frozen=True, eq=False)
class Model:
    """The embedding table and its tokenizer, and the classifiers (absent while a build trains them)."""

    tokenizer: object
    vectors: np.ndarray  # (word pieces, dim) float32
    arrays: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)
    words: WordVectoriser | None = None

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    @property
    def sectors(self) -> tuple[str, ...]:
        return tuple(str(s) for s in self.arrays["sectors"])

    @classmethod
    def with_classifier(cls, embedder: "Model", arrays: dict, settings: dict) -> "Model":
        """The same embeddings with these classifier arrays (as scripts/matcher_training.fit makes)."""
        words = WordVectoriser(tuple(str(arrays["private_words"]).split("\n")), arrays["private_idf"])
        return cls(embedder.tokenizer, embedder.vectors, arrays, settings, words)

    def is_word(self, word: str) -> bool:
        """True when the tokenizer knows `word` (lower case) whole: an ordinary word such as "apple" or
        "target", or a name as common as one; "pfizer" and "medtronic" come in pieces."""
        return self.tokenizer.token_to_id(word) is not None

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings (len(texts), dim); a text with no word pieces gives a zero row."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)
        lengths = np.fromiter(
            (min(len(e.ids), MAX_TOKENS) for e in encodings), dtype=np.int64, count=len(texts)
        )
        rows = np.flatnonzero(lengths)
        if not len(rows):
            return out
        ids = np.concatenate([np.asarray(encodings[r].ids[:MAX_TOKENS], dtype=np.int64) for r in rows])
        starts = np.concatenate(([0], np.cumsum(lengths[rows])[:-1]))
        sums = np.add.reduceat(self.vectors[ids], starts, axis=0)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        out[rows] = sums / np.where(norms > 0, norms, 1.0)
        return out

    def embed_parts(self, parts: list[tuple[str, str, str]]) -> np.ndarray:
        """(n, 3, dim): each article's headline, summary and body embedded apart."""
        if not parts:
            return np.zeros((0, len(PART_WEIGHTS), self.dim), dtype=np.float32)
        return np.stack([self.embed([p[c] for p in parts]) for c in range(len(PART_WEIGHTS))], axis=1)

    @staticmethod
    def combine(part_vectors: np.ndarray, columns: int = len(PART_WEIGHTS)) -> np.ndarray:
        """Unit-length article embeddings from embed_parts, weighed by PART_WEIGHTS, over the first
        `columns` parts (2: headline and summary only); a missing part leaves its weight to the others."""
        weights = np.asarray(PART_WEIGHTS[:columns], dtype=np.float32)[None, :, None]
        total = (part_vectors[:, :columns] * weights).sum(axis=1)
        norms = np.linalg.norm(total, axis=1, keepdims=True)
        return total / np.where(norms > 0, norms, 1.0)

    def embed_articles(self, parts: list[tuple[str, str, str]]) -> np.ndarray:
        """Unit-length embeddings of articles given as (headline, summary, body), see PART_WEIGHTS."""
        return self.combine(self.embed_parts(parts))

    def sector_probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(n, sectors) probabilities for embeddings (n, dim)."""
        logits = vectors @ self.arrays["sector_weights"] + self.arrays["sector_bias"]
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def private_scores(self, texts: list[str], vectors: np.ndarray | None = None) -> np.ndarray:
        """How much each text reads as private life: the two detectors' standardised logits, added. They
        learnt from headlines and summaries: give them those (a body's many words read otherwise)."""
        vectors = self.embed(texts) if vectors is None else vectors
        e_bias, e_mean, e_std, w_bias, w_mean, w_std = (float(v) for v in self.arrays["private_scale"])
        embed_logit = vectors @ self.arrays["private_embed_weights"] + e_bias
        weights = self.arrays["private_words_weights"]
        words_logit = np.array([float(vals @ weights[ids]) for ids, vals in map(self.words.features, texts)])
        return (embed_logit - e_mean) / e_std + (words_logit + w_bias - w_mean) / w_std

    def is_private(self, scores: np.ndarray, top_sector: np.ndarray) -> np.ndarray:
        """Which items are private life: their score reaches the calibrated threshold and no sector is
        so likely that it is that field's news whatever family words it has."""
        unless = self.settings.get("private_unless_sector", 1.01)
        return (scores >= self.settings["private_min"]) & (top_sector < unless)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fix(data_dir: Path) -> str:
    return f"reinstall the companion, or rebuild the model with scripts/build_model ({data_dir})"


def checked_files(data_dir: Path) -> dict[str, Path]:
    """{role: path} for every file the provenance lists, each checked against its sha256."""
    try:
        record = json.loads((data_dir / PROVENANCE).read_text(encoding="utf-8"))
        shipped = {role: (entry["name"], entry["sha256"]) for role, entry in record["files"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(
            f"the matching model's {PROVENANCE} is missing or unreadable: {_fix(data_dir)}"
        ) from exc
    files = {}
    for role, (name, digest) in shipped.items():
        path = data_dir / name
        if not path.is_file():
            raise ModelError(f"the matching model file {name} is missing: {_fix(data_dir)}")
        if _sha256(path) != digest:
            raise ModelError(
                f"the matching model file {name} is damaged (its sha256 is not the one in "
                f"{PROVENANCE}): {_fix(data_dir)}"
            )
        files[role] = path
    missing = {"tokenizer", "embeddings", "classifier"} - set(files)
    if missing:
        raise ModelError(f"the matching model lacks its {', '.join(sorted(missing))}: {_fix(data_dir)}")
    return files


def load_embedder(files: dict[str, Path]) -> Model:
    """The tokenizer and embedding table alone (a build embeds with them before it has classifiers)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(files["tokenizer"]))
    vectors = np.load(files["embeddings"], allow_pickle=False).astype(np.float32)
    if vectors.ndim != 2 or vectors.shape[0] < tokenizer.get_vocab_size():
        raise ValueError("the embedding table does not fit the tokenizer")
    return Model(tokenizer, vectors)


def load_model(data_dir: Path | None = None) -> Model:
    """Read and check the model in `data_dir` (default: the shipped one). Raises ModelError."""
    data_dir = Path(data_dir or DATA_DIR)
    files = checked_files(data_dir)
    try:
        embedder = load_embedder(files)
        with np.load(files["classifier"], allow_pickle=False) as saved:
            arrays = {name: saved[name] for name in saved.files}
        settings = json.loads(str(arrays.pop("settings")))
        model = Model.with_classifier(embedder, arrays, settings)
        model.sector_probabilities(np.zeros((1, model.dim), np.float32))
        model.private_scores(["a check"], np.zeros((1, model.dim), np.float32))
        float(settings["private_min"])
    except ModelError:
        raise
    except Exception as exc:  # noqa: BLE001 - any unreadable or ill-fitting part is the same error
        raise ModelError(
            f"the matching model cannot be read ({type(exc).__name__}: {exc}): {_fix(data_dir)}"
        ) from exc
    return model


def use_model(model: Model | None) -> None:
    """Make `model` the one this process matches with (None: the shipped one again). For evaluation,
    which trains on one half of the labelled news and measures on the other."""
    with _lock:
        _loaded.pop("model", None)
        if model is not None:
            _loaded["model"] = model


def shipped_model() -> Model:
    """The package's model (or the one given to use_model), loaded once per process."""
    model = _loaded.get("model")
    if model is None:
        with _lock:
            model = _loaded.get("model")
            if model is None:
                model = _loaded["model"] = load_model()
    return model
