"""The words for people: who is named, who speaks, who only looks on.

One place for the vocabulary that tells whose complaint a message is (``whose.py``) and whose
age and sex it gives (``patient.py``): the words for relatives and their sex, the jobs of people
who only give an opinion, the verbs of reporting and of the writer's own thinking, the parts of
the body, the shorthand of clinical notes and the words that put something in the remote past.
The patterns built from them are compiled once, at import; most begin with a lookahead for their
first letters (``(?=[mh])``), which lets a search skip most positions of a text at once.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from twitchcheck.understanding.text import Caseless, alternation, letter_led


#: A relative (or anyone the writer writes about) and their sex when the word gives it.
RELATIVES: dict[str, str | None] = {
    "wife": "female", "husband": "male", "son": "male", "daughter": "female", "mother": "female", "mom": "female",
    "mum": "female", "mommy": "female", "father": "male", "dad": "male", "daddy": "male", "brother": "male",
    "sister": "female", "grandmother": "female", "grandma": "female", "granny": "female", "grandfather": "male",
    "grandpa": "male", "boy": "male", "girl": "female", "baby": None, "child": None, "kid": None, "toddler": None,
    "partner": None, "friend": None, "boyfriend": "male", "girlfriend": "female", "aunt": "female", "uncle": "male",
    "niece": "female", "nephew": "male", "grandson": "male", "granddaughter": "female", "fiance": None,
    "fiancee": "female", "colleague": None, "patient": None, "teenager": None, "infant": None, "gf": "female",
    "bf": "male", "hubby": "male", "wifey": "female", "missus": "female", "nan": "female", "nana": "female",
    "grandad": "male", "granddad": "male", "stepson": "male", "stepdaughter": "female", "toddler son": "male",
    "lad": "male", "neighbour": None, "neighbor": None, "cousin": None, "flatmate": None, "roommate": None,
    "relative": None,
}
#: People named for their job: they examine, report and give opinions, they are not the patient.
PROFESSIONS = ("nurse", "doctor", "gp", "physician", "pharmacist", "paramedic", "medic", "neurologist", "surgeon",
               "therapist", "physio", "physiotherapist", "dentist", "optician", "optometrist", "carer", "teacher",
               "ophthalmologist", "dermatologist", "consultant", "specialist", "midwife", "chiropractor", "vet")
#: What someone does who tells of, or has an opinion about, a symptom: "my wife says ...", "he thinks ...".
REPORTING_VERBS = ("says", "say", "said", "saying", "tells", "tell", "told", "thinks", "think", "thought", "reckons",
                   "reckon", "noticed", "notices", "notice", "saw", "sees", "see", "spotted", "spots", "mentioned",
                   "mentions", "pointed", "points", "asked", "asks", "swears", "swore", "believes", "believed",
                   "jokes", "joked", "insists", "insisted", "claims", "claimed", "suggested", "suggests",
                   "agrees", "agreed", "worries", "worried", "is worried", "was worried", "keeps saying",
                   "used to say", "fills me in", "filled me in", "laughs", "teases", "noted", "observed",
                   "wonders", "wondered", "feels sure", "is sure", "is convinced", "was convinced", "keeps telling",
                   "kept telling", "keeps asking", "kept saying", "keeps mentioning", "is always saying",
                   "keeps pointing", "noticed that", "has noticed", "had noticed", "notes", "reports", "reported",
                   "observes", "witnessed", "describes", "described", "is telling", "was telling")
#: The writer's own thinking, looking and asking: "I can't see it", "I've noticed his ...", "I keep wondering".
WRITER_ONLY_VERBS = ("see", "saw", "seen", "notice", "noticed", "look", "looked", "looking", "watch", "watched",
                     "watching", "check", "checked", "checking", "think", "thought", "thinking", "wonder", "wondered",
                     "wondering", "worry", "worried", "worrying", "scared", "afraid", "terrified", "frightened",
                     "concerned", "anxious", "panicking", "paranoid", "convinced", "guess", "hope", "hoping", "hoped",
                     "wish", "wished", "know", "knew", "read", "heard", "googled", "searched", "ask", "asked",
                     "asking", "want", "wanted", "need", "write", "writing", "wrote", "am writing", "post", "posting",
                     "nagging", "nagged", "tell", "told", "telling", "say", "said", "mean", "suppose", "assume",
                     "doubt", "believe", "realise", "realised", "realize", "realized", "not sure", "unsure", "sure",
                     "can't tell", "cannot tell", "can't see", "cannot see", "feel like", "felt like",
                     "was wondering", "live", "take", "took", "taking", "try", "tried", "trying", "trialled", "tend",
                     "hate", "love", "like")
#: Small words between a person and their verb: "I have also", "she still keeps", "he's now".
_FILLER = ("have", "has", "had", "'ve", "ve", "'m", "m", "am", "is", "was", "do", "does", "did", "can", "could",
           "also", "still", "just", "now", "really", "both", "all", "often", "always", "sometimes", "keep", "keeps",
           "kept", "been", "actually", "honestly", "even", "then", "never", "so", "very", "too", "again", "only",
           "not", "don't", "dont", "didn't", "can't", "cant", "cannot")
#: Parts of the body (and what they do) that a possessive gives an owner: "my eye", "his speech".
BODY_PARTS = ("face", "eye", "eyes", "eyelid", "eyelids", "lid", "lids", "cheek", "cheeks", "mouth", "lip", "lips",
              "jaw", "arm", "arms", "leg", "legs", "hand", "hands", "chin", "brow", "brows", "eyebrow", "eyebrows",
              "forehead", "tongue", "neck", "smile", "speech", "shoulder", "shoulders", "muscle", "muscles", "head",
              "nose", "throat", "voice", "words", "vision", "sight", "eyesight", "finger", "fingers", "foot", "feet",
              "body", "temple", "eyeball", "eyeballs")
#: What else a possessive gives an owner: "his twitch", "my symptoms".
OWNED_COMPLAINTS = ("twitch", "twitching", "tic", "tics", "symptoms", "blinking", "spasms", "spasm")
#: Shorthand of clinical notes ("Pt M 73", "C/o ...", "x 5/7"): two of them make a clinician's note.
CLINICAL_SHORTHAND = (r"pts?", r"c/o", r"hx", r"h/o", r"r/o", r"o/e", r"nad", r"pod\s?\d+", r"y/o",
                      r"\d+/(?:7|52|12)", r"triage\s+note", r"presents?\s+with", r"presenting\s+with", r"sob", r"obs",
                      r"gcs",
                      r"nil\s+(?:spread|ptosis|else|other|focal|weakness)", r"(?<!\S)\?[a-z]{4,}", r"pmhx", r"dhx",
                      r"ix", r"mx", r"impression", r"chvostek\s?\+?", r"bilat", r"l/r",
                      r"(?:neuro|cn|on)\s+exam")
#: Words that put a sentence in the remote past: "last year", "years ago", "as a child".
REMOTE_PAST = (r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|few|some|couple\s+of)\s+"
               r"years?\s+(?:ago|back|before)", r"last\s+year", r"in\s+(?:19|20)\d\d",
               r"as\s+a\s+(?:child|kid|baby|teenager)", r"used\s+to", r"back\s+in", r"before\s+(?:he|she)\s+died",
               r"passed\s+away", r"years\s+before",
               # a past that lasted and is over: "twitched for years", "drooped for months"
               r"\w+ed\s+(?:on\s+and\s+off\s+)?for\s+(?:many\s+|several\s+|some\s+)?(?:years|decades|months)")
#: Words that show a sentence may be about the remote past (searched for before the patterns are).
_REMOTE_HINTS = ("year", "used to", "back in", "as a ", "died", "passed", "decade", "month")
#: Words that make a relative's word part of another ("child minder", "baby monitor").
_COMPOUNDS = ("minder", "minders", "sitter", "sitters", "care", "carer", "seat", "monitor", "proof", "hood", "like",
              "friendly", "birth", "shower", "wipes", "food", "group", "groups", "zone")
#: People the writer knows who may be named with "a": "a friend at church".
ACQUAINTANCES = ("friend", "colleague", "neighbour", "neighbor", "flatmate", "roommate", "cousin", "relative")
#: A relative who has died: never the patient.
_DECEASED = (r"late", r"deceased", r"departed")
#: Number words, for ages given in words ("Seventy, retired", "fifty-two year old").
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}

RELATIVE_WORDS = alternation(sorted(RELATIVES, key=len, reverse=True))
NUMBER = alternation(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"(?:-" + alternation(sorted(NUMBER_WORDS)) + r")?"
_BODY = alternation(sorted(BODY_PARTS, key=len, reverse=True))
_OWNED = alternation(sorted(BODY_PARTS + OWNED_COMPLAINTS, key=len, reverse=True))


def _words(words: tuple[str, ...] | list[str]) -> str:
    return alternation(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))


#: Words for a symptom (regex fragments).
_SYMPTOM_WORDS = [
    r"twitch\w*", r"jump\w*", r"flutter\w*", r"flicker\w*", r"trembl\w*", r"shak\w*", r"spasm\w*", r"droop\w*",
    r"weak\w*", r"numb\w*", r"tingl\w*", r"blink\w*", r"clos\w*", r"shut\w*", r"squeez\w*", r"jerk\w*", r"pain\w*",
    r"rippl\w*", r"grimac\w*", r"tics?", r"clench\w*", r"lock\w*", r"roll\w*", r"stuck", r"pull\w*", r"slur\w*",
    r"crooked", r"cramp\w*", r"drool\w*", r"smack\w*", r"wriggl\w*", r"pins\s+and\s+needles", r"seizure\w*",
    r"paraly\w*", r"palsy", r"fits?", r"dizz\w*", r"swallow\w*", r"chew\w*", r"poking", r"movements?", r"grunt\w*",
    r"sniff\w*", r"tight", r"lopsided", r"gibberish", r"slack", r"uneven", r"confus\w*", r"blurr\w*", r"weird",
    r"strange", r"funny", r"wrong", r"dropp\w*", r"locked", r"quiver\w*", r"swell\w*", r"swollen", r"spin\w*",
    r"veer\w*", r"double", r"dubble", r"collaps\w*", r"grunt\w*", r"wink\w*"]
SYMPTOM_WORD = Caseless(r"\b" + alternation(_SYMPTOM_WORDS) + r"\b")
FIRST_PERSON = Caseless(r"\b(?:my\s+(?:\w+\s+){0,2}?(?:eye|eyes|eyelid|eyelids|lid|lids|face|cheek|mouth|lip|lips|jaw|arm|leg|hand|chin|"
    r"brow|eyebrow|forehead|tongue|neck|smile|speech|muscles?)|i\s+(?:have|had|get|got|keep|can't|cannot|am|feel|"
    r"started|began)|i'm|i've|me)\b")
#: A symptom: the words above and a few more that only describe one ("vibrating", "jumpy").
_SYMPTOM_ONLY_WORDS = [r"tremors?", r"vibrat\w*", r"fasciculat\w*", r"twitchy", r"jumpy", r"clamp\w*", r"lost",
                       r"loss", r"hurt\w*", r"sore\w*", r"ach(?:e|es|ing|y)", r"heavy", r"dead", r"stiff\w*", r"burn\w*",
                       r"itch\w*", r"watery", r"vision", r"sight", r"blind\w*", r"dark\w*", r"faint\w*",
                       r"can'?t\s+feel", r"cannot\s+feel"]
#: (``\b(?:symptom words)\b|\b(?:the others)\b`` written ``letter_led``: the same matches, each word
#: tried after its first letter only; a test compares the two on every test text)
SYMPTOM_ONLY = Caseless(letter_led([*_SYMPTOM_WORDS, *_SYMPTOM_ONLY_WORDS]) + r"\b")

#: "my wife's face", "my 9 year old son", "our little boy", "a friend", "her sister", "Husband woke up",
#: "my brother face" (a possessive without its apostrophe).
RELATIVE_MENTION = Caseless(rf"(?:(?=[mahot])\b(?P<owner>my|our|a|an|his|her|their)\s+|^\W*)(?P<late>(?:{_words(_DECEASED)})\s+)?"
    rf"(?P<age>(?:\d{{1,3}}|{NUMBER})[\s-]*(?:year|yr|month)s?[\s-]*old\s+|\d{{1,2}}\s*(?:yo|y/o)\s+)?"
    rf"(?:(?:little|elderly|old|young|teenage|baby|older|younger|eldest|youngest|big|twin|own)\s+)?"
    rf"(?P<word>{RELATIVE_WORDS})(?:[\s-]in[\s-]law)?(?:'s|s(?=\s+(?:left\s+|right\s+)?(?:face|eye|eyes|eyelid|mouth|"
    rf"cheek|lip|lips|jaw|arm|leg|hand|speech|smile|head|neck)\b))?\b(?![\s-]*(?:{_words(_COMPOUNDS)})\b)")
#: The writer and a relative together: "me and my brother both get", "my sister and I".
TOGETHER = Caseless(rf"\b(?:(?:me|i)\s+(?:and|n|&)\s+(?:my|our)\s+(?:\w+\s+)?(?P<after>{RELATIVE_WORDS})|"
                      rf"(?P<before>{RELATIVE_WORDS})\s+(?:and|n|&)\s+(?:i|me|myself)\b)")
#: "I'm a girl of 16", "as a mother": the writer describing themselves, not someone else.
SELF_DESCRIPTION = Caseless(r"\b(?:i'?m|im|i\s+am|i\s+was|as|being)\s+$")
#: "I have an 8 year old son", "we have a daughter": someone introduced with "a".
INTRODUCED_WITH_A = Caseless(r"\b(?:have|has|got|with)\s+$")
#: "my 8 year old has been blinking", "my 9yo keeps ...", "my five-year-old": an age with no noun is a child.
AGE_NOUN = Caseless(rf"{letter_led(('my', 'our'))}\s+(\d{{1,2}}|{NUMBER})\s*"
                      rf"(?:[\s-]*(?:year|yr)s?[\s-]*old|yo|y/o|y\.o\.)(?!\s*(?:{RELATIVE_WORDS})\b)(?!\w)")
#: A clinician's unnamed patient: "Pt asks ...", "the patient's face".
CLINICAL_PERSON = Caseless(r"\b(?:the\s+patient|pt)(?:'s)?\b")
CLINICAL_SHORTHAND_WORD = Caseless(rf"(?<![\w/]){alternation(list(CLINICAL_SHORTHAND))}(?![\w/])")
#: The writer: "I", "I'm", "me".
WRITER_WORD = Caseless(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|myself)\b")
#: The writer or a pronoun, in one pass: "I", "I'm", "me"; "he", "she's", "his", "her".
PERSON_WORD = Caseless(r"(?=[imhs])(?<![\w'])(?:(?P<writer>i(?:'m|m|'ve|ve|'d|'ll)?|me(?:self)?)|"
                         r"he(?:'s|s)?|she(?:'s|s)?|him|h(?:is|er))(?![\w'])")
#: Someone other than the writer, named by a pronoun.
THIRD_PERSON = Caseless(letter_led(("he", "she", "him", "his", "her", "hes", "shes")) + r"\b")
#: Any relative's word: a message without one needs no search for relatives.
RELATIVE_WORD = Caseless(rf"\b{RELATIVE_WORDS}")
#: "my eye", "his left lid", "her own symptoms" (not "my son's eye": that is the son's).
POSSESSIVE_BODY = Caseless(rf"(?P<who>{letter_led(('my', 'his', 'her'))})\s+(?:own\s+)?"
                             rf"(?:(?!(?:{RELATIVE_WORDS})\b)[\w']+\s+){{0,2}}?{_OWNED}\b")
MALE_PRONOUN = Caseless(letter_led(("he", "he's", "hes", "him", "his", "himself")) + r"\b")
FEMALE_PRONOUN = Caseless(letter_led(("she", "she's", "shes", "her", "hers", "herself")) + r"\b")
#: Right after a person: they report or give an opinion ("says", "is a nurse and says", ", 72, thinks").
REPORTS = Caseless(rf"^(?:'s)?\s*(?:\(\s*\d{{1,3}}\s*(?:ish)?\s*\)|,\s*\d{{1,3}}\s*,)?\s*"
    rf"(?:,?\s*(?:who\s+)?(?:is|was|'s)\s+(?:a|an)\s+(?:\w+\s+)?(?:{_words(PROFESSIONS)})\s*,?\s*(?:and\s+|who\s+)?)?"
    rf"(?:also\s+|always\s+|just\s+|even\s+|then\s+|now\s+)?(?:{_words(REPORTING_VERBS)})\b")
#: Right after a person: they are named for their job ("my friend is a nurse", "my sister, a GP,").
NAMED_FOR_JOB = Caseless(rf"^(?:'s)?\s*,?\s*(?:who\s+)?(?:(?:is|was|'s)\s+)?(?:a|an)\s+(?:\w+\s+)?"
                           rf"(?:{_words(PROFESSIONS)})\b")
#: The writer's own thinking or looking right after "I": "I can't see it", "I keep wondering".
WRITER_THINKS = Caseless(rf"^\W*(?:(?:{_words(_FILLER)})\s+){{0,3}}(?:{_words(WRITER_ONLY_VERBS)})\b")
#: What someone has or had: "has Parkinson's", "had a stroke", "who has dementia", "was diagnosed with MS".
HAS = Caseless(r"^(?:'s)?(?:\s+(?:and|n|&)\s+(?:my\s+|our\s+)?(?!(?:i|me)\b)\w+(?:'s)?)?"
                 # "a friend at church had", "a colleague of mine has"
                 r"(?:\s+(?:at|from|in|of)\s+(?:my\s+|the\s+|our\s+)?\w+|\s+next\s+door)?"
                 r"\s*(?:\(\s*\d{1,3}\s*(?:ish)?\s*\)\s*|,\s*\d{1,3}\s*,\s*|,\s*)?(?:who\s+)?"
                 r"(?:both\s+|all\s+|also\s+|too\s+|still\s+)?"
                 r"(?P<verb>has\s+got|has\s+had|have\s+had|has|have|had|suffers\s+from|suffered\s+from|"
                 r"was\s+diagnosed\s+with|has\s+been\s+diagnosed\s+with|is\s+diagnosed\s+with|"
                 r"died\s+of|died\s+from|passed\s+away|died|passed)\b"
                 # "has been having attacks", "has started blinking": what happens to them, not what they have
                 r"(?!\s+(?:been|gone|started|begun|become|come|woken|got\s+(?:worse|better)|\w+ed)\b(?<!diagnosed))")
#: A sentence that goes on with the course of the complaint: "It doesn't hurt", "It started 4 years ago".
COURSE_OF_IT = Caseless(r"^\W*(?:and\s+|but\s+|now\s+|so\s+|then\s+)?(?:it|this)\s+(?:has|hasn't|does|doesn't|did|"
                          r"didn't|used|started|starts|began|comes|came|goes|went|happens|happened|stops|stopped|gets|"
                          r"got|keeps|kept|never|only|always|usually|often|lasts|lasted|seems)\b")
#: A complaint that began within the day: it outweighs one that has lasted ("This morning my husband's face
#: drooped" after "I've had an eye twitch for weeks").
ACUTE = Caseless(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|yesterday|suddenly|sudden|"
                   r"all\s+of\s+a\s+sudden|out\s+of\s+nowhere|just\s+(?:now|collapsed|fell|started|happened)|"
                   r"right\s+now|"
                   r"(?:an?|one|\d+|few|couple\s+of)\s+(?:hours?|minutes?|mins?|hrs?)\s+ago|"
                   r"(?:since|for)\s+(?:about\s+)?(?:an?|one|\d+|half\s+an?)\s+(?:hours?|minutes?|mins?|hrs?)\b|"
                   r"since\s+(?:breakfast|lunch|lunchtime|dinner|supper|teatime)|woke\s+up\s+with)\b",
                 needs=("today", "tonight", "morning", "afternoon", "evening", "night", "yesterday", "sudden", "now",
                        "just", "ago", "hour", "min", "hr", "since", "woke"))
#: A relative's illness that is happening now: "has Bell's palsy since Tuesday", "has had a droop for 3 days".
ONGOING = Caseless(r"\b(?:since|for\s+(?:about\s+|the\s+(?:last|past)\s+)?(?:\d+|a|an|one|two|three|four|five|six|"
                     r"seven|few|couple)\b|started|began|today|yesterday|this\s+(?:morning|week|afternoon|evening)|"
                     r"tonight|last\s+night|suddenly|(?:an?|\d+)\s+(?:hours?|minutes?|mins?)\s+ago|just\s+now)")
#: Someone named to compare with: "like my dad's", "the same as my mum had", "unlike my sister".
COMPARED = Caseless(r"\b(?:like|as|than|unlike|similar\s+to|same\s+as|as\s+with)\s+(?:what\s+|how\s+)?$")
#: The writer saying whom they write for: "I'm writing this for my mum", "asking on behalf of my husband".
FRAMING = Caseless(r"\b(?:writing|write|wrote|asking|ask|posting|post|messaging|enquiring|inquiring|here|question|"
                     r"questions|advice|help|worried|concerned|worry|one|query)\b[^.?!]{0,30}?"
                     r"\b(?:for|about|on\s+behalf\s+of|regarding|re)\s+$")
REMOTE_PAST_WORDS = Caseless(rf"\b{alternation(list(REMOTE_PAST))}\b")
#: An age right after a person: "my husband is 66", "my mother 68 years", "my son (15)", "my dad, 72,".
AGE_AFTER = Caseless(r"^(?:'s)?\s*(?:,\s*|\(\s*|\s+(?:is|who\s+is|aged|age|turned|just\s+turned)\s+)?(\d{1,3})"
                       r"(?:\s*(?:ish|years?|yrs?|y/?o|yo)\b)?"
                       r"(?!\s*(?:%|days?|weeks?|months?|hours?|minutes?|times|kg|lbs?|cm|mg|am|pm))")
#: The writer saying who they are to a relative: "Now I (his mum, 41) have ...", "And me, his mother, ...".
WRITER_ROLE = Caseless(rf"(?=[im])\b(?:i|i'm|im|i\s+am|me)\s*(?:\(|,|\bas\b)?\s*(?:his|her|their|the)\s+"
                         rf"({RELATIVE_WORDS})\b(?:\s*,\s*(\d{{1,3}})\b)?")
#: Where someone's own words begin: "He says 'I can't stop this blinking'" ("I" is him, not the writer).
QUOTED = Caseless(r"\b(?:says|said|tells|told\s+(?:me|us)|asks|asked|goes|went)\s*[,:]?\s*['\"]")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
#: A relative clause or an aside of the writer's inside someone else's account: "what I would term a tic".
WRITER_ASIDE = Caseless(r"\b(?:what|which|as)\s+$")
#: What the writer or someone else goes through, right after them: "I get", "she keeps", "he's been blinking".
EXPERIENCES = Caseless(rf"^\W*(?:(?:{_words(_FILLER)})\s+){{0,3}}(?:have|has|had|get|gets|got|getting|keep|keeps|kept|feel|feels|felt|"
    rf"started|starts|start|began|begun|begin|developed|develops|suffer|suffers|suffered|woke|wakes|experience\w*|"
    rf"stop|stops|can't|cannot|couldn't|cant|notice\s+my|seem|seems|look|looks|talking|speaking|slurring|walking|"
    rf"eating|drinking|chewing|swallowing|making|is|was|are|were|been|'s|'m|am|does|did|do|went|goes|go|"
    rf"{SYMPTOM_WORD.pattern[2:-2]})\b")


_BODY_WORD = Caseless(rf"\b{_BODY}\b")
#: Right after a relative: a part of their body ("my mum's face", "my brother face").
BODY_AFTER = Caseless(rf"^(?:'s)?\s+(?:(?:left|right|upper|lower|whole|own|bottom|top|little|poor|eye|face)\s+)"
                        rf"{{0,2}}{_OWNED}\b")


class _Anywhere:
    r"""Whether ``(?<!before)body`` matches anywhere in a text, searched quickly as ``[^before]body`` (a
    pattern that begins with a character set lets Python's ``re`` skip in C the positions without one;
    one that begins with ``\b`` or a lookbehind is tried at every character), and at the start."""

    def __init__(self, body: str, before: str) -> None:
        self.at_start, self.after = Caseless(body), Caseless(f"[^{before}]{body}")

    def __call__(self, text: str) -> bool:
        return self.at_start.match(text) is not None or self.after.search(text) is not None


#: ``RELATIVE_WORD.search`` and ``CLINICAL_SHORTHAND_WORD.search``, quickly.
names_a_relative = _Anywhere(RELATIVE_WORDS, r"\w")
_holds_shorthand = _Anywhere(rf"{alternation(list(CLINICAL_SHORTHAND))}(?![\w/])", r"\w/")


class SentenceIndex:
    """What ``whose.py`` asks of every sentence of an ASCII text, found by one search of the whole text
    for each pattern: where relatives' words are, and where a pattern's matches begin.

    A match in a sentence is a match in the whole text at the same place: the characters around a
    sentence (``.!?`` and line breaks) are no word characters, so word boundaries and look-arounds say
    the same there, and a pattern that matches words reads no character outside them. Only a match
    that crosses a line break ("pins\\nand needles") is none of a sentence's; when one does, that
    pattern is searched sentence by sentence (a test compares both on every test text).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._relatives = _relative_word_starts(text)
        self._starts: dict[object, list[int] | None] = {}

    def names_a_relative(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a relative's word (``names_a_relative`` of it)."""
        at = bisect_left(self._relatives, start)
        return at < len(self._relatives) and self._relatives[at] < end

    def _found(self, pattern) -> list[int] | None:
        if pattern not in self._starts:
            found = list(pattern.finditer(self.text))
            crossing = any(_SENTENCE_END.search(match.group(0)) for match in found)
            self._starts[pattern] = None if crossing else [match.start() for match in found]
        return self._starts[pattern]

    def starts(self, pattern, start: int, end: int) -> list[int] | None:
        """Where the matches of ``pattern`` in ``text[start:end]`` begin, from its start; None: search it."""
        found = self._found(pattern)
        if found is None:
            return None
        return [position - start for position in found[bisect_left(found, start):bisect_left(found, end)]]

    def holds(self, pattern, start: int, end: int) -> bool | None:
        """Whether ``pattern`` matches in ``text[start:end]``; None: search it."""
        found = self._found(pattern)
        if found is None:
            return None
        at = bisect_left(found, start)
        return at < len(found) and found[at] < end


_SENTENCE_END = re.compile(r"[.!?\n]")


def _relative_word_starts(text: str) -> list[int]:
    """Where a relative's word begins at the start of ``text`` or after a character that is no word's: a
    sentence that holds none of these does not name a relative (``names_a_relative``)."""
    starts = [0] if names_a_relative.at_start.match(text) else []
    starts += [match.start() + 1 for match in names_a_relative.after.finditer(text)]
    return starts


def clinical_shorthand(text: str) -> set[str]:
    """The different pieces of clinical shorthand in ``text``, in lower case."""
    if not _holds_shorthand(text):  # (most texts)
        return set()
    return {m.group(0).lower() for m in CLINICAL_SHORTHAND_WORD.finditer(text)}


def number_value(word: str) -> int:
    """The value of digits or number words: "9", "five", "fifty-two"."""
    if word.isdigit():
        return int(word)
    return sum(NUMBER_WORDS.get(part, 0) for part in word.lower().split("-"))


def remote_past(sentence: str) -> bool:
    lowered = sentence.lower()
    return any(hint in lowered for hint in _REMOTE_HINTS) and REMOTE_PAST_WORDS.search(sentence) is not None


def symptom_word_in(text: str) -> bool:
    return SYMPTOM_ONLY.search(text) is not None


def body_in(text: str) -> bool:
    return _BODY_WORD.search(text) is not None
