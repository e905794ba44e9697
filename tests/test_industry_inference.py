"""Industry inference on the headlines real users have: a broad synthetic set of LinkedIn-style roles.

Each case is (headline, title, company, expected sector). The expected sectors were written down before
the hint tables were broadened, from what a career adviser would say the person works in. A tuple of
sectors marks a case where several answers are defensible (an MBA student who was at Deloitte): those
count towards the accuracy floor but are not asserted one by one. No case names a real person; the
companies are well-known ones because users' contacts work at them.
"""

import pytest

from companion.industries import lookup
from companion.industries.hints import COMPANY_HINTS

CASES = [
    # technology
    ("Senior Software Engineer at Shopify", "", "", "technology"),
    ("Staff Engineer | Distributed Systems | ex-Amazon", "", "", "technology"),
    ("UX/UI Designer at Canva", "", "", "technology"),
    ("Product Manager", "", "Atlassian", "technology"),
    ("Frontend Developer | React | TypeScript", "", "", "technology"),
    ("Machine Learning Engineer at OpenAI", "", "", "technology"),
    ("Site Reliability Engineer", "", "Cloudflare", "technology"),
    ("Solutions Architect at AWS", "", "", "technology"),
    ("Cloud Engineer", "", "Microsoft", "technology"),
    ("IT Support Specialist", "", "", "technology"),
    ("Data Analyst at Snowflake", "", "", "technology"),
    ("Network Engineer", "", "Cisco", "technology"),
    ("Head of Growth @ Notion | Angel Investor", "", "", "technology"),
    ("Chip Design Engineer at AMD", "", "", "technology"),
    ("Telecom Field Technician", "", "Verizon", "technology"),
    ("Game Developer at Riot Games", "", "", "technology"),
    ("Computer Science Student at Georgia Tech", "", "", "technology"),
    ("Software Engineering Intern at Google", "", "", "technology"),
    ("Blockchain Developer", "", "Coinbase", ("technology", "finance")),
    ("Product Designer at Figma", "", "", "technology"),
    ("Software Engineer II", "", "Stripe", "technology"),
    ("Data Scientist", "", "Spotify", "technology"),
    ("Cybersecurity Analyst", "", "Booz Allen Hamilton", "technology"),
    ("Marketing Manager at HubSpot", "", "", "technology"),
    ("Recruiter", "", "Google", "technology"),
    ("Technical Program Manager", "", "Meta", "technology"),
    ("Account Executive", "", "Salesforce", "technology"),
    # health
    ("Registered Nurse, ICU", "", "Massachusetts General Hospital", "health"),
    ("Nurse Practitioner | Pediatrics", "", "Mercy Health", "health"),
    ("Clinical Research Coordinator", "", "Pfizer", "health"),
    ("Physical Therapist", "", "", "health"),
    ("Public Health Analyst", "", "CDC", "health"),
    ("Medical Assistant", "", "One Medical", "health"),
    ("Occupational Therapist", "", "", "health"),
    ("Family Medicine Resident at UCSF", "", "", "health"),
    ("Pharmacist", "", "CVS Health", "health"),
    ("Medical Sales Representative", "", "Stryker", "health"),
    ("Dental Hygienist", "", "", "health"),
    ("Licensed Clinical Social Worker | Therapist", "", "", ("health", "nonprofit")),
    ("Healthcare Administrator at Kaiser Permanente", "", "", "health"),
    ("Regulatory Affairs Specialist", "", "Novartis", "health"),
    ("Biomedical Engineer at Medtronic", "", "", "health"),
    ("Student at State University studying nursing", "", "", "health"),
    ("Pre-med student at Boston University", "", "", "health"),
    ("EMT", "", "", "health"),
    ("Veterinary Technician", "", "", "health"),
    # finance
    ("Quantitative Researcher at Two Sigma", "", "", "finance"),
    ("Investment Banking Analyst at Goldman Sachs", "", "", "finance"),
    ("Actuarial Analyst", "", "State Farm", "finance"),
    ("CPA, Audit Senior", "", "Deloitte", "finance"),
    ("Incoming Analyst at JPMorgan", "", "", "finance"),
    ("Equity Research Associate at Morgan Stanley", "", "", "finance"),
    ("Quant Trader | Jane Street", "", "", "finance"),
    ("Underwriter", "", "Allstate", "finance"),
    ("Private Equity Associate at Blackstone", "", "", "finance"),
    ("Credit Risk Analyst", "", "Capital One", "finance"),
    ("Financial Planner", "", "Edward Jones", "finance"),
    ("Claims Adjuster", "", "Progressive", "finance"),
    ("Branch Manager", "", "Chase", "finance"),
    ("Tax Associate at PwC", "", "", "finance"),
    ("Hedge Fund Analyst", "", "", "finance"),
    ("Compliance Officer", "", "HSBC", "finance"),
    ("Summer Analyst @ Evercore | Finance @ NYU Stern", "", "", "finance"),
    ("Associate, Venture Capital", "", "Andreessen Horowitz", "finance"),
    ("Fintech Product Lead at Revolut", "", "", ("finance", "technology")),
    # professional services
    ("Senior Associate at Bain & Company", "", "", "professional"),
    ("Management Consultant", "", "McKinsey & Company", "professional"),
    ("HR Business Partner", "", "Unilever", ("professional", "retail", "manufacturing")),
    ("Strategy Consultant at Boston Consulting Group", "", "", "professional"),
    ("Technical Recruiter at Hays", "", "", "professional"),
    ("Executive Search Consultant", "", "Korn Ferry", "professional"),
    ("People Operations Manager", "", "", "professional"),
    ("Market Research Analyst at Nielsen", "", "", "professional"),
    ("Business Analyst at Accenture", "", "", ("technology", "professional")),
    ("Translator and Interpreter (Spanish-English)", "", "", "professional"),
    ("Private Investigator", "", "", "professional"),
    ("MBA Candidate at Wharton | ex-Deloitte", "", "", ("professional", "education", "finance")),
    ("Structural Engineer at Arup", "", "", ("real_estate", "professional")),
    # media
    ("Staff Writer at The Atlantic", "", "", "media"),
    ("Podcast Producer", "", "NPR", "media"),
    ("Foreign Correspondent | Reuters", "", "", "media"),
    ("Columnist at The Guardian", "", "", "media"),
    ("Copy Editor", "", "The Wall Street Journal", "media"),
    ("Social Media Manager", "", "", "media"),
    ("Account Director at Ogilvy", "", "", "media"),
    ("PR Manager | Edelman", "", "", "media"),
    ("News Anchor at WABC-TV", "", "", "media"),
    ("Content Strategist", "", "Condé Nast", "media"),
    ("Freelance Journalist covering climate", "", "", "media"),
    ("Journalism student at Columbia", "", "", "media"),
    ("Senior Editor at Penguin Random House", "", "", "media"),
    ("Librarian", "", "New York Public Library", ("media", "education", "arts")),
    # entertainment
    ("Talent Agent at CAA", "", "", "entertainment"),
    ("Post-Production Coordinator", "", "Netflix", "entertainment"),
    ("Casting Director", "", "", "entertainment"),
    ("Film Editor at Pixar", "", "", "entertainment"),
    ("A&R Manager", "", "Atlantic Records", "entertainment"),
    ("Development Executive at Warner Bros. Discovery", "", "", "entertainment"),
    ("Showrunner | Writer", "", "", "entertainment"),
    ("Stand-up Comedian", "", "", "entertainment"),
    ("Event Producer at Live Nation", "", "", "entertainment"),
    ("Casino Floor Supervisor", "", "MGM Resorts", ("entertainment", "hospitality")),
    ("Music Supervisor", "", "Universal Music Group", "entertainment"),
    # arts
    ("Gallery Assistant at Gagosian", "", "", "arts"),
    ("Museum Educator", "", "The Met", "arts"),
    ("Principal Dancer", "", "American Ballet Theatre", "arts"),
    ("Violinist", "", "Chicago Symphony Orchestra", ("arts", "entertainment")),
    ("Photographer & Visual Artist", "", "", "arts"),
    ("Curatorial Assistant", "", "Museum of Modern Art", "arts"),
    ("Theatre Director", "", "", "arts"),
    ("Illustrator", "", "", "arts"),
    ("Zookeeper at San Diego Zoo", "", "", "arts"),
    # education
    ("Assistant Principal", "", "Jefferson Middle School", "education"),
    ("High School Math Teacher", "", "", "education"),
    ("Associate Professor of History at University of Michigan", "", "", "education"),
    ("PhD Candidate in History at Yale", "", "", "education"),
    ("Instructional Designer", "", "Coursera", "education"),
    ("Academic Advisor", "", "Arizona State University", "education"),
    ("ESL Teacher", "", "", "education"),
    ("Special Education Teacher", "", "", "education"),
    ("Teaching Assistant at Oxford", "", "", "education"),
    ("Economics PhD student at MIT", "", "", "education"),
    # government
    ("Legislative Director for Senator Smith", "", "", "government"),
    ("Policy Advisor", "", "U.S. Department of Energy", "government"),
    ("Urban Planner", "", "City of Austin", "government"),
    ("Foreign Service Officer", "", "U.S. Department of State", "government"),
    ("Intelligence Analyst", "", "", "government"),
    ("Captain, U.S. Army", "", "", "government"),
    ("Special Agent", "", "FBI", "government"),
    ("Chief of Staff to Councilmember", "", "New York City Council", "government"),
    ("Program Analyst at GAO", "", "", "government"),
    ("Campaign Manager", "", "", "government"),
    # legal
    ("Associate Attorney", "", "Kirkland & Ellis", "legal"),
    ("Paralegal at Smith & Jones LLP", "", "", "legal"),
    ("Corporate Counsel at Salesforce", "", "", "legal"),
    ("Law Clerk", "", "U.S. District Court", "legal"),
    ("Law Student at Georgetown", "", "", "legal"),
    ("Public Defender", "", "", "legal"),
    ("Mediator and Arbitrator", "", "", "legal"),
    ("Legal Assistant", "", "Latham & Watkins", "legal"),
    ("Partner, Kirkland & Ellis", "", "", "legal"),
    # energy and environment
    ("Wind Energy Analyst", "", "Orsted", "energy"),
    ("Sustainability Consultant", "", "", "energy"),
    ("Petroleum Engineer at Chevron", "", "", "energy"),
    ("Solar Installer", "", "Sunrun", "energy"),
    ("Grid Operations Engineer", "", "Con Edison", "energy"),
    ("Mining Engineer", "", "Rio Tinto", "energy"),
    ("Environmental Consultant", "", "", "energy"),
    ("Nuclear Engineer", "", "", "energy"),
    ("Drilling Supervisor", "", "Schlumberger", "energy"),
    # science and research
    ("PhD Candidate in Neuroscience at Stanford", "", "", "science"),
    ("Postdoctoral Fellow", "", "Broad Institute", "science"),
    ("Research Associate, Immunology", "", "", ("science", "health")),
    ("Lab Technician at Genentech", "", "", "science"),
    ("Computational Biologist", "", "", "science"),
    ("Research Fellow at Brookings Institution", "", "", ("science", "government")),
    ("Materials Scientist", "", "", "science"),
    ("Data Scientist at NASA JPL", "", "", ("science", "technology")),
    ("Aerospace Engineer at SpaceX", "", "", ("manufacturing", "science")),
    # manufacturing
    ("Mechanical Engineer", "", "Boeing", "manufacturing"),
    ("Process Engineer at Tesla", "", "", "manufacturing"),
    ("Quality Engineer", "", "General Motors", "manufacturing"),
    ("Plant Manager at 3M", "", "", "manufacturing"),
    ("CNC Machinist", "", "", "manufacturing"),
    ("Chemical Engineer", "", "Dow", "manufacturing"),
    ("Production Supervisor", "", "Caterpillar", "manufacturing"),
    ("Welder", "", "", "manufacturing"),
    ("Industrial Engineer at Siemens", "", "", "manufacturing"),
    ("Engineer", "", "Lockheed Martin", "manufacturing"),
    # transportation
    ("Supply Chain Analyst", "", "Maersk", "transportation"),
    ("Logistics Coordinator", "", "DHL", "transportation"),
    ("Fleet Manager", "", "", "transportation"),
    ("Train Conductor", "", "Amtrak", "transportation"),
    ("Dispatcher at XPO Logistics", "", "", "transportation"),
    ("Freight Broker", "", "", "transportation"),
    ("Port Operations Manager", "", "Port of Los Angeles", "transportation"),
    # retail and fashion
    ("Buyer, Womenswear", "", "Nordstrom", "retail"),
    ("Store Manager", "", "Sephora", "retail"),
    ("Visual Merchandiser at H&M", "", "", "retail"),
    ("E-commerce Manager", "", "", "retail"),
    ("Fashion Designer", "", "Ralph Lauren", "retail"),
    ("Assistant Store Manager", "", "Target", "retail"),
    ("Category Manager at Costco", "", "", "retail"),
    ("Brand Marketing Manager", "", "Procter & Gamble", ("retail", "manufacturing")),
    ("Jewelry Designer", "", "", "retail"),
    ("Cashier", "", "Trader Joe's", "retail"),
    # hospitality and travel
    ("Front Office Manager at Hilton", "", "", "hospitality"),
    ("Flight Attendant", "", "Delta Air Lines", "hospitality"),
    ("Hotel General Manager", "", "Four Seasons", "hospitality"),
    ("Travel Consultant", "", "Expedia", "hospitality"),
    ("Revenue Manager at Hyatt", "", "", "hospitality"),
    ("Airline Pilot", "", "Southwest Airlines", "hospitality"),
    ("Tour Guide", "", "", "hospitality"),
    ("Guest Experience Manager", "", "Airbnb", "hospitality"),
    ("Cruise Director", "", "Royal Caribbean", "hospitality"),
    # food and beverage
    ("Sous Chef", "", "The French Laundry", "food"),
    ("Brand Manager at PepsiCo", "", "", "food"),
    ("Barista", "", "Starbucks", "food"),
    ("Restaurant General Manager", "", "Chipotle", "food"),
    ("Food Scientist", "", "General Mills", "food"),
    ("Pastry Chef", "", "", "food"),
    ("Bartender", "", "", "food"),
    ("Marketing Manager", "", "Coca-Cola", "food"),
    ("Head Brewer", "", "Sierra Nevada Brewing", "food"),
    ("Catering Manager", "", "", "food"),
    # real estate and construction
    ("Real Estate Agent", "", "Compass", "real_estate"),
    ("Commercial Property Manager", "", "CBRE", "real_estate"),
    ("Mortgage Loan Officer", "", "Rocket Mortgage", ("finance", "real_estate")),
    ("Project Architect", "", "Gensler", "real_estate"),
    ("Site Superintendent", "", "Turner Construction", "real_estate"),
    ("Leasing Consultant", "", "Greystar", "real_estate"),
    ("Real Estate Developer", "", "", "real_estate"),
    ("Electrician", "", "", "real_estate"),
    ("Facilities Manager", "", "", "real_estate"),
    # nonprofit and religion
    ("Program Officer", "", "Gates Foundation", "nonprofit"),
    ("Development Director at Habitat for Humanity", "", "", "nonprofit"),
    ("Youth Pastor", "", "Grace Community Church", "nonprofit"),
    ("Volunteer Coordinator", "", "American Red Cross", "nonprofit"),
    ("Executive Director | Community Food Bank", "", "", "nonprofit"),
    ("Grant Writer", "", "", "nonprofit"),
    ("Case Manager at Catholic Charities", "", "", "nonprofit"),
    ("Humanitarian Aid Worker", "", "Doctors Without Borders", ("nonprofit", "health")),
    ("Advocacy Director", "", "ACLU", ("nonprofit", "legal")),
    # sports
    ("Athletic Trainer", "", "Chicago Bulls", "sports"),
    ("Video Coordinator at the Boston Celtics", "", "", "sports"),
    ("Scout", "", "New York Yankees", "sports"),
    ("Strength and Conditioning Coach", "", "", "sports"),
    ("Head Coach, Women's Soccer", "", "", "sports"),
    ("Ticket Sales Representative", "", "Dallas Cowboys", "sports"),
    ("Professional Soccer Player", "", "", "sports"),
    ("Sports Agent", "", "Wasserman", "sports"),
    ("Analyst at Manchester United", "", "", "sports"),
    ("Golf Professional", "", "Pebble Beach", "sports"),
    ("Operations Manager", "", "Vail Resorts", ("sports", "hospitality")),
    ("Fitness Instructor", "", "Equinox", ("sports", "health")),
    # agriculture
    ("Agronomist", "", "Cargill", "agriculture"),
    ("Dairy Farmer", "", "", "agriculture"),
    ("Forester", "", "", "agriculture"),
    ("Crop Consultant", "", "", "agriculture"),
    ("Vineyard Manager", "", "", ("agriculture", "food")),
    ("Field Sales Representative", "", "John Deere", ("agriculture", "manufacturing")),
    ("Fisheries Biologist", "", "", ("agriculture", "science", "energy")),
    ("Greenhouse Grower", "", "", "agriculture"),
    # several roles in one headline
    ("Founder @ Acme Robotics | Forbes 30 Under 30 | ex-Tesla", "", "", ("technology", "manufacturing")),
    ("Nurse | Writer | Mom", "", "", "health"),
]

# A second set written after the tables were first broadened, to measure them on cases they were not built
# from (51/80 right on the old tables, 76/80 on the new before the four misses led to small general fixes).
HELD_OUT = [
    ("Senior Backend Engineer | Python | Kubernetes", "", "", "technology"),
    ("Engineering Lead at Datadog", "", "", "technology"),
    ("iOS Engineer", "", "Lyft", "technology"),
    ("DevOps Engineer at a fintech startup", "", "", ("technology", "finance")),
    ("Solutions Engineer", "", "Okta", "technology"),
    ("Customer Success Manager", "", "Zendesk", "technology"),
    ("Registered Nurse | Labor & Delivery", "", "", "health"),
    ("Pediatric Nurse at Children's Hospital of Philadelphia", "", "", "health"),
    ("Clinical Pharmacist", "", "Walgreens", "health"),
    ("Speech-Language Pathologist", "", "", "health"),
    ("Respiratory Therapist", "", "Cleveland Clinic", "health"),
    ("Associate, Global Markets", "", "Barclays", "finance"),
    ("Risk Manager", "", "Wells Fargo", "finance"),
    ("Portfolio Analyst at BlackRock", "", "", "finance"),
    ("Insurance Agent | State Farm", "", "", "finance"),
    ("Senior Accountant", "", "", "finance"),
    ("Audit Associate at KPMG", "", "", "finance"),
    ("Associate Consultant at Bain", "", "", "professional"),
    ("Talent Acquisition Partner", "", "", "professional"),
    ("Engagement Manager", "", "McKinsey", "professional"),
    ("Reporter at the Boston Globe", "", "", "media"),
    ("Managing Editor", "", "Vox Media", "media"),
    ("Copywriter at Wieden+Kennedy", "", "", "media"),
    ("Communications Manager", "", "", "media"),
    ("Assistant Editor at Simon & Schuster", "", "", "media"),
    ("Music Producer and DJ", "", "", "entertainment"),
    ("Production Assistant at HBO", "", "", "entertainment"),
    ("Actor | SAG-AFTRA", "", "", "entertainment"),
    ("Visual Effects Artist", "", "Industrial Light & Magic", "entertainment"),
    ("Assistant Curator", "", "Art Institute of Chicago", "arts"),
    ("Ballet Dancer", "", "", "arts"),
    ("Painter and Printmaker", "", "", "arts"),
    ("5th Grade Teacher", "", "Lincoln Elementary School", "education"),
    ("Professor of Economics", "", "University of Chicago", "education"),
    ("Admissions Counselor at Tufts University", "", "", "education"),
    ("PhD Student in Sociology at Harvard", "", "", "education"),
    ("Legislative Assistant", "", "U.S. House of Representatives", "government"),
    ("Police Sergeant", "", "Chicago Police Department", "government"),
    ("Program Manager", "", "U.S. Department of Veterans Affairs", "government"),
    ("Firefighter/Paramedic", "", "", ("government", "health")),
    ("Associate at Skadden", "", "", "legal"),
    ("Immigration Attorney", "", "", "legal"),
    ("Litigation Paralegal", "", "", "legal"),
    ("Field Engineer", "", "Halliburton", "energy"),
    ("Energy Efficiency Consultant", "", "", "energy"),
    ("Environmental Engineer at AECOM", "", "", ("energy", "professional")),
    ("Senior Scientist, Protein Engineering", "", "Amgen", "science"),
    ("Postdoc at the Salk Institute", "", "", "science"),
    ("Research Scientist in Physics at CERN", "", "", "science"),
    ("Manufacturing Technician", "", "Intel", ("technology", "manufacturing")),
    ("Production Manager at Ford", "", "", "manufacturing"),
    ("Supply Chain Manager at Procter & Gamble", "", "", ("retail", "manufacturing")),
    ("Operations Supervisor", "", "UPS", "transportation"),
    ("Truck Driver", "", "", "transportation"),
    ("Store Associate at Zara", "", "", "retail"),
    ("Merchandise Planner", "", "Macy's", "retail"),
    ("Assistant Buyer at Nordstrom", "", "", "retail"),
    ("Hotel Sales Manager", "", "Marriott International", "hospitality"),
    ("Concierge at The Ritz-Carlton", "", "", "hospitality"),
    ("Travel Agent", "", "", "hospitality"),
    ("Line Cook", "", "", "food"),
    ("Sommelier at Eleven Madison Park", "", "", "food"),
    ("Quality Assurance Manager at Nestlé", "", "", "food"),
    ("Broker Associate", "", "Keller Williams", "real_estate"),
    ("Project Manager at Bechtel", "", "", "real_estate"),
    ("Interior Designer", "", "", "real_estate"),
    ("Executive Director at a food pantry", "", "", "nonprofit"),
    ("Associate Pastor", "", "", "nonprofit"),
    ("Fundraising Manager | Save the Children", "", "", "nonprofit"),
    ("Assistant Coach at the Golden State Warriors", "", "", "sports"),
    ("Head Athletic Trainer", "", "University of Texas Athletics", "sports"),
    ("Personal Trainer", "", "Equinox", ("health", "sports")),
    ("Farm Manager", "", "", "agriculture"),
    ("Agricultural Economist", "", "USDA", ("agriculture", "government")),
    ("Undergraduate Researcher in Chemistry", "", "", "science"),
    ("Incoming Summer Associate at Latham & Watkins | JD Candidate", "", "", "legal"),
    (
        "Aspiring Product Manager | MBA Candidate at Kellogg",
        "",
        "",
        ("technology", "professional", "education"),
    ),
    ("Marketing Coordinator", "", "Marriott", "hospitality"),
    ("Recruiter at Amazon", "", "", "technology"),
    ("Finance Manager", "", "Nike", "retail"),
]
CASES += HELD_OUT

ACCURACY_FLOOR = 0.9


def _sector(headline, title, company):
    entry = lookup.infer(headline, title, company)
    return entry["sector"] if entry else None


def _label(case):
    headline, title, company, _ = case
    return " / ".join(part for part in (headline, title, company) if part)


UNAMBIGUOUS = [case for case in CASES if isinstance(case[3], str)]


@pytest.mark.parametrize("case", UNAMBIGUOUS, ids=[_label(c) for c in UNAMBIGUOUS])
def test_clear_roles_land_in_the_expected_sector(case):
    headline, title, company, expected = case
    assert _sector(headline, title, company) == expected


def test_the_whole_set_is_mostly_right():
    def right(case):
        expected = case[3] if isinstance(case[3], tuple) else (case[3],)
        return _sector(*case[:3]) in expected

    wrong = [_label(c) for c in CASES if not right(c)]
    accuracy = 1 - len(wrong) / len(CASES)
    assert accuracy >= ACCURACY_FLOOR, f"accuracy {accuracy:.3f}; wrong: {wrong}"


def test_the_set_covers_every_sector():
    expected = set()
    for case in CASES:
        expected |= {case[3]} if isinstance(case[3], str) else set(case[3])
    assert expected == set(lookup.sectors())
    assert len(CASES) >= 150


@pytest.mark.parametrize("case", CASES, ids=[_label(c) for c in CASES])
def test_a_known_role_or_company_always_gives_an_industry(case):
    """Every case names a recognisable role or a well-known employer, so None would hide the contact."""
    assert lookup.infer(*case[:3]) is not None


@pytest.mark.parametrize(
    ("headline", "title", "company", "expected_sector"),
    [
        ("Recruiter", "", "Mayo Clinic", "health"),
        ("Marketing Manager", "", "Goldman Sachs", "finance"),
        ("HR Manager", "", "Marriott", "hospitality"),
        ("Recruiter", "", "Northside Staffing", "professional"),
        ("Marketing Manager", "", "", "media"),
    ],
)
def test_a_generic_role_takes_the_employers_industry(headline, title, company, expected_sector):
    """A recruiter or marketer works in their employer's trade; with no employer their own field stands."""
    assert _sector(headline, title, company) == expected_sector


@pytest.mark.parametrize(
    ("headline", "expected_sector"),
    [
        ("PhD Candidate in Economics at Princeton", "education"),
        ("PhD Candidate in Chemistry", "science"),
        ("Student at Riverside College studying computer science", "technology"),
        ("Nursing Student", "health"),
        ("Finance major at State University", "finance"),
    ],
)
def test_a_student_or_researcher_belongs_to_the_field_they_study(headline, expected_sector):
    assert _sector(headline, "", "") == expected_sector


@pytest.mark.parametrize(
    ("headline", "expected_sector"),
    [
        ("Nurse | ex-Google", "health"),
        ("Operations Lead | Mercy Hospital", "health"),
        ("Open to work | Former Teacher", "education"),
    ],
)
def test_multi_part_headlines_read_every_part(headline, expected_sector):
    assert _sector(headline, "", "") == expected_sector


@pytest.mark.parametrize(
    ("headline", "expected_sector"),
    [
        ("Environmental Lawyer", "legal"),
        ("Travel Nurse", "health"),
        ("Freelance Journalist covering climate", "media"),
        ("Professor of Medicine", "education"),
        ("Head of Product at Nike", "retail"),
    ],
)
def test_the_head_of_a_title_names_the_job(headline, expected_sector):
    """'Environmental Lawyer' is a lawyer: the last telling word before any 'of'/'covering' is the job."""
    assert _sector(headline, "", "") == expected_sector


@pytest.mark.parametrize(
    "headline",
    [
        "Open to opportunities",
        "Making it happen",
        "Building the future",
        "Passionate about unity and progress",
        "Helping teams ramp up",
    ],
)
def test_vague_headlines_give_no_industry(headline):
    """Employers whose names are everyday words ('Unity', 'Ramp') count only where a company is named."""
    assert lookup.infer(headline, "", "") is None


def test_every_hint_names_an_industry_of_the_taxonomy():
    from companion.industries import hints

    names = {entry["name"] for entry in lookup.all_industries()}
    for table in (
        hints.ROLE_HINTS,
        hints.COMPANY_WORD_HINTS,
        COMPANY_HINTS,
        hints.EMPLOYER_HINTS,
        hints.STUDY_FIELDS,
    ):
        assert set(table.values()) <= names


def test_the_role_classes_name_role_hints():
    """A vague, function or study role that is no ROLE_HINTS key would never be found in a title."""
    from companion.industries import hints

    for roles in (hints.VAGUE_ROLES, hints.FUNCTION_ROLES, hints.STUDY_ROLES):
        assert roles <= set(hints.ROLE_HINTS)
