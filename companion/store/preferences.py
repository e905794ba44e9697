"""The user's settings (follow-up cadence, poller...) and their own profile, used in drafts."""

from companion.config import SETTINGS, default_settings
from companion.errors import ValidationError
from companion.store.storage import Store
from companion.validation import Strict, Text, validate

SETTINGS_KEY = "settings"
PROFILE_KEY = "profile"


class ProfileFields(Strict):
    """The user's own details that drafts sign with."""

    name: Text(200) = ""
    email: Text(254) = ""
    school: Text(200) = ""
    programme: Text(200) = ""
    current_role: Text(200) = ""
    signature: Text(1000) = ""


def current_settings(store: Store) -> dict:
    """Every setting: stored values over the defaults."""
    stored = store.get_doc(SETTINGS_KEY)
    return {**default_settings(), **{k: v for k, v in stored.items() if k in SETTINGS}}


def describe_settings(store: Store) -> list[dict]:
    """Each setting with its value, default, bounds and help (for the dashboard and the API)."""
    values = current_settings(store)
    return [
        {
            "name": s.name,
            "value": values[s.name],
            "default": s.default,
            "minimum": s.minimum,
            "maximum": s.maximum,
            "help": s.help,
        }
        for s in SETTINGS.values()
    ]


def check_settings(payload: dict) -> dict:
    """The changes in `payload`, each checked against its bounds; every problem reported."""
    errors, clean = [], {}
    for name, value in payload.items():
        setting = SETTINGS.get(name)
        if setting is None:
            errors.append(f"`{name}` is not a setting; known: {', '.join(SETTINGS)}")
        elif isinstance(value, bool) or not isinstance(value, int):
            errors.append(f"`{name}` must be a whole number, got {value!r:.40}")
        elif not setting.minimum <= value <= setting.maximum:
            errors.append(f"`{name}` must be between {setting.minimum} and {setting.maximum}, got {value}")
        else:
            clean[name] = value
    if errors:
        raise ValidationError(errors)
    return clean


def update_settings(store: Store, payload: dict) -> dict:
    """Store changed settings after checking them together; returns all settings."""
    changes = check_settings(payload)
    with store.lock:
        merged = {**current_settings(store), **changes}
        if merged["min_follow_up_gap_days"] > merged["follow_up_interval_days"]:
            raise ValidationError(
                ["`min_follow_up_gap_days` cannot be longer than `follow_up_interval_days`"]
            )
        store.put_doc(SETTINGS_KEY, merged)
    return merged


def get_profile(store: Store) -> dict:
    """The user's profile with every field present."""
    return {**ProfileFields().model_dump(), **store.get_doc(PROFILE_KEY)}


def update_profile(store: Store, payload: dict) -> dict:
    """Store the profile fields the client sent."""
    values, sent = validate(ProfileFields, payload)
    with store.lock:
        merged = {**get_profile(store), **{k: values[k] for k in sent}}
        store.put_doc(PROFILE_KEY, merged)
    return merged
