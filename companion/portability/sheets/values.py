"""Reading the cells people type into tracking sheets: dates, yes/no, thank-you notes, channels.

Every parser takes the cell text and returns a clean value or raises ValueError with a message
that says what was wrong and what to type instead.
"""

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?")
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")
_MONTH_FIRST = re.compile(r"([a-z]+)\.?[ -](\d{1,2})(?:st|nd|rd|th)?,?[ -](\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]+)\.?,?[ -](\d{4})")
_EXCEL_SERIAL = re.compile(r"\d{5}")
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0, after its 1900 leap-year bug
DATE_HINT = "use YYYY-MM-DD, e.g. 2024-03-12"

YES = {"yes", "y", "true", "sent", "done", "x", "1", "✓", "✔", "✅", "☑", "thanked", "ok"}
NO = {"no", "n", "false", "0", "-", "–", "not yet", "pending", "todo", "to do", "✗", "✘", "❌", "none"}
_CHANNEL_WORDS = [
    ("in_person", ("in person", "in-person", "face to face")),
    ("mail", ("card", "mail", "letter", "post", "snail")),  # checked after e-mail, below
    ("linkedin", ("linkedin", "inmail")),
    ("phone", ("phone", "call", "text", "sms")),
]
CHANNELS = ("email", "mail", "linkedin", "phone", "in_person", "other")


def _checked(year: int, month: int, day: int) -> str:
    """A real calendar date as YYYY-MM-DD, or ValueError."""
    if not 1900 <= year <= 2100:
        raise ValueError("year out of range")
    return dt.date(year, month, day).isoformat()


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # 24 → 2024, 85 → 1985
        year += 2000 if year < 70 else 1900
    return year


def _numeric(first: int, second: int, sep: str, year: int, order: str) -> str:
    # Dots are a day-first convention (12.03.2024); slashes default to US order unless the
    # first number cannot be a month, or the whole column was seen to be day-first.
    day_first = sep == "." or first > 12 or (order == "dmy" and second <= 12)
    return _checked(year, first, second) if not day_first else _checked(year, second, first)


def find_date(text: str, order: str = "mdy") -> str | None:
    """The first date written anywhere in `text` as YYYY-MM-DD, or None when there is none."""
    low = text.strip().lower()
    try:
        if m := _ISO.search(low):
            return _checked(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC.search(low):
            return _numeric(int(m[1]), int(m[3]), m[2], _full_year(m[4]), order)
        if (m := _MONTH_FIRST.search(low)) and m[1] in MONTHS:
            return _checked(int(m[3]), MONTHS[m[1]], int(m[2]))
        if (m := _DAY_FIRST.search(low)) and m[2] in MONTHS:
            return _checked(int(m[3]), MONTHS[m[2]], int(m[1]))
        if _EXCEL_SERIAL.fullmatch(low) and 20000 <= int(low) <= 80000:
            return (_EXCEL_EPOCH + dt.timedelta(days=int(low))).isoformat()
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not a real date; {DATE_HINT}") from None
    return None


def parse_date(text: str, order: str = "mdy") -> str:
    """A whole cell that must be a date → YYYY-MM-DD; ValueError saying how to write it."""
    found = find_date(text, order)
    if found is None:
        raise ValueError(f"'{text.strip()}' is not a date; {DATE_HINT}")
    return found


def slash_order(cells: list[str]) -> str:
    """'dmy' when a sheet's n/n/yyyy dates can only be day-first (or it uses d.m.yyyy), else 'mdy'."""
    day_first_seen = month_first_seen = False
    for cell in cells:
        if m := _NUMERIC.search(cell):
            day_first_seen |= int(m[1]) > 12 or m[2] == "."
            month_first_seen |= int(m[3]) > 12
    return "dmy" if day_first_seen and not month_first_seen else "mdy"


def parse_yes_no(text: str) -> bool:
    """Yes/No-ish cell → bool; ValueError when it is neither."""
    low = text.strip().lower()
    if low in YES:
        return True
    if low in NO:
        return False
    raise ValueError(f"'{text.strip()}' is not Yes or No")


def find_channel(text: str) -> str | None:
    """The channel a free-text cell names ('card' → mail, 'e-mail' → email), or None."""
    low = text.strip().lower()
    if not low:
        return None
    if low in CHANNELS:
        return low
    if re.search(r"\be-?mail\b|\bemailed\b", low):
        return "email"
    for channel, words in _CHANNEL_WORDS:
        if any(re.search(rf"\b{re.escape(word)}", low) for word in words):
            return channel
    return None


def parse_thank_you(text: str, order: str = "mdy") -> dict | None:
    """A 'thank-you sent' cell → {date, channel} (either may be None), or None when not sent."""
    low = text.strip().lower()
    if not low or low in NO or low.startswith(("no ", "not ")):
        return None
    date = find_date(low, order)
    channel = find_channel(re.sub(r"\d", " ", low))
    affirmed = low in YES or low[0] in "✓✔✅☑" or re.match(r"(yes|sent|done|thanked)\b", low)
    if date is None and channel is None and not affirmed:
        raise ValueError(f"'{text.strip()}' is not understood; write the date it was sent, Yes, or No")
    return {"date": date, "channel": channel}
