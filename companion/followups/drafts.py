"""Draft messages (thank-you, update, article share, LinkedIn note), never sent, only offered.

Pure functions over plain dicts. `draft()` builds a context from the contact, their interactions
and the user's profile, picks one of several templates (see companion.followups.draft_templates) so that
the same person does not get the same wording twice, and returns subject, body and a `mailto:`
link encoded per RFC 6068.

Length: a LinkedIn connection note, and any LinkedIn draft to someone not yet connected (a note is
then the only way to reach them), is cut to 300 characters by dropping optional sentences first.
"""

import datetime as dt
import re
import zlib
from urllib.parse import quote

from companion.followups.draft_templates import TEMPLATES, Extra

KINDS = ("thank_you", "update", "article", "linkedin")
CHANNELS = ("email", "mail", "linkedin")
LINKEDIN_NOTE_LIMIT = 300

_HONORIFICS = {"dr", "mr", "mrs", "ms", "mx", "prof", "professor", "sir", "dame"}
_TOPIC_CUE = re.compile(
    r"\b(?:talked|spoke|chatted|talking|speaking)\s+(?:about|on)\s+(?P<a>[^.;!?\n]+)"
    r"|\b(?:discussed|covered)\s+(?P<b>[^.;!?\n]+)"
    r"|\btopics?\s*:\s*(?P<c>[^.;!?\n]+)",
    re.IGNORECASE,
)
# Notes are written about the contact ("she moved from consulting"); drafts speak to them.
_PRONOUNS = {
    "she is": "you are",
    "he is": "you are",
    "she was": "you were",
    "he was": "you were",
    "she has": "you have",
    "he has": "you have",
    "she's": "you're",
    "he's": "you're",
    "she": "you",
    "he": "you",
    "her": "your",
    "his": "your",
    "him": "you",
    "herself": "yourself",
    "himself": "yourself",
}
_PRONOUN_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _PRONOUNS), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_EMAIL_RE = re.compile(r"^[^@\s,;<>?&#%\"]+@[^@\s,;<>?&#%\"]+\.[^@\s,;<>?&#%\"]+$")


def _text(value):
    return str(value).strip() if value not in (None, "") else ""


def _date(value):
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def first_name(full_name):
    """The given name to greet someone by: skips titles, handles 'Last, First' and all-lower-case."""
    name = _text(full_name)
    if "," in name:
        name = name.split(",", 1)[1].strip() or name.split(",", 1)[0]
    words = [w for w in name.split() if w.rstrip(".").lower() not in _HONORIFICS]
    if not words:
        return ""
    word = words[0]
    return word.title() if word.islower() else word


def _soft_lower(phrase):
    """Lower-case words typed in Title Case ('Medical Devices'), keep acronyms ('AI', 'FDA')."""
    return " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in phrase.split())


def _shorten(text, limit):
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0]


def discussion_topic(*notes):
    """What was discussed, taken from notes that say so ('talked about X'); '' when none do."""
    for note in notes:
        match = _TOPIC_CUE.search(_text(note))
        if match:
            topic = next(group for group in match.groups() if group)
            topic = _PRONOUN_RE.sub(lambda m: _PRONOUNS[m.group(0).lower()], topic)
            topic = _shorten(topic.strip(" ,:-\u2013\u2014\"'"), 90).rstrip(" ,:;-")
            if len(topic) >= 3:
                return topic
    return ""


def when_phrase(day, on, *, card=False):
    """'yesterday', 'on Tuesday', 'last week', 'in March' ...; '' for no date or a future one."""
    if day is None or day > on:
        return ""
    age = (on - day).days
    if age <= 1 and not card:
        return "today" if age == 0 else "yesterday"
    if age <= 6:
        return f"on {day:%A}"
    if age <= 13:
        return "last week"
    if age <= 27:
        return "a few weeks ago"
    months_back = (on.year - day.year) * 12 + on.month - day.month
    if months_back == 0:
        return "earlier this month"
    if months_back == 1:
        return "last month"
    return f"in {day:%B}" if day.year == on.year else f"in {day:%B} {day.year}"


def since_phrase(day, on):
    """How long since the last conversation, for 'It has been ... since we spoke'; '' if recent."""
    if day is None or day > on:
        return ""
    age = (on - day).days
    for limit, phrase in (
        (30, ""),
        (60, "about a month"),
        (180, "a few months"),
        (330, "several months"),
        (400, "about a year"),
    ):
        if age < limit:
            return phrase
    return "more than a year"


def _work_phrase(title, company):
    if title and company:
        return f"your work as {title} at {company}"
    if title:
        return f"your work as {title}"
    return f"your work at {company}" if company else "your work"


def _studies(profile):
    programme, school = _text(profile.get("programme")), _text(profile.get("school"))
    if programme:
        return f"{programme} studies" + (f" at {school}" if school else "")
    return f"studies at {school}" if school else ""


def _article_reason(article, contact, topic, met):
    """The 'because ...' clause of an article share."""
    given = _text(article.get("reason"))
    if given:
        given = re.sub(r"^because\s+", "", given, flags=re.IGNORECASE).rstrip(" .")
        return given[0].lower() + given[1:] if given[1:2].islower() else given
    company = _text(contact.get("company"))
    haystack = " ".join(_text(article.get(key)) for key in ("title", "description", "text")).lower()
    if company and company.lower() in haystack:
        return f"it mentions {company}"
    industry = _text(contact.get("industry_name")) or _text(contact.get("industry"))
    if industry:
        return f"it is about {_soft_lower(industry)}"
    if topic:
        return f"it connects to what you told me about {topic}"
    return "it made me think of our conversation" if met else "it seemed right up your street"


def _conversations(contact, interactions, on):
    """Dates (on or before `on`) of interviews and meetings, and the notes written about them."""
    days, notes = [], []
    for item in interactions:
        day = _date(item.get("date"))
        if item.get("kind") in ("interview", "meeting") and day and day <= on:
            days.append((day, item.get("kind")))
            notes.append(item.get("note"))
    interview_date = _date(contact.get("interview_date"))
    if interview_date and interview_date <= on:
        days.append((interview_date, "interview"))
    return sorted(days), notes


def build_context(contact, profile, interactions, article, on):
    """Everything a template may say, as plain strings ('' when unknown)."""
    conversations, notes = _conversations(contact, interactions, on)
    interviews = [day for day, kind in conversations if kind == "interview"]
    interview = interviews[-1] if interviews else None
    topic = discussion_topic(contact.get("notes"), *reversed(notes))
    company, title = _text(contact.get("company")), _text(contact.get("title"))
    met = bool(conversations) or any(i.get("kind") == "thank_you" for i in interactions)
    article = article or {}
    return {
        "first": first_name(contact.get("name")),
        "company": company,
        "work": _work_phrase(title, company),
        "industry": _soft_lower(_text(contact.get("industry_name")) or _text(contact.get("industry"))),
        "topic": topic,
        "met": met,
        "when": when_phrase(interview, on),
        "card_when": when_phrase(interview, on, card=True),
        "since": since_phrase(conversations[-1][0] if conversations else None, on),
        "me": _text(profile.get("signature")) or _text(profile.get("name")),
        "me_first": first_name(profile.get("name")),
        "role": _text(profile.get("current_role")),
        "studies": _studies(profile),
        "article_title": _text(article.get("title")),
        "article_url": _text(article.get("url")),
        "reason": _article_reason(article, contact, topic, met) if article else "",
    }


def fit(parts, limit, separator):
    """Join the parts; over `limit`, drop Extra parts from the end, then cut at a word boundary."""
    parts = [part for part in parts if part]
    text = separator.join(parts)
    while len(text) > limit and any(isinstance(part, Extra) for part in parts):
        last_extra = max(i for i, part in enumerate(parts) if isinstance(part, Extra))
        del parts[last_extra]
        text = separator.join(parts)
    if len(text) > limit:
        text = _shorten(text, limit - 1).rstrip(" ,;:\u2013-") + "\u2026"
    return text


def mailto_link(email, subject, body):
    """An RFC 6068 mailto: URI; %20 for spaces, %0D%0A for line breaks; no address if it looks unsafe."""
    address = _text(email)
    address = quote(address, safe="@!$'()*+,;=-._~") if _EMAIL_RE.match(address) else ""

    def encode(text):
        return quote(re.sub(r"\r\n|\r|\n", "\r\n", text), safe="")

    return f"mailto:{address}?subject={encode(subject)}&body={encode(body)}"


def address_block(contact):
    """The envelope: the contact's name over their mailing address, as typed; '' without an address."""
    lines = [line.strip() for line in _text(contact.get("mailing_address")).splitlines() if line.strip()]
    name = _text(contact.get("name"))
    name = name.title() if name.islower() else name  # 'jane doe' as captured, 'Jane Doe' on the envelope
    return "\n".join([name, *lines]).strip() if lines else ""


def _variant(kind, contact, interactions, variant):
    if variant is not None:
        return int(variant)
    # Stable across runs (unlike hash()); moves on with each interaction of this kind already logged.
    seed = zlib.crc32(_text(contact.get("id")).encode("utf-8"))
    return seed + sum(1 for item in interactions if item.get("kind") == kind)


def draft(kind, channel, contact, profile, *, interactions=(), article=None, on=None, variant=None):
    """A ready-to-edit draft {subject, body, mailto} (+ address_block by mail) for one contact; a
    LinkedIn connection note (kind "linkedin") has neither subject nor mailto ("")."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, got {channel!r}")
    if kind == "article" and not _text((article or {}).get("url")):
        raise ValueError("an article draft needs the article's url")
    on = on or dt.date.today()
    interactions = list(interactions or ())
    context = build_context(contact, profile or {}, interactions, article, on)
    family = "card" if kind == "thank_you" and channel == "mail" else kind
    templates = TEMPLATES[family]
    index = _variant(kind, contact, interactions, variant) % len(templates)
    subject, parts = templates[index](context)
    if kind == "linkedin":
        body = fit(parts, LINKEDIN_NOTE_LIMIT, " ")
    elif channel == "linkedin" and not contact.get("connected"):
        body = fit(parts, LINKEDIN_NOTE_LIMIT, "\n\n")
    else:
        body = "\n\n".join(part for part in parts if part)
    note = kind == "linkedin"
    if note:
        subject = ""  # a connection request's note has no subject, and is not sent by email
    result = {
        "kind": kind,
        "channel": channel,
        "variant": index,
        "subject": subject,
        "body": body,
        "mailto": "" if note else mailto_link(contact.get("email"), subject, body),
    }
    if channel == "mail":
        result["address_block"] = address_block(contact)
        result["address_missing"] = not result["address_block"]
    return result
