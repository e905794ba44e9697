"""Private-life vocabulary: weddings, divorce, parenting, romance, horoscopes, pets and oddities.

Same term syntax as the topic lexicon ("^" strong, "~" weak). An item dominated by these words is
about someone's private life, or a curiosity, and is suggested to nobody.
"""

# Private life: weddings, divorce, parenting, romance, horoscopes, pets and oddities. "^" strong.
PRIVATE_TERMS = (
    "^wedding, ^weddings, ^bride, ^brides, ^groom, ^bridesmaid, ^bridesmaids, ^engagement ring, ^newlyweds, "
    "^honeymoon, ^divorce, ^divorced, ^divorcing, ^custody battle, ^co-parenting, ^ex-husband, ^ex-wife, "
    "^parenting, ^toddler, ^toddlers, ^newborn, ^pregnant, ^pregnancy, ^gave birth, ^breastfeeding, ^diaper, "
    "^diapers, ^bedtime, ^tantrum, ^motherhood, ^fatherhood, ^horoscope, ^astrology, ^zodiac, ^tarot, "
    "^florida man, ^my kids, ^my son, ^my daughter, ^my husband, ^my wife, ^stay-at-home, ^single mom, "
    "^mother-in-law, ^in-laws, ^nanny, ^babysitter, ^wedding vows, ^renew their vows, ^renewed their vows, ^vow renewal, ^bridal, ^marriage proposal, ^popped the question, ^proposed to her, ^proposed to him, ^dating, ^date night, "
    "engaged, marriage, married, marry, breakup, boyfriend, girlfriend, husband, wife, spouse, romance, "
    "romantic, love life, cheating, parent, parents, mom, moms, mother, mothers, dad, dads, father, fathers, "
    "baby, babies, infant, kids, kid, children, child, son, daughter, sons, daughters, grandma, grandpa, "
    "grandparents, sibling, siblings, teenager, weird, bizarre, puppy, puppies, kitten, kittens, anniversary, "
    "daddy, mommy, ~sex, "
    "~family, ~families, ~teen, ~teens, ~love, ~odd, ~strange, ~hilarious, ~funny, ~viral, ~cat, ~cats, ~dog, "
    "~dogs, ~pet, ~pets, ~ghost, ~ufo, ~prank, ~selfie, ~meme, ~memes, ~birthday, ~sexy, ~split, ~splits, "
    # Oddities and internet reactions: human-interest stories nobody sends to a professional contact.
    "florida woman, twitter users, people on twitter, ~tweets, ~the internet, mystery, ~costume, ~drunk, "
    "roller coaster, ~bear, ~snake, ~deer, ~bird, ~alligator, ~raccoon, ~squirrel, ~goat, ~cow, ~pig, "
    "~monkey, ~crow, ~turtle, ~frog, ~spider, ~llama, ~owl, ~horse, ~bat, ~bats, ~cute, ~adorable, ~sweet, "
    "~hilariously, ~weirdest, ~oddly, ~freaky, ~creepy, ~spooky, ~naked, ~nude, ~butt, ~poop, ~toilet, "
    "~mouse, ~rat, ~rodent, ~kangaroo, ~duck, ~pigeon, ~pony, ~donkey, ~creature, ~critter, ~wolf, ~raccoons, "
    "~squirrels, ~snakes, ~spiders, ~weirdo, ~whew, ~umm, ~nsfw, ~horribly, ~epic, ~wild, ~heartwarming, "
    "~miraculously, ~goes viral, ~went viral, ~caught on camera, ~spotted, ~stuck, ~giant, ~world record, "
    "~halloween, ~jokes, ~joke, ~trolls, ~clapback, ~smackdown, ~phobia, ~phobias, ~slime, ~nightmare, "
    "relationship, relationships, stepmother, stepfather, stepmom, stepdad, sweethearts, parenthood, tots, "
    "postpartum, calls it quits, tween, tweens, preschool, preschooler, your kid, your kids, your child, "
    "your children, your spouse, ~your partner, ~partner, mama, ~gifts, ~valentine, ~crush, "
    # An ordinary person as the subject marks a human-interest story rather than a field's news.
    "~man, ~woman, ~couple, ~guy, ~boy, ~girl, ~passenger, ~tourist, ~homeowner, ~hunter, ~neighbor, ~stranger, "
    # Family occasions, courtship and early childhood.
    "^baby shower, ^gender reveal, ^childbirth, ^miscarriage, ^potty training, ^playdate, ^sleepover, "
    "^stroller, ^fiance, ^fiancee, ^fiancé, ^fiancée, ^eloped, ^elope, ^first date, ^soulmate, ^tinder, "
    "^mother's day, ^father's day, ^valentine's day, ^love story, ^exes, ^my ex, ^her ex, ^his ex, "
    "^tied the knot, ^tie the knot, ^ties the knot, ^walked down the aisle, ^exchanged vows, ^save the date, "
    "^ring bearer, ^flower girl, ^wedding date, ^wedding day, ^engaged couple, ^newly engaged, "
    "stepson, stepdaughter, grandson, granddaughter, grandmother, grandfather, grandchildren, niece, nephew, "
    "newborns, twins, firstborn, ~prom, ~nursery, ~crib, ~lunchbox, ~boobs, ~penis, ~pee, ~peeing, ~farts, "
    "~kiss, ~kissing, ~hug, ~hugs, ~cuddle, ~cuddles, ~snuggle, ~puppy love, "
    # Family life and its milestones, as parenting and wedding columns put them. Words that policy news
    # uses too (child support, new parents, homeschooling) stay plain rather than strong.
    "^baby names, ^baby name, ^screen time for kids, ^picky eaters, ^picky eater, ^sibling rivalry, "
    "^raising kids, ^raising children, homeschooling, ^family vacation, ^family trip, "
    "^traveling with kids, ^traveling with children, ^travelling with children, ^with your kids, "
    "^with the kids, new moms, new parents, new dads, ^mom friends, ^stepkids, ^blended family, "
    "^empty nest, ^empty nester, single parent, ^single dad, alimony, child support, ^prenup, "
    "^prenuptial, ^co-parent, ^wedding dress, ^wedding guests, ^wedding guest, ^groomsmen, "
    "^bride-to-be, ^engagement photos, ^wedding planning, ^wedding registry, ^first dance, "
    "^maid of honor, ^best man speech, ^love letter, ^date ideas, ^dating advice, ^dating apps, "
    "^ex-boyfriend, ^ex-girlfriend, ^ex-partner, ^marriage advice, ^happy marriage, ^my marriage, "
    "^our marriage, ^bedtime story, ^every parent, ^as a parent, ^as a mom, ^as a dad, ^as a mother, "
    "^as a father, ^being single, ^stay single, ^single forever, ^single life, ^wedding anniversary, "
    "^announces pregnancy, ^announced her pregnancy, ^expecting a baby, ^expecting their first, "
    "^welcomes baby, ^welcomed a baby, ^baby boy, ^baby girl, ^first child together, ^gives birth, "
    "^giving birth, ^baby bump, ^dinner date, ^on a date, ^romantic getaway, ^spotted kissing, ^packs on the pda"
)

# Words that introduce someone by a performing trade ("the Oscar-winning actor", "the rapper"). A star's
# passing family mention in news of their work (a tribute to a parent, a cameo, a song for a child) is
# their field's news; a star's own wedding, divorce or baby stays private life.
STAR_ROLES = (
    "actor, actress, actors, actresses, singer, singers, rapper, rappers, comedian, comedians, musician, "
    "musicians, filmmaker, songwriter, pop star, rock star, movie star, film star, tv star, reality star, "
    "the star, country star, olympian, the comedy star"
)

# Phrases in which private-life words mean something else: a company's parent, the Brexit divorce bill, a
# new leader's honeymoon period, the Minnesota Twins, baby boomers. Inside one, those words are no cue.
NOT_PRIVATE = (
    "parent company, parent firm, baby boomers, baby boomer, baby steps, divorce bill, brexit divorce, "
    "honeymoon period, honeymoon phase, sweet spot, minnesota twins, mother jones, family plan, "
    "family plans, family business, family-owned, family office, engaged in, engaged with, "
    "marriage equality, same-sex marriage, mother ship, mother lode, daughter company, sister company, "
    "sister companies, sister city, founding fathers, twin cities, "
    "cat bond, cat bonds, bear market, bull market, dog days, kids menu, ghost kitchen, ghost kitchens, "
    "ghost gun, ghost guns, costume designer, costume design, halloween sales, halloween spending, "
    "drunk driving, drunk driver, drunk drivers, naked short selling, robot dog, robot dogs, pet food, "
    "dog food, cat food, funny ads, meme stocks, viral load"
)
