"""Organisation names: keys for matching a company against an article, and past employers from notes.

An article mentions an organisation when a capitalised run of words in it, folded the same way as
the contact's company, is equal to that company ("Medtronic plc" and "Medtronic" meet).
"""

import re
from functools import lru_cache

from companion.matching.text import STOPWORDS, stem

MAX_ORG_WORDS = 5
_SUFFIXES = {
    "inc",
    "llc",
    "ltd",
    "corp",
    "corporation",
    "co",
    "plc",
    "gmbh",
    "ag",
    "sa",
    "group",
    "the",
    "company",
    "limited",
    "lp",
    "llp",
}
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'.\-]*")
_NOT_KEY_CHARS = re.compile(r"[^a-z0-9& ]+")
_CONNECTORS = {"of", "and", "&", "for", "de", "du", "la", "le", "on", "at"}
_PAST = re.compile(
    r"\b(?i:formerly|previously|worked|used to work|ex-|alum(?:na|nus)? of|prior(?:ly)?|spent \w+ years)"
    r"[^.;\n]*?\b(?:at|with|for|of)?[ \t]*"
    r"((?:[A-Z][\w&'\-]*)(?:[ \t]+(?:&|of|and)?[ \t]*[A-Z][\w&'\-]*){0,4})"
)


@lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    """Fold a company name: lower case, no punctuation, no 'Inc'/'LLC'/'The'."""
    text = (name or "").lower().replace("\u2019", "'")
    text = _NOT_KEY_CHARS.sub(" ", text)
    words = [w for w in text.split() if w not in _SUFFIXES]
    return " ".join(words)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def candidate_org_keys(text: str) -> set[str]:
    """Keys of every run of up to five capitalised words (connectors like 'of' allowed inside)."""
    words = _WORD.findall(text or "")
    capitalised = [_capitalised(word) for word in words]  # each word looked at once, not per run
    connector = [word.lower() in _CONNECTORS for word in words]
    folded: dict[int, str] = {}  # org_key of each word, once: a run's key is theirs joined
    keys: set[str] = set()
    for start in range(len(words)):
        if not capitalised[start]:
            continue
        key = ""
        for at in range(start, min(start + MAX_ORG_WORDS, len(words))):
            if not (capitalised[at] or (at > start and connector[at])):
                break
            if at not in folded:
                folded[at] = org_key(words[at])
            key = " ".join(filter(None, (key, folded[at])))
            if key and not connector[at]:
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
