"""Made-up articles in the styles of other outlets, wires and trade feeds, each with the sectors it fits.

Written by earlier sessions as probes of the hand-built lexicon; the learned matcher never trained on
them (only its taxonomy-anchor weight was chosen on them, see scripts/matcher_training.py). Every
company, person and figure in them is made up or public knowledge; no real article is copied.
Rows: (title, description, body text, fitting sectors), or (title, fitting sectors) for wire headlines.
"""

OTHER_OUTLET_ARTICLES = [
    (
        "Regional lender Harbor Trust posts 12% rise in quarterly profit",
        "NEW YORK (Reuters) - Harbor Trust beat Wall Street estimates on Tuesday as net interest "
        "income climbed.",
        "The bank said deposits grew 3% from a year earlier, while provisions for loan losses fell."
        " Chief executive Dana Ruiz told analysts on a conference call that commercial lending "
        "demand remained steady.",
        ["finance"],
    ),
    (
        "Parliament votes to extend emergency powers for another six months",
        "The motion passed by 312 votes to 201 after a heated debate in the lower chamber.",
        "Opposition leaders accused the prime minister of sidelining the legislature. The interior "
        "minister said the measures were needed to manage the border crisis.",
        ["government", "legal"],
    ),
    (
        "Jury finds former fund manager guilty of securities fraud",
        "A federal jury in Manhattan deliberated for two days before returning the verdict.",
        "Prosecutors said the defendant misled investors about losses. He faces up to 20 years in "
        "prison at sentencing in March; his lawyers said they would appeal.",
        ["government", "legal"],
    ),
    (
        "Midfielder signs three-year extension with Championship side",
        "The 24-year-old has made 41 appearances this season.",
        "The club said the deal includes an option for a further year. The head coach called him "
        "the heartbeat of the squad ahead of Saturday's away fixture.",
        ["sports"],
    ),
    (
        "Streaming platform orders second season of hit fantasy drama",
        "Variety - Production resumes in Belfast this spring with most of the cast returning.",
        "The showrunner said the new episodes would expand the world. The series drew 40 million "
        "viewers in its first month, the platform said.",
        ["entertainment", "media"],
    ),
    (
        "Surgeons at teaching hospital perform first robotic kidney transplant",
        "The patient was discharged after four days.",
        "The transplant team said minimally invasive surgery shortens recovery. The hospital plans "
        "to train surgeons from partner clinics.",
        ["health"],
    ),
    (
        "FAA orders inspections of regional jets after engine fan blade crack",
        "Airlines must complete checks within 30 days.",
        "The directive covers about 300 aircraft operated by US carriers. Airlines said they expect"
        " few flight cancellations.",
        ["hospitality", "manufacturing", "transportation"],
    ),
    (
        "Restaurant chain to close 60 underperforming locations",
        "Restaurant Business - The fast-casual brand will focus on drive-thru formats.",
        "Same-store sales fell 4% in the quarter as diners pulled back. Franchisees will receive "
        "remodeling incentives, the company said.",
        ["food"],
    ),
    (
        "School district cuts 200 teaching positions amid budget shortfall",
        "EdWeek - The board approved the plan 5-2 on Thursday night.",
        "Class sizes in elementary schools will grow next year. The teachers union said it would "
        "challenge the layoffs.",
        ["education"],
    ),
    (
        "Developer breaks ground on 400-unit apartment tower downtown",
        "The project includes 80 affordable units and ground-floor retail.",
        "Construction financing came from a consortium of lenders. Rents are expected to start at "
        "$1,900 a month when the building opens in 2028.",
        ["real_estate"],
    ),
    (
        "Automaker recalls 250,000 SUVs over faulty airbag inflators",
        "Owners will be notified by mail starting next month.",
        "The National Highway Traffic Safety Administration said the defect can cause metal "
        "fragments to strike occupants. Dealers will replace the parts free of charge.",
        ["manufacturing"],
    ),
    (
        "Wheat futures jump as drought hits Plains harvest",
        "Farmers in Kansas expect yields to fall by a quarter.",
        "The USDA cut its crop forecast on Friday. Grain elevators report thin supplies and "
        "livestock producers face higher feed costs.",
        ["agriculture"],
    ),
    (
        "Utility-scale solar additions set quarterly record",
        "Developers installed 9 gigawatts in the third quarter, an industry group said.",
        "Battery storage paired with solar projects also grew. Interconnection queues remain the "
        "biggest bottleneck, executives said.",
        ["energy"],
    ),
    (
        "Researchers map protein that lets bacteria resist antibiotics",
        "The study, published in Nature, used cryo-electron microscopy.",
        "Scientists at the institute said the structure could guide new drug design. The lab plans "
        "further experiments on related microbes.",
        ["health", "science"],
    ),
    (
        "Cloud software maker agrees to $4 billion takeover by private equity firm",
        "Shareholders will receive $38 a share in cash.",
        "The deal values the company at a 30% premium. The software company sells subscription "
        "tools to IT departments and will be taken private.",
        ["finance", "technology"],
    ),
    (
        "Record label signs distribution deal with independent artists' collective",
        "Billboard - The agreement covers streaming and vinyl releases.",
        "Musicians in the collective keep ownership of their masters. The label will handle global "
        "distribution and tour marketing.",
        ["entertainment"],
    ),
    (
        "Museum returns looted bronzes to Nigeria",
        "The artworks had been in the collection since 1897.",
        "The museum's director said the return followed years of talks with curators. An exhibition"
        " in Lagos will display the sculptures next year.",
        ["arts"],
    ),
    (
        "Newspaper publisher to cut print days at 20 local titles",
        "Nieman Lab - The move follows falling advertising revenue.",
        "Newsrooms will shift to digital editions and newsletters. Editors said the number of "
        "reporters would not change.",
        ["media"],
    ),
    (
        "Hotel group reports occupancy above pre-pandemic levels",
        "Skift - Revenue per available room rose 8% in Europe.",
        "Business travel and conferences drove bookings. The company plans 40 new resorts and "
        "hotels in the next two years.",
        ["hospitality"],
    ),
    (
        "Freight rail carriers brace for winter service disruptions",
        "FreightWaves - Shippers report longer transit times on western routes.",
        "Railroads added locomotives and crews. Intermodal volumes rose as trucking capacity tightened.",
        ["transportation"],
    ),
    (
        "Retailer's holiday sales beat forecasts as shoppers hunt discounts",
        "Same-store sales rose 5% in November and December.",
        "Online orders grew faster than in-store traffic. The chain said inventory levels were "
        "healthy going into the new year.",
        ["finance", "professional", "retail"],
    ),
    (
        "Consulting firm to hire 5,000 in AI advisory push",
        "Clients want help putting generative tools to work, the firm said.",
        "Partners said demand for strategy and operations work was strong. The firm will retrain "
        "existing consultants.",
        ["professional", "technology"],
    ),
    (
        "Supreme Court agrees to hear case on state social media laws",
        "The justices will weigh whether platforms can be required to carry posts.",
        "Lower courts split on the question. Attorneys for the states argued the laws protect "
        "users; the companies say they violate the First Amendment.",
        ["government", "legal"],
    ),
    (
        "Senator introduces bill to cap insulin costs at $35",
        "The measure has bipartisan co-sponsors.",
        "The senator said the legislation would help millions of patients. The committee chair said"
        " hearings would be held next month.",
        ["government", "health", "legal"],
    ),
    (
        "Charity launches appeal as food bank demand doubles",
        "Volunteers sorted donations through the weekend.",
        "The nonprofit said families facing higher rents were turning to food banks for the first "
        "time. Donors pledged $2 million.",
        ["nonprofit"],
    ),
    (
        "Bishops meet to discuss church closures and falling attendance",
        "The synod opens in Rome on Monday.",
        "Clergy from 40 countries will attend. The archbishop said parishes must adapt to a "
        "changing congregation.",
        ["nonprofit"],
    ),
    (
        "Police charge man over warehouse fire that injured two firefighters",
        "Detectives said the blaze was deliberately set.",
        "The suspect was arrested on Sunday and will appear in court on Tuesday. Fire crews spent "
        "12 hours bringing the fire under control.",
        ["government", "legal"],
    ),
    (
        "Tennis: top seed knocked out in straight sets at Australian Open",
        "The unseeded qualifier converted five of six break points.",
        "It was the biggest upset of the tournament so far. The champion said her serve let her down.",
        ["sports"],
    ),
    (
        "Fashion house names new creative director",
        "WWD - The designer previously led menswear at a rival label.",
        "The appointment comes after two seasons of falling sales. The house will show its first "
        "collection under the new designer at Paris fashion week.",
        ["retail"],
    ),
    (
        "Hospital system to lay off 1,200 as losses mount",
        "Modern Healthcare - The nonprofit health system cited rising labor costs.",
        "Nurses and physicians are not affected, executives said. The system operates 14 hospitals "
        "and dozens of clinics.",
        ["health"],
    ),
    (
        "EU agrees new sanctions package against Russia",
        "BRUSSELS (AP) - Ambassadors approved the measures after Hungary dropped its objections.",
        "The package targets energy revenue and defence suppliers. The foreign ministers will meet "
        "next week to discuss further steps.",
        ["government"],
    ),
    (
        "University to freeze tuition for in-state students",
        "The board of regents approved the plan on Friday.",
        "The president of the university said state funding had increased. Graduate students will "
        "see a 2% rise.",
        ["education"],
    ),
    (
        "Chip shortage eases as foundries expand capacity",
        "Semiconductor makers are adding fabs in Arizona and Japan.",
        "Carmakers and electronics firms said deliveries improved. Analysts expect prices for "
        "memory chips to fall.",
        ["manufacturing", "technology"],
    ),
    (
        "Heavy rain triggers flash floods; thousands evacuated",
        "Forecasters warned the storm could strengthen overnight.",
        "Emergency services rescued residents from rooftops. Officials said climate change was "
        "making such downpours more frequent.",
        ["energy", "government", "science"],
    ),
]

NAMED_ENTITY_HEADLINES = [
    ("Macron names new prime minister after government collapses", "", ["government"]),
    ("Zelensky meets Starmer in London to discuss security guarantees", "", ["government"]),
    ("Lakers beat Celtics in overtime thriller", "", ["sports"]),
    ("Arsenal held to draw by Brighton", "Saka hit the post twice.", ["sports"]),
    ("Nvidia shares slide after export curbs on China", "", ["finance", "technology"]),
    ("JPMorgan's Dimon warns of sticky inflation", "", ["finance"]),
    ("Netflix raises prices in US and Canada", "", ["entertainment", "media"]),
    ("Taylor Swift adds European dates to Eras Tour", "", ["entertainment"]),
    (
        "Delta cancels hundreds of flights after IT outage",
        "",
        ["hospitality", "technology", "transportation"],
    ),
    ("Pfizer cuts 2025 revenue forecast on weak Covid sales", "", ["finance", "health"]),
    ("Boeing delivers fewer 737 Max jets as quality checks continue", "", ["manufacturing"]),
    ("Ocasio-Cortez, Sanders rally supporters in Michigan", "", ["government"]),
    ("Justice Sotomayor dissents in immigration case", "", ["government", "legal"]),
    ("Walmart to raise starting pay for store workers", "", ["professional", "retail"]),
    ("Exxon to buy shale producer in $60 billion deal", "", ["energy", "finance"]),
    ("Mbappe scores twice as Real Madrid beat Sevilla", "", ["sports"]),
    ("Starbucks CEO unveils plan to speed up drink orders", "", ["food", "retail"]),
    ("Kremlin rejects ceasefire proposal", "", ["government"]),
    ("Oscars 2026: the full list of nominees", "", ["entertainment"]),
    ("Vatican opens jubilee year as pilgrims flock to Rome", "", ["nonprofit"]),
]

LIFESTYLE_TRADE_ARTICLES = [
    (
        "Boutique hotel group opens third property as leisure bookings climb",
        "Skift - Occupancy across its portfolio reached 81% in the summer quarter.",
        "The operator said average daily rates rose 6% and that it would add a rooftop bar and spa to"
        " the new site. Revenue per available room outpaced the wider market.",
        ["hospitality"],
    ),
    (
        "Cruise operator adds Alaska itineraries for next season",
        "Travel Weekly - Two ships will be redeployed from the Caribbean.",
        "Travel advisors reported strong demand for shore excursions and balcony cabins, the line said.",
        ["hospitality"],
    ),
    (
        "Airport opens new terminal to ease summer congestion",
        "The expansion adds 14 gates and a faster security checkpoint.",
        "Carriers will move long-haul departures to the new concourse in March.",
        ["hospitality", "transportation"],
    ),
    (
        "Tour operators report surge in demand for rail holidays across Europe",
        "Package bookings are up a fifth on last year, an industry survey found.",
        "",
        ["hospitality"],
    ),
    (
        "Luxury label names new creative director after sales slump",
        "Business of Fashion - The house hopes to revive its ready-to-wear line.",
        "The designer, who previously led menswear at a rival brand, will present a first collection "
        "at Paris Fashion Week in March. Handbags and leather goods make up most of revenue.",
        ["retail"],
    ),
    (
        "Skincare brand expands into serums and sunscreen as beauty sales hold up",
        "Beauty Independent - The company said prestige skincare grew 9% this year.",
        "",
        ["retail"],
    ),
    (
        "Sneaker maker cuts full-year forecast as wholesale orders slow",
        "",
        "The footwear company said inventory at department stores remained high.",
        ["retail", "finance"],
    ),
    (
        "Study links regular sleep schedule to lower risk of heart disease",
        "Researchers followed 60,000 adults for eight years.",
        "Participants who went to bed at consistent times had fewer cardiovascular events, the "
        "authors reported in a peer-reviewed journal. Nutrition and physical activity were taken into"
        " account.",
        ["health", "science"],
    ),
    (
        "Strength training twice a week may slow muscle loss in older adults, trial finds",
        "",
        "",
        ["health", "science"],
    ),
    (
        "Gut health supplements draw scrutiny from dietitians",
        "Claims on probiotic labels often outrun the evidence, nutrition experts say.",
        "",
        ["health"],
    ),
    (
        "Therapists report rising demand for anxiety treatment among young adults",
        "",
        "",
        ["health"],
    ),
    (
        "Streaming service loses subscribers after price increase",
        "The Hollywood Reporter - The company said churn rose in its ad-free tier.",
        "Executives said the content slate, including two big-budget series and a feature film "
        "sequel, would bring viewers back. Licensing revenue from its studio fell.",
        ["entertainment", "media"],
    ),
    (
        "Studio pushes back superhero sequel release date to next summer",
        "Deadline - Reshoots are planned for the spring.",
        "",
        ["entertainment"],
    ),
    (
        "Indie band announces world tour and new album",
        "Tickets go on sale Friday.",
        "",
        ["entertainment"],
    ),
    (
        "Box office: animated family film tops weekend with $48 million debut",
        "",
        "",
        ["entertainment"],
    ),
    (
        "Furniture retailer bets on smaller showrooms as home spending cools",
        "Sofa and mattress sales fell for a third quarter.",
        "",
        ["real_estate", "retail"],
    ),
    (
        "Mortgage rates ease, lifting home sales for the first time in months",
        "Pending sales rose 4%, the realtors' association said.",
        "",
        ["real_estate", "finance"],
    ),
    (
        "Restaurant chain tests plant-based menu in 200 locations",
        "Nation's Restaurant News - The trial follows a year of falling traffic.",
        "",
        ["food"],
    ),
    (
        "Craft brewers face higher aluminium can costs",
        "Small breweries say margins are being squeezed.",
        "",
        ["food"],
    ),
    (
        "Public broadcaster cuts 300 newsroom jobs amid funding squeeze",
        "The network will merge its regional news desks.",
        "",
        ["media"],
    ),
    (
        "Church leaders meet to debate future of rural parishes",
        "Falling attendance has left dioceses with empty buildings.",
        "",
        ["nonprofit"],
    ),
    (
        "Chipmaker's AI accelerators sell out as cloud providers expand data centers",
        "",
        "",
        ["technology"],
    ),
    (
        "Veteran actor, father of two, cast as lead in prestige limited series",
        "The drama starts filming in the autumn for a cable network.",
        "",
        ["entertainment", "media"],
    ),
    (
        "Pop star's family documentary tops streaming charts",
        "",
        "",
        ["entertainment", "media"],
    ),
    (
        "Festival lineup revealed: headliners include a reunited rock band and a chart-topping rapper",
        "",
        "",
        ["entertainment"],
    ),
    (
        "Podcast network signs distribution deal with audio platform",
        "The agreement covers 40 shows and ad sales.",
        "",
        ["media", "entertainment"],
    ),
    (
        "Wedding venue operators see bookings rebound",
        "Hospitality groups say event revenue is back to pre-pandemic levels.",
        "",
        ["hospitality"],
    ),
    (
        "Meal-kit company lays off staff as subscribers fall",
        "",
        "",
        ["food", "retail", "professional"],
    ),
    (
        "Skincare routines for new mothers: what dermatologists recommend",
        "",
        "",
        ["retail", "health"],
    ),
    (
        "Mindfulness app adds sleep stories narrated by celebrities",
        "",
        "",
        ["health", "technology"],
    ),
    (
        "Diocese sells historic cathedral property to developer",
        "",
        "",
        ["nonprofit", "real_estate"],
    ),
    (
        "Home renovation spending expected to dip next year, remodelers say",
        "Kitchen and bath projects are being scaled back.",
        "",
        ["real_estate"],
    ),
    (
        "Smartphone maker unveils foldable with bigger battery and AI camera features",
        "",
        "",
        ["technology"],
    ),
    (
        "Social media platform tightens rules on political ads before election",
        "",
        "",
        ["technology", "media", "government"],
    ),
]

CROSS_FIELD_ARTICLES = [
    (
        "Ransomware gang claims attack on regional hospital network",
        "Patient records may have been exposed.",
        "The hospital system said it diverted ambulances while systems were restored. Security "
        "researchers said the group exploits unpatched VPN appliances.",
        ["technology", "health"],
    ),
    (
        "Ministers agree on new fiscal rules at Brussels summit",
        "EU finance ministers backed a deal on deficit limits.",
        "The agreement gives member states more time to cut debt. Critics said it would constrain "
        "public investment.",
        ["government", "finance"],
    ),
    (
        "Semiconductor startup raises $200 million Series C led by crossover fund",
        "",
        "The company designs inference chips for data centers.",
        ["technology", "finance"],
    ),
    (
        "Grocer's quarterly sales beat estimates as shoppers trade down to private label",
        "",
        "",
        ["retail", "finance", "food"],
    ),
    (
        "Port strike enters third week, stranding container ships",
        "Dockworkers want higher pay and limits on automation.",
        "",
        ["transportation"],
    ),
    (
        "Union and studios reach tentative deal to end writers' strike",
        "",
        "The agreement covers residuals from streaming and limits on AI-generated scripts.",
        ["entertainment", "media"],
    ),
    (
        "Wildfire smoke prompts air-quality alerts across the Midwest",
        "",
        "",
        ["energy", "science", "health", "government"],
    ),
    (
        "Court blocks merger of two largest supermarket chains",
        "A federal judge sided with the FTC.",
        "",
        ["legal", "government", "retail"],
    ),
    (
        "Record label sues AI music generator over copyrighted songs",
        "",
        "",
        ["entertainment", "legal", "technology"],
    ),
    (
        "Hotel workers walk out at Las Vegas resorts",
        "The union wants higher wages and safer workloads.",
        "",
        ["hospitality", "professional"],
    ),
    (
        "Tennis star withdraws from Grand Slam with wrist injury",
        "",
        "",
        ["sports"],
    ),
    (
        "Teachers in three states vote to strike over pay",
        "",
        "",
        ["education"],
    ),
    (
        "Fashion retailer files for bankruptcy, will close 120 stores",
        "",
        "",
        ["retail", "finance", "legal"],
    ),
    (
        "Drugmaker's obesity pill succeeds in late-stage trial",
        "Patients lost 12% of body weight.",
        "",
        ["health", "science"],
    ),
    (
        "Magazine publisher cuts print editions, moves titles online",
        "",
        "",
        ["media"],
    ),
    (
        "Cathedral restoration completed five years after fire",
        "Worshippers returned for the first Mass.",
        "",
        ["nonprofit", "arts"],
    ),
    (
        "Airline orders 150 narrowbody jets in record deal",
        "",
        "",
        ["hospitality", "manufacturing", "transportation"],
    ),
    (
        "Solar developer secures financing for 500 MW project in Texas",
        "",
        "",
        ["energy", "finance"],
    ),
    (
        "Opera house names new music director",
        "",
        "",
        ["arts", "entertainment"],
    ),
    (
        "Farmers brace for lower crop prices as exports slow",
        "",
        "",
        ["agriculture"],
    ),
    (
        "Interior designers see demand for home offices fade",
        "",
        "",
        ["real_estate"],
    ),
    (
        "New cookbook from celebrated chef focuses on regional cuisine",
        "",
        "",
        ["food"],
    ),
    (
        "Theme park operator raises ticket prices as attendance holds up",
        "",
        "",
        ["hospitality", "entertainment"],
    ),
    (
        "University endowments post weak returns",
        "",
        "",
        ["education", "finance"],
    ),
]

WIRE_HEADLINES = [
    ("England collapse to 120 all out on day two at Lord's", {"sports"}),
    ("Verstappen takes pole in Monaco", {"sports"}),
    ("All Blacks name uncapped fly-half for Six Nations warm-up", {"sports"}),
    ("McIlroy shoots 65 to lead by two at Augusta", {"sports"}),
    ("Chiefs trade up to draft edge rusher", {"sports"}),
    ("Transfer deadline day: club completes loan signing of winger", {"sports"}),
    ("Marathon world record falls in Berlin", {"sports"}),
    ("Knicks guard out four weeks with sprained ankle", {"sports"}),
    ("Wimbledon champion crashes out in first round", {"sports"}),
    ("Sprinter banned four years for doping violation", {"sports"}),
    ("Tour de France: breakaway survives on mountain stage", {"sports"}),
    ("Cricket board sells broadcast rights for $3 billion", {"sports", "media"}),
    ("World leaders gather in Davos as trade tensions mount", {"government", "finance"}),
    ("Protesters clash with police in capital after disputed election", {"government"}),
    ("Ceasefire collapses as shelling resumes", {"government"}),
    ("Central bank holds rates steady, signals cuts later this year", {"finance"}),
    ("Chipmaker beats estimates on AI demand", {"technology", "finance"}),
    ("Startup lays off 20% of staff after failed funding round", {"finance", "technology", "professional"}),
    ("Oil prices jump after OPEC+ extends output cuts", {"energy", "finance"}),
    ("Ransomware attack disrupts car dealerships nationwide", {"technology", "manufacturing"}),
]
