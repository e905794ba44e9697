"""The canonical LinkedIn profile URL: the one key that de-duplicates captured contacts."""

import pytest

from companion.contacts.linkedin import NotAProfileUrl, canonical_profile_url, is_profile_url

CANONICAL = "https://www.linkedin.com/in/jane-roe-12345/"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/jane-roe-12345/",
        "https://www.linkedin.com/in/jane-roe-12345",
        "http://www.linkedin.com/in/jane-roe-12345/",
        "https://linkedin.com/in/jane-roe-12345/",
        "linkedin.com/in/jane-roe-12345",
        "www.linkedin.com/in/jane-roe-12345/",
        "https://uk.linkedin.com/in/jane-roe-12345/",
        "https://de.linkedin.com/in/jane-roe-12345",
        "https://m.linkedin.com/in/jane-roe-12345/",
        "https://www.linkedin.com/in/jane-roe-12345/?trk=public_profile&originalSubdomain=uk",
        "https://www.linkedin.com/in/jane-roe-12345?miniProfileUrn=urn%3Ali%3Afs",
        "https://www.linkedin.com/in/jane-roe-12345/#experience",
        "https://www.linkedin.com/in/jane-roe-12345/details/experience/",
        "https://www.linkedin.com/in/jane-roe-12345/details/skills/?detailScreenTabIndex=0",
        "https://www.linkedin.com/in/jane-roe-12345/fr",
        "https://www.linkedin.com/in/jane-roe-12345/en/",
        "https://www.linkedin.com/in/jane-roe-12345/recent-activity/all/",
        "https://www.linkedin.com/in/Jane-Roe-12345/",
        "HTTPS://WWW.LINKEDIN.COM/IN/JANE-ROE-12345/",
        "https://www.linkedin.com/in/jane%2Droe%2D12345/",
        "  https://www.linkedin.com/in/jane-roe-12345/  ",
    ],
)
def test_every_form_of_a_profile_url_becomes_the_same_canonical_url(url):
    assert canonical_profile_url(url) == CANONICAL


def test_percent_encoded_and_typed_non_ascii_slugs_are_the_same_profile():
    typed = canonical_profile_url("https://www.linkedin.com/in/josé-garcía/")
    encoded = canonical_profile_url("https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/")
    encoded_lower_hex = canonical_profile_url("https://es.linkedin.com/in/jos%c3%a9-garc%c3%ada?trk=x")
    assert typed == encoded == encoded_lower_hex == "https://www.linkedin.com/in/josé-garcía/"


def test_percent_encoded_uppercase_letters_fold_to_lowercase():
    assert (
        canonical_profile_url("https://www.linkedin.com/in/JOS%C3%89-GARC%C3%8DA/")
        == "https://www.linkedin.com/in/josé-garcía/"
    )


def test_different_people_keep_different_urls():
    assert canonical_profile_url("linkedin.com/in/jane-roe") != canonical_profile_url(
        "linkedin.com/in/jane-roe-2"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/in/jane-roe",
        "https://linkedin.com.evil.example/in/jane-roe",
        "https://evil-linkedin.com/in/jane-roe",
        "https://notlinkedin.com/in/jane-roe",
        "https://www.linkedin.com/company/acme-widgets/",
        "https://www.linkedin.com/in/",
        "https://www.linkedin.com/",
        "https://www.linkedin.com/pub/jane-roe/1/2/3",
        "https://www.linkedin.com/feed/",
        "https://www.linkedin.com/in/%2e%2e/",
        "https://www.linkedin.com/in/jane%2Froe/",
        "https://www.linkedin.com/in/x/",
        "ftp://www.linkedin.com/in/jane-roe",
        "javascript:alert(1)//www.linkedin.com/in/jane-roe",
        "file:///www.linkedin.com/in/jane-roe",
        "",
        "   ",
        "not a url at all",
        "https://[::1/in/jane",
    ],
)
def test_anything_that_is_not_a_profile_url_is_refused(url):
    with pytest.raises(NotAProfileUrl):
        canonical_profile_url(url)
    assert not is_profile_url(url)


@pytest.mark.parametrize("value", [None, 42, ["https://www.linkedin.com/in/jane-roe/"], {"url": "x"}])
def test_non_text_values_are_refused_not_crashed_on(value):
    with pytest.raises(NotAProfileUrl):
        canonical_profile_url(value)


def test_refusal_message_says_what_a_profile_url_looks_like():
    with pytest.raises(NotAProfileUrl) as err:
        canonical_profile_url("https://evil.example/in/jane-roe")
    assert "linkedin.com/in/" in str(err.value)


def test_canonical_url_is_stable_when_fed_back_in():
    once = canonical_profile_url("https://uk.linkedin.com/in/Jane-Roe-12345/details/experience/?trk=x")
    assert canonical_profile_url(once) == once
