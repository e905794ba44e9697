"""An index over the stored contacts and interactions, for matching imported rows to people.

Built once per import so that matching 10,000 rows is dictionary look-ups, not a scan per row.
"""

from collections import defaultdict

from companion.contacts.linkedin import profile_url_or_none


def fold(text: str) -> str:
    """Case- and spacing-insensitive form of a name, organization or email."""
    return " ".join(str(text or "").split()).casefold()


def identity_keys(contact: dict) -> list[tuple]:
    """The keys that say who a contact is: ID, LinkedIn URL, email, name + organization."""
    keys = []
    if contact.get("id"):
        keys.append(("id", str(contact["id"])))
    if contact.get("linkedin_url"):
        keys.append(("linkedin", profile_url_or_none(contact["linkedin_url"]) or contact["linkedin_url"]))
    if contact.get("email"):
        keys.append(("email", fold(contact["email"])))
    if contact.get("name"):
        keys.append(("name", fold(contact["name"]), fold(contact.get("company", ""))))
    return keys


class Book:
    """Stored contacts indexed by ID, LinkedIn URL, email and name; interactions by contact."""

    def __init__(self, contacts: list[dict], interactions: list[dict]):
        self.by_key: dict[tuple, dict] = {}
        self.by_name: dict[str, list[dict]] = defaultdict(list)
        self.contacts = {str(contact["id"]): contact for contact in contacts if contact.get("id")}
        for contact in self.contacts.values():
            for key in identity_keys(contact):
                self.by_key.setdefault(key, contact)
            self.by_name[fold(contact.get("name", ""))].append(contact)
        self.interactions: dict[str, list[dict]] = defaultdict(list)
        for interaction in interactions:
            self.interactions[str(interaction.get("contact_id"))].append(interaction)

    def match(self, incoming: dict) -> dict | None:
        """The stored contact an incoming row describes, or None for a new person."""
        found = self.match_why(incoming)
        return found[0] if found else None

    def match_why(self, incoming: dict) -> tuple[dict, str] | None:
        """The stored contact an incoming row describes and the kind of key that says so ("id",
        "linkedin", "email", "name", or "name_only" when one side names no organization), or None."""
        for key in identity_keys(incoming):
            if key[0] != "name" and key in self.by_key:
                return self.by_key[key], key[0]
        return self._match_by_name(incoming)

    def _match_by_name(self, incoming: dict) -> tuple[dict, str] | None:
        candidates = [
            contact
            for contact in self.by_name.get(fold(incoming.get("name", "")), [])
            if not _different_profiles(contact, incoming)
        ]
        company = fold(incoming.get("company", ""))
        exact = [contact for contact in candidates if fold(contact.get("company", "")) == company]
        if exact:
            return exact[0], "name"
        # An empty organization on either side does not contradict; but only a unique name counts.
        loose = [contact for contact in candidates if not company or not fold(contact.get("company", ""))]
        return (loose[0], "name_only") if len(loose) == 1 else None

    def linkedin_conflict(self, incoming: dict, matched: dict | None) -> str | None:
        """A reason to reject when the row's LinkedIn URL belongs to a different stored contact."""
        url = incoming.get("linkedin_url")
        owner = self.by_key.get(("linkedin", url)) if url else None
        if owner is None or (matched is not None and owner["id"] == matched["id"]):
            return None
        return f"LinkedIn URL {url} already belongs to {owner.get('name', '')} (ID {owner['id']})"

    def has_thank_you(self, contact_id, date: str | None) -> bool:
        """True when a thank-you is already stored on `date` (any date, when `date` is None)."""
        if contact_id is None:
            return False
        stored = (self.contacts[str(contact_id)].get("followup") or {}).get("thank_you") or {}
        if stored.get("state") == "sent" and (date is None or stored.get("date") == date):
            return True
        return any(
            item.get("kind") == "thank_you" and (date is None or item.get("date") == date)
            for item in self.interactions.get(str(contact_id), [])
        )

    def has_touch(self, contact_id, date: str) -> bool:
        """True when the stored history already holds a touch on `date` or a later one."""
        if contact_id is None:
            return False
        last_touch = (self.contacts[str(contact_id)].get("followup") or {}).get("last_touch")
        if last_touch and last_touch >= date:
            return True
        return any(item.get("date") == date for item in self.interactions.get(str(contact_id), []))


def _different_profiles(contact: dict, incoming: dict) -> bool:
    stored, new = contact.get("linkedin_url"), incoming.get("linkedin_url")
    return bool(stored and new and (profile_url_or_none(stored) or stored) != new)
