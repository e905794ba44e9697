"""The wording of the drafts: several templates per kind, each a function of a draft context.

A template takes the context built by `companion.followups.drafts` (plain strings, "" when a fact is
unknown) and returns (subject, parts). Parts are paragraphs, or sentences for a LinkedIn note;
an `Extra` part may be dropped when the message has to be short. Every phrase that uses an
optional fact has a fallback that reads naturally without it, so no draft shows "at ," or "None".
"""


class Extra(str):
    """A part of a draft that can be left out to fit a length limit."""


# --- small phrases --------------------------------------------------------------------------------


def hello(c, word="Hi"):
    """'Hi Jane,' or, with no name, 'Hi there,' / 'Hello,'."""
    if c["first"]:
        return f"{word} {c['first']},"
    return "Hi there," if word == "Hi" else "Hello,"


def sign(c, closing):
    """The sign-off with the user's signature, or the closing word alone (the mail client adds one)."""
    return Extra(f"{closing},\n{c['me']}" if c["me"] else f"{closing},")


def at(company):
    return f" at {company}" if company else ""


def when(c, card=False):
    phrase = c["card_when"] if card else c["when"]
    return f" {phrase}" if phrase else ""


def doing_now(c):
    """One sentence on how the user is doing, from their profile."""
    if c["role"]:
        return f"Things are going well in my role as {c['role']}."
    if c["studies"]:
        return f"Things are going well with my {c['studies']}."
    return "Things have been busy on my side, in a good way."


# --- thank-you by email ---------------------------------------------------------------------------


def thank_you_warm(c):
    detail = (
        f"I especially appreciated what you shared about {c['topic']}, and I have been thinking "
        "about it since."
        if c["topic"]
        else f"It was really helpful to hear how you think about {c['work']}."
    )
    return f"Thank you for your time{when(c)}", [
        hello(c),
        f"Thank you for taking the time to talk with me{when(c)}. {detail}",
        Extra("I will keep you posted on how things go, and I hope we can stay in touch."),
        sign(c, "Best"),
    ]


def thank_you_clarity(c):
    detail = (
        f"Hearing about {c['topic']} gave me a much clearer picture of the path ahead."
        if c["topic"]
        else f"Hearing how you approach {c['work']} gave me a much clearer picture of the field."
    )
    if c["role"]:
        reflection = f"It has given me a lot to think about in my role as {c['role']}."
    elif c["studies"]:
        reflection = f"It has given me a lot to think about as I plan what comes after my {c['studies']}."
    else:
        reflection = "It has stayed with me ever since."
    return "Thanks for the conversation", [
        hello(c, "Dear"),
        f"I wanted to thank you again for our conversation{when(c)}. {detail}",
        Extra(f"{reflection} Thank you for being so generous with your time."),
        sign(c, "Warm regards"),
    ]


def thank_you_advice(c):
    busy = f", especially with how busy things must be at {c['company']}" if c["company"] else ""
    detail = (
        f"What you said about {c['topic']} stuck with me, and I am already putting it to use."
        if c["topic"]
        else "Your advice stuck with me, and I am already putting it to use."
    )
    subject = f"Thank you, {c['first']}" if c["first"] else "Thank you"
    return subject, [
        hello(c, "Hello"),
        f"I really appreciated you making time for me{when(c)}{busy}. {detail}",
        Extra("Thank you again. I hope we can stay in touch."),
        sign(c, "All the best"),
    ]


# --- thank-you card (by mail): short, handwritten style -------------------------------------------


def card_gratitude(c):
    detail = (
        f"I am still thinking about what you said about {c['topic']}."
        if c["topic"]
        else "Your insights meant a great deal to me."
    )
    return "Thank you", [
        hello(c, "Dear"),
        f"Thank you so much for your time and advice{when(c, card=True)}. {detail}",
        sign(c, "With gratitude"),
    ]


def card_small_note(c):
    gained = (
        f", and I came away with a much clearer sense of {c['topic']}"
        if c["topic"]
        else ", and I learned a great deal"
    )
    return "A note of thanks", [
        f"{c['first']}," if c["first"] else "Hello,",
        f"Just a small note to say thank you for speaking with me{when(c, card=True)}. "
        f"It was generous of you{gained}.",
        sign(c, "Warmly"),
    ]


def card_paths_cross(c):
    talk = f"Our conversation about {c['topic']}" if c["topic"] else "Our conversation"
    return "Thank you for your advice", [
        hello(c, "Dear"),
        f"Thank you for sharing your experience{at(c['company'])} with me. {talk} was exactly what I "
        "needed. I hope our paths cross again soon.",
        sign(c, "Gratefully"),
    ]


# --- career update --------------------------------------------------------------------------------


def update_quick(c):
    opener = (
        f"It has been {c['since']} since we last spoke, so I wanted to share a quick update."
        if c["since"]
        else "I wanted to share a quick update."
    )
    stayed = (
        f"Your advice about {c['topic']} has stayed with me"
        if c["topic"]
        else "Our conversation has stayed with me"
    )
    return "A quick update", [
        hello(c),
        f"I hope all is well{at(c['company'])}. {opener} {doing_now(c)}",
        Extra(f"{stayed}, and it has shaped what I have focused on since."),
        Extra("I would love to hear how things are going on your side too."),
        sign(c, "Best"),
    ]


def update_catching_up(c):
    return "Catching up", [
        hello(c, "Dear"),
        f"I thought you might like to hear how things have moved on since we spoke. {doing_now(c)}",
        Extra(
            f"I keep coming back to what you told me about {c['topic'] or c['work']}; it has been "
            "genuinely useful."
        ),
        Extra(f"I hope things are going well{at(c['company'])}, and thank you again for your help."),
        sign(c, "Warm regards"),
    ]


def update_difference(c):
    about = f" about {c['topic']}" if c["topic"] else ""
    return "An update, and thanks again", [
        hello(c, "Hello"),
        f"I wanted to let you know that your advice{about} made a real difference. {doing_now(c)}",
        Extra("If there is ever anything I can do to return the favour, I would be glad to help."),
        sign(c, "All the best"),
    ]


# --- article share --------------------------------------------------------------------------------


def article_came_across(c):
    link = f"{c['article_title']}\n{c['article_url']}" if c["article_title"] else c["article_url"]
    also = (
        Extra(f"It also reminded me of what you said about {c['topic']}.")
        if c["topic"] and c["topic"] not in c["reason"]
        else None
    )
    subject = f"Thought of you: {c['article_title']}" if c["article_title"] else "Thought of you"
    return subject, [
        hello(c),
        f"I came across this and thought of you because {c['reason']}:",
        link,
        also,
        Extra(f"No need to reply; I just thought you would enjoy it. I hope all is well{at(c['company'])}."),
        sign(c, "Best"),
    ]


def article_curious(c):
    piece = f"\u201c{c['article_title']}\u201d" if c["article_title"] else "this piece"
    vantage = f", from where you sit at {c['company']}" if c["company"] else ""
    return "Saw this and thought of you", [
        hello(c),
        f"I just read {piece} and thought of you, since {c['reason']}. Here is the link in case you "
        f"have not seen it: {c['article_url']}",
        Extra(f"I would be curious what you make of it{vantage}."),
        sign(c, "All the best"),
    ]


def article_made_me_think(c):
    titled = f", \u201c{c['article_title']}\u201d," if c["article_title"] else ""
    advice = f" about {c['topic']}" if c["topic"] else ""
    return c["article_title"] or "Worth a read", [
        hello(c, "Hello"),
        f"This article{titled} made me think of you because {c['reason']}: {c['article_url']}",
        Extra(f"I hope things are going well{at(c['company'])}, and thanks again for your advice{advice}."),
        sign(c, "Best wishes"),
    ]


# --- LinkedIn connection note (one paragraph, at most 300 characters) -----------------------------


def _dash_name(c):
    return Extra(f"\u2013 {c['me_first']}") if c["me_first"] else None


def note_stay_in_touch(c):
    name = f"Hi {c['first']}," if c["first"] else "Hi,"
    if c["met"]:
        opener = f"thank you again for talking with me{when(c)}."
    else:
        opener = f"I have enjoyed following your work{at(c['company'])}."
    keep = f" and keep following your work at {c['company']}" if c["company"] and c["met"] else ""
    closing = f"I would love to stay in touch here{keep}."
    return "Connecting on LinkedIn", [name, opener, closing, _dash_name(c)]


def note_glad_to_connect(c):
    name = f"Hello {c['first']}!" if c["first"] else "Hello!"
    if c["met"]:
        about = f" about {c['topic']}" if c["topic"] else ""
        opener = f"It was great to speak with you{when(c)}{about}."
    else:
        opener = f"Your work{at(c['company'])} caught my eye."
    focus = f"my role as {c['role']}" if c["role"] else (f"my {c['studies']}" if c["studies"] else "")
    focus_line = Extra(f"I am currently focused on {focus}.") if focus else None
    return "Let\u2019s connect", [name, opener, focus_line, "I would be glad to connect.", _dash_name(c)]


def note_conversation(c):
    name = f"Hi {c['first']}," if c["first"] else "Hi,"
    if c["met"]:
        thinking = f" and have been thinking about what you said about {c['topic']}" if c["topic"] else ""
        opener = f"I enjoyed our conversation{when(c)}{thinking}."
    else:
        field = c["industry"] or "your field"
        opener = f"I would value connecting with someone who knows {field} as well as you do."
    return "Staying connected", [name, opener, "Let\u2019s stay connected here.", _dash_name(c)]


TEMPLATES = {
    "thank_you": (thank_you_warm, thank_you_clarity, thank_you_advice),
    "card": (card_gratitude, card_small_note, card_paths_cross),
    "update": (update_quick, update_catching_up, update_difference),
    "article": (article_came_across, article_curious, article_made_me_think),
    "linkedin": (note_stay_in_touch, note_glad_to_connect, note_conversation),
}
