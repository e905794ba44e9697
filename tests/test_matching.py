"""Article -> contact matching over the synthetic address book (made-up people and companies), by the
shipped learned model: named behaviours, and accuracy floors over made-up articles of other outlets."""

import importlib.util
import json
import time
from pathlib import Path

import pytest

from companion.matching import (
    analyse_article,
    analyse_articles,
    build_index,
    build_profile,
    rank,
    record_dismissal,
)
from tests import matching_probes as probes

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent

ENERGY_ARTICLE = {
    "url": "https://trade.example.test/offshore-wind-auction",
    "title": "Offshore wind auction draws record bids as developers race to add gigawatts",
    "description": "Renewable energy developers bid for seabed leases; "
    "grid interconnection queues remain a hurdle.",
    "text": "The auction covers 4 gigawatts of offshore wind capacity. Developers said turbine supply and "
    "power purchase agreements with utilities would decide which solar and wind farms get built first.",
    "site_name": "Renewables Trade Weekly",
}


@pytest.fixture(scope="module")
def contacts():
    return json.loads((FIXTURES / "addressbook.json").read_text())["contacts"]


@pytest.fixture(scope="module")
def index(contacts):
    return build_index(contacts)


def _ids(suggestions):
    return [s["contact_id"] for s in suggestions]


def _match(index, article, **kwargs):
    return rank(analyse_article(article), index, **kwargs)


def test_trade_press_energy_article_goes_to_energy_contact_with_industry_reason(index):
    suggestions = _match(index, ENERGY_ARTICLE)
    assert suggestions[0]["contact_id"] == "c27"
    assert "Samuel works in Renewable Energy Power Generation" in " ".join(suggestions[0]["reasons"])
    assert "Matches Samuel's interest: offshore wind" in suggestions[0]["reasons"]
    assert all(0 < s["score"] <= 1 for s in suggestions)
    assert [s["score"] for s in suggestions] == sorted((s["score"] for s in suggestions), reverse=True)


def test_analysis_names_taxonomy_industries_best_first():
    analysis = analyse_article(
        {
            "title": "Utilities sign power purchase agreements for new solar and offshore wind farms",
            "description": "Renewable energy capacity grows as turbine makers and solar developers expand.",
        }
    )
    assert "renewable-energy-power-generation" in [i["id"] for i in analysis["industries"][:3]]
    assert [i["score"] for i in analysis["industries"]] == sorted(
        (i["score"] for i in analysis["industries"]), reverse=True
    )
    assert analysis["sectors"][0]["id"] == "energy"
    assert analysis["private_life"] is False


@pytest.mark.parametrize(
    ("article", "sector_ids"),
    [
        (
            {
                "title": "Senate passes budget bill after late-night vote",
                "description": "Lawmakers sent the spending legislation to the president.",
            },
            {"c21", "c22", "c23"},
        ),
        (
            {
                "title": "Hospital nurses warn of staffing shortages as flu season peaks",
                "description": "Patients face longer waits in emergency rooms.",
            },
            {"c05", "c04", "c06"},
        ),
        (
            {
                "title": "Central bank raises interest rates again as inflation lingers",
                "description": "Banks and bond investors brace for a slower economy.",
            },
            {"c07", "c08", "c09"},
        ),
        (
            {
                "title": "Quarterback leads comeback as playoff race tightens",
                "description": "The coach praised the team's defense in the fourth quarter.",
            },
            {"c32", "c33"},
        ),
        (
            {
                "title": "Ransomware attack exposes data breach at regional insurer",
                "description": "Hackers encrypted servers; security researchers traced the malware.",
            },
            {"c02", "c01", "c03"},
        ),
        (
            {
                "title": "Museum opens retrospective of a painter's late work",
                "description": "The exhibition gathers 80 paintings and sculptures.",
            },
            {"c19", "c20"},
        ),
    ],
)
def test_articles_across_sectors_reach_contacts_of_that_sector_first(index, article, sector_ids):
    suggestions = _match(index, article)
    assert suggestions and suggestions[0]["contact_id"] in sector_ids


def test_article_naming_a_contacts_company_says_so(index):
    article = {
        "title": "Corvexa Medical recalls infusion pump after software fault",
        "description": "The device maker said no patients were harmed.",
    }
    suggestions = _match(index, article)
    assert suggestions[0]["contact_id"] == "c04"
    assert "Mentions Corvexa Medical, Priya's company" in suggestions[0]["reasons"]


def test_past_employer_from_notes_is_recognised(index):
    article = {"title": "Halden Biologics wins approval for new cell therapy", "description": ""}
    suggestions = _match(index, article)
    reasons = {s["contact_id"]: s["reasons"] for s in suggestions}
    assert "Mentions Halden Biologics, where Priya used to work" in reasons["c04"]


@pytest.mark.parametrize(
    "article",
    [
        {
            "title": "Our wedding: how we planned the bride's dress and the groom's vows",
            "description": "A honeymoon on a budget for newlyweds.",
        },
        {
            "title": "10 bedtime tricks for toddlers, from a tired mom",
            "description": "Parenting advice for getting your kids to sleep.",
        },
        {
            "title": "After the divorce: co-parenting with my ex-husband",
            "description": "How we split custody of the children.",
        },
    ],
)
def test_private_life_items_get_nobody(index, article):
    assert analyse_article(article)["private_life"] is True
    assert _match(index, article) == []


@pytest.mark.parametrize(
    "article",
    [
        {"title": "", "description": "", "text": ""},
        {},
    ],
)
def test_off_topic_or_empty_items_get_nobody(index, article):
    assert _match(index, article) == []


def test_excluded_ids_and_already_shared_urls_are_never_returned(index):
    history = {"c28": {"shared_urls": {ENERGY_ARTICLE["url"]}}}
    suggestions = _match(index, ENERGY_ARTICLE, exclude_ids={"c27"}, history=history, limit=10)
    assert "c27" not in _ids(suggestions)
    assert "c28" not in _ids(suggestions)
    assert suggestions  # other energy people are still suggested


def test_dismissed_topics_weigh_less_next_time(index):
    before = {s["contact_id"]: s["score"] for s in _match(index, ENERGY_ARTICLE, limit=10)}
    first = _match(index, ENERGY_ARTICLE, limit=1)[0]
    history = {"c27": record_dismissal(None, first["topics"])}
    after = {s["contact_id"]: s["score"] for s in _match(index, ENERGY_ARTICLE, limit=10, history=history)}
    assert after.get("c27", 0) < before["c27"]


def test_due_contacts_rank_up_among_equals(index):
    article = {
        "title": "Supreme Court hears arguments in landmark lawsuit",
        "description": "Judges questioned the attorneys on the ruling below.",
    }
    plain = _ids(_match(index, article))
    lawyers = [cid for cid in plain if cid in {"c24", "c25"}]  # the two contacts who fit it about as well
    boosted = _ids(_match(index, article, boost_ids={lawyers[1]}))
    assert boosted[0] == lawyers[1]


def test_index_update_and_remove_change_who_is_suggested(contacts):
    index = build_index(contacts)
    article = {
        "title": "Vineyard harvest: winemakers expect a strong vintage",
        "description": "Wineries and restaurants prepare for the new wine.",
    }
    assert "new" not in _ids(_match(index, article, limit=10))
    index.update({"id": "new", "name": "Ines Moreau", "industry": "Wineries", "company": "Clos Ardent"})
    assert "new" in _ids(_match(index, article, limit=10))
    index.update({"id": "new", "name": "Ines Moreau", "industry": "Banking", "company": "Clos Ardent"})
    assert "new" not in _ids(_match(index, article, limit=10))
    index.remove("new")
    index.remove("never-indexed")
    assert "new" not in index.profiles and len(index) == len(contacts)


def test_match_stays_fast_at_five_thousand_contacts(contacts):
    many = [dict(c, id=f"{c['id']}-{n}") for n in range(120) for c in contacts][:5000]
    index = build_index(many)
    analysis = analyse_article(ENERGY_ARTICLE)
    started = time.perf_counter()
    for _ in range(20):
        rank(analysis, index)
    assert (time.perf_counter() - started) / 20 < 0.05


def _load_eval():
    spec = importlib.util.spec_from_file_location("eval_matching", ROOT / "scripts" / "eval_matching.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE_ITEMS = [
    (
        "TECH",
        "Chipmaker unveils faster processor for AI data centers",
        "Cloud providers line up for the chips.",
    ),
    ("SPORTS", "Striker's late goal sends club into the championship final", "Fans stormed the pitch."),
    (
        "FOOD & DRINK",
        "Chef opens a second restaurant with a seasonal tasting menu",
        "Reservations open Monday.",
    ),
    (
        "TRAVEL",
        "Airlines add flights to island destinations for winter travel",
        "Hotels report strong bookings.",
    ),
    ("POLITICS", "Governor signs election law after Senate vote", "Democrats and Republicans split."),
    ("CRIME", "Police arrest suspect after downtown robbery", "Prosecutors filed charges Tuesday."),
    ("ENVIRONMENT", "Climate change is shrinking glaciers faster, scientists warn", "Emissions keep rising."),
    ("RELIGION", "Pope addresses bishops on the future of the church", "Catholics gathered at the Vatican."),
    ("WEDDINGS", "The bride wore her grandmother's dress", "Wedding guests danced until dawn."),
    ("PARENTING", "How to survive the toddler years", "Parenting tips for tired moms and dads."),
]


def test_eval_script_scores_a_small_bundled_set(contacts):
    module = _load_eval()
    items = [
        {"category": c, "headline": h, "short_description": d, "link": f"https://x.test/{i}"}
        for i, (c, h, d) in enumerate(SAMPLE_ITEMS)
    ]
    result = module.evaluate(items, contacts)
    assert result["mapped_items"] == 8
    assert result["hit_at_1"] >= 0.75
    assert result["hit_at_3"] >= 0.875
    assert result["private_suggested"] == 0.0


def test_analysis_lists_organisations_a_reader_would_recognise():
    analysis = analyse_article(
        {
            "title": "FDA clears device as Medtronic shares rise",
            "description": "The Federal Reserve and the University of Michigan said on Tuesday that "
            "confidence fell. Jerome Powell spoke.",
        }
    )
    names = analysis["organisations"]
    assert {"FDA", "Federal Reserve", "University of Michigan", "Medtronic"} <= set(names)
    assert "Jerome Powell" not in names


def test_article_naming_an_industry_prefers_contacts_in_that_industry(index):
    article = {
        "title": "Hotel occupancy hits post-pandemic high as business travel returns",
        "description": "Average daily rates at hotels rose 6%, led by conference demand.",
    }
    suggestions = _match(index, article)
    assert suggestions[0]["contact_id"] == "c36"
    assert "Hiro works in Hotels and Motels" in suggestions[0]["reasons"][0]


@pytest.mark.parametrize(
    ("article", "fitting"),
    [
        (
            {
                "title": "Container rates climb as carriers reroute around the canal",
                "description": "Freight forwarders report longer transit times at Asian ports.",
                "text": "Ocean carriers added surcharges while shippers move more cargo by air and rail. "
                "Warehouse operators say inventories are thinning as supply chain delays stretch on. " * 5,
                "site_name": "Freight Trade Daily",
            },
            {"c41"},
        ),
        (
            {
                "title": "Late penalty earns United a draw in derby",
                "description": "A stoppage-time spot kick rescued a point for the home side.",
                "text": "The striker converted after a handball. The manager praised his midfield. " * 8,
            },
            {"c32", "c33"},
        ),
        (
            {
                "title": "Bank earnings beat forecasts as trading revenue jumps",
                "description": "Shares rose after quarterly profit topped analyst estimates.",
                "text": "Net income rose on higher interest income. Investment banking fees climbed as "
                "mergers and initial public offerings picked up. " * 10,
            },
            {"c07", "c08", "c09"},
        ),
    ],
)
def test_full_length_trade_press_and_news_articles_reach_their_field(index, article, fitting):
    suggestions = _match(index, article)
    assert suggestions[0]["contact_id"] in fitting


def test_odd_input_shapes_never_break_matching():
    index = build_index(
        [
            {"id": 1, "name": None, "tags": "solar, wind", "company": 42, "industry": ["x"], "notes": 7},
            {"id": "b", "name": "Ann Lee", "industry": "Renewable Energy"},
            "not a contact",
            {"no": "id"},
        ]
    )
    assert len(index) == 2
    suggestions = _match(index, {"title": "Solar farm approved", "keywords": [1, 2, "solar"]})
    assert [s["contact_id"] for s in suggestions] == ["b", 1]
    assert "Matches this contact's interest: solar" in suggestions[1]["reasons"]
    assert analyse_article({"title": 123, "description": None, "text": ["x"]})["sectors"] == []
    assert rank({}, index) == []


def _top_sectors(title, description="", text=""):
    analysis = analyse_article({"title": title, "description": description, "text": text})
    return [] if analysis["private_life"] else [s["id"] for s in analysis["sectors"][:3]]


def _sector_rates(rows):
    top1 = top3 = 0
    for *texts, fits in rows:
        sectors = _top_sectors(*texts)
        top1 += bool(sectors) and sectors[0] in fits
        top3 += any(s in fits for s in sectors)
    return top1 / len(rows), top3 / len(rows)


# Floors a little under what the shipped model scores (top sector first / in the top three, when written:
# other outlets 0.88 / 0.97, named entities 0.80 / 0.90, wires 0.55 / 0.85): a model that transfers
# worse to other sources fails here.
@pytest.mark.parametrize(
    ("rows", "floor1", "floor3"),
    [
        (probes.OTHER_OUTLET_ARTICLES, 0.8, 0.9),
        ([(t, d, "", f) for t, d, f in probes.NAMED_ENTITY_HEADLINES], 0.7, 0.85),
        ([(t, "", "", f) for t, f in probes.WIRE_HEADLINES], 0.5, 0.8),
    ],
    ids=["other-outlets", "named-entities", "wires"],
)
def test_articles_from_other_outlets_land_in_a_fitting_sector(rows, floor1, floor3):
    top1, top3 = _sector_rates(rows)
    assert top1 >= floor1
    assert top3 >= floor3


def _hit_rates(index, contacts, items):
    sector_of = {c["id"]: c["fit_sector"] for c in contacts}
    top1 = top3 = 0
    for title, description, text, fits in items:
        found = _match(index, {"title": title, "description": description, "text": text}, limit=3)
        sectors = [sector_of[s["contact_id"]] for s in found]
        top1 += bool(sectors) and sectors[0] in fits
        top3 += any(s in fits for s in sectors)
    return top1 / len(items), top3 / len(items)


@pytest.mark.parametrize(
    ("items", "floor1", "floor3"),
    # when written: lifestyle 0.79 / 0.85, cross-field 0.75 / 0.92
    [(probes.LIFESTYLE_TRADE_ARTICLES, 0.7, 0.8), (probes.CROSS_FIELD_ARTICLES, 0.65, 0.85)],
    ids=["lifestyle", "cross"],
)
def test_trade_press_reaches_a_fitting_contact_first(index, contacts, items, floor1, floor3):
    hit1, hit3 = _hit_rates(index, contacts, items)
    assert hit1 >= floor1
    assert hit3 >= floor3


def test_professional_news_from_other_outlets_is_rarely_taken_for_private_life():
    rows = probes.OTHER_OUTLET_ARTICLES + probes.LIFESTYLE_TRADE_ARTICLES + probes.CROSS_FIELD_ARTICLES
    analyses = analyse_articles([{"title": t, "description": d, "text": x} for t, d, x, _ in rows])
    flagged = [t for (t, *_), a in zip(rows, analyses, strict=True) if a["private_life"]]
    assert len(flagged) / len(rows) <= 0.1, flagged


def test_a_batch_is_analysed_as_each_article_alone():
    articles = [
        ENERGY_ARTICLE,
        {"title": "Senate passes the budget bill"},
        {},
        {"title": "My toddler's tantrums"},
    ]
    batch = analyse_articles(articles)
    for article, together in zip(articles, batch, strict=True):
        alone = analyse_article(article)
        assert together["sectors"] == alone["sectors"]
        assert together["private_life"] == alone["private_life"]
        assert together["industries"] == alone["industries"]


def test_sector_scores_are_probabilities_best_first():
    sectors = analyse_article(ENERGY_ARTICLE)["sectors"]
    scores = [s["score"] for s in sectors]
    assert scores == sorted(scores, reverse=True)
    assert 0.9 <= sum(scores) <= 1.0 + 1e-6


def test_a_contact_with_no_industry_is_placed_by_what_its_profile_says():
    profile = build_profile(
        {"id": "x", "name": "Ana Ruiz", "headline": "Sous chef at a farm-to-table bistro"}
    )
    assert profile["sector"] == "food"
    assert build_profile({"id": "y", "name": "No Clue"})["sector"] is None


def test_an_interest_close_in_meaning_to_the_article_is_a_reason():
    people = [
        {"id": "p", "name": "Lee Grant", "industry": "Utilities", "tags": ["offshore wind"]},
        {"id": "q", "name": "Ann Moss", "industry": "Utilities"},
    ]
    found = _match(build_index(people), {"title": "Offshore wind farm wins approval off the coast"})
    assert found[0]["contact_id"] == "p"
    assert "Matches Lee's interest: offshore wind" in found[0]["reasons"]
    meaning = _match(
        build_index(people), {"title": "Wind turbine makers bid for seabed leases off the coast"}
    )
    assert meaning[0]["contact_id"] == "p"
    assert "Close to Lee's interest: offshore wind" in meaning[0]["reasons"]


def test_a_field_the_article_is_partly_about_is_named_as_such():
    people = [
        {"id": "s", "name": "Kai Lund", "company": "Stripe", "industry": "Software Development"},
        {"id": "p", "name": "Pia Ray", "company": "Pfizer", "industry": "Pharmaceutical Manufacturing"},
    ]
    answer = _match(build_index(people), {"title": "Pfizer cuts 500 data jobs"})
    found = {s["contact_id"]: s["reasons"] for s in answer}
    assert found["p"][0] == "Mentions Pfizer, Pia's company"
    assert found["s"][0].startswith("Partly about Technology; Kai works in Software Development")
