"""Text helpers for matching: tokenising, light stemming and n-gram counting.

The same `stem` is applied to lexicon terms and to article text, so consistency matters more
than linguistic accuracy ("elections" and "election" meet; "voting" becomes "vot").
"""

import re
from collections import Counter
from functools import lru_cache

MAX_NGRAM = 4
_TOKEN = re.compile(r"[a-z0-9]+(?:[&+.'][a-z0-9]+)*")
_POSSESSIVE = re.compile(r"'s\b")
_KEEP = {
    "news",
    "series",
    "species",
    "physics",
    "politics",
    "economics",
    "olympics",
    "always",
    "bus",
    "gas",
    "analysis",
    "texas",
    "paris",
    "christmas",
    "us",
    "its",
    "this",
    "his",
    "has",
    "was",
    "does",
    "lens",
    "mars",
    "vegas",
    "kansas",
    "arkansas",
    "diabetes",
    "covid",
    "aids",
    "isis",
    "ups",
    "glass",
    "grass",
    "sales",
    "genetics",
    "athletics",
    "gymnastics",
    "mathematics",
    "ethics",
    "tennis",
    "status",
    "campus",
}
_DOUBLE_OK = ("ll", "ss", "zz", "ff")

STOPWORDS = frozenset(
    "a an the and or but if of at by for with about against between into through during before after above "
    "below to from up down in out on off over under again further then once here there when where why how "
    "all any both each few more most other some such no nor not only own same so than too very s t can will "
    "just don should now i me my we our you your he him his she her it its they them their what which who "
    "whom this "
    "that these those am is are was were be been being have has had having do does did doing would could "
    "also new says said one two get gets got like make makes made way ways time year years day days people "
    "thing things know see want need really may might must every many much even still back first last next "
    "via per amid".split()
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip common English suffixes (plural, -ing, -ed, final -y/-e) so word forms meet."""
    if len(word) <= 3 or word in _KEEP or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "i"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-2:] not in _DOUBLE_OK:
                word = word[:-1]
            break
    if word.endswith("y") and len(word) > 3:
        word = word[:-1] + "i"
    return word


def clean(text: str) -> str:
    """Lower-case text with curly quotes and possessives folded away."""
    text = (
        (text or "")
        .replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u2014", " ")
        .replace("\u2013", " ")
    )
    return _POSSESSIVE.sub("", text.lower())


def tokens(text: str) -> list[str]:
    """Stemmed word tokens of a text, stopwords kept out."""
    return [stem(t.strip("'.")) for t in _TOKEN.findall(clean(text)) if t not in STOPWORDS]


def raw_tokens(text: str) -> list[str]:
    """Stemmed word tokens with stopwords kept, so phrases like 'state of the union' still match."""
    if not text:
        return []
    words = (t.strip("'.") for t in _TOKEN.findall(clean(text)))
    return [w if w in STOPWORDS else stem(w) for w in words]


def term_key(phrase: str) -> str:
    """The lookup key of a lexicon phrase or tag: its stemmed tokens joined by spaces."""
    return " ".join(raw_tokens(phrase))


def ngram_counts(words: list[str], max_n: int = MAX_NGRAM) -> Counter:
    """Counts of every 1..max_n word sequence; unigrams that are stopwords are dropped."""
    grams = [w for w in words if w not in STOPWORDS]
    longer = words
    for n in range(2, max_n + 1):
        # Each n-word sequence is the (n-1)-word one starting at the same word, plus the next word.
        longer = [f"{start} {word}" for start, word in zip(longer, words[n - 1 :], strict=False)]
        grams += longer
    return Counter(grams)  # counted once, in the same order as sequence by sequence
