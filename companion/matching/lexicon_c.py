"""Topic lexicon, part C: more everyday vocabulary for existing topics, and a celebrities topic.

EXTRA_TERMS adds terms to topics named in parts A and B; TOPICS_C adds whole topics. Same term syntax.
"""

TOPICS_C = [
    (
        "celebrities",
        "entertainment",
        ["Entertainment Providers", "Movies, Videos, and Sound", "Musicians"],
        "celebrity, celebrities, ~famous, paparazzi, ^kim kardashian, kardashians, ^kanye west, ^jay-z, "
        "^lady gaga, ^justin bieber, ^ariana grande, ^adele, ^britney spears, ^tom hanks, ^jennifer lopez, "
        "^leonardo dicaprio, ^brad pitt, ^angelina jolie, ^meryl streep, ^will smith, ^chris rock, "
        "^dwayne johnson, ^harry styles, ^ed sheeran, ^selena gomez, ^miley cyrus, ^katy perry, "
        "^justin timberlake, ^jennifer aniston, ^george clooney, ^ellen degeneres, ^oprah winfrey, "
        "^kylie jenner, ^kendall jenner, ^khloe kardashian, ^kourtney kardashian, ^cardi b, ^nicki minaj, "
        "^lizzo, ^billie eilish, ^olivia rodrigo, ^dolly parton, ^cher, ^jimmy fallon, ^bill maher, "
        "^samantha bee, ^conan o'brien, ^howard stern, ^ryan reynolds, ^scarlett johansson, ^tom cruise, "
        "^keanu reeves, ^zendaya, ^chrissy teigen, ^john legend, ^jennifer lawrence, ^anne hathaway, "
        "^reese witherspoon, ^matthew mcconaughey, ^sarah jessica parker, ^blake lively, ^gwyneth paltrow, "
        "prince harry, meghan markle, royal family, royals, ~royal, kate middleton, prince william, "
        "queen elizabeth, prince charles, king charles, camilla, buckingham palace, duchess, ~duke, ~princess, "
        "~prince, ~queen, ~influencer, youtuber, ~tiktok star, ~reality star, ~instagram",
    ),
]

EXTRA_TERMS = {
    "work and careers": (
        "hr, chro, chros, hybrid work, hybrid teams, performance reviews, ~feedback, employee engagement, "
        "onboarding, ~benefits, payroll, compensation, headcount, hiring managers, job seekers, job market, "
        "four-day week, return to office, return-to-office, upskilling, reskilling, dei, diversity and inclusion"
    ),
    "real estate and housing": (
        "contractors, general contractor, general contractors, subcontractor, subcontractors, lumber, "
        "construction projects, construction costs, building permits, permits, groundbreaking, homebuilder, "
        "multifamily, single-family, housing starts, commercial projects, developers, ~bid, ~bids"
    ),
    "public policy": (
        "city council, council, county commission, state legislature, statehouse, ordinance, "
        "zoning overhaul, municipal, town hall, ~mayor, "
        # Government agencies and their acts: a regulator's order is government news as well as its field's.
        "cdc, fda, faa, fcc, ftc, fema, tsa, nih, hhs, usda, doj, osha, irs, justice department, "
        "interior department, education department, energy department, agriculture department, "
        "labor department, health department, department of health, surgeon general, health secretary, "
        "education secretary, interior secretary, transportation secretary, federal agency, federal agencies, "
        "executive order, mandate, mandates, ~ban, stay-at-home order, emergency order, public health order, "
        "state of emergency, governor's office, ~administration officials, federal officials, state officials, "
        "~health officials"
    ),
    "logistics and transport": (
        "trucking carriers, fleets, ~carriers, motor carriers, freight brokers, "
        "drayage, intermodal, less-than-truckload, ltl, parcel, shippers"
    ),
    "markets and investing": (
        "crypto exchange, token, tokens, stablecoin, withdrawals, liquidity, treasury yields, yields, "
        "10-year, bond market, stock exchange, nyse, ftse, nikkei, dax, buyout, leveraged buyout, "
        "hedge funds, asset manager, fund manager, analyst estimates, wall st, brokerage, fintech startup"
    ),
    "devices and chips": (
        "chipmaker, chipmakers, data-center, gpu, gpus, hyperscaler, hyperscalers, foldable, foldables, "
        "shipments, wearables, microchip, tsmc, qualcomm, amd, arm, handset, handsets, pc market"
    ),
    "cybersecurity": (
        "vpn, ~patch, exploit, exploited, security researchers, ~bug, ~flaw, zero-day, "
        "cyber, cybercriminals, ddos, credential, credentials, two-factor, infosec"
    ),
    "data and cloud": (
        "cloud provider, cloud providers, cloud outage, saas, kubernetes, data warehouse, "
        "snowflake, databricks, cloud revenue, it spending, chief information officer, cio"
    ),
    "film and television": (
        "daily show, the daily show, late show, tonight show, impression, impersonation, supercut, cartoon, "
        "kate mckinnon, alec baldwin, jim carrey, sacha baron cohen, amy schumer, sarah silverman, "
        "colbert, kimmel, fallon, seth meyers, corden, trevor noah, late-night host, late night host, mocks, "
        "roasts, parody, spoof, jokes, ~joke, comedy central, ~fans, ~fan, ~clip, ~watch, ~video, finale, "
        "reboot, remake, spinoff, blockbuster, superhero, avengers, pixar, disney+, star trek, harry potter, "
        "james bond, simpsons, mtv, vmas, bet awards, american idol, the voice, the bachelor, bachelorette, "
        "real housewives, drag race, rupaul, golden globe, sag awards, comic-con, oscar-winning, emmy-winning, "
        "movie star, film star, tv star, sitcom, showrunner, screenwriter, filmmaker, filmmakers, box-office, "
        "hbo max, apple tv, paramount, peacock, streaming service, season 2, new season, tv series, actors, "
        "~starred, ~stars in, casting, cast member, the view, ~talk, ~episode, ~viewers, ~ratings, ~scene"
    ),
    "music": (
        "grammy-winning, singer-songwriter, pop singer, rapper, rappers, rock band, rock star, frontman, "
        "~rock, ~pop, ~hit, ~hits, ~stage, setlist, mixtape, ep, debut album, new album, new song, music "
        "industry, streaming, playlist, vma, ~sing, ~sang, ~singing, ~dj, ~remix, ~songwriter, ~tour dates"
    ),
    "wellness and fitness": (
        "mindful, meditate, weight, overweight, obesity, body image, self-love, emotional, emotions, feelings, "
        "~happy, gratitude, mindset, healing, heal, hydration, vegetables, nutritionist, dietitian, cardio, "
        "strength training, stretching, posture, back pain, immune system, inflammation, hormones, menopause, "
        "fertility, quit smoking, smoking, alcohol, sober, sobriety, energy levels, healthy habits, "
        "~relax, ~relaxation, ~calm, ~rest, ~tired, ~fatigue, ~water, ~burn, ~steps, ~health tips"
    ),
    "medicine and hospitals": (
        "breast cancer, chemo, chemotherapy, tumor, diagnosed, allergies, allergy, headache, migraine, "
        "dermatologist, skin cancer, ~recovery, rehab, relapse, cope, coping, grief, ~loss, surgeon general, "
        "medical condition, health care workers, healthcare workers, frontline workers, er, ~care"
    ),
    "mental health": ("anxious, depressed, lonely, self-esteem, psychiatry, mental, emotional health"),
    "fashion and beauty": (
        "beauty tips, hairstylist, celebrity style, street style, fashion designer, best dressed, worst dressed, "
        "~dressed, ~dress code, nordstrom, trendy, fashionable, swimwear, sweater, leggings, pants, heels, "
        "sandals, earrings, necklace, bra, bangs, blonde, brunette, curls, eyeliner, mascara, nail polish, "
        "tattoos, piercing, acne, wrinkles, anti-aging, moisturizer, serum, beauty routine, ~glow, "
        "~wear, ~outfit, ~fashionista, ~designer, ~hair color, ~haircut, ~makeover, ~beauty brand"
    ),
    "sports": (
        "~wins, ~win, ~won, ~victory, ~defeat, ~defeated, ~beat, ~beats, ~title, ~final, finals, semifinal, "
        "quarterfinal, grand slam, u.s. open, australian open, french open, ~ranking, head coach, roster, "
        "free agent, ~traded, ~injury, ~injured, concussion, sprinter, track and field, swimming, skater, "
        "figure skating, hall of fame, all-star, stanley cup, world series, march madness, final four, "
        "nba finals, golfer, pga, lpga, indy 500, kentucky derby, horse racing, jockey, boxer, heavyweight, "
        "knockout, mma, wrestler, wwe, linebacker, wide receiver, running back, slugger, shortstop, dunk, "
        "overtime, packers, steelers, red sox, dodgers, celtics, knicks, broncos, seahawks, "
        "striker, midfielder, defender, goalkeeper, ~penalty, penalties, stoppage time, spot kick, derby, "
        "midfield, cup tie, fa cup, champions league, europa league, relegation, transfer window, kickoff, "
        "hat-trick, clean sheet, equaliser, equalizer, winger, ~manager, fixture, fixtures, ~second half, "
        "~first half, extra time, wicket, batsman, bowler, test match, grand prix, pole position, ~lap, "
        "~podium, ~qualifying, peloton, tour de france, ~ace, break point, match point, ~seeded, field goal, "
        "rushing yards, strikeout, ~rebounds, ~assists, point guard, free throw, ~power play, goalie, puck, "
        "slam dunk, buzzer-beater, regular season, postseason, standings, winning streak, losing streak, "
        "media rights, broadcast rights, franchise value, ~commissioner, "
        "hamstring, ruled out, ~forward, ligament, acl, sidelined, ~scan, ~transfer, ~signing, ~signs, "
        "~draw, ~scoreless, ~teammate, ~teammates, ~rivals, ~halftime, ~kick, ~sidelines, ~varsity, "
        "~league, ~club, ~squad, ~pitch, ~court, ~field, ~race, ~racer, ~ball, ~fan base, ~sportsmanship"
    ),
    "home and interior design": (
        "home tour, decorating ideas, laundry, organize, clutter, dining room, pillow, pillows, bedding, "
        "~sheets, candle, candles, houseplant, houseplants, succulent, succulents, lawn, ~yard, crafts, ~craft, "
        "holiday decorations, christmas tree, wreath, paint colors, pinterest, ~home, ~homes, ~house, ~room, "
        "~rooms, ~decor ideas, ~kitchen, ~hacks, ~cozy, ~space, ~small space, ~design ideas, ~table, ~chairs"
    ),
    "travel and hospitality": (
        "flight attendant, airplane, airplanes, plane, planes, airfare, fares, ~miles, ~points, hotel room, "
        "check-in, ~city, ~cities, ~country, ~countries, vacation rental, caribbean, mexico, london, tokyo, "
        "disney world, disneyland, theme park, ~visa, jet lag, layover, carry-on, airport security, boarding, "
        "~pilots, ~seat, ~seats, ~abroad, ~overseas, ~adventure, ~explore, ~holiday, ~holidays, ~summer"
    ),
    "journalism and news media": (
        "subscribers, subscription, paywall, ad tier, digital subscriptions, broadcaster, broadcasters, "
        "media company, newsletter, "
        "news outlet, news outlets, ~fox, fox & friends, newsmax, breitbart, ~new york post, media outlet, "
        "~press conference, ~news conference, cnn host, msnbc host, fox news host, talk radio, rush limbaugh, "
        "alex jones, infowars, editorial, editorial board, magazine cover, time magazine, the atlantic, "
        "new yorker, politico, axios, buzzfeed, anderson cooper, laura ingraham, megyn kelly, chris wallace, "
        "jake tapper, don lemon, chris cuomo, joe scarborough, mika brzezinski, morning joe, bill o'reilly, "
        "steve doocy, brian kilmeade, lester holt, matt lauer, ~host, ~hosts, ~anchors, ~reported, ~coverage, "
        "~story, ~stories, ~outlet, ~airwaves, ~on air, ~ratings, journalist, sinclair, associated press"
    ),
    "business and management": (
        "founder, founders, co-founder, ~billion, ~million, market share, boycott, brand, brands, earnings, "
        "chief operating officer, startup founder, corporate america, fortune 500, ~investors, ~economy"
    ),
    "banking and the economy": (
        "~costs, ~cost, ~pay, ~paid, ~spending, ~afford, ~affordable, ~price, ~income, "
        "~rich, ~poor, ~poverty, ~wage, ~funds, ~cash, ~bills, ~rent, ~expenses"
    ),
    "climate and environment": (
        "~weather, ~storm, ~storms, ~flood, ~floods, ~tornado, ~earthquake, ~heat, ~planet, ~nature, "
        "~trees, ~wild, ~birds, ~fish, ~marine, ~river, ~lake, ~mountains, environmental protection agency"
    ),
    "food and restaurants": (
        "beverage, beverages, beverage maker, soft drinks, bottler, drinks maker, packaged food, snack maker, "
        "fast-food chain, quick-service, franchisees, "
        "~foods, ~eat, ~cooking tips, ~cookbook, ~chefs, ~baker, ~bakery, ~sweet, ~sweets, ~candy, ~cookie, "
        "~cupcake, ~cupcakes, ~pancakes, ~waffles, ~bacon, ~salmon, ~shrimp, ~lemon, ~garlic, ~potato, "
        "~potatoes, ~tomato, ~tomatoes, ~rice, ~beans, ~sauce, ~spicy, ~grilled, ~roasted, ~fried, ~oven, "
        "~drinking, ~booze, ~alcohol, ~margarita, ~champagne, ~vodka, ~gin, ~rum, ~juice, ~soda, ~latte"
    ),
    "elections and politics": (
        "potus, gop senator, democratic senator, rep., sen., gov., house speaker, trump administration, "
        "biden administration, obama administration, ~administration, ~republican party, democratic party, "
        "white house press secretary, jen psaki, sarah sanders, kellyanne conway, marjorie taylor greene, "
        "lauren boebert, matt gaetz, jim jordan, kevin mccarthy, ron desantis, nikki haley, rand paul, "
        "marco rubio, chuck schumer, nancy pelosi, mitch mcconnell, jeb bush, melania, melania trump, "
        "stacey abrams, beto o'rourke, cory booker, amy klobuchar, cuomo, newsom, abbott, ~jan 6"
    ),
}
