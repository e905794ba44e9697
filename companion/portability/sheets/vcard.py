"""Contacts as vCard 3.0 (RFC 2426), so they can be added to the user's own address book.

vobject does the escaping and line folding; we only decide which field goes where. The mailing
address is free text, so it goes whole into the street part of ADR and into LABEL (the printed
label); the LinkedIn profile goes into URL and into X-SOCIALPROFILE, which Apple Contacts shows.
"""

import vobject


def split_name(name: str) -> tuple[str, str]:
    """'Ada Lovelace Park' → ('Park', 'Ada Lovelace'): family name last, as most sheets write it."""
    parts = name.split()
    if len(parts) < 2:
        return name.strip(), ""
    return parts[-1], " ".join(parts[:-1])


def contact_vcard(contact: dict) -> vobject.base.Component:
    """One contact → a vobject vCard component."""
    card = vobject.vCard()
    name = (contact.get("name") or "").strip() or "(no name)"
    family, given = split_name(name)
    card.add("fn").value = name
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if contact.get("id"):
        card.add("uid").value = f"{contact['id']}@followup-companion"
    if contact.get("company"):
        card.add("org").value = [contact["company"]]
    for field, prop in (("title", "title"), ("notes", "note")):
        if contact.get(field):
            card.add(prop).value = contact[field]
    if contact.get("email"):
        email = card.add("email")
        email.value, email.type_param = contact["email"], "INTERNET"
    if contact.get("phone"):
        card.add("tel").value = contact["phone"]
    if contact.get("mailing_address"):
        card.add("adr").value = vobject.vcard.Address(street=contact["mailing_address"])
        card.add("label").value = contact["mailing_address"]
    if contact.get("linkedin_url"):
        card.add("url").value = contact["linkedin_url"]
        profile = card.add("x-socialprofile")
        profile.value, profile.type_param = contact["linkedin_url"], "linkedin"
    if contact.get("tags"):
        card.add("categories").value = [str(tag) for tag in contact["tags"]]
    return card


def contacts_vcard(contacts: list[dict]) -> str:
    """All contacts as one .vcf text (vCard 3.0, CRLF line ends)."""
    return "".join(contact_vcard(contact).serialize() for contact in contacts)
