"""Article -> contact matching over the synthetic address book (made-up people and companies)."""

import importlib.util
import json
import time
from pathlib import Path

import pytest

from companion.matching import analyse_article, build_index, rank, record_dismissal

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
    analysis = analyse_article(ENERGY_ARTICLE)
    assert analysis["industries"][0]["id"] == "renewable-energy-power-generation"
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
            "title": "Your horoscope for the week: what the zodiac says about love",
            "description": "Astrology for every sign.",
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
        {"title": "Thoughts on a quiet Sunday", "description": "Nothing much happened, and that was fine."},
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
    boosted = _ids(_match(index, article, boost_ids={plain[1]}))
    assert boosted[0] == plain[1]


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


@pytest.mark.parametrize(
    ("title", "description", "sector"),
    [
        (
            "Fed holds rates steady, signals two cuts later this year",
            "Inflation remains above target.",
            "finance",
        ),
        (
            "Crypto exchange halts withdrawals as token price plunges",
            "Customers could not reach funds.",
            "finance",
        ),
        (
            "Chipmaker's data-center revenue doubles on AI demand",
            "Hyperscalers expand GPU clusters.",
            "technology",
        ),
        ("Security researchers find flaw in popular VPN software", "A patch is available.", "technology"),
        (
            "Star forward ruled out for six weeks with hamstring injury",
            "The club confirmed the scan.",
            "sports",
        ),
        ("F1: pole-sitter holds off rivals to win Monaco Grand Prix", "Pit strategy decided it.", "sports"),
        (
            "Protesters clash with police after disputed election",
            "The opposition called for a recount.",
            "government",
        ),
        (
            "Port strike threatens East Coast shipping",
            "Dockworkers and terminal operators disagree.",
            "transportation",
        ),
        (
            "Oil prices climb after OPEC+ extends output cuts",
            "Brent crude rose above $85 a barrel.",
            "energy",
        ),
        (
            "HR leaders rethink performance reviews for hybrid teams",
            "Employers favour feedback.",
            "professional",
        ),
        ("Law firms raise first-year associate salaries", "Pay for junior lawyers climbs.", "legal"),
        ("Cattle prices hit record as herd shrinks", "Ranchers culled animals after drought.", "agriculture"),
    ],
)
def test_business_tech_sport_and_world_headlines_land_in_their_sector(title, description, sector):
    analysis = analyse_article({"title": title, "description": description})
    assert analysis["sectors"][0]["id"] == sector
