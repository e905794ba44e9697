"""Topic lexicon, part D: the working vocabulary of lifestyle, culture and consumer trades.

Terms the trade press of each field uses about its business (a premiere, a casting, occupancy, a
collection, a clinical study, a renovation, a parish), written from general knowledge so that
professional news in these fields outweighs the private-life words it may also carry ("actor, father
of two, cast as lead"). Same term syntax as the topic lexicon; merged into EXTRA_TERMS. Everyday
words that a "how we met" note would hold (met, fair, conference, coffee) are never listed alone.
"""

CAREER_TERMS = {
    "business and management": (
        "chief financial officer, cfo, board of directors, majority stake, minority stake, takeover, "
        "restructuring, cost cuts, job cuts, annual report, trade group, industry group"
    ),
    "markets and investing": (
        "quarterly results, quarterly earnings, quarterly revenue, full-year, full-year forecast, "
        "revenue outlook, raised its outlook, cut its outlook, guidance, ~forecast, sales rose, "
        "sales fell, profit margin, operating profit, year-over-year, analysts expected, beat estimates, "
        "missed estimates"
    ),
    "retail and shopping": (
        "^toy maker, ^toymaker, ^toy company, sales jump, sales rise, sales slump, sales growth, "
        "toy industry, toy sales, toy retailer, product recall, product recalls, ^consumer product safety "
        "commission, ^cpsc, ^greeting card, ^greeting cards, ^bridal retailer, ^baby formula, "
        "^infant formula, "
        "holiday shopping season, holiday shopping, back-to-school shopping, store traffic, "
        "foot traffic, inventory, wholesale orders, department store, outlet mall, private label, "
        "store brand, direct-to-consumer, dtc brand"
    ),
    "work and careers": (
        "^childcare costs, ^child care costs, ^cost of childcare, labor force, labour force, "
        "labor force participation, labor market, labour market, workforce, "
        "child care benefits, childcare benefits, paid leave, parental leave, working hours, "
        "wage growth"
    ),
    "banking and the economy": (
        "^economists say, ^economists said, ^economists expect, ^labor department, ^consumer price index, "
        "cpi, ^jobless claims, ^payrolls, ^rate cut, ^rate hike, ^central bankers, ^monetary policy"
    ),
    "policing and public safety": (
        "^accused of, allegedly, ^autopsy, ^medical examiner, ^coroner, ^smuggling, ^smuggler, ^smugglers, "
        "^serial killer, killer, ^gunman, ^drug bust, ^drug cartel, cartel, ^ambush, ^held hostage, "
        "^hostages, ^missing person, ^amber alert, ^search warrant, ^manhunt, ^fatal shooting, ^shot dead, "
        "^found dead, ^burglary, ^robbery, ^carjacking, ^arson, ^assault charges, ^sex offender, "
        "^child abuse, ^domestic violence, ^police say, ^police said, ^sheriff, ^sheriff's office, "
        "^deputies, ^cold case, ^dna evidence, ^forensic, ^hate crimes"
    ),
    "courts and law": (
        "^life term, ^life sentence, ^sentenced to, ^pleads guilty, ^pleaded guilty, ^pleads not guilty, "
        "^plea deal, ^plea agreement, ^manslaughter, ^murder charge, ^murder charges, ^convicted of, "
        "^found guilty, ^acquitted, ^jury, ^jurors, ^verdict, ^prosecutor, ^prosecutors, ^district attorney, "
        "^defense attorney, ^defense lawyer, ^subpoenas, ^subpoenaed, ^lawsuit, ^sued, "
        "^class action, ^appeals court, ^judge rules, ^judge ruled, ^court ruling"
    ),
    "climate and environment": (
        "^wildlife, ^endangered, ^endangered species, ^conservationists, ^conservation group, ^habitat, "
        "^habitats, ^biodiversity, ^poaching, ^poachers, ^extinction, ^species, ^national park, "
        "^national parks, ^wildfire, ^wildfires, ^hurricane, ^pesticide, ^pesticides, ^pollution, "
        "^emissions, ^deforestation, ^coral reef, ^drought, ^heat wave, ^heatwave, "
        "^park rangers, ^marine life, ^invasive species, ^migratory"
    ),
    "sports": (
        "^wicket, ^wickets, ^bowled out, ^the ashes, ^ashes series, ^t20, ^twenty20, ^odi, ^test series, "
        "^bowled, ^run chase, ^lord's, ^the masters, ^augusta national, "
        "^birdie, ^birdies, ^bogey, ^under par, ^over par, ^golf major, ^liv golf, ^dp world tour, "
        "^marathon, ^half marathon, ^marathoner, ^triathlon, ^velodrome, ^fly-half, ^six nations, "
        "^try-scorer, ^grand tour, ^mountain stage, ^yellow jersey, ^sprint finish, ^qualifier, "
        "^pole position, paddock, ^pit stop, ^podium finish, ^edge rusher, ^draft pick, "
        "^sprained ankle, ^doping, ^anti-doping, ^world anti-doping agency, ^wada, augusta, ^rory mcilroy, "
        "^mcilroy, ^scottie scheffler, ^scheffler, ^jon rahm, ^jordan spieth, ^brooks koepka, ^golfer"
    ),
    "world affairs": (
        "^world leaders, ^davos, ^world economic forum, ^trade tensions, ^shelling, ^airstrikes, "
        "^air strikes, ^truce, ^peace talks, ^peace deal, "
        "^foreign ministers, ^head of state, ^heads of state, "
        "^asylum seekers, ^humanitarian crisis, ^coup, ^junta, "
        "^disputed election, ^opposition leader"
    ),
    "film and television": (
        "^independent spirit awards, ^spirit awards, ^kids' choice awards, ^teen choice awards, "
        "^mtv movie awards, ^gotham awards, ^peabody awards, ^annie awards, ^golden raspberry, "
        "^top prize, ^top prizes, ^best film, ^film critics, ^critics' choice, ^palme d'or, "
        "^golden lion, ^golden bear, ^film review, ^tv review, ^binge-watch, ^binge-watching, "
        "~director, ~directed by, film producer, executive producer, renewed for, plot twist, "
        "~character, ~studio, ^writers strike, ^actors strike, ^sag-aftra, ^writers guild, ^wga, "
        "^residuals, ^remaking, ^premiere, ^premieres, ^premiered, ^world premiere, ^season premiere, "
        "^series premiere, ^season finale, ^series finale, ^trailer, ^first trailer, ^teaser trailer, "
        "^box office, ^opening weekend, ^ticket sales, ^sequel, ^prequel, ^spinoff, ^spin-off, ^remake, "
        "^reboot, ^biopic, ^casting, ^cast as, ^joins the cast, ^joins cast, ^cast member, "
        "^co-starring, ^starring role, ^leading role, ^lead role, ^supporting role, "
        "^directorial debut, ^screenplay, ^screenwriter, ^script, ^showrunner, ^executive producer, "
        "^production company, ^film studio, ^shooting begins, ^on set, ^reshoots, ^post-production, "
        "^release date, ^theatrical release, ^limited series, ^miniseries, ^anthology series, "
        "^drama series, ^comedy series, ^renewal, ^canceled after, ^cancelled after, ^storyline, "
        "film adaptation, screen adaptation, tv adaptation, broadway revival, oscar nominations, "
        "emmy nominations, ^spoilers, ^spoiler, ^feature film, ^short film, ^documentary, ^docuseries, "
        "^animated film, ^animated series, ^film festival, ^festival premiere, ^award nomination, "
        "^best actor, ^best actress, ^best picture, ^best director, ^supporting actor, "
        "^supporting actress, ^awards season, ^awards show, ^acceptance speech, ^streamer, ^streamers, "
        "^streaming service, ^streaming platform, ^streaming giant, ^viewership, ^nielsen, "
        "^content slate, ^licensing deal, ^franchise film, ^blockbuster, ^cinema, ^cinemas, "
        "^movie theater, ^movie theaters, ^multiplex, ^talk show host, ^late-night host, ^sitcom, "
        "^visual effects, "
        "^soundtrack, ^audition, ^auditioned, ^cameo, ^cameos"
    ),
    "music": (
        "^american music awards, ^billboard music awards, ^cma awards, ^country music awards, "
        "^brit awards, ^latin grammys, ^iheartradio music awards, ^rock and roll hall of fame, "
        "^album review, ^record store, ^music streaming, ^chart debut, ^debuts at no. 1, "
        "record producer, festival lineup, las vegas residency, live performance, music charts, "
        "^new album, ^debut album, ^studio album, ^album, ^albums, ^new single, ^lead single, ^ep, "
        "^music video, ^world tour, ^tour dates, ^stadium tour, ^arena tour, ^headliner, ^headliners, "
        "^headlining, ^setlist, ^signed a record deal, ^record contract, ^record label, ^chart-topping, "
        "^billboard hot 100, ^billboard 200, ^no. 1 hit, ^hit single, ^songwriting, "
        ""
        "^concert, ^concerts, ^reunion tour, ^farewell tour, "
        "^music festival, ^music rights, ^live nation, ^ticketmaster, ^grammy nomination, "
        "^grammy nominations, ^grammy, ^grammys, ^duet, ^cover version, ^tracklist, ^vinyl"
    ),
    "journalism and news media": (
        "^fox news host, ^cnn host, ^msnbc host, ^cnn anchor, ^fox news anchor, ^msnbc anchor, ^news host, "
        "^print circulation, ^newsroom, ^newsrooms, ^news organization, ^news organizations, "
        "^news outlet, ^news outlets, ^editor-in-chief, ^executive editor, ^managing editor, "
        "^news anchor, ^broadcaster, ^broadcasters, ^public broadcaster, ^press freedom, "
        "^freedom of the press, ^journalists, ^reporters, ^correspondent, ^correspondents, ^publisher, "
        "^publishers, ^print edition, ^paywall, ^digital subscriptions, ^media company, "
        "^media companies, ^media group, ^cable network, ^cable news, ^news network, ^local news, "
        "^local tv, ^talk radio, ^radio host, ^radio station, ^podcast, ^podcasts, ^podcaster, "
        "^podcast network, ^newsletter, ^substack, ^op-ed, ^opinion columnist, ^editorial board, "
        "^retraction, ^media coverage"
    ),
    "fashion and beauty": (
        "^style evolution, ^hair evolution, ^beauty evolution, ^red carpet look, ^red carpet looks, "
        "^fashion moment, ^fashion moments, ^beauty look, ^beauty looks, ^outfit, ^outfits, ^wardrobe, "
        "^stylist, ^celebrity stylist, ^beauty routine, ^hair trends, ^nail art, ^fashion trends, "
        "^ready-to-wear, ^couture, ^haute couture, ^menswear, ^womenswear, ^creative director, "
        "^fashion house, ^luxury brand, ^luxury brands, ^luxury label, ^fashion designer, "
        "^fashion brand, ^fashion label, ^apparel, ^footwear, ^handbags, ^leather goods, ^eyewear, "
        "^jewellery, ^fine jewelry, ^watchmaker, ^beauty brand, ^beauty brands, ^beauty industry, "
        "^cosmetics, ^skincare, ^skin care, ^haircare, ^hair care, ^fragrance, ^fragrances, ^serum, "
        "^serums, ^moisturizer, ^foundation shade, ^lipstick, ^mascara, ^eyeshadow, ^nail polish, "
        "^sunscreen, ^spf, ^dermatologist, ^dermatologists, ^salon, ^salons, ^hairstylist, "
        "^makeup artist, ^manicure, ^catwalk, ^lookbook, ^capsule collection, ^resale, "
        "^secondhand clothing, ^fast fashion, ^textile"
    ),
    "wellness and fitness": (
        "^digestion, ^digestive, ^digestive health, ^healthier eating, ^healthy eating, ^eating habits, "
        "^relaxation techniques, ^breathing exercises, ^self-care routine, ^runners, "
        "exercise, diet, stress, ^nutritionist, ^dietitian, ^dietitians, ^calorie, ^calories, ^protein, "
        "^fiber intake, ^vitamins, ^supplement, ^supplements, ^probiotic, ^probiotics, ^gut health, "
        "^microbiome, ^metabolism, ^blood sugar, ^cholesterol, ^intermittent fasting, ^workout, "
        "^workouts, ^fitness, ^strength training, ^cardio, ^aerobic, ^physical activity, ^pilates, "
        "^yoga, ^meditation, ^mindfulness, ^sleep quality, ^insomnia, ^wellness, ^wellbeing, "
        "^well-being, ^burnout, ^longevity, ^healthy aging, ^menopause, ^obesity, ^weight loss, "
        "^body mass index, ^bmi, ^heart health, ^immune system, ^inflammation, ^personal trainer, ^gym, "
        "^gyms, ^health club, ^fitness tracker, ^step count, ^hydration"
    ),
    "mental health": (
        "^therapist, ^therapists, ^counselor, ^psychologist, ^psychologists, ^psychiatrist, "
        "^psychiatrists, ^mental health, ^mental illness, ^ptsd, ^grief counseling, ^eating disorders, "
        "^self-harm, ^suicide prevention, ^antidepressants"
    ),
    "home and interior design": (
        "^space heater, ^space heaters, ^air purifier, ^air purifiers, ^humidifier, ^vacuum cleaner, "
        "^robot vacuum, ^dishwasher, ^washing machine, ^cookware, ^bath towels, ^throw pillows, "
        "^cotton sheets, ^bed sheets, ^duvet, ^home goods, ^household items, ^household products, "
        "^paint colors, ^diy projects, ^diying, ^home hacks, ^cleaning products, ^spring cleaning, "
        "^interior design, ^interior designers, ^home furnishings, ^furniture, ^furniture maker, "
        "^furniture retailer, ^sofa, ^sofas, ^mattress, ^mattresses, ^showroom, ^showrooms, ^decor, "
        "^home decor, ^remodel, ^remodeling, ^remodelers, ^renovation, ^renovations, ^home improvement, "
        "^kitchen remodel, ^bathroom remodel, ^cabinetry, ^countertops, ^tiles, ^upholstery, "
        "^lighting design, ^landscaping, ^landscape architect, ^gardeners, ^garden center, ^houseplants, "
        "^home organization, ^declutter, ^storage solutions, ^smart home, ^home appliances"
    ),
    "real estate and housing": (
        "^real estate, ^housing market, ^home sales, ^pending sales, ^existing-home sales, ^home values, "
        "^listing price, ^asking price, ^open house, ^homebuyers, ^first-time buyers, ^mortgage, "
        "^mortgages, ^mortgage rates, ^refinance, ^refinancing, ^down payment, ^closing costs, ^realtor, "
        "^realtors, ^real estate agent, ^property market, ^vacation home, ^rental market, "
        "^rental property, ^condo, ^condos, ^apartment complex, ^homebuilder, ^homebuilders"
    ),
    "travel and hospitality": (
        "^where to stay, ^things to do in, ^best places to visit, ^places to visit, ^bucket list, "
        "getaways, ^weekend getaway, ^day trip, ^day trips, ^road trip, ^road trips, ^travel guide, "
        "^city guide, ^travel tips, ^travel writer, ^guidebook, ^sightseeing, ^hidden gems, "
        "^vacation spots, ^beach towns, ^ski resort, ^ski resorts, ^backpackers, ^expats, ^jet lag, "
        "^layover, ^carry-on, ^travel insurance, ^travel restrictions, ^visa-free, "
        "~reservations, venue, venues, ^occupancy rates, ^room rates, ^average daily rate, ^revpar, "
        "hotel bookings, travel bookings, advance bookings, ^hotel group, ^hotel chain, ^hotelier, "
        "^hoteliers, ^boutique hotel, ^all-inclusive, ^spa, ^lodging, ^vacation rental, "
        "^vacation rentals, ^short-term rentals, ^travel agent, ^travel agents, ^travel advisors, "
        "^tour operator, ^tour operators, ^package holiday, ^package holidays, ^itinerary, ^itineraries, "
        "^shore excursions, ^cruise ship, ^cruise ships, ^cruise line, ^long-haul, ^tourism, "
        "^destinations, ^holidaymakers, ^event venue, ^wedding venue, ^events industry, ^wedding industry, "
        "^wedding planners, ^wedding venues, ^bridal industry, "
        "^hospitality group, ^hospitality"
    ),
    "food and restaurants": (
        "^restaurant, ^restaurants, ^restaurateur, ^chef, ^chefs, ^head chef, ^menu, ^menus, "
        "^tasting menu, ^recipe, ^recipes, ^cookbook, ^cuisine, ^dining, ^diners, ^food service, "
        "^foodservice, ^meal kit, ^meal-kit, ^meal kits, ^plant-based, ^bakery, ^brewery, ^breweries, "
        "^brewers, ^craft brewers, ^distillery, ^distilleries, ^winery, ^wineries, ^vineyard, ^vintners, "
        "^wine, ^wines, ^beer, ^beers, ^spirits industry, ^cocktail, ^cocktails, ^bartender, "
        "^bartenders, ^food industry, ^food company, ^food prices, ^food safety, ^snack maker, "
        "^beverage company"
    ),
    "religion and faith": (
        "^evangelical leaders, ^church leaders, ^catholic leaders, ^muslim leaders, ^jewish leaders, "
        "religious, evangelical, ^churches, ^parish, ^parishes, ^diocese, ^dioceses, ^archdiocese, "
        "^cathedral, ^congregation, ^congregations, ^denomination, ^denominations, ^clergy, ^pastor, "
        "^priest, ^rabbi, ^imam, ^bishop, ^worship, ^worship service, ^sermon, ^seminary, "
        "^faith leaders, ^faith groups, ^interfaith, ^religious leaders, ^religion, ^theologian, "
        "^protestant, ^methodist, ^baptist, ^lutheran, ^presbyterian, ^anglican, ^episcopal, "
        "^orthodox church, ^pentecostal, ^holy week, ^good friday, ^christmas eve service, ^ramadan, "
        "^eid al-fitr, ^passover, ^rosh hashanah, ^diwali, ^vaisakhi, ^pilgrimage, ^hajj"
    ),
    "internet platforms": (
        "^short-video, ^short video app, ^video-sharing, ^video platform, ^photo-sharing, ^monetisation, "
        "^monetization, "
        "^social media platform, ^social media platforms, ^app store, ^apps, ^app, "
        "^monthly active users, ^algorithm, ^content creators, ^creator economy, ^influencer marketing, "
        "^livestream, ^live streaming, ^search engine, ^online platform, ^tech platform, ^messaging app, "
        "^dating app"
    ),
    "devices and chips": (
        "^smartphone, ^smartphones, ^foldable, ^laptop, ^laptops, ^smartwatch, ^earbuds, ^headphones, "
        "^wearable, ^wearables, ^gadget, ^gadgets, ^consumer electronics, ^battery life, "
        "^camera features, ^chipmaker, ^accelerators, ^ai chips"
    ),
}

# Words that make a company or a trade the actor of a story rather than a person: with two of them, the
# family words of "Stroller maker recalls 100,000 units" or "Bridal retailer files for bankruptcy" name
# a market, not someone's private life.
COMPANY_FRAME = (
    "maker, makers, manufacturer, manufacturers, retailer, retailers, company, companies, firm, brand, "
    "brands, industry, operator, supplier, suppliers, startup, recall, recalls, recalled, bankruptcy, "
    "files for bankruptcy, layoffs, cuts jobs, job cuts, lays off, investors, revenue, sales, profit, "
    "quarterly, earnings, stores, shortage, factory, fda, regulators, ceo, chief executive, funding round, "
    "valuation, acquisition, merger, market share, bookings, shipments, supply chain, wholesale"
)

# A public body or an institution acting ("City council approves child care subsidy", "Senate passes paid
# family leave bill", "Children's hospital opens a neonatal unit", "Pediatricians warn about RSV in
# infants"): one of the bodies with one of its own acts, and the family words name whom a policy, a
# service or a study is for. Each kind of body has its own acts ("house" with "found" is not one).
ACTING_BODIES = (
    (
        "council, city council, legislature, lawmakers, senate, house, congress, governor, mayor, "
        "state lawmakers, federal government, administration, department, agency",
        "signs, signed, approves, approved, passes, passed, bill, law, legislation, subsidy, program, "
        "policy, tax credit, funding, vote, votes, voted, ordinance, budget",
    ),
    (
        "airline, airlines, carrier, bank, banks, lender, automaker, automakers, carmaker, insurer, insurers, "
        "hotel, hotels, hotel chain, resort, museum, museums, restaurant chain, chain, retailer, company, "
        "companies, firm, startup, brand, maker, utility, solar company, studio, network, publisher, "
        "app, platform, cruise line, theme park, zoo, library, nonprofit, charity, foundation",
        "launches, launched, adds, added, offers, offered, opens, opened, unveils, unveiled, introduces, "
        "introduced, announces, announced, expands, rolls out, debuts, raises, cuts, recalls, "
        "discounts, accounts, program, service, feature, sues, sued, lawsuit, settles, settled",
    ),
    (
        "lawyers, attorneys, law firms, venues, vendors, agencies, planners, providers, employers, "
        "landlords, caterers, photographers, insurers, lenders, suppliers, contractors",
        "demand, prices, raise prices, clients, customers, wages, bookings, a spike in, shortage, costs, "
        "fees, market, business, revenue",
    ),
    (
        "hospital, children's hospital, clinic, doctors, pediatricians, physicians, researchers, scientists, "
        "health officials, school district, school board, university, cdc, experts, economists, fed, "
        "federal reserve, census, census bureau, statisticians",
        "opens, opened, launches, warn, warns, urged, finds, found, study, report, survey, trial, "
        "approves, announces, treat, treatment, vaccine, cases, data, data shows, rates, record high, donate, "
        "donates, donated, donation, gift",
    ),
)
