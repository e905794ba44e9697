"""Organisation names: keys for matching a company against an article, and past employers from notes.

An article mentions an organisation when a capitalised run of words in it, folded the same way as
the contact's company, is equal to that company ("Medtronic plc" and "Medtronic" meet; so do
"Hermès" and "Hermes", "Kellogg's" and "Kellogg"). A name of two words or more is a sure mention.
One word is weighed by how the article writes it:

- sure when it carries a company suffix ("Next plc", "Box Inc.") or is written possessive on its
  own ("Apple's"), or when it is no ordinary word ("Pfizer") and stands alone or in a title-case
  headline;
- weak when it is also an ordinary word ("Apple", "Target", "Shell"), or only part of a longer name
  ("Chanel Thompson", "Jaguar Land Rover"): the ranking counts a weak mention only when the article
  is about the contact's own field;
- nothing when the article also writes the word in lower case ("a classic apple pie").
"""

import re
import unicodedata
from functools import lru_cache

from companion.matching.text import STOPWORDS, stem

MAX_ORG_WORDS = 5
_SUFFIXES = {"inc", "llc", "ltd", "corp", "corporation", "co", "plc", "gmbh", "ag", "sa", "group", "the",
             "company", "limited", "lp", "llp", "nv", "se", "spa"}
# Suffixes that only a company carries: "Next plc" is the retailer whatever "next" means.
_CORPORATE = _SUFFIXES - {"the", "group", "company", "co"}
_WORD = re.compile(r"[^\W_][\w&'\u2019.\-]*")
_NOT_KEY_CHARS = re.compile(r"[^\w& ]+|_")
_POSSESSIVE = re.compile(r"['\u2019]s$", re.IGNORECASE)
_CONNECTORS = {"of", "and", "&", "for", "de", "du", "la", "le", "on", "at"}
TITLE_CASE_SHARE = 0.75  # a headline with this share of its longer words capitalised is in title case
_PAST = re.compile(
    r"\b(?i:formerly|previously|worked|used to work|ex-|alum(?:na|nus)? of|prior(?:ly)?|spent \w+ years)"
    r"[^.;\n]*?\b(?:at|with|for|of)?[ \t]*"
    r"((?:[A-Z][\w&'\-]*)(?:[ \t]+(?:&|of|and)?[ \t]*[A-Z][\w&'\-]*){0,4})"
)


@lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    """Fold a company name: lower case, no accents, punctuation or possessive, no 'Inc'/'LLC'/'The'."""
    text = unicodedata.normalize("NFKD", (name or "").replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _NOT_KEY_CHARS.sub(" ", re.sub(r"'s\b", "", text))
    return " ".join(w for w in text.split() if w not in _SUFFIXES)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def org_mentions(fields, is_ordinary_word) -> tuple[set[str], set[str]]:
    """The organisation keys an article's fields (headline, summary, body) may name, as (sure, weak);
    `is_ordinary_word(key)` says whether a one-word key is also a word. See the module's docstring."""
    sure: set[str] = set()
    seen: dict[str, set[str]] = {}  # one-word key -> how it was written: alone, part, suffix, possessive
    lower: set[str] = set()
    for field in fields:
        words = _WORD.findall(field or "")
        lower.update(org_key(w) for w in words if w[:1].islower())
        title_case = _title_case(words)
        for run in _runs(words):
            sure |= {key for key in _sub_keys(run) if " " in key}
            core = [w for w in run if org_key(w)]
            alone = len(core) == 1
            # The rest of the run is company suffixes: "Box Inc.", "Next plc" ("The Target" is not one).
            corporate = alone and any(_bare(w) in _CORPORATE for w in run)
            for word in core:
                key = org_key(word)
                if " " in key:
                    continue
                how = seen.setdefault(key, set())
                how.add("unknown" if title_case else "alone" if alone else "part")
                if corporate:
                    how.add("suffix")
                if alone and _POSSESSIVE.search(word) and not title_case:
                    how.add("possessive")
    weak: set[str] = set()
    for key, how in seen.items():
        if how & {"suffix", "possessive"}:
            sure.add(key)
        elif key in lower:
            continue
        elif how & {"alone", "unknown"} and not is_ordinary_word(key):
            sure.add(key)
        else:
            weak.add(key)
    return sure, weak


def _bare(word: str) -> str:
    return word.lower().strip(".,'")


def _title_case(words: list[str]) -> bool:
    longer = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return len(longer) >= 3 and sum(_capitalised(w) for w in longer) >= TITLE_CASE_SHARE * len(longer)


def _runs(words: list[str]) -> list[list[str]]:
    """The maximal runs of capitalised words, connectors ('of', '&') allowed inside, not at the ends,
    with a company suffix in lower case kept at the end."""
    runs, current, pending = [], [], []
    for word in words:
        if _capitalised(word):
            current += pending + [word]
            pending = []
        elif current and word.lower() in _CONNECTORS:
            pending.append(word)
        elif current and not pending and _bare(word) in _CORPORATE:
            current.append(word)  # "Next plc", "Box inc.": a suffix in lower case still ends the name
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def _sub_keys(run: list[str]) -> set[str]:
    """Keys of every stretch of up to five words of a run that starts and ends on a capitalised word."""
    keys = set()
    folded = [org_key(w) for w in run]
    for start in range(len(run)):
        if not _capitalised(run[start]):
            continue
        for end in range(start, min(start + MAX_ORG_WORDS, len(run))):
            if _capitalised(run[end]):
                key = " ".join(k for k in folded[start : end + 1] if k)
                if key:
                    keys.add(key)
    return keys


def matchable(key: str, common_words: set | frozenset = frozenset()) -> bool:
    """A company key is safe to look for unless it is one common word ('Target', 'Apple' stay out)."""
    if not key or len(key) < 3:
        return False
    if " " in key:
        return True
    return key not in STOPWORDS and key not in common_words and stem(key) not in common_words


def past_employers(text: str) -> list[str]:
    """Company names after 'formerly at', 'previously with', 'worked at' … in free text."""
    found = []
    for match in _PAST.finditer(text or ""):
        name = match.group(1).strip(" .,'")
        if name and org_key(name) and name not in found:
            found.append(name)
    return found
