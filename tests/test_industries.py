"""The industry taxonomy: listing, normalising free text and inferring from a role."""

import pytest

from companion.industries import lookup


def _id(entry):
    return entry["id"] if entry else None


def test_taxonomy_lists_linkedin_names_with_unique_ids_and_sectors():
    entries = lookup.all_industries()
    ids = [e["id"] for e in entries]
    assert len(entries) >= 150
    assert len(ids) == len(set(ids))
    assert {e["sector"] for e in entries} == set(lookup.sectors())
    assert all(e["name"] and e["sector_name"] for e in entries)
    assert "Hospitals and Health Care" in {e["name"] for e in entries}


def test_get_industry_by_id_and_by_linkedin_code():
    assert lookup.get_industry("software-development")["name"] == "Software Development"
    assert lookup.get_industry("4")["name"] == "Software Development"
    assert lookup.get_industry("no-such-industry") is None
    assert lookup.get_industry(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hospitals and Health Care", "hospitals-and-health-care"),
        ("Hospital & Health Care", "hospitals-and-health-care"),
        ("hospital and health-care", "hospitals-and-health-care"),
        ("Computer Software", "software-development"),
        ("Information Technology and Services", "it-services-and-it-consulting"),
        ("Management Consulting", "business-consulting-and-services"),
        ("Oil & Energy", "oil-and-gas"),
        ("the software industry", "software-development"),
        ("  RENEWABLE ENERGY  ", "renewable-energy-power-generation"),
    ],
)
def test_normalise_maps_names_old_names_and_case(text, expected):
    assert _id(lookup.normalise(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IT", "it-services-and-it-consulting"),
        ("VC", "venture-capital-and-private-equity-principals"),
        ("pharma", "pharmaceutical-manufacturing"),
        ("Fintech", "financial-services"),
        ("Journalism", "newspaper-publishing"),
        ("Banking & Finance", "banking"),
        ("Post-production", "animation-and-post-production"),
        ("Gambling", "gambling-facilities-and-casinos"),
        ("Data Science", "data-infrastructure-and-analytics"),
        ("PropTech", "real-estate"),
        ("AgTech", "farming"),
        ("Hardware", "computer-hardware-manufacturing"),
        ("Dentistry", "dentists"),
        ("Chemistry", "chemical-manufacturing"),
    ],
)
def test_normalise_understands_abbreviations_and_synonyms(text, expected):
    assert _id(lookup.normalise(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hosptial and Healthcare", "hospitals-and-health-care"),
        ("Sofware Development", "software-development"),
        ("Investmant Banking", "investment-banking"),
    ],
)
def test_normalise_forgives_typos(text, expected):
    assert _id(lookup.normalise(text)) == expected


@pytest.mark.parametrize("text", ["", "   ", None, 42, "xyzzy qwerty"])
def test_normalise_returns_none_when_nothing_fits(text):
    assert lookup.normalise(text) is None


@pytest.mark.parametrize(
    ("headline", "title", "company", "expected_sector", "expected_id"),
    [
        ("Nurse at Mayo Clinic", "", "", "health", "hospitals-and-health-care"),
        ("Software Engineer at Stripe", "", "", "technology", "software-development"),
        ("Associate at Goldman Sachs", "", "", "finance", "investment-banking"),
        ("", "Associate", "Goldman Sachs", "finance", "investment-banking"),
        ("Teacher", "", "", "education", "primary-and-secondary-education"),
        ("Attorney at Hale & Marsh LLP", "", "", "legal", "law-practice"),
        ("Reporter | The Daily Ledger", "", "", "media", "newspaper-publishing"),
        ("", "Operations Lead", "Bayfront Hotels", "hospitality", "hotels-and-motels"),
    ],
)
def test_infer_reads_role_and_company(headline, title, company, expected_sector, expected_id):
    entry = lookup.infer(headline, title, company)
    assert entry["sector"] == expected_sector
    assert entry["id"] == expected_id


def test_infer_returns_none_without_clues():
    assert lookup.infer("", "", "") is None
    assert lookup.infer("Open to opportunities", "", "") is None


def test_every_sector_names_only_other_known_sectors_as_neighbours():
    from companion.industries.taxonomy import RELATED_SECTORS

    known = set(lookup.sectors())
    assert set(RELATED_SECTORS) <= known
    for sector, neighbours in RELATED_SECTORS.items():
        assert set(neighbours) <= known - {sector}


def test_a_think_tank_is_in_government_with_public_policy():
    # Its people want politics and policy news, as a public policy office's do.
    assert lookup.normalise("Think tank")["sector"] == lookup.normalise("Public Policy")["sector"]
