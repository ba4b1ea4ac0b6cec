"""Attributes of the complaint: side, sites, how long, recurrence, triggers, medicines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from twitchcheck.knowledge.derived import derived
from twitchcheck.knowledge.loader import knowledge
from twitchcheck.understanding.patient import FIRST_PERSON, NUMBER_WORDS, SYMPTOM_WORD
from twitchcheck.understanding.text import Caseless, alternation

_UNIT_DAYS = {"minute": 1 / 1440, "min": 1 / 1440, "hour": 1 / 24, "hr": 1 / 24, "day": 1, "night": 1, "week": 7, "wk": 7, "fortnight": 14,
              "month": 30, "mo": 30, "year": 365, "yr": 365}
_QUANTITY = r"(\d+(?:\.\d+)?|a|an|one|half\s+a|half|a\s+couple\s+of|couple\s+of|a\s+couple|couple|a\s+few|few|several|many|" \
            r"some|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|fifteen|twenty)"
_RANGE = rf"(?:{_QUANTITY}(?:\s+and\s+a\s+half)?(?:\s*(?:to|-|or)\s*{_QUANTITY})?)"
_UNIT = r"(minute|min|hour|hr|day|night|week|wk|fortnight|month|mo|year|yr)s?"
_HEDGE = r"(?:the\s+)?(?:past|last|about|around|almost|nearly|over|more\s+than|approximately|roughly|like|maybe|" \
         r"only|already|at\s+least|like\s+this|this\s+way|~|\s)*"
#: What makes an amount of time something other than how long the problem has lasted: an age or
#: a pregnancy ("32 weeks pregnant", "34 years old").
_NOT_A_STRETCH = r"(?!\s+(?:old|of\s+age|pregnant|gestation|along\b))"
#: "for three days", "since 5 day", "over the past 2 weeks", "from 3 month", "already half month",
#: "it's been going 4 minutes", "going on 18 months"
_FOR = Caseless(rf"\b(?:for|over|in\s+the\s+(?:past|last)|within\s+the\s+(?:past|last)|during|since|from|been|lasting|"
                rf"already|going\s+on|been\s+going(?:\s+on)?)\s+{_HEDGE}\s*{_RANGE}\s*{_UNIT}\b{_NOT_A_STRETCH}",
                needs=("for", "over", "past", "last", "during", "since", "from", "been", "already", "going"))
#: "it has been twitching for 20 minutes", "it's been going on for an hour": the problem's own length
#: (the perfect tense), where "for a minute" alone is an episode.
_BEEN_FOR = Caseless(rf"\b(?:been|going\s+on)\b(?:\s+[a-z']+){{0,4}}?\s+for\s+{_HEDGE}\s*{_RANGE}\s*{_UNIT}\b")
#: "last few days", "the past 3 weeks", "in last months": a stretch of time up to now (not "last week", a date).
_LAST_STRETCH = Caseless(rf"\b(?:past|last)\s+(?:{_RANGE}\s*)?(minute|min|hour|hr|day|night|week|wk|fortnight|month|mo|"
                           rf"year|yr)s\b")
#: "twitching about a month", "nearly two weeks": a hedged amount of time, not dated "ago" or "later".
_ABOUT = Caseless(rf"\b(?:about|around|almost|nearly|roughly|approximately|approx|like|over)\s+{_RANGE}\s*{_UNIT}\b"
                    rf"(?!\s+(?:ago|later|after|before|old|of\s+age|from\s+now|pregnant|gestation|along\b))", needs=("about", "around", "almost", "nearly", "roughly", "approx", "like", "over"))
_FOR_HALF_YEAR = Caseless(r"\b(?:for|since|over|from)\s+(?:about\s+|around\s+)?(?:a\s+)?half\s+(?:a\s+)?year\b")
_NOW = Caseless(rf"\b{_RANGE}\s*{_UNIT}\s+(?:now|already|so\s+far|straight|running|in\s+a\s+row)\b|"
                  rf"\b(day|week)\s+(\d+)\s+now\b")
#: A bare "1 week" or "3 months" with nothing that makes it something else ("every 3 months", "34 years old").
_BARE = Caseless(r"(?<!of\s)(?<!every\s)(?<!is\s)(?<!am\s)(?<!woman\s)(?<!man\s)(?<!aged\s)(?<!age\s)(?<!i'm\s)(?<!each\s)(?<!in\s)(?<!after\s)(?<!per\s)(?<!within\s)(?<!than\s)(?<!next\s)(?<!before\s)"
                   r"\b(\d{1,3})\s*(day|week|wk|month|mo|year|yr)s?\b(?!\s*(?:old|ago|back|later|after|before|from\s+now|of\s+age|"
                   r"pregnant|gestation|along\b))")
_PAST_UNIT = Caseless(rf"\b(?:for|over|in|during|within)\s+the\s+(?:past|last)\s+(?:couple\s+of\s+|few\s+)?{_UNIT}\b")
_SINCE_AGO = Caseless(rf"\b(?:started|began|begun|start|noticed|appeared|came\s+on|developed|first\s+had|since|diagnosed)\b"
                        rf"[^.?!\n]{{0,60}}?\b{_HEDGE}{_RANGE}\s+{_UNIT}\s+(?:ago|back)\b")
_AGO_STARTED = Caseless(rf"\b{_RANGE}\s+{_UNIT}\s+ago\b[^.?!\n]{{0,60}}?\b(?:started|began|begun|noticed|start)\b")
_DAYS_AGO = Caseless(r"\b(\d|a|one|two|three|four|five|six|seven|a\s+couple\s+of|a\s+few)\s+(day)s?\s+ago\b")
#: "<event> N days/weeks/months/years ago": a palsy or weakness of the face dated by how long ago it was,
#: with no word of starting ("L facial palsy (Ramsay Hunt) 8 months ago, partial recovery").
#: It dates the complaint only when nothing else does (a droop "since this morning" stays this morning's).
_EVENT_AGO = Caseless(r"\b(?:pals(?:y|ies)|paraly\w*|bell'?s|ramsay\s+hunt|droop\w*|weak\w*)\b"
                        rf"[^.?!\n;]{{0,40}}?\b{_HEDGE}{_RANGE}\s+{_UNIT}\s+ago\b", needs=("ago",))
#: A past palsy told as not over: its date is the complaint's ("Bell's palsy 5 months ago, no improvement").
NOT_OVER = Caseless(r"\b(?:still|no\s+(?:improvement|recovery|better|change)|not\s+(?:improved|recovered|any\s+better|"
                     r"got\s+(?:any\s+)?better|gotten\s+(?:any\s+)?better|getting\s+better|recovering)|"
                     r"(?:hasn'?t|has\s+not|haven'?t|have\s+not|isn'?t|is\s+not)\s+(?:improved|recovered|recovering|"
                     r"got\s+(?:any\s+)?better|gotten\s+(?:any\s+)?better|getting\s+better))\b",
                     needs=("still", "no", "not", "n't", "nt"))
#: A weakness of the face told as not over, in one sentence.
_STILL_WEAK = Caseless(rf"{NOT_OVER.pattern}[^.?!\n]{{0,60}}?\b(?:face|weak\w*|droop\w*|close|shut|smile|paraly\w*|"
                       rf"palsy|side)\b|\b(?:face|weak\w*|droop\w*|smile|paraly\w*|palsy)\b[^.?!\n]{{0,60}}?{NOT_OVER.pattern}",
                       needs=NOT_OVER.needs)
#: "no improvement with three weeks of therapy", "after 6 weeks of steroids": the treatment has lasted that long.
_OF_TREATMENT = Caseless(rf"\b(?:after|with|despite|following)\s+{_HEDGE}\s*{_RANGE}\s*{_UNIT}\s+of\s+(?:treatment|therapy|"
                         rf"steroids?|prednisolone|pred|tablets|pills|medication|medicine|antivirals?|physio\w*|exercises)\b",
                         needs=("after", "with", "despite", "following"))
#: Words that say when something began ("since", "it started", "noticed it").
_BEGAN = r"(?:since|started|starting|began|begun|start|noticed|appeared|came\s+on|kicked\s+in)"
#: One of these is in every start (``Caseless`` needs: a text without any is not searched).
_BEGAN_WORDS = ("since", "start", "began", "begun", "noticed", "appeared", "came", "kicked")
#: A start and what dates it: "since", "started twitching on", "since I started the new job in".
_START = rf"\b{_BEGAN}(?:(?:\s+[a-z']+){{0,4}}?(?=\s+(?:in|on|around|about|during|at|from|last)\b))?\s+" \
         r"(?:(?:in|on|around|about|during|at|from|the|this|past)\s+)*"
#: A weekday written short ("since tues", "been since sat"; not "sat down", nor "sun", the sun).
_WEEKDAY_SHORT = r"(?:mon|tues?|weds?|thurs?|fri|sat(?!\s+(?:down|up|there|on|in|at|with|next)\b))\.?"
#: "since Monday", "it started on Tuesday", "began last Friday": a weekday is within the last week.
_WEEKDAY = Caseless(rf"{_START}(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|{_WEEKDAY_SHORT})\b",
                    needs=("mon", "tue", "wed", "thu", "fri", "sat", "sun", "weekend"))
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
#: "since June", "started in early March", "since Christmas", "since the summer", "since half term": today's date is
#: unknown, but a month, feast or season named for a start is rarely this very month (several weeks);
#: one of last year or a named year ("since March last year", "since last April") is most of a year.
#: A day of the month ("since June 3rd") may be days ago: no guess then.
_DATED_START = Caseless(rf"{_START}(last\s+)?(?:(?:early|mid|late|start\s+of|beginning\s+of|end\s+of|middle\s+of)\s+)?"
                          rf"(?:{_MONTH}|christmas|x-?mas|easter|new\s+year|spring|summer|autumn|winter|half[\s-]term)\b"
                          rf"(?!\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b)"
                          rf"(?:\s+(?:of\s+)?(last\s+year|\d{{4}}))?|{_START}((?:19|20)\d\d)\b", needs=_BEGAN_WORDS)
#: "Had Bell's palsy in June, it's now October", "it started back in March and we're now in May": the months
#: between a named start and a named now.
_MONTH_SPAN = Caseless(rf"\b(?:in|since|from|around|during)\s+(?:early\s+|mid[\s-]?|late\s+|the\s+(?:start|end|middle)\s+of\s+)?"
                       rf"({_MONTH})\b[^.?!\n]{{0,80}}?\b(?:it'?s|it\s+is|we'?re|we\s+are|and)\s+now\s+(?:in\s+)?"
                       rf"(?:early\s+|mid[\s-]?|late\s+|the\s+(?:start|end|middle)\s+of\s+)?({_MONTH})\b|"
                       rf"\b(?:in|since|from|around|during)\s+({_MONTH})\b[^.?!\n]{{0,80}}?\b(?:it'?s|it\s+is|we'?re|we\s+are)\s+"
                       rf"(?:in\s+)?({_MONTH})\s+now\b", needs=("now",))
_MONTHS = _MONTH[3:-1].split("|")
#: Days meant by a dated start: several weeks, or most of a year when it was last year.
_DATED_DAYS, _LAST_YEAR_DAYS = 60, 300
_SEASON = Caseless(r"\b(?:since|started|began|from|around)\s+(?:around\s+)?last\s+(?:spring|summer|autumn|fall|winter|"
                     r"year|christmas)\b")
_NAMED = {
    "since this morning": 0.5, "woke up this morning": 0.5, "woke up today": 0.5, "woke up with": 1, "since last night": 1,
    "since yesterday": 1, "started today": 0.5, "started yesterday": 1, "an hour ago": 0.05, "hours ago": 0.2,
    "minutes ago": 0.01, "half an hour ago": 0.03, "since last night": 1, "since yesterday": 1, "this week": 4,
    "all week": 5, "all this week": 5,
    "just collapsed": 0.01, "just fainted": 0.01,
    "since last week": 10, "since last month": 40, "since this am": 0.5,
    # meals of the day date a start too
    "since breakfast": 0.4, "since lunch": 0.3, "since lunchtime": 0.3, "since dinner": 0.2, "since supper": 0.2,
    "since tea time": 0.2, "since teatime": 0.2, "for ages": 365, "for years": 730, "for many years": 1500,
    "for months": 120, "for weeks": 28, "for days": 4, "all my life": 3650, "since childhood": 3650,
    "since i was a kid": 3650, "since i was a child": 3650, "just now": 0.02, "couple months": 60, "couple of months": 60,
    "few months": 90, "few weeks": 21, "couple weeks": 14, "couple of weeks": 14,
}
#: Any of the phrases above, in one search: most sentences have none, and skip the look at each.
_ANY_NAMED = re.compile(alternation([re.escape(phrase) for phrase in _NAMED]))
_RELATIVE_SENTENCE_WORDS = ("mum", "mom", "mother", "dad", "father", "brother", "sister", "aunt", "uncle", "gran", "nan",
                            "cousin", "friend", "colleague", "wife", "husband", "son", "daughter")
_RELATIVE_SENTENCE = Caseless(r"\bmy\s+(?:mum|mom|mother|dad|father|brother|sister|aunt|uncle|grandmother|grandma|"
                                r"grandfather|grandpa|grandad|granddad|granny|gran|nan|nana|cousin|friend|colleague|wife|"
                                r"husband|son|daughter)\b", needs=_RELATIVE_SENTENCE_WORDS)
#: Recent days that date the complaint when the same sentence names a symptom.
_RECENT = {"today": 0.5, "this morning": 0.5, "this am": 0.5, "tonight": 0.3, "this afternoon": 0.3, "this evening": 0.2,
           "last night": 1, "yesterday": 1}
#: (a word in every match, the pattern, the days it means): a sentence without the word is not searched.
_RECENT_PATTERNS = [(phrase, re.compile(rf"\b{phrase}\b"), days) for phrase, days in _RECENT.items()]
#: Since a time of the day ("since 0600", "since 7am", "since 14:30"): within hours (not a year, "since 2015").
_RECENT_PATTERNS.append(("since", re.compile(r"\bsince\s+(?:0\d[0-5]\d|\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)|"
                            r"\d{1,2}[:.][0-5]\d)(?!\d)"), 0.3))
_UNIT_WORDS = ["minute", "min", "hour", "hr", "day", "night", "week", "wk", "fortnight", "month", "mo", "year", "yr"]
#: Every duration pattern above needs one of these words: a sentence without any is skipped at once
#: (grouped by first letter, ``text.alternation``; a unit may follow a digit: "5days").
TIME_WORD = Caseless(r"(?<![^\W\d])" + alternation(_UNIT_WORDS) + r"s?\b|\bsince\s+\d|"
                     r"\b(?:mon|tues?|weds?|thurs?|fri|sat)\b|\b" + alternation([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "spring", "summer", "autumn",
    r"x-?mas", "term", "fall", "winter", "christmas", "today", "tonight", "morning", "afternoon", "evening", "yesterday",
    "ages", "life", "childhood", "kid", "child", "easter", "year", "woke", "just", "breakfast", "lunch", "lunchtime",
    "dinner", "supper", r"tea\s?time", r"half[\s-]term", r"(?:19|20)\d\d", r"this\s+am", r"pod\s?#?\s?\d+",
    r"post[\s-]?op", *_MONTHS]) + r"\b|\d\s?/\s?(?:7|52|12)\b", needs=(
    # (one of these is in every match: most sentences that say nothing of time have none, and skip the search)
    "min", "hour", "hr", "day", "night", "week", "wk", "mo", "year", "yr", "since", "tue", "wed", "thu", "fri", "sat",
    "spring", "summer", "autumn", "mas", "term", "fall", "winter", "morning", "afternoon", "evening", "ages", "life",
    "kid", "child", "easter", "woke", "just", "breakfast", "lunch", "dinner", "supper", "tea", "19", "20", "this",
    "pod", "post", *_MONTHS, "/"))
#: "for a minute" is how long one episode lasts, not how long the problem has existed.
_EPISODE_UNITS = frozenset({"minute", "min", "hour", "hr"})
_RECURRENT = Caseless(r"\b(?:again|came\s+back|comes\s+back|recur\w*|returned|once\s+more|before\s+too|"
                        r"first\s+(?:began|started|happened))\b", needs=("again", "came", "comes", "recur", "returned", "once", "before", "first"))
_FIRST_ONSET = Caseless(r"\bfirst\b")

SITES: dict[str, Caseless] = {
    "upper_lid": Caseless(r"\b(?:upper|top)\s+(?:part\s+of\s+(?:the|my)\s+)?(?:(?:left|right)\s+)?(?:eye)?lids?\b|\babove\s+my\s+eye\b|"
                            r"\b(?:upper|top)\s+(?:(?:and|&)\s+)?(?:lower|bottom)\s+(?:eye)?lids?\b|"
                            r"\b(?:upper|top)\s+one\b|\b(?:eye)?lids?\s+(?:is\s+|are\s+|might\s+be\s+)?droop",
                            needs=("upper", "top", "above", "droop")),
    "lower_lid": Caseless(r"\b(?:lower|bottom|under|down)\s+(?:part\s+of\s+(?:the|my)\s+)?(?:(?:left|right)\s+)?(?:eye)?lids?\b|"
                            r"\b(?:lower|bottom)\s+(?:(?:and|&)\s+)?(?:upper|top)\s+(?:eye)?lids?\b|"
                            r"\b(?:under|below)\s+(?:my|the|her|his)\s+(?:(?:left|right)\s+)?eye\b|\beye\s+(?:under|lower)\s+part\b|"
                            r"\b(?:lower|bottom|below|under)\s+part\s+of\s+(?:my|the|her|his)\s+(?:(?:left|right)\s+)?"
                            r"(?:eye|eyelid|lid)\b|\bbottom\s+one\b|"
                            r"\blower\s+one\b"),
    "eye": Caseless(r"\b(?:eye|eyes|eyelid|eyelids|lid|lids|blink|blinks|blinking|blinked)\b|\borbicularis\s+oculi\b"),
    "brow": Caseless(r"\b(?:brow|eyebrow|eyebrows|forehead)\b"),
    "cheek": Caseless(r"\bcheeks?\b|\bcheekbone\b"),
    "mouth_corner": Caseless(r"\bcorners?\s+of\s+(?:my|the|her|his)\s+(?:(?:upper|lower)\s+)?(?:mouth|lip)\b|"
                               # (what may not stand before "mouth" is tested once "mouth" is found)
                               r"\bmouth\s+corner\b|\bmouth(?<!out of my mouth)(?<!out of his mouth)(?<!out of her mouth)"
                               r"(?<!out of the mouth)(?<!from my mouth)(?<!from his mouth)(?<!from her mouth)"
                               r"(?<!from the mouth)(?<!in my mouth)(?<!in his mouth)(?<!in her mouth)(?<!into my mouth)"
                               r"(?<!into his mouth)(?<!into her mouth)(?<!inside my mouth)(?<!inside his mouth)"
                               r"(?<!inside her mouth)(?<!open my mouth)(?<!open his mouth)(?<!open her mouth)"
                               r"(?<!close my mouth)(?<!close his mouth)(?<!close her mouth)(?<!shut my mouth)"
                               r"(?<!shut his mouth)(?<!shut her mouth)\b|"
                               r"\b(?:crooked|uneven|lopsided|wonky|droopy)\s+smile\b|\borbicularis\s+oris\b|"
                               r"\bperioral\s+muscles?\b|"
                               r"\bsmile\s+(?:is|looks|was)\s+(?:crooked|uneven|lopsided|wonky|droopy)\b"),
    "lip": Caseless(r"\blips?\b"),
    "chin": Caseless(r"\bchin\b"),
    # chewing as a movement, not as a trigger ("when I chew")
    # so are a mouth that will not open or close and chewing as a movement
    "jaw": Caseless(r"\bjaws?\b|\bchewing\s+(?:movements?|motions?)\b|\bchew(?:s|ing)?\s+on\s+nothing\b|"
                      r"\b(?:keeps?|always|constantly)\s+chewing\b|\bchew(?:s|ing)\s+(?:all\s+the\s+time|constantly|nonstop|"
                      r"non-stop)\b|\b(?:open|close|shut)\s+(?:my|his|her|the)\s+mouth\b",
                    needs=("jaw", "chew", "open", "close", "shut")),
    # a head that turns or tilts by itself is the neck's movement
    "neck": Caseless(r"\bneck\b|\bhead\s+(?:\w+\s+){0,3}?(?:turn|turns|turning|turned|twist|twists|twisting|twisted|tilt|"
                       r"tilts|tilting|tilted)\b", needs=("neck", "turn", "twist", "tilt")),
}
_LEFT = Caseless(r"\bleft\b", needs=("left",))
_RIGHT = Caseless(r"\bright\s+(?:eye|eyelid|lid|side|cheek|face|ear|arm|leg|hand|corner|half|upper|lower|brow|"
                    r"eyebrow|temple|jaw)\b|\bon\s+the\s+right\b|\bright-sided\b", needs=("right",))
_EYE_MOVES = r"(?:twitch|blink|flutter|flicker|jump|clos|shut|squeez|droop|trembl|spasm|quiver)"
#: Both eyes: said so, or plural eyes or lids doing the complaint's movement ("my eyes keep blinking").
_BOTH = Caseless(rf"\bboth\s+(?:of\s+)?(?:my\s+|her\s+|his\s+|the\s+)?(?:(?:upper|lower|top|bottom)\s+)?"
                   rf"(?:eyes|eyelids|lids|sides)\b|\bbilateral\b|"
                   rf"(?<!one of )(?<!one of the )\b(?:my|his|her|the)\s+(?:eyes|eyelids|lids)\b(?=[^.!?]{{0,40}}\b{_EYE_MOVES})|"
                   rf"\b{_EYE_MOVES}\w*\s+(?:the|my|his|her)\s+eyes\b", needs=("both", "bilateral", "eyes", "lids"))
_ALTERNATING = Caseless(r"\b(?:alternat\w+|(?:switch|swap|chang)\w*\s+(?:sides|eyes|between)|sometimes\s+the\s+left\s+sometimes|"
                          r"(?:can|could|may)\s+be\s+either\s+(?:eye|side)|"
                          r"(?:switch|mov|jump|went|go|goes|going|hopp)\w*\s+(?:over\s+)?to\s+the\s+other\s+(?:eye|side)|"
                          r"(?:switch|mov|jump|went|hopp)\w*\s+from\s+(?:my|the)\s+(?:left|right)\b[^.!?]{0,30}?\bto\s+"
                          r"(?:my|the)\s+(?:left|right)|"
                          r"(?:from\s+)?one\s+(?:eye|side)\s+(?:then|to)\s+the\s+other|"
                          r"sometimes\s+(?:the\s+|my\s+|in\s+(?:my|the)\s+)?(?:left|right)\b[^.!?]{0,60}\bsometimes\s+(?:the\s+|my\s+|in\s+(?:my|the)\s+)?(?:left|right)|"
                          r"sometimes\s+left|sometimes\s+right|other\s+days\s+(?:it'?s\s+|it\s+is\s+)?(?:(?:in|on)\s+)?(?:the\s+|my\s+)?(?:left|right|other)|"
                          r"some\s+days\s+(?:the\s+|in\s+(?:my|the)\s+)?(?:left|right)|never\s+both\s+(?:at\s+once|together))\b",
                          # (not "left" or "right", which most descriptions name: the words around them)
                          needs=("alternat", "switch", "swap", "chang", "sometimes", "either", "other", "from", "days",
                                 "never"))


@dataclass
class AttributeFacts:
    side: str | None = None
    face_side: str | None = None
    sites: list[str] = field(default_factory=list)
    duration_days: float | None = None
    #: The duration is what someone else says ("according to her it started 6 months ago").
    duration_reported: bool = False
    #: The duration is a guess from a named month, feast or season ("since June"): it may not lower urgency.
    duration_guessed: bool = False
    #: The sentence the duration was read from.
    duration_sentence: str = ""
    recurrent: bool = False


def _quantity(word: str | None) -> float:
    if not word:
        return 1
    word = word.lower().strip()
    if word.replace(".", "", 1).isdigit():
        return float(word)
    if word in ("a", "an", "one"):
        return 1
    if word.startswith("half"):
        return 0.5
    if "couple" in word:
        return 2
    if word in ("a few", "few", "some"):
        return 3
    if word in ("several", "many"):
        return 4
    return float(NUMBER_WORDS.get(word, 1))


#: "since an hour", "in the last 30 minutes", "it's been an hour", "20 minutes now": minutes and hours
#: that date an onset, not an episode.
_ONSET_DATING = Caseless(r"^(?:since|been|already|in\s+the\s+(?:past|last)|within\s+the\s+(?:past|last))\b|"
                           r"\b(?:ago|now|already|so\s+far|straight|running)$")


def _days(match: re.Match[str], onset: bool = False, unstated: float = 1) -> float | None:
    """Days meant by the last quantity and unit in ``match`` (None for episode-length units,
    unless ``onset``: the match dates when the problem began)."""
    groups = [g for g in match.groups() if g]
    unit = next((g.lower() for g in reversed(groups) if g.lower() in _UNIT_DAYS), None)
    if unit is None or (unit in _EPISODE_UNITS and not onset and not _ONSET_DATING.search(match.group(0).strip())):
        return None
    quantities = [g for g in groups if g.lower() not in _UNIT_DAYS]
    amount = _quantity(quantities[-1]) if quantities else unstated
    if _AND_A_HALF.match(match.string, match.end()) or _HALF_BEFORE_UNIT.search(match.group(0)):
        amount += 0.5  # "one month and half", "3 weeks and a half", "two and a half weeks"
    return amount * _UNIT_DAYS[unit]


_AND_A_HALF = Caseless(r"\s+and\s+(?:a\s+)?half\b")
_HALF_BEFORE_UNIT = Caseless(rf"\band\s+a\s+half\s+{_UNIT}\b")


#: Words without which a pattern cannot match: a sentence lacking them skips that pattern.
_NOW_WORDS = ("now", "already", "so far", "straight", "running", "in a row")
_DIGIT = re.compile(r"\d")


#: How long each episode or each treatment lasts, not how long the problem has:
#: "about 10 weeks each time", "each bout lasts for 2 days", "the injection helps for 3 months".
_EACH_AFTER = Caseless(r"\s*(?:each(?:\s+time)?|every\s+time|at\s+a\s+time|a\s+time|apiece|per\s+(?:injection|shot|dose|"
                         r"episode|attack|spasm|bout))\b")
_EACH_BEFORE = Caseless(r"\b(?:each|every)\s+(?:one|time|episode|spasm|attack|twitch|bout|jolt|shock|injection|dose)\b"
                          r"[^.;,]*$|\b(?:helps?|helped|works?|worked|wears\s+off|lasts?|nothing|stops?|goes\s+away|"
                          r"disappears)\s+(?:up\s+to\s+|about\s+|around\s+)?$|"
                          # how soon something is expected to pass, not how long it has lasted ("I was told most
                          # people recover in a few weeks", "it should settle within 2 weeks")
                          r"\b(?:recover\w*|better|heal\w*|settles?|settled|resolves?|improves?|clears?(?:\s+up)?|"
                          r"go\s+away|wear\s+off)\s+(?:with)?in\s+(?:a\s+|about\s+|around\s+|the\s+(?:next\s+)?)?$")


def _recurring(match: re.Match[str]) -> bool:
    """The matched amount of time is the length of each episode or each treatment's effect."""
    text = match.string
    return bool(_EACH_AFTER.match(text, match.end()) or _EACH_BEFORE.search(text[max(0, match.start() - 40):match.start()]))


def _each_time(lowered: str, phrase: str) -> bool:
    """Every occurrence of ``phrase`` is the length of each episode or gap ("for days at a time",
    "then nothing for weeks")."""
    start = lowered.find(phrase)
    while start != -1:
        if not (_EACH_AFTER.match(lowered, start + len(phrase)) or _EACH_BEFORE.search(lowered[max(0, start - 40):start])):
            return False
        start = lowered.find(phrase, start + 1)
    return True


def _stated(matches, **options) -> list[float]:
    """Days of each match that says how long the problem has lasted."""
    return [d for d in (_days(m, **options) for m in matches if not _recurring(m)) if d is not None]


def _sentence_durations(sentence: str) -> list[float]:
    if not sentence:
        return []  # (every pattern below needs words)
    found: list[float] = []
    lowered = sentence.lower()
    patterns = [_FOR]
    if any(word in lowered for word in _NOW_WORDS):
        patterns.append(_NOW)
    if "ago" in lowered or " back" in lowered:  # "began in the eye 3 yrs back"
        patterns += [_SINCE_AGO, _AGO_STARTED, _DAYS_AGO]
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            if pattern is not _FOR and pattern is not _NOW \
                    and _FIRST_ONSET.search(sentence, max(0, match.start() - 12), match.end()):
                continue  # "it first began years ago" dates an earlier episode, not this one
            found.extend(_stated([match]))
    if "been" in lowered or "going on" in lowered:
        found.extend(_stated(_BEEN_FOR.finditer(sentence), onset=True))
    if "past" in lowered or "last" in lowered:  # a plural with no number is at least two ("in the last months")
        found.extend(_stated(_LAST_STRETCH.finditer(sentence), unstated=2))
    if not found:
        found.extend(_stated(_ABOUT.finditer(sentence)))
    if not found and _DIGIT.search(sentence):  # a bare "57 years" is an age, not how long a twitch has lasted
        found.extend(d for d in _stated(_BARE.finditer(sentence)) if d <= 15 * 365)
    if "half" in lowered and _FOR_HALF_YEAR.search(sentence):
        found.append(180)
    if "past" in lowered or "last" in lowered:
        for match in _PAST_UNIT.finditer(sentence):  # "in the last hour" dates an onset too
            found.append(_UNIT_DAYS[match.group(1).lower()])
        if _SEASON.search(sentence):
            found.append(270)
    if _WEEKDAY.search(sentence):
        found.append(4)
    if " of " in lowered:
        found.extend(_stated(_OF_TREATMENT.finditer(sentence)))
    if "now" in lowered:
        for match in _MONTH_SPAN.finditer(sentence):
            start, now = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
            months = (_MONTHS.index(now.lower()) - _MONTHS.index(start.lower())) % 12
            if months:  # (the same month named twice says nothing of how long)
                found.append(round(months * 30.4))
    if "/" in lowered or "po" in lowered:
        found.extend(_clinical_days(sentence))
    if _ANY_NAMED.search(lowered):
        found.extend(days for phrase, days in _NAMED.items() if phrase in lowered and not _each_time(lowered, phrase))
    recent = [days for word, pattern, days in _RECENT_PATTERNS if word in lowered and pattern.search(lowered)]
    if recent and SYMPTOM_WORD.search(sentence):  # "today" dates a symptom, not "bloods done this morning"
        found.extend(recent)
    return found


#: Clinical shorthand: "x 5/7" (days), "6/52" (weeks), "3/12" (months), not a date ("on 5/7", "5/7/24").
_FRACTION = Caseless(r"(?<![\d/])(?<!on\s)(?<!since\s)(?<!from\s)(?<!until\s)(?<!till\s)(?<!by\s)(?<!the\s)"
                       r"(\d{1,2})\s?/\s?(7|52|12)(?![\d/])")
_FRACTION_DAYS = {"7": 1, "52": 7, "12": 30}
#: "POD2", "post-op day 3", "day 4 post op": days since an operation, which the complaint followed.
_POST_OP_DAY = Caseless(r"\bpod\s?#?\s?(\d{1,2})\b|\bpost[\s-]?op(?:erative)?\s+day\s+(\d{1,2})\b|"
                          r"\bday\s+(\d{1,2})\s+post[\s-]?op")


def _clinical_days(sentence: str) -> list[float]:
    days = [int(m.group(1)) * _FRACTION_DAYS[m.group(2)] for m in _FRACTION.finditer(sentence)]
    return days + [float(next(g for g in m.groups() if g)) for m in _POST_OP_DAY.finditer(sentence)]


#: Parts of a sentence whose durations belong to something past or to a medicine, not the complaint:
#: "my face drooped for 2 months and then recovered", "he has been on olanzapine for six years".
_PAST_CLAUSE = Caseless(r"\bhad\b(?<!have\shad)(?<!'ve\shad)(?<!ive\shad)(?<!has\shad)(?<!'s\shad)|\bbeen\s+on\b|\btaking\b|\btakes\b|"
                          r"\bon\s+it\s+for\b", needs=("had", "been", "taking", "takes", "for"))
#: A sentence that ends in recovery is about the past as a whole.
_PAST_SENTENCE = Caseless(r"\brecovered\b|\bwent\s+away\b|\bcleared\s+up\b|\bresolved\b|\bgot\s+better\b|"
                            r"\bused(?<!than it used)(?<!than they used)(?<!than he used)(?<!than she used)"
                            r"(?<!than i used)\s+to\b|\bthat\s+stopped\b",
                            needs=("recovered", "went", "cleared", "resolved", "got", "used", "stopped"))
#: What a sentence says after it has told of something past that is over.
_NOW_AGAIN = Caseless(r"\b(?:now|these\s+days|this\s+time|since\s+then|but)\b")
_CLAUSE = Caseless(r"(,|;|\s+(?:and\s+(?!(?:a\s+)?half\b)|but\s+|so\s+))", needs=(",", ";", "and", "but", "so"))
#: A clause after "and" that names its own subject starts a new statement ("I had a cold and my eye
#: twitches"); one that does not goes on with the one before ("I had cramps and tingling for days").
_OWN_SUBJECT = Caseless(r"^\s*(?:i|i'm|im|i've|ive|my|it|it's|its|he|she|his|her|they|we|the|this|that|there|now|"
                          r"since|today|lately|recently)\b")
_OTHER_PRONOUN = Caseless(r"\b(?:his|her|he|she)\b")


#: "had" that means "have had": with "now" ("had it for 3 weeks now"), or opening a note without its
#: subject and with nothing that dates it to the past ("had a twitchy eye for ages").
_HAD_UP_TO_NOW = Caseless(r"\bhad\b[^.!?]*\bfor\b[^.!?]*\bnow\b|^\s*had\b(?![^.!?]*\b(?:ago|last|back|then|when|before|"
                            r"after|until|till|went|stopped|recovered|(?:19|20)\d\d)\b)")
#: Someone who says or thinks something about the writer: what follows is still the writer's.
_ON_THE_WRITER = Caseless(r"\s+(?:\w+\s+)?(?:says|said|thinks|thought|noticed|notices|reckons|tells\s+me|told\s+me|swears|"
                            r"sees|saw)\s+(?:that\s+)?(?:i|i'm|im|my|me)\b")
#: An episode had today or last night is the complaint itself ("last night she had an episode where ...").
_RECENT_DAY = Caseless(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+night|yesterday)\b")


def _own_clauses(sentence: str, skip_others: bool) -> list[str]:
    """The clauses of ``sentence`` that can date the patient's complaint.

    A past clause still bounds the complaint when it dates an event a few days ago: what
    followed "I had my thyroid out 5 days ago" is younger than five days.
    """
    past = _PAST_SENTENCE.search(sentence)
    if past:  # "my face drooped and recovered, now my eye twitches since Monday": from "now" or "but" on
        after = _NOW_AGAIN.search(sentence, past.end())
        if not after:
            return []
        sentence = sentence[after.start():]
    kept = []
    parts = _CLAUSE.split(sentence)
    past = False
    for separator, clause in zip(["", *parts[1::2]], parts[0::2]):
        other = skip_others and (_RELATIVE_SENTENCE.search(clause) or _OTHER_PRONOUN.search(clause))
        if other and _ON_THE_WRITER.match(clause, other.end()):  # "my mum thinks i do it on purpose, it's been ..."
            other = None
        if other:  # "my eye has ticked for 3 weeks what if ... my grandad had that": the writer's part stays
            clause = clause[:other.start()] if FIRST_PERSON.search(clause[:other.start()]) else ""
        past = (bool(_PAST_CLAUSE.search(clause)) or (past and separator.strip().lower() == "and"
                                                        and not _OWN_SUBJECT.search(clause))) \
            and not _RECENT_DAY.search(clause) and not _HAD_UP_TO_NOW.search(clause)
        if past:
            kept.extend(match.group(0) for match in _DAYS_AGO.finditer(clause))
        elif clause:
            kept.append(clause)
    return kept


#: A clause that dates a diagnosis ("diagnosed with myasthenia three years ago") dates the complaint
#: only when nothing else does: a new symptom in someone diagnosed long ago is as old as it says.
_DIAGNOSED = Caseless(r"\bdiagnos\w*", needs=("diagnos",))


def _dated_estimates(sentence: str) -> list[float]:
    """Durations guessed from a named month, feast or season ("since June"): used when nothing says how long."""
    return [_LAST_YEAR_DAYS if match.group(1) or match.group(2) or match.group(3) else _DATED_DAYS
            for match in _DATED_START.finditer(sentence)] if sentence else []


def _time_folds(kb) -> tuple[Caseless | None, dict[str, str]]:
    """Misspelt units of time in spelling.yaml ("2 weaks"), as one pattern and their folds."""
    folds = {wrong: right for wrong, right in kb.spelling.items() if _UNIT_WORD.fullmatch(right)}
    if not folds:
        return None, folds
    # (grouped by first letter, ``text.alternation``: the same matches, searched several times faster)
    wrongs = sorted(folds, key=len, reverse=True)
    return Caseless(r"\b" + alternation([re.escape(wrong) for wrong in wrongs]) + r"\b",
                    needs=tuple(wrong.lower() for wrong in wrongs)), folds


_UNIT_WORD = Caseless(_UNIT)


def _time_folder(text: str):
    """A function that folds the misspelt units of time of ``text``'s sentences (None when it has none)."""
    pattern, folds = derived(knowledge(), _time_folds)
    if pattern is None or not pattern.search(text):
        return None
    return lambda sentence: pattern.any_case.sub(lambda match: folds[match.group(0).lower()], sentence)


def _reported_cue(kb) -> Caseless:
    """The phrases of context.yaml that say someone else reported something ("my wife says")."""
    phrases = sorted({p for cue in kb.context if cue.category == "REPORTED_BY_OTHER" for p in cue.phrases}, key=len,
                     reverse=True)
    return Caseless(r"\b" + alternation([re.escape(phrase) for phrase in phrases]) + r"\b",  # (as in _time_folds)
                    needs=tuple(phrase.lower() for phrase in phrases))


@dataclass(frozen=True)
class DurationContext:
    """What the duration reader needs to know about the message besides its text."""
    #: The patient's relation to the writer ("son"), when the writer writes about someone else.
    patient_relation: str | None = None
    #: The patient's age: "since I was 10" at 14 is four years.
    patient_age: int | None = None
    #: Sentences that only describe past, feared or other people's problems: they date nothing.
    skip: frozenset[str] = frozenset()
    #: Sentences about something other than the face ("my feet have tingled for months", "I have worn
    #: lenses for years"): they date the complaint only when no other sentence does.
    elsewhere: frozenset[str] = frozenset()


def duration_days(text: str, patient_relation: str | None = None, skip: frozenset[str] = frozenset()
                  ) -> float | None:
    """How long the complaint has lasted: the longest duration stated about the patient."""
    return _duration(text, DurationContext(patient_relation, skip=skip))[0]


#: "since I was like 10", "since age 12", "it began when I was 30": years of the patient's life.
_SINCE_AGE = Caseless(r"\b(?:since|(?:started|began|begun|start)\s+(?:\w+\s+){0,3}?when)\s+(?:(?:i|he|she)\s+was|"
                        r"(?:the\s+)?age(?:\s+of)?)\s+(?:like\s+|about\s+|around\s+|"
                        r"maybe\s+|roughly\s+)?(\d{1,2})\b(?!\s*(?:[a-z]+\s+)?(?:min|hour|day|week|month|year|pregnant))")


def _age_durations(sentence: str, age: int | None) -> list[float]:
    if age is None or ("since" not in sentence.lower() and "when" not in sentence.lower()):
        return []
    return [(age - int(m.group(1))) * 365 for m in _SINCE_AGE.finditer(sentence) if int(m.group(1)) < age]


def _duration(text: str, context: DurationContext) -> tuple[float | None, str, bool]:
    """The longest duration stated about the patient, and the sentence that states it.

    Sentences about other people ("my brother had Bell's palsy for months") are
    skipped unless that person is the patient, and so are the ``skip`` sentences (those
    that only describe past or hypothetical problems).
    """
    stated: list[tuple[float, str]] = []
    estimated: list[tuple[float, str]] = []
    elsewhere: list[tuple[float, str]] = []
    diagnosed: list[tuple[float, str]] = []
    events: list[tuple[float, str]] = []  # "<event> N ago" (_EVENT_AGO)
    past_events: list[tuple[float, str]] = []  # the same in a past clause ("I had Bell's palsy 5 months ago")
    fold = _time_folder(text)
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if sentence.strip() in context.skip:
            continue
        folded = fold(sentence) if fold else sentence
        if folded.isascii():  # every pattern below ignores case: searched once in lower case, for speed
            folded = folded.lower()
        lowered = folded.lower()
        if "since" not in lowered and "when" not in lowered and not TIME_WORD.search(folded):  # (cheap tests first)
            continue
        relative = _RELATIVE_SENTENCE.search(folded)
        about_other = bool(relative) and (context.patient_relation is None
                                          or context.patient_relation not in relative.group(0).lower())
        clauses = _own_clauses(folded, about_other)
        dates_diagnosis = [_DIAGNOSED.search(c) is not None for c in clauses]
        own = ", ".join(c for c, diagnosis in zip(clauses, dates_diagnosis) if not diagnosis)
        found = _sentence_durations(own) + _age_durations(own, context.patient_age)
        (elsewhere if sentence.strip() in context.elsewhere else stated).extend((d, sentence) for d in found)
        estimated.extend((d, sentence) for d in _dated_estimates(own))
        diagnosed.extend((d, sentence) for d in _sentence_durations(
            ", ".join(c for c, diagnosis in zip(clauses, dates_diagnosis) if diagnosis)))
        if "ago" in own:  # (not in a past clause told as over: "I had Bell's palsy 3 years ago and recovered")
            events.extend((d, sentence) for d in _stated(_EVENT_AGO.finditer(own), onset=True))
        elif "ago" in folded:  # "I had Bell's palsy 5 months ago and it has not improved": see below
            past_events.extend((d, sentence) for d in _stated(_EVENT_AGO.finditer(folded), onset=True))
    if not events and past_events and _STILL_WEAK.search(text):
        # a past palsy whose weakness is told as still there dates the complaint: "I was told I had Bell's
        # palsy four months ago. It hasn't got better at all, I still can't close the eye"
        events = past_events
    candidates = stated or estimated or elsewhere or diagnosed or events
    if not candidates:
        return None, "", False
    days, sentence = max(candidates, key=lambda c: c[0])
    return days, sentence, candidates is estimated


def read_duration(facts: AttributeFacts, text: str, context: DurationContext) -> None:
    """Set how long the complaint has lasted, and whether someone else says so."""
    facts.duration_days, facts.duration_sentence, facts.duration_guessed = _duration(text, context)
    sentence = facts.duration_sentence
    facts.duration_reported = bool(sentence) and bool(derived(knowledge(), _reported_cue).search(sentence))


_FACE_SIDE = Caseless(r"\b(left|right)\s+(?:\w+\s+){0,2}?(?:eye|eyes|eyelid|eyelids|lid|face|cheek|mouth|lip|brow|"
                        r"eyebrow|jaw|ear|temple|forehead|chin|side|corner|half)\b|\bon\s+the\s+(left|right)\b|"
                        r"\b(?:eye|eyelid|lid|face|cheek|mouth|lip|jaw)\s+on\s+the\s+(left|right)\b|"
                        r"\b(?:face|mouth|lip|lips|jaw|cheek|smile|eye|eyes)\b(?:\s+\w+){0,4}?\s+(?:to|towards)\s+the\s+"
                        r"(left|right)\b", needs=("left", "right"))


def _face_sides(text: str, found: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    """The sides named for a part of the face in ``text``. ``found``: those of the texts of one message
    searched already (its complaint is read both for the side and for the side of the face)."""
    if found is not None and text in found:
        return found[text]
    sides = frozenset(next(g for g in m.groups() if g).lower() for m in _FACE_SIDE.finditer(text))
    if found is not None:
        found[text] = sides
    return sides


def face_side(text: str, found: dict[str, frozenset[str]] | None = None) -> str | None:
    """The side of the face named for the complaint ("my left eyelid"), ignoring arms and legs."""
    sides = _face_sides(text, found)
    return next(iter(sides)) if len(sides) == 1 else None


#: A side named for a limb or the body, or the direction a head turns: not the side of the face.
_NOT_FACE_SIDE = Caseless(r"\b(?:left|right)\s+(?:\w+\s+)?(?:arms?|legs?|hands?|foot|feet|thighs?|knees?|shoulders?|"
                            r"fingers?|toes?|body)\b|\b(?:neck|head)\b(?:\s+\w+){0,5}?\s+(?:to|towards)\s+the\s+(?:left|right)\b",
                            needs=("left", "right"))


_TURNS_TO_ONE_SIDE = Caseless(r"\b(?:neck|head)\b(?:\s+\w+){0,5}?\s+(?:to|towards)\s+(?:one|the\s+other)\s+side\b",
                              needs=("neck", "head"))


def turns_to_one_side(sentence: str) -> bool:
    """"His neck twists to one side": a direction, not one side of the face (when no side is named)."""
    return bool(_TURNS_TO_ONE_SIDE.search(sentence)) and side(sentence) is None


#: What the person does that sets the movement off ("when I blink my eye, my mouth pulls"): a trigger,
#: not where the movement is.
_SOMEONE_DOES = (r"(?:when|whenever|while|if|as)\s+(?:i|he|she|you|we|they)\s+(?:\w+ly\s+)?"
                 r"(?:blink|close|shut|open|move|rub|touch|squeez|screw|raise|lift|puff|purs|press|wrinkl)")
_ACTION_ON_A_PLACE = Caseless(r"\b" + _SOMEONE_DOES + r"\w*\s+(?:up\s+)?(?:my|his|her|"
    r"your|their|the)\s+(?:\w+\s+)?(?:eyes?|eyelids?|lids?|mouth|lips?|jaw|brows?|eyebrows?|forehead|cheeks?)\b", needs=("blink", "close", "shut", "open", "move", "rub", "touch", "squeez", "screw", "raise", "lift", "puff", "purs", "press", "wrinkl"))
#: How every action begins, without the word boundary: Python's ``re`` tries it only where a "w", "i" or
#: "a" is, where ``\b`` first is tried at every position; an ASCII text without it has no action.
_SOMEONE_DOES_START = re.compile(_SOMEONE_DOES)


def _without_actions(text: str) -> str:
    lowered = text.lower()
    if "when" in lowered or "while" in lowered or "if " in lowered or "as " in lowered:
        if text.isascii() and _SOMEONE_DOES_START.search(lowered) is None:
            return text
        return _ACTION_ON_A_PLACE.sub(" ", text)
    return text


def both_eyes(text: str) -> bool:
    """Both eyes or lids are named for the complaint ("both my lids", "my eyes keep blinking")."""
    text = _without_actions(text)
    return any(not m.group(0).lower().endswith(("sides", "bilateral")) for m in _BOTH.finditer(text))


#: One side, then the other: "last week it was my right lower lid, this week it's the left".
_ONE_THEN_THE_OTHER = Caseless(r"\b(?:was|were|started\s+(?:in|on)|began\s+(?:in|on))\s+(?:in\s+|on\s+)?(?:my|the|his|her)\s+"
                                 r"(left|right)\b[^.!?]{0,40}?\b(?:now|this\s+(?:week|time|month)|today|since\s+then)\b"
                                 r"(?:(?!\b(?:also|too|both)\b)[^.!?]){0,25}?\b(?!\1)(left|right)\b"
                                 r"(?![^.!?]{0,30}\b(?:too|as\s+well|also|both)\b)", needs=("left", "right"))
#: A side taken back at once: "the left... no sorry, the RIGHT side", "left, I mean right".
_CORRECTED_SIDE = Caseless(r"\b(?:left|right)\b(?=[\s.,;:!\u2026-]*(?:no|sorry|i\s+mean|actually|wait|correction)\b"
                             r"[\s.,;:!-]*(?:(?:no|sorry|i\s+mean|actually)[\s.,;:!-]*)*(?:the\s+|my\s+|his\s+|her\s+)?"
                             r"(?:left|right)\b)", needs=("left", "right"))
#: A side named only as the other one compared ("my right eye looks smaller than the left"), or as the
#: one spared ("the left is fine", "but not the right one").
_COMPARED_SIDE = Caseless(r"\b(?:than|as|compared\s+(?:to|with)|not)\s+(?:the|my|his|her)\s+(?:left|right)\b"
                            r"(?:\s+(?:one|side|eye))?|\b(?:the|my|his|her)\s+(?:left|right)(?:\s+(?:one|side|eye|lid|eyelid|cheek))?"
                            r"\s+(?:is|are|seems|looks|feels|stays)\s+(?:completely\s+|totally\s+|perfectly\s+)?(?:fine|ok|okay|"
                            r"normal|alright|all\s+right|unaffected|good|still)\b", needs=("left", "right"))
#: Notes write the side as a capital letter: "L facial twitching", "R upper lid", "pain L V2/V3", and name
#: the muscle ("L orbicularis oculi", "R perioral muscles").
_LETTER_SIDE = re.compile(r"(?<![\w/.'])([LR])(?:\s*-?\s*sided)?\s+(?=(?:(?:upper|lower|top|bottom|sided|side\s+of)\s+)?"
                          r"(?:eye|eyelid|lid|face|facial|cheek|mouth|lip|jaw|brow|eyebrow|forehead|ear|hemi\w*|V[1-3]\b|"
                          r"CN\s?VII|7th|Bell|side\b|orbicularis|perioral|periorbital|zygomatic\w*|platysma|frontalis))")
_LETTER_SIDES = {"L": "left", "R": "right"}


def side(text: str, found: dict[str, frozenset[str]] | None = None) -> str | None:
    """The side of the face: left, right, both or alternating (limbs and head turns do not count).
    ``found``: as for :func:`face_side`."""
    text = _without_actions(text)
    if _ALTERNATING.search(text) or _ONE_THEN_THE_OTHER.search(text):
        return "alternating"
    if _BOTH.search(text):
        return "both"
    sides = {_LETTER_SIDES[m.group(1)] for m in _LETTER_SIDE.finditer(text)} if "L" in text or "R" in text else set()
    lowered = text.lower()
    if "left" in lowered or "right" in lowered:
        text = _COMPARED_SIDE.sub(" ", _CORRECTED_SIDE.sub(" ", _NOT_FACE_SIDE.sub(" ", text)))
    sides |= _face_sides(text, found)
    sides |= {name for name, pattern in (("left", _LEFT), ("right", _RIGHT)) if pattern.search(text)}
    return "both" if len(sides) == 2 else sides.pop() if sides else None


#: Words without which a site's pattern cannot match (checked first: a substring test is cheap; a
#: pattern's own ``needs`` may ask more of an ASCII text: for "upper_lid", a lid that droops).
_SITE_WORDS = {"upper_lid": ("upper", "top", "above", "lid"), "lower_lid": ("lower", "bottom", "under", "below", "down"),
               "eye": ("eye", "lid", "blink", "oculi"), "brow": ("brow", "forehead"), "cheek": ("cheek",),
               "mouth_corner": ("mouth", "smile", "corner", "oris", "perioral"), "lip": ("lip",), "chin": ("chin",), "jaw": ("jaw", "chew", "mouth"),
               "neck": ("neck", "head")}


#: The writer cannot tell which lid: "the top lid but honestly could be the bottom", "upper or lower".
_EITHER_LID = Caseless(r"\b(?:upper|top|lower|bottom)\b[^.!?]{0,40}?\b(?:or|could\s+be|might\s+be|maybe)\s+(?:the\s+)?"
                         r"(?:upper|top|lower|bottom)\b", needs=("upper", "top", "lower", "bottom"))


def read_sites(text: str) -> list[str]:
    """Body sites named in ``text``; a named upper or lower lid makes "eye" redundant, unless the
    writer cannot tell which lid it is."""
    text = _without_actions(text)
    lowered = text.lower()
    sites = [name for name, pattern in SITES.items()
             if any(word in lowered for word in _SITE_WORDS[name]) and pattern.search(text)]
    if ("upper_lid" in sites or "lower_lid" in sites) and _EITHER_LID.search(text):
        return [site for site in sites if site not in ("upper_lid", "lower_lid")] + \
            (["eye"] if "eye" not in sites else [])
    if "upper_lid" in sites or "lower_lid" in sites:
        sites = [site for site in sites if site != "eye"]
    return sites


def read_attributes(text: str, context: DurationContext = DurationContext()) -> AttributeFacts:
    """How long and whether again; the side and the sites are read from the words that place the
    complaint (``understanding.understand``)."""
    facts = AttributeFacts(recurrent=bool(_RECURRENT.search(text)))
    read_duration(facts, text, context)
    return facts
