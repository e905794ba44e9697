"""Topic lexicon, part B: government, law, energy, industry, consumer, travel, food, sport, science.

Same shape as part A: (name, sector id, [industry names], "comma-separated terms"); "^" strong, "~" weak.
"""

TOPICS_B = [
    (
        "elections and politics",
        "government",
        ["Political Organizations", "Legislative Offices", "Government Administration", "Executive Offices"],
        "election, elections, midterms, midterm, primary election, ~campaign, presidential, ~president, trump,"
        " donald trump, biden, joe biden, obama, barack obama, hillary clinton, clinton, pence, kamala harris,"
        " bernie sanders, sanders, pelosi, mcconnell, schumer, desantis, romney, ted cruz, gop, republican, "
        "republicans, democrat, democrats, democratic, voters, voter, ~vote, ~votes, voting, ballot, polls, "
        "candidate, candidates, congress, congressional, senate, senator, senators, house republicans, house "
        "democrats, lawmakers, lawmaker, legislation, ~bill, white house, ~administration, politics, "
        "political, politician, politicians, governor, mayor, impeachment, impeach, ~speaker, filibuster, "
        "partisan, bipartisan, conservative, conservatives, liberal, liberals, progressive, progressives, gop "
        "lawmakers, rnc, dnc, caucus, electoral, inauguration, ~cabinet, ~secretary, chief of staff, ~aide, "
        "~aides, ~rally, campaign trail, ~debate, ~primary, nominee, nomination, tea party, maga, jan. 6, "
        "capitol, capitol riot, insurrection, mueller, giuliani, kushner, ivanka, bannon, pompeo, ~sessions, "
        "kavanaugh, lindsey graham, aoc, ocasio-cortez, ~warren, elizabeth warren, buttigieg, gerrymandering, "
        "veto, executive order",
    ),
    (
        "public policy",
        "government",
        [
            "Public Policy Offices",
            "Government Administration",
            "Health and Human Services",
            "Government Relations Services",
        ],
        "~policy, ~policies, public policy, ~government, federal, federal government, state government, "
        "regulation, regulations, regulators, regulatory, ~agency, department of, immigration, immigrants, "
        "immigrant, ~border, deportation, asylum, daca, dreamers, ~ice, gun control, gun laws, nra, second "
        "amendment, abortion, roe v. wade, planned parenthood, health care bill, repeal, tax cuts, tax reform,"
        " welfare, food stamps, social security, infrastructure bill, shutdown, government shutdown, stimulus,"
        " voting rights, civil rights, census, lobbyist, lobbying, think tank, minister, ministers, public "
        "sector, epa, hud, transgender troops, travel ban, muslim ban, refugee, refugees, sanctuary cities, "
        "~wall, ~protest, ~protesters, ~activists, ~officials, ~official, state department, homeland security,"
        " pentagon, national security, fbi, cia, intelligence, whistleblower, ~scandal, ~investigation, "
        "~ethics, corruption",
    ),
    (
        "world affairs",
        "government",
        ["International Affairs", "Armed Forces", "International Trade and Development"],
        "foreign policy, diplomacy, diplomat, diplomats, diplomatic, ambassador, embassy, united nations, "
        "u.n., nato, european union, eu, brexit, prime minister, parliament, president putin, putin, kremlin, "
        "russia, ukraine, china, beijing, xi jinping, north korea, kim jong un, iran, syria, israel, "
        "palestinian, gaza, afghanistan, iraq, taliban, isis, war, military, troops, army, navy, soldiers, "
        "airstrike, airstrikes, missile, nuclear weapons, sanctions, ceasefire, treaty, summit, g7, g20, "
        "foreign minister, regime, coup, humanitarian, geopolitical, defense secretary, veterans, terrorism, "
        "terrorist, terror attack, invasion, election fraud",
    ),
    (
        "policing and public safety",
        "government",
        ["Law Enforcement", "Public Safety", "Fire Protection", "Correctional Institutions"],
        "police, cop, cops, ~officer, ~officers, police officer, sheriff, arrested, ~arrest, arrests, "
        "shooting, ~shot, gunman, ~killed, murder, murdered, homicide, crime, crimes, suspect, suspects, "
        "robbery, stabbing, assault, kidnapping, manhunt, detective, swat, firefighters, prison, jail, inmate,"
        " inmates, police shooting, police brutality, body camera, mass shooting, shooter, gun violence, fbi "
        "agents, dea, fugitive, ~custody, trafficking, ~fraud, ~scam, ~victim, ~victims, police say, "
        "~authorities, 911, emergency responders, law enforcement, ~crash, hit-and-run, ~missing, ~dead, "
        "~death, ~died, ~gun, ~guns, ~weapon, burglary, ~theft, ~stolen",
    ),
    (
        "courts and law",
        "legal",
        ["Law Practice", "Legal Services", "Administration of Justice", "Courts of Law"],
        "supreme court, court, courts, judge, judges, ~justice, justices, lawsuit, lawsuits, sued, sues, sue, "
        "lawyer, lawyers, attorney, attorneys, attorney general, ~legal, ~law, ~laws, ruling, ~ruled, ~rules, "
        "trial, jury, verdict, convicted, conviction, sentenced, ~sentence, prosecutor, prosecutors, "
        "prosecution, indicted, indictment, charged, ~charges, guilty, plea, ~appeal, appeals court, federal "
        "judge, settlement, litigation, law firm, testimony, testify, subpoena, justice department, doj, "
        "constitutional, constitution, unconstitutional, civil rights lawsuit, aclu, defense attorney, legal "
        "battle, court case, ~hearing, legal team",
    ),
    (
        "climate and environment",
        "energy",
        ["Environmental Services", "Environmental Quality Programs", "Conservation Programs"],
        "climate change, climate, global warming, climate crisis, emissions, carbon, carbon dioxide, "
        "greenhouse gas, pollution, polluted, air quality, environment, environmental, environmentalists, "
        "sustainability, sustainable, recycling, plastic pollution, ~plastic, ~plastics, ~waste, "
        "deforestation, rainforest, ~ocean, ~oceans, sea level, coral reef, glacier, arctic, antarctica, ice "
        "sheet, heat wave, wildfire, wildfires, drought, hurricane, flooding, extreme weather, paris "
        "agreement, paris climate, epa, conservation, ~wildlife, endangered, species, extinction, "
        "biodiversity, habitat, national park, national parks, elephants, elephant, whale, whales, polar bear,"
        " polar bears, bees, coral, ~forest, ~forests, greta thunberg, ~green, eco-friendly, ~toxic, water "
        "crisis, clean water, lead poisoning, ~chemicals, pesticides, ~animal, ~animals, wolves, tigers, "
        "lions, sharks, dolphins, rhino, gorilla, poaching, ~zoo",
    ),
    (
        "renewable energy",
        "energy",
        [
            "Renewable Energy Power Generation",
            "Solar Electric Power Generation",
            "Wind Electric Power Generation",
            "Hydroelectric Power Generation",
            "Climate Technology Product Manufacturing",
        ],
        "renewable energy, renewables, renewable, clean energy, solar, solar power, solar panels, solar farm, "
        "photovoltaic, wind power, wind farm, wind turbines, wind turbine, offshore wind, hydropower, "
        "geothermal, battery storage, energy storage, green hydrogen, ~hydrogen, electric vehicles, electric "
        "vehicle, ~ev, ~evs, charging stations, decarbonization, net zero, net-zero, energy transition, clean "
        "power, heat pump, heat pumps, megawatts, gigawatts, ~mw, ~gw, power purchase agreement, ~ppa, "
        "~interconnection, ~capacity, ~tesla",
    ),
    (
        "oil, gas and power",
        "energy",
        [
            "Oil and Gas",
            "Utilities",
            "Electric Power Generation",
            "Nuclear Electric Power Generation",
            "Mining",
            "Electric Power Transmission, Control, and Distribution",
        ],
        "~oil, ~gas, natural gas, oil prices, crude, opec, pipeline, keystone xl, fracking, drilling, offshore"
        " drilling, oil spill, coal, coal mine, coal plants, fossil fuels, fossil fuel, gasoline, gas prices, "
        "refinery, lng, exxon, exxonmobil, chevron, ~bp, ~shell, ~energy, energy prices, electricity, power "
        "grid, ~grid, ~utility, utilities, blackout, power plant, nuclear power, nuclear plant, reactor, "
        "mining, miners, lithium, barrels",
    ),
    (
        "manufacturing and industry",
        "manufacturing",
        [
            "Manufacturing",
            "Machinery Manufacturing",
            "Industrial Machinery Manufacturing",
            "Automation Machinery Manufacturing",
            "Chemical Manufacturing",
        ],
        "manufacturing, manufacturer, manufacturers, factory, factories, ~plant, assembly line, ~production, "
        "industrial, steel, aluminum, machinery, robotics, 3d printing, ~supplier, ~suppliers, ~components, "
        "~output, made in america, reshoring, chemical plant, textile, ~lean, industry 4.0, factory workers, "
        "plant closure",
    ),
    (
        "automotive and aerospace",
        "manufacturing",
        [
            "Motor Vehicle Manufacturing",
            "Aviation and Aerospace Component Manufacturing",
            "Defense and Space Manufacturing",
        ],
        "automaker, automakers, ~car, ~cars, ~vehicle, ~vehicles, auto industry, gm, general motors, ford, "
        "toyota, volkswagen, honda, ~recall, self-driving, autonomous vehicles, boeing, airbus, aerospace, jet"
        " engine, defense contractor, lockheed martin, spacex, ~rocket, ~trucks, suv",
    ),
    (
        "fashion and beauty",
        "retail",
        [
            "Retail Apparel and Fashion",
            "Personal Care Product Manufacturing",
            "Retail Luxury Goods and Jewelry",
            "Apparel Manufacturing",
            "Footwear Manufacturing",
        ],
        "fashion, fashion week, ~designer, ~designers, runway, ~model, ~models, supermodel, outfit, outfits, "
        "~dress, dresses, gown, ~wore, ~wearing, ~wears, red carpet, met gala, ~style, stylish, ~look, ~looks,"
        " beauty, makeup, cosmetics, skincare, skin care, lipstick, ~hair, hairstyle, haircut, nails, "
        "manicure, fragrance, perfume, jewelry, handbag, ~shoes, sneakers, ~boots, jeans, denim, clothing, "
        "clothes, apparel, swimsuit, bikini, lingerie, vogue, gucci, chanel, prada, louis vuitton, dior, "
        "versace, h&m, zara, ~trends, ~trend, wardrobe, tattoo, sephora, ulta, l'oreal, glam, photoshoot, "
        "cover shoot, beauty products, sunscreen, fashion line, ~collection, ~vintage, chic, ~accessories, "
        "tiara, ~hat, ~jacket, ~suit, blazer, skirt",
    ),
    (
        "retail and shopping",
        "retail",
        ["Retail", "Online and Mail Order Retail", "Retail Groceries", "Consumer Services"],
        "retail, retailer, retailers, shopping, shoppers, ~store, ~stores, mall, walmart, ~target, costco, "
        "amazon prime day, black friday, cyber monday, e-commerce, ecommerce, online shopping, ~consumer, "
        "~consumers, consumer spending, ~brands, ~sale, ~discount, ~prices, ~price, holiday sales, grocery, "
        "groceries, supermarket, ~products, ~product, ~buy, ~shop, checkout",
    ),
    (
        "travel and hospitality",
        "hospitality",
        ["Travel Arrangements", "Hotels and Motels", "Hospitality", "Airlines and Aviation"],
        "travel, traveler, travelers, travelling, traveling, ~trip, trips, vacation, vacations, tourism, "
        "tourist, tourists, ~destination, destinations, hotel, hotels, resort, resorts, airbnb, airline, "
        "airlines, flight, flights, airport, airports, passenger, passengers, tsa, cruise, cruise ship, "
        "passport, luggage, road trip, ~beach, beaches, ~island, ~islands, getaway, itinerary, sightseeing, "
        "~visit, ~visitors, honeymoon destination, backpacking, hostel, jetblue, ~delta, united airlines, "
        "american airlines, ~southwest, frequent flyer, ~booking, expedia, hospitality, ~guests, travel tips, "
        "city guide, things to do, ~tour, ~europe, ~paris, ~italy",
    ),
    (
        "food and restaurants",
        "food",
        [
            "Restaurants",
            "Food and Beverage Services",
            "Food and Beverage Manufacturing",
            "Caterers",
            "Bars, Taverns, and Nightclubs",
        ],
        "food, foods, restaurant, restaurants, chef, chefs, cooking, ~cook, recipe, recipes, ~dish, dishes, "
        "meal, meals, dinner, lunch, breakfast, brunch, ~menu, ~kitchen, bake, baking, cake, cookies, bread, "
        "pizza, burger, burgers, sandwich, tacos, pasta, salad, soup, cheese, chocolate, dessert, desserts, "
        "snack, snacks, fast food, mcdonald, starbucks, chipotle, foodie, flavor, flavors, ~delicious, ~taste,"
        " ~eat, ~eating, ~eats, ~chicken, steak, vegan, vegetarian, ice cream, ~coffee, ~tea, cocktail, "
        "cocktails, wine, beer, brewery, whiskey, bourbon, ~drinks, ~drink, ~bar, bartender, michelin, ~grill, "
        "barbecue, bbq, thanksgiving dinner, ~turkey, ~pie, holiday recipes, ingredients, ~fruit, vegetables, "
        "avocado, ~eggs, sushi, noodles, food industry, food safety, food prices, menu items, cuisine, "
        "culinary, dining",
    ),
    (
        "real estate and housing",
        "real_estate",
        [
            "Real Estate",
            "Real Estate Agents and Brokers",
            "Leasing Residential Real Estate",
            "Leasing Non-residential Real Estate",
            "Residential Building Construction",
        ],
        "real estate, housing, housing market, home prices, house prices, mortgage, mortgages, realtor, "
        "realtors, homebuyers, home buyers, homeowners, homeowner, ~rent, rents, renters, tenant, tenants, "
        "landlord, landlords, apartment, apartments, condo, ~property, ~properties, ~listing, mansion, ~house,"
        " ~houses, ~home, ~homes, commercial real estate, office space, zillow, affordable housing, eviction, "
        "evictions, foreclosure, ~developer, ~construction, builders, homebuilders, architecture, architect, "
        "skyscraper, ~building, ~buildings, zoning",
    ),
    (
        "home and interior design",
        "real_estate",
        [
            "Interior Design",
            "Retail Furniture and Home Furnishings",
            "Furniture and Home Furnishings Manufacturing",
        ],
        "interior design, interior designer, decor, decorating, home decor, furniture, living room, bedroom, "
        "bathroom, kitchen design, renovation, remodel, diy, organizing, ~cleaning, ~clean, declutter, ikea, "
        "~paint, wallpaper, rug, sofa, couch, ~garden, gardening, ~plants, backyard, patio, tiny house, tiny "
        "home, ~storage, closet, hgtv, home improvement, ~lighting, mattress",
    ),
    (
        "logistics and transport",
        "transportation",
        [
            "Transportation, Logistics, Supply Chain and Storage",
            "Freight and Package Transportation",
            "Truck Transportation",
            "Rail Transportation",
            "Maritime Transportation",
            "Urban Transit Services",
        ],
        "logistics, supply chain, supply chains, shipping, freight, trucking, truckers, truck drivers, rail, "
        "railroad, railway, ~train, trains, ~port, ports, ~container, containers, cargo, warehouse, "
        "warehouses, ~delivery, deliveries, fedex, ups, usps, postal service, transit, subway, ~bus, buses, "
        "public transportation, commuters, ~highway, ~traffic, last mile, ~fleet",
    ),
    (
        "religion and faith",
        "nonprofit",
        ["Religious Institutions"],
        "religion, religious, ~faith, church, churches, pope, pope francis, vatican, catholic, catholics, "
        "christian, christians, christianity, evangelical, evangelicals, pastor, priest, priests, bishop, "
        "bishops, nun, nuns, ~god, jesus, bible, biblical, ~prayer, ~pray, worship, muslim, muslims, islam, "
        "islamic, mosque, ramadan, eid, jewish, jews, judaism, rabbi, synagogue, hanukkah, passover, yom "
        "kippur, hindu, hinduism, buddhist, buddhism, sikh, dalai lama, spiritual, spirituality, ~easter, "
        "~christmas, lent, sermon, congregation, theology, atheist, atheists, mormon, clergy, archbishop, "
        "~cardinal, sabbath, ~holy, ~saint",
    ),
    (
        "charity and nonprofits",
        "nonprofit",
        [
            "Non-profit Organizations",
            "Philanthropic Fundraising Services",
            "Fundraising",
            "Civic and Social Organizations",
            "Individual and Family Services",
        ],
        "nonprofit, nonprofits, non-profit, charity, charities, charitable, donation, donations, ~donate, "
        "donated, fundraiser, fundraising, philanthropy, philanthropist, ~foundation, volunteer, volunteers, "
        "volunteering, ngo, homeless, homelessness, food bank, ~shelter, ~community, ~relief, ~aid, red cross,"
        " gofundme, ~grant, grants, social services, ~advocacy",
    ),
    (
        "sports",
        "sports",
        ["Spectator Sports", "Sports Teams and Clubs", "Recreational Facilities"],
        "sports, sport, athlete, athletes, ~team, ~teams, ~player, ~players, coach, coaches, ~game, ~games, "
        "~season, ~league, nfl, nba, mlb, nhl, mls, ncaa, wnba, fifa, uefa, olympics, olympic, olympian, world"
        " cup, super bowl, playoffs, playoff, championship, ~champions, ~champion, tournament, football, "
        "basketball, baseball, soccer, hockey, tennis, ~golf, ~boxing, ufc, ~wrestling, ~racing, nascar, "
        "formula 1, f1, cycling, marathon, swimmer, gymnast, gymnastics, quarterback, touchdown, home run, "
        "pitcher, ~goal, ~goals, ~scored, ~score, coach, stadium, ~fans, ~draft, rookie, mvp, espn, serena "
        "williams, lebron, lebron james, tom brady, colin kaepernick, kaepernick, tiger woods, patriots, "
        "lakers, warriors, yankees, cowboys, national anthem, referee, ~match, ~medal, gold medal, ~sprint, "
        "~athletic, athletics, premier league, manchester united, real madrid, barcelona, wimbledon, us open, "
        "super bowl lii, halftime, inning, innings, cricket, rugby, ~ski, skiing, snowboard, surfing, "
        "skateboarding",
    ),
    (
        "science and research",
        "science",
        [
            "Research Services",
            "Biotechnology Research",
            "Space Research and Technology",
            "Nanotechnology Research",
            "Research and Development",
        ],
        "science, scientist, scientists, scientific, ~research, researchers, researcher, ~study, ~studies, "
        "study finds, new study, ~journal, peer-reviewed, experiment, experiments, ~lab, laboratory, "
        "~discovery, ~discovered, physics, physicist, chemistry, biology, biologist, genetics, genetic, gene, "
        "genes, dna, genome, crispr, stem cells, ~evolution, fossil, fossils, dinosaur, dinosaurs, "
        "archaeologists, archaeology, ~ancient, nasa, ~space, astronaut, astronauts, astronomers, astronomy, "
        "planet, planets, mars, ~moon, telescope, galaxy, galaxies, black hole, asteroid, comet, solar system,"
        " universe, spacecraft, ~satellite, rocket launch, esa, hubble, neuroscience, neuroscientists, ~brain,"
        " biotech, biotechnology, quantum, ~particle, climate scientists, ~nature, microbes, bacteria, ~cells,"
        " mathematician",
    ),
    (
        "agriculture",
        "agriculture",
        ["Farming", "Ranching", "Fisheries", "Forestry and Logging"],
        "agriculture, agricultural, farm, farms, farmer, farmers, farming, crop, crops, harvest, livestock, "
        "cattle, dairy, usda, wheat, corn, soybean, soybeans, fertilizer, ranch, ranchers, agribusiness, "
        "grain, fisheries, fishing, forestry, orchard, irrigation, organic farming",
    ),
]
