"""Topic lexicon, part A: technology, health, finance, business, education, media, entertainment, arts.

General news and trade-press vocabulary written by hand (not fitted to any one outlet).
Each topic: (name, sector id, [industry names it speaks to], "comma-separated terms").
A term prefixed "^" is strong evidence (weight 2), "~" is weak or ambiguous (weight 0.5).
"""

TOPICS_A = [
    (
        "artificial intelligence",
        "technology",
        ["Technology, Information and Internet", "Software Development"],
        "artificial intelligence, ai, machine learning, chatgpt, openai, generative ai, large language model, "
        "neural network, deep learning, chatbot, algorithm, llm, deepmind, anthropic, automation, robot",
    ),
    (
        "software",
        "technology",
        ["Software Development", "IT System Custom Software Development"],
        "software, ~app, ~apps, developer, open source, programming, coding, saas, cloud computing, github, "
        "api, microsoft, windows, linux, ~update, startup, startups, silicon valley, tech, technology, tech "
        "company, tech giant, ~engineers, ~platform, ~digital, ~online, ~user, ~users",
    ),
    (
        "cybersecurity",
        "technology",
        ["Computer and Network Security", "Data Security Software Products"],
        "cybersecurity, hacker, hackers, hack, hacked, data breach, breach, ransomware, malware, phishing, "
        "cyberattack, cyber attack, encryption, vulnerability, password, passwords, spyware, privacy, "
        "surveillance, security flaw, zero day, botnet",
    ),
    (
        "internet platforms",
        "technology",
        [
            "Technology, Information and Internet",
            "Social Networking Platforms",
            "Internet Marketplace Platforms",
        ],
        "google, facebook, ~meta, ~twitter, ~instagram, ~tiktok, ~youtube, ~snapchat, ~amazon, ~apple, social "
        "media, social network, internet, website, search engine, elon musk, zuckerberg, bezos, tim cook, "
        "uber, airbnb, reddit, linkedin, whatsapp, browser, content moderation, ~online, ~web",
    ),
    (
        "devices and chips",
        "technology",
        [
            "Computer Hardware Manufacturing",
            "Semiconductor Manufacturing",
            "Computers and Electronics Manufacturing",
        ],
        "iphone, smartphone, android, laptop, ~chip, ~chips, semiconductor, processor, nvidia, intel, gadget, "
        "gadgets, ~tablet, ipad, smartwatch, headset, virtual reality, augmented reality, samsung, hardware, "
        "~computer, computers, ~pc, ~console, wearable, drone, drones",
    ),
    (
        "telecom",
        "technology",
        ["Telecommunications", "Wireless Services"],
        "5g, broadband, telecom, wireless, verizon, at&t, t-mobile, mobile network, ~fiber, ~spectrum, net "
        "neutrality, satellite internet, starlink",
    ),
    (
        "video games",
        "technology",
        ["Computer Games", "Mobile Gaming Apps"],
        "video game, video games, gaming, gamer, gamers, playstation, xbox, nintendo, esports, fortnite, "
        "minecraft",
    ),
    (
        "data and cloud",
        "technology",
        ["Data Infrastructure and Analytics", "IT Services and IT Consulting"],
        "data center, ~cloud, aws, azure, database, analytics, big data, data science, it department, servers,"
        " ~outage, crypto, bitcoin, blockchain, cryptocurrency, ethereum, nft",
    ),
    (
        "medicine and hospitals",
        "health",
        ["Hospitals and Health Care", "Hospitals", "Medical Practices", "Physicians"],
        "hospital, hospitals, doctor, doctors, physician, nurse, nurses, patient, patients, surgery, surgeon, "
        "medical, medicine, clinic, health care, healthcare, emergency room, diagnosis, treatment, symptoms, "
        "disease, illness, cancer, diabetes, heart disease, stroke, alzheimer, dementia, chronic, ~pain, "
        "medicare, medicaid, obamacare, affordable care act, health insurance, health, ~healthy, doctors say, "
        "blood pressure, cholesterol, kidney, liver, lung, ~brain, infection, antibiotic, opioid, overdose, "
        "addiction, transplant, icu",
    ),
    (
        "public health",
        "health",
        ["Public Health", "Hospitals and Health Care"],
        "~pandemic, ~covid, ~covid-19, ~coronavirus, ~vaccine, ~vaccines, ~vaccination, ~vaccinated, ~virus, outbreak,"
        " ~cdc, epidemic, ~flu, influenza, measles, zika, ebola, public health, infections, ~mask, ~masks, "
        "~quarantine, ~booster, omicron, delta variant, ~variant, ~fauci, hiv, aids, ~testing",
    ),
    (
        "mental health",
        "health",
        ["Mental Health Care"],
        "mental health, depression, anxiety, therapy, therapist, psychologist, psychiatrist, ptsd, suicide, "
        "~stress, burnout, ~trauma, loneliness, mental illness, eating disorder, adhd, bipolar, self-care, "
        "self care, mindfulness, meditation, wellbeing, well-being, psychology, ~panic",
    ),
    (
        "wellness and fitness",
        "health",
        ["Wellness and Fitness Services", "Alternative Medicine"],
        "fitness, workout, exercise, yoga, sleep, diet, nutrition, weight loss, lose weight, calories, "
        "vitamin, supplements, wellness, healthy eating, ~sugar, ~running, ~body, ~gym, ~protein, insomnia, "
        "~nap, ~aging, longevity, ~happiness, ~happier, ~habits, ~gut, ~fasting, ~skin, ~breathing, ~walking",
    ),
    (
        "drugs and medical devices",
        "health",
        ["Pharmaceutical Manufacturing", "Medical Equipment Manufacturing"],
        "fda, ~drug, ~drugs, pharmaceutical, pharma, clinical trial, medical device, medical devices, "
        "prescription, drugmaker, pfizer, moderna, insulin, drug prices, generic drugs, pacemaker, implant, "
        "diagnostic, medtech, pharmacy, ~dose, ~pill",
    ),
    (
        "markets and investing",
        "finance",
        [
            "Investment Management",
            "Capital Markets",
            "Investment Banking",
            "Securities and Commodity Exchanges",
        ],
        "stock market, stocks, shares, wall street, investors, investor, investing, investment, s&p 500, "
        "nasdaq, ~dow, dow jones, bonds, ~bond, hedge fund, ipo, ~sec, portfolio, dividend, earnings, "
        "~trading, traders, ~equity, private equity, venture capital, funding round, valuation, ~market, "
        "markets, sell-off, rally, index fund, etf, retirement, 401(k), 401k, ~asset, ~assets",
    ),
    (
        "banking and the economy",
        "finance",
        ["Banking", "Financial Services", "Credit Intermediation"],
        "bank, banks, banking, federal reserve, ~fed, interest rate, interest rates, inflation, recession, "
        "economy, economic, economists, gdp, jobs report, unemployment, loan, loans, mortgage rates, ~credit, "
        "~debt, credit card, credit score, fintech, payments, jpmorgan, goldman sachs, central bank, currency,"
        " ~dollar, tariff, tariffs, trade war, wages, ~money, savings, ~budget, ~taxes, ~tax, irs, financial, "
        "finance, student debt, billionaire, ~wealth, paycheck, minimum wage, bankruptcy",
    ),
    (
        "insurance",
        "finance",
        ["Insurance", "Insurance Carriers"],
        "insurance, insurer, insurers, premiums, underwriting, reinsurance, ~claims",
    ),
    (
        "accounting",
        "finance",
        ["Accounting"],
        "accounting, accountant, audit, auditor, tax filing, cpa, bookkeeping, tax return",
    ),
    (
        "business and management",
        "professional",
        ["Business Consulting and Services", "Strategic Management Services"],
        "ceo, ceos, chief executive, ~executive, ~executives, ~company, ~companies, ~business, ~businesses, "
        "corporate, corporation, merger, acquisition, acquire, ~deal, revenue, profit, profits, consulting, "
        "consultant, strategy, management, leadership, entrepreneur, entrepreneurs, small business, small "
        "businesses, ~board, shareholders, layoffs, ~industry, ~firm, ~brand, ~customers, ~sales, ~growth, "
        "mckinsey, deloitte, ~boss, productivity, innovation, franchise",
    ),
    (
        "work and careers",
        "professional",
        ["Staffing and Recruiting", "Human Resources Services"],
        "workers, employees, employee, employer, employers, workplace, hiring, ~job, jobs, ~career, ~careers, "
        "recruiting, recruiter, human resources, remote work, work from home, ~office, ~union, unions, labor, "
        "~strike, ~salary, ~interview, resume, ~talent, workforce, gig economy, coworkers",
    ),
    (
        "marketing and advertising",
        "media",
        ["Advertising Services", "Marketing Services", "Public Relations and Communications Services"],
        "marketing, advertising, ~ad, ads, advertisers, campaign ad, ~brand, branding, ~commercial, super bowl"
        " ad, public relations, ~pr, influencer, influencers, sponsorship, ~agency, marketers",
    ),
    (
        "schools",
        "education",
        ["Primary and Secondary Education", "Education Administration Programs"],
        "school, schools, teacher, teachers, student, students, classroom, education, educators, principal, "
        "school district, school board, high school, elementary school, middle school, kindergarten, "
        "curriculum, homework, standardized test, charter school, public schools, pupils, teaching, ~learning,"
        " literacy, ~reading, ~math, education secretary, betsy devos, recess, ~grade",
    ),
    (
        "higher education",
        "education",
        ["Higher Education", "E-Learning Providers"],
        "college, colleges, university, universities, campus, professor, professors, tuition, student loan, "
        "student loans, ~graduate, graduates, graduation, commencement, ~degree, undergraduate, admissions, "
        "harvard, yale, stanford, academic, academia, faculty, fraternity, sorority, dorm, freshman, phd, "
        "scholarship, online courses, edtech, mooc",
    ),
    (
        "journalism and news media",
        "media",
        [
            "Newspaper Publishing",
            "Broadcast Media Production and Distribution",
            "Book and Periodical Publishing",
            "Internet Publishing",
        ],
        "journalist, journalists, journalism, reporter, ~reporters, newspaper, newspapers, newsroom, ~news, "
        "media, ~press, press freedom, editor, editors, anchor, news anchor, ~fox news, ~cnn, ~msnbc, ~new "
        "york times, ~washington post, ~wall street journal, ~bbc, ~npr, ~abc news, ~nbc news, ~cbs news, "
        "magazine, publisher, publishing, ~headline, op-ed, ~column, columnist, tucker carlson, sean hannity, "
        "rachel maddow, fake news, ~interview, ~broadcast, ~network, cable news, tabloid, pundit, ~press "
        "secretary, podcast, podcasts, correspondent, white house correspondents, murdoch",
    ),
    (
        "film and television",
        "entertainment",
        [
            "Movies, Videos, and Sound",
            "Entertainment Providers",
            "Media Production",
            "Animation and Post-production",
        ],
        "movie, movies, film, films, actor, actress, actors, hollywood, box office, oscar, oscars, academy "
        "awards, emmy, emmys, golden globes, netflix, hbo, disney, marvel, star wars, director, ~trailer, "
        "sequel, premiere, tv show, television, ~series, sitcom, episode, season finale, streaming, ~cast, "
        "starring, ~stars, ~star, celebrity, celebrities, reality tv, reality show, ~late-night, ~late night, "
        "talk show, ~host, snl, saturday night live, jimmy kimmel, jimmy fallon, stephen colbert, trevor noah,"
        " seth meyers, james corden, john oliver, comedian, ~comedy, ~sketch, ~role, biopic, documentary, "
        "~screen, cannes, sundance, hulu, amazon prime, game of thrones, kardashian, oprah, ~show, ~shows, tv,"
        " ~character, ~characters, ~animated, ~cameo",
    ),
    (
        "music",
        "entertainment",
        ["Musicians", "Sound Recording"],
        "music, song, songs, album, albums, singer, rapper, ~band, concert, ~tour, grammy, grammys, musician, "
        "musicians, pop star, hip hop, hip-hop, rap, country music, billboard, spotify, music video, ~single, "
        "duet, ~festival, coachella, beyonce, taylor swift, kanye, drake, lyrics, record label, vinyl, "
        "~perform, ~performance, sings, ~cover, ~tribute, madonna, rihanna",
    ),
    (
        "visual arts and museums",
        "arts",
        ["Museums, Historical Sites, and Zoos", "Artists and Writers", "Museums", "Photography"],
        "~art, arts, artist, artists, museum, museums, gallery, exhibition, exhibit, painting, paintings, "
        "painter, sculpture, artwork, curator, ~photography, photographer, ~photos, ~installation, smithsonian,"
        " louvre, met museum, moma, mural, street art, auction, sotheby, christie, ~portrait, artistic, "
        "~culture, ~cultural, ~heritage, ~design, ~illustration",
    ),
    (
        "performing arts and literature",
        "arts",
        ["Performing Arts", "Theater Companies", "Dance Companies", "Artists and Writers"],
        "theater, theatre, broadway, ~play, playwright, musical, opera, ballet, dance, dancer, dancers, "
        "orchestra, symphony, poetry, poet, ~poem, ~novel, novelist, ~book, books, author, writer, writers, "
        "literature, literary, memoir, fiction, shakespeare, hamilton, tony awards, ~library, bookstore, "
        "reading list, ~stage, choreographer, ~jazz, classical music",
    ),
]
