"""Pages of a long list on the dashboard: the page asked for in the query string, read leniently
(a page is not the API: junk falls back to the first page, a page past the end shows the last),
and which slice of the list it covers."""

import math
from dataclasses import dataclass

PER_PAGE_CHOICES = (50, 100, 250, 500)
DEFAULT_PER_PAGE = 100
PAST_THE_END = 10**9  # a page number too long to read is still a page past the end


def per_page_from(raw: str | None) -> int:
    """Rows per page: one of the choices, else the default."""
    return {str(n): n for n in PER_PAGE_CHOICES}.get((raw or "").strip(), DEFAULT_PER_PAGE)


def page_number_from(raw: str | None) -> int:
    """The page asked for, 1 or more: 1 when missing or not a whole number."""
    text = (raw or "").strip()
    if not (text.isascii() and text.isdigit()):  # isascii: int() would also read "٣" or "３"
        return 1
    return max(1, int(text)) if len(text) <= 9 else PAST_THE_END


@dataclass(frozen=True)
class Page:
    """One page of `total` items: `number` is always a real page (1 to `pages`)."""

    number: int
    per_page: int
    total: int

    @classmethod
    def of(cls, asked: int, per_page: int, total: int) -> "Page":
        """The page asked for, moved onto the nearest page that exists."""
        pages = max(1, math.ceil(total / per_page))
        return cls(min(max(1, asked), pages), per_page, total)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def offset(self) -> int:
        """How many items come before this page."""
        return (self.number - 1) * self.per_page

    @property
    def end(self) -> int:
        """How many items come up to the end of this page."""
        return min(self.offset + self.per_page, self.total)

    @property
    def first_shown(self) -> int:
        """The position (from 1) of the page's first item; 0 when there are none."""
        return self.offset + 1 if self.total else 0

    @property
    def previous(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < self.pages else None

    def cut(self, items: list) -> list:
        """This page's items of the whole list."""
        return items[self.offset:self.end]

    def numbers(self, around: int = 2) -> list[int | None]:
        """Page numbers to offer: the first, the last, and `around` either side of this one,
        with None where pages are left out (a gap of just one page shows that page instead)."""
        shown = sorted({1, self.pages, *range(self.number - around, self.number + around + 1)})
        out: list[int | None] = []
        for n in (n for n in shown if 1 <= n <= self.pages):
            if out and n - out[-1] == 2:
                out.append(n - 1)
            elif out and n - out[-1] > 2:
                out.append(None)
            out.append(n)
        return out

    def at_per_page(self, per_page: int) -> int:
        """The page number, at `per_page` rows a page, that holds this page's first item."""
        return self.offset // per_page + 1
