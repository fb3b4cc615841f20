"""Rules-only outcome classifier that follows docs/outcome-guidelines precedence."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dispo.analysis.classifier.base import (
    CallInput,
    Classification,
    Evidence,
    LabelSet,
    OutcomeOption,
    TranscriptMessage,
)

BACKEND = "rules"

NO_ANSWER_END_REASONS = frozenset({"no_answer", "busy", "failed"})
# Telephony providers spell these differently; all mean "nobody picked up".
_END_REASON_ALIASES = {
    "no-answer": "no_answer",
    "noanswer": "no_answer",
    "unanswered": "no_answer",
    "no answer": "no_answer",
    "line_busy": "busy",
    "error": "failed",
    "invalid_number": "failed",
}

# Stance ids, ordered by guideline precedence for ties inside a single phrase.
BOOKED = "appointment_booked"
NOT_INTERESTED = "not_interested"
INTERESTED = "interested"
CANCELLED = "cancelled"

_QUOTE_MAX = 160
_FILLER_RE = re.compile(r"\b(uh+|um+|uhm|erm?|ah+|hmm+|mm+)\b")
_STUTTER_RE = re.compile(r"\b(\w+)(?: \1\b)+")


def _words(block: str) -> frozenset[str]:
    """Whitespace-separated word list as a set (keeps long vocabularies readable)."""
    return frozenset(block.split())


# ---------------------------------------------------------------------------
# Text normalisation
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """Lowercase, drop apostrophes and punctuation so ASR and typed text look alike."""
    t = text.lower().replace("\u2019", "'").replace("`", "'")
    t = re.sub(r"(\d)[:.](\d\d)", r"\1 \2", t)  # 2:30 -> 2 30
    t = t.replace("a.m.", "am").replace("p.m.", "pm")
    t = t.replace("'", "")
    t = re.sub(r"[^a-z0-9$ ]+", " ", t)
    t = re.sub(r"\b([ap]) m\b", r"\1m", t)  # ASR "p m"
    # Fillers and stutters ("uh", "not not") break phrase matching in raw ASR text.
    t = _FILLER_RE.sub(" ", t)
    t = _STUTTER_RE.sub(r"\1", t)
    return re.sub(r"\s+", " ", t).strip()


def is_person(msg: TranscriptMessage) -> bool:
    """True for turns spoken by the called/calling person (not the agent or tooling)."""
    return msg.role.lower() in {"user", "customer", "human", "caller", "callee"}


def is_agent(msg: TranscriptMessage) -> bool:
    """True for turns spoken by the AI agent."""
    return msg.role.lower() in {"agent", "assistant", "bot", "ai"}


def quote(text: str) -> str:
    """Shorten a turn to a readable quote without inventing anything."""
    t = " ".join(text.split())
    if len(t) <= _QUOTE_MAX:
        return t
    return t[: _QUOTE_MAX - 1].rsplit(" ", 1)[0] + "\u2026"


def said(q: str) -> str:
    """A quote closing a summary sentence: one full stop, inside the quotes if it has one."""
    return f'"{q}"' if q.endswith((".", "!", "?", "\u2026")) else f'"{q}".'


# ---------------------------------------------------------------------------
# Recorded messages: voicemail greetings vs. carrier / screening robots
# ---------------------------------------------------------------------------

# The carrier's "the person you are calling is not available": a mailbox greeting when it plays
# first, and never a person's words wherever it plays.
_NOT_AVAILABLE = (
    r"(person|party|customer|subscriber) (you are|youre|you have) (calling|dialed|trying)"
    r"( to reach)? (is )?(not available|unavailable)"
)
_VOICEMAIL_RE = re.compile(
    r"leave (me |us )?(a |your )?(brief |short |detailed )?(message|msg|name and number)"
    r"|after the (tone|beep)|at the (tone|beep)|record your message"
    r"|(reached|this is|welcome to) (the |my |our )?(voice ?mail|mailbox)"
    r"|voice ?mail (box )?(of|for)"
    r"|leave (a |me a |us a )?voice ?mail|(mail ?box|voice ?mail box)( \w+){0,10} (is )?full"
    r"|mailbox belonging|cannot accept (any )?(new |more )?messages"
    r"|voice messaging|forwarded to (an )?(automated )?(voice|message)"
    r"|(not|unable to) (available|take|answer|come to) (to take |to answer )?"
    r"(your|the) (call|phone)"
    r"|cant (come to|get to|take) the phone|(is|am|are) (not available|unavailable)( right now)?"
    rf"|{_NOT_AVAILABLE}"
    r"|please leave|get back to you as soon as|(office|we) (is |are )?(currently )?closed"
    r"|press (pound|star) (to|when)|to leave a callback number|^(beep|tone)( (beep|tone))*$"
    r"|(dont|do not|never) check (my |the )?voice ?mail"
)

_UNREACHABLE_RE = re.compile(
    r"(not|no longer) in service|cannot be completed|could not be completed|cant be completed"
    r"|has been disconnected|is disconnected|not a working number|number is invalid"
    r"|invalid number|does not accept calls|doesnt accept calls|not accepting calls"
    r"|(is|are) not reachable|cannot be reached|is unreachable|check the number and dial again"
    r"|please hang up and (try|dial) again|all circuits are busy"
    r"|did not accept (your|the|this) call|(caller|person|party) did not accept"
    r"|declined (your|the|this) call"
)

_SCREENING_RE = re.compile(
    r"call screening|screening service|screen(s|ing)? (your|this|the) call"
    r"|state your name and|say your name and|(record|state) (your name|the reason)"
    r"|reason for (your )?call(ing)?|who is calling and why|google assistant"
    r"|(i ?m|this is) (an? )?(automated|virtual) (assistant|screening)"
    r"|please stay on the line (and|while)|please hold while (we|i) (try to )?(connect|reach)"
    r"|(try|trying) to connect you|see if (the person|they|he|she|this person) (is|are) available"
    # Phone menus (IVR): a robot, not a person and not a mailbox.
    r"|(know|have) (your )?(partys|the) extension|for \w+( \w+)? press|press (one|two|three|1|2|3)"
    r" for|(main|this) menu|please hold$|please hold (while|for)|stay on the line|^connecting$"
)


# Spoken fillers that ASR keeps inside a recorded greeting ("leave a you know message").
_SOFT_FILLER_RE = re.compile(r"\b(you know|i mean|like|kind of|sort of|so|well)\b")
# Weaker greeting cues, trusted only in an unanswered monologue (see greeting_monologue).
_GREETING_CUE_RE = re.compile(
    r"\b(reached|message|messages|unavailable|not available|get back to|call you back"
    r"|return your call|beep|tone|away from|not here|(cant|cannot) (answer|pick up|take)"
    r"|missed (your|the) call|leave|what to do)\b"
)


# A robot reporting that nobody came to the phone; never a person's words.
_NOBODY_RE = re.compile(
    rf"{_NOT_AVAILABLE}"
    r"|(this person|the person|the party|they|theyre|he|she) (cant|cannot|can not|is unable to"
    r"|are unable to|(is|are|re)? ?not able to) (take|answer) (your|the) call"
)


def voicemail_turn(msgs: Sequence[TranscriptMessage]) -> int | None:
    """Index of an early non-agent turn that is a voicemail greeting, else None."""
    seen = 0
    for i, m in enumerate(msgs):
        if is_agent(m):
            continue
        t = normalize(m.content)
        if not t:
            continue
        if _UNREACHABLE_RE.search(t) or is_screening(t):
            return None
        if _search_through_fillers(_VOICEMAIL_RE, t):
            return i
        seen += 1
        # A greeting plays first; a person talking at length first means a live call.
        if seen >= 2:
            return None
    return None


def _without_soft_fillers(t: str) -> str:
    return re.sub(r"\s+", " ", _SOFT_FILLER_RE.sub(" ", t)).strip()


def _search_through_fillers(rx: re.Pattern[str], t: str) -> bool:
    """Whether normalised text matches, as said or with its spoken fillers left out."""
    return bool(rx.search(t) or rx.search(_without_soft_fillers(t)))


def greeting_monologue(call: CallInput) -> int | None:
    """Index of an outbound call's opening recording that nobody followed, else None.

    A live person answers the agent; a recorded greeting plays first, at length, and then only
    the agent speaks. A greeting worded unlike any known one is caught by that shape.
    """
    msgs = call.messages
    if (call.direction or "").strip().lower() == "inbound":
        return None
    first_agent = next((i for i, m in enumerate(msgs) if is_agent(m)), None)
    if first_agent is None or any(
        is_person(m) and has_substance(m.content) for m in msgs[first_agent + 1 :]
    ):
        return None
    for i, m in enumerate(msgs[:first_agent]):
        t = _without_soft_fillers(normalize(m.content))
        if is_person(m) and len(content_words(t)) >= 6 and _GREETING_CUE_RE.search(t):
            return i
    return None


def unreachable_turn(msgs: Sequence[TranscriptMessage]) -> int | None:
    """Index of a carrier 'cannot connect' message, else None."""
    for i, m in enumerate(msgs):
        if not is_agent(m) and _UNREACHABLE_RE.search(normalize(m.content)):
            return i
    return None


def is_screening(text: str) -> bool:
    """True when a turn is a call-screening robot speaking."""
    return _search_through_fillers(_SCREENING_RE, normalize(text))


_WRONG_NUMBER_RE = re.compile(
    r"\bwrong (number|person)|\b(no|nobody|no one|noone) (by that name|named|called|here by)"
    r"|\bno [a-z]+ (at|on) this number|\bno [a-z]+ (here|lives here)|\b(an|the) old number"
    r"|\bisnt (my|his|her) number|\bnever heard of (him|her|them)|\bdoesnt live here"
)


def is_wrong_number(text: str) -> bool:
    """True when the person says the call reached the wrong person or number."""
    return bool(_WRONG_NUMBER_RE.search(normalize(text)))


# ---------------------------------------------------------------------------
# Substance: did the person say anything beyond a greeting?
# ---------------------------------------------------------------------------

_GREETING_WORDS = _words(
    """hello hallo helo hi hey yo yes yeah yep yup ya yah speaking um uh umm uhh hm hmm mm mhm
    er ah oh ok okay alright hullo there good morning afternoon evening hola allo howdy sir maam
    whos who huh what sorry pardon so well hel"""
)
_SELF_INTRO_RE = re.compile(r"\b(this is|its|it is) [a-z]+( speaking)?\b|\b[a-z]+ speaking\b")
_ASIDE_RE = re.compile(
    # Calling out to family, not talking about them ("mom passed on sunday" is news for the agent).
    r"(?<!with the )(?<!with my )\b(honey|sweetie|babe|baby|mom|mommy|mum|mummy|dad"
    r"|daddy|kids|grandma|grandpa)\b(?! (passed|died|is|was|has|had|and|said|says|lives|moved"
    r"|isnt|wasnt|just|would|will|wont|doesnt|didnt|handles|pays))"
    # Turning to someone else by name: "wait jimmy grab the bag", "no jamie i said the blue one".
    r"|\b(wait|no|hey|hang on|hold on|hello|yeah|okay) (?!(what|who|where|when|how|why|i|you|is|the"
    r"|a|it|im|let|me|one|sec|second|minute|that|this|so|we|they|he|she)\b)[a-z]+ (grab|get|put"
    r"|bring|take|hand|pass"
    r"|give|stop|i said|is the|are you|did you|where (is|are|did))\b|\bno i said\b"
    r"|\bnot you\b|\btell (him|her|them)\b"
    r"|turn (that|it) (down|off)|get the door|put that down|stop that|come here|(go|get) to bed"
    r"|dinner is|be right there|(i ?m|im) on the phone|not now"
    r"|who is it\b|(whos|someones|somebodys) at the door|feed the|\bcoming$"
)


# A bad line is not a conversation: "hello? can't hear you, hello?" says nothing of substance.
_BAD_LINE_RE = re.compile(
    r"\b((i )?(cant|cannot|can not) hear (you|anything)|can you hear me|youre breaking up"
    r"|bad (line|connection)|you there|are you there|(anybody|anyone|somebody|someone) there)\b"
)


def content_words(text: str) -> list[str]:
    """Words of a turn that are not greetings or fillers."""
    t = _BAD_LINE_RE.sub(" ", _SELF_INTRO_RE.sub(" ", _without_soft_fillers(normalize(text))))
    return [w for w in t.split() if w not in _GREETING_WORDS]


def has_substance(text: str) -> bool:
    """True when a person's turn says more than a greeting."""
    return bool(content_words(text))


def is_aside(text: str) -> bool:
    """True when the person is talking to someone else in the room, not to the agent."""
    return _search_through_fillers(_ASIDE_RE, normalize(text))


def person_turns(msgs: Sequence[TranscriptMessage]) -> list[int]:
    """Indexes of person turns that are not recorded messages or screening robots."""
    out: list[int] = []
    for i, m in enumerate(msgs):
        if not is_person(m):
            continue
        t = normalize(m.content)
        if not t or is_screening(t) or _UNREACHABLE_RE.search(t) or _NOBODY_RE.search(t):
            continue
        out.append(i)
    return out


def substantive_turns(msgs: Sequence[TranscriptMessage]) -> list[int]:
    """Indexes of person turns with substance directed at the agent."""
    turns = [i for i in person_turns(msgs) if has_substance(msgs[i].content)]
    # Someone talking to others in the room never joined the conversation: asides plus short
    # remarks with no word addressed to the agent.
    if turns and any(is_aside(msgs[i].content) for i in turns):
        rest = [i for i in turns if not is_aside(msgs[i].content)]
        if all(
            len(content_words(msgs[i].content)) <= 4 and not _engages(msgs[i].content) for i in rest
        ):
            return []
    return turns


def _engages(text: str) -> bool:
    """True when a turn speaks to the agent: a stance cue or a "you"."""
    # A bare "okay" opens remarks to anyone ("okay, found them, come on!").
    t = re.sub(r"^((ok|okay|alright|yeah|yes|yep|sure|right) )+", "", normalize(text))
    return bool(
        re.search(r"\b(you|your|youre)\b", t)
        or _NOT_INTERESTED_RE.search(t)
        or _INTERESTED_RE.search(t)
        or _AGREE_RE.search(t)
    )


# ---------------------------------------------------------------------------
# Stances
# ---------------------------------------------------------------------------

_NUM = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])"
_DAY = (
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight"
    r"|tue|tues|thu|thurs|fri)"  # "wed", "sat", "sun", "mon" are ordinary words too
)
_MONTH = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
_ORD = (
    r"(\d{1,2}(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|twenty (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|thirtieth|thirty first)"
)
_TIME_RE = re.compile(
    rf"\b{_NUM}( \d\d| o ?clock| oclock| thirty| fifteen| forty five| fortyfive| forty)?"
    r" ?(am|pm|in the morning|in the afternoon|in the evening)\b"
    rf"|\bat {_NUM}( \d\d| thirty| fifteen| forty five| oclock)?\b"
    r"(?! (point|time|times|of|location|locations|store|stores|place|more|less|least|once))"
    r"|\b(noon|midday|lunchtime)\b"
    rf"|\b{_NUM} (\d\d|thirty|fifteen|forty five)\b"
)
_DATE_RE = re.compile(
    rf"\b{_DAY}\b(?! (week|month))|\bthe {_ORD}\b|\b{_MONTH} {_ORD}\b|\b{_MONTH} \d{{1,2}}\b"
    rf"|\b{_ORD} of {_MONTH}\b"
)

_AGREE_RE = re.compile(
    r"\b(works|work for me|that works|sounds good|sounds great|sounds perfect|perfect|great"
    r"|sure|yes|yeah|yep|yup|ok|okay|alright|fine|lets do|lets go with|book (me|it|that|us)"
    r"|schedule (me|it|that|us)|put me down|pencil me|sign me up|see you|ill be there"
    r"|i can do|i can make|we can do|count me in|go ahead|confirm|absolutely|definitely"
    r"|of course|im free|i am free|that time is good|good for me|(could|would|can|should) work"
    r"|pencil (me|us|it) in|please do|do it|go for it|lock it in|reserve it"
    r"|put it on the calendar)\b"
)
_CALLBACK_RE = re.compile(r"\b(call|ring|phone) (me|us) (back )?")

_PROPOSE_RE = re.compile(
    r"\b(how about|what about|can we do|could we do|lets say|lets make it|i could do|we could do"
    r"|i can come|ill come|i will come|im available|i am available|put me|come (in|by|over)"
    r"|works for me|works better|would work|can you do)\b"
)
_QUESTION_RE = re.compile(
    r"(what|whats|when|where|wheres|which|who|whos|why|how|hows|are you|do you|does|do i"
    r"|is (it|that|this|there)"
    r"|hours)\b"
    r"|.*\b(hours|open|closed|located)\b"
)
_TIME_REFUSAL_RE = re.compile(
    rf"\b(cant|cannot|can not|not|busy|no|dont|wont|isnt|doesnt) (do |make |work |be there )?"
    rf"(on |at |until |till )?(the )?({_DAY}|{_NUM}|noon)\b"
    r"|\b(not|wont be) available\b|\bout of town\b"
)

_CANCEL_RE = re.compile(
    r"\b(cancel (that|it|the|my)|scratch that|never ?mind|forget (it|that|the appointment)"
    r"|actually (i|we) (cant|cannot|wont) (make|do)|(i|we) (cant|cannot|wont) make it"
    r"|dont book|do not book|take me off the (calendar|schedule)|hold off on (that|booking)"
    r"|un ?book|lets not (do|book)|on second thought)\b"
)

_NOT_INTERESTED_RE = re.compile(
    r"\b(not interested|no interest|no thanks|no thank you|nah thanks|were all set|im all set"
    r"|all set|were good|im good thanks|we are good|take (me|us|my number) off|remove (me|us|my)"
    r"|(dont|do not|stop|quit) (ever )?call(ing)?( me| us| here| this number)?( again)?"
    r"|never call|lose (my|this) number|not (looking|buying|in the market|a good fit|for (me|us))"
    r"|no need|dont need (it|this|that|any)|do not need|we already have|i already have"
    r"|already (got|use|using|have|signed)|happy with (our|my|what)|not at (that|this) price"
    r"|(way )?too expensive|cant afford|leave (me|us) alone|go away|get lost|piss off"
    r"|f[a-z]* off|scam|not right now no|pass on (this|that|it)|ill pass|well pass|i pass"
    r"|not gonna happen|no way|dont want (it|this|that|any|to)|do not want|not doing (it|that)"
    r"|wasting my time|(not|never) going to (buy|sign|switch)|put me on (your|the) do not call"
    r"|do not call list|dnc list|no no no|absolutely not|definitely not|thanks but no"
    r"|(not|wont|will not|im not|not gonna|not going to) pay(ing)? (that|for (that|it|this))"
    r"|(well|we will|ill|i will|lets|i think ill|i think well) (skip|sit out|pass on)"
    r" (it|this|that)"
    r"|not (at|for) this time|no were (fine|okay|ok|good)|no im (fine|okay|ok|good)"
    r"|not something (i|we) need|(ill|well|i will|we will) (hold|stick) with"
    r"|^(no|nope|nah)( thanks| thank you)?( have a (good|nice|great) (day|one|evening)| bye"
    r"| goodbye))\b"
)

_INTERESTED_RE = re.compile(
    r"\b(how much|what (does|would) it cost|whats the (price|cost|rate)|price|pricing|cost|rates?"
    r"|quote|send (me|us|over|it|that|the)|email (me|us|it|that)|text (me|us|it|that)"
    r"|brochure|more info(rmation)?|tell me more|more details|learn more|hear more"
    r"|sounds (interesting|good|great)|interested|interesting|id like to|i would like to"
    r"|(im|i am|we are|were) (curious|open|considering|thinking about)"
    r"|talk (to|with) my (wife|husband|partner|boss|team|manager|spouse|business partner)"
    r"|check with my|run it by|discuss (it|this) with|think about it|mull it over"
    r"|what (are|is) the (options|plans|details|terms|requirements|next steps)"
    r"|how does (it|that|this) work"
    r"|do you (offer|have|give) (a |any )?(discount|deal|financing|payment plan|trial|warranty"
    r"|guarantee|promo)|can you (send|explain)"
    r"|whats included|what do you offer|keep me (posted|in mind)|reach out (again|later)"
    r"|follow up|maybe (later|next)|possibly|could be (good|useful)|worth (a look|looking)"
    r"|get (me )?a quote|free (estimate|consultation|trial)|sign up|want to (know|see|hear)"
    r"|(call|ring|try|reach) (me|us) (back )?(next|in|later|after|another|some|around|again)"
    r"|(ill|i will|we will|well) (call|get back to|reach out to|contact) you"
    r"|(i|we) (do )?want (it|this|that|one|to (do|try|go ahead))|(im|were) in$"
    r"|what (does|do|would) (it|that|this|the \w+) (include|cover|involve)"
    r"|prices?|maybe (in|next|after|around) "
    r"|(in|next|this) (the )?(spring|summer|fall|autumn|winter)"
    r"|call (me|us) back then)\b"
)

# Phrases that look like agreement but carry no stance on the offer.
_NOT_NOW_RE = re.compile(
    r"\b(im driving|i am driving|cant talk|can not talk|bad time|busy right now|in a meeting"
    r"|wrong number|who is this|whos this|who are you|what is this about|whats this about)\b"
)


@dataclass(frozen=True)
class Stance:
    """One clear position the person took, where it was said."""

    kind: str
    message_index: int
    pos: int
    quote: str


def is_question(text: str) -> bool:
    """True when normalised text opens like a wh-/yes-no question about logistics."""
    return bool(_QUESTION_RE.match(text))


def _time_spans(text: str) -> list[tuple[int, int]]:
    """Where normalised text names a day or a time."""
    return [m.span() for rx in (_DATE_RE, _TIME_RE) for m in rx.finditer(text)]


def has_concrete_time(text: str) -> bool:
    """True when normalised text names a specific day and/or time."""
    return bool(_TIME_RE.search(text) or _DATE_RE.search(text))


def _last_match(rx: re.Pattern[str], text: str) -> int:
    pos = -1
    for m in rx.finditer(text):
        pos = m.start()
    return pos


# Opening hours are stated, not offered, and small talk offers nothing: "okay, thanks" to
# "we're open monday to friday" or "I'm alright" to "how are you today?" books nothing.
_SMALL_TALK_RE = re.compile(r"\b(how are you|hows your|how is your|how have you been)\b")
_HOURS_RE = re.compile(r"\b(open|opens|closed|closes|hours)\b")


_CLOSING_WORDS = _words(
    """bye goodbye byebye thanks thank you take care have a good nice great day night evening
    one weekend later see ya cheers all right alright ok okay now then cya talk soon too same"""
)


def is_closing(text: str) -> bool:
    """True for a turn that only says goodbye ("Goodbye.", "thanks, you too, bye")."""
    words = normalize(text).split()
    return bool(words) and all(w in _CLOSING_WORDS for w in words)


def is_small_talk(text: str) -> bool:
    """True for pleasantries ("how are you doing today?") that no answer takes a stance on."""
    return bool(_SMALL_TALK_RE.search(normalize(text)))


def _booking_pos(text: str, prev_agent: str) -> int:
    """Position of a booking commitment in a person's turn, -1 if none."""
    agree = _last_match(_AGREE_RE, text)
    own_time = has_concrete_time(text)
    if own_time:
        tpos = max(_last_match(_TIME_RE, text), _last_match(_DATE_RE, text))
        # A time the person names is a commitment when agreed to, a callback request, or a
        # short turn that is mostly the time itself ("thursday at two then").
        refused = _TIME_REFUSAL_RE.search(text)
        rest = text
        for a, b in sorted(_time_spans(text), reverse=True):
            rest = rest[:a] + " " + rest[b:]
        # "mom passed on sunday" names a day but is not about meeting.
        news = re.search(r"\b(passed|died|was|were|had|did|got|went|came|moved|left)\b", rest)
        short = len(rest.split()) <= 3 and not news and not _QUESTION_RE.match(text)
        if not refused and (
            agree >= 0 or _CALLBACK_RE.search(text) or _PROPOSE_RE.search(text) or short
        ):
            return max(agree, tpos)
    agent_time = (
        has_concrete_time(prev_agent)
        and _HOURS_RE.search(prev_agent) is None
        and _SMALL_TALK_RE.search(prev_agent) is None
    )
    if agent_time and agree >= 0:
        # Agreement to the agent's concrete proposal counts, but not a plain "ok" to a question
        # like "does Tuesday at 3 work or would you rather not?" followed by a refusal.
        return agree
    return -1


_DANGLING = _words("the a an whether and but if of our my your or")


def cut_off(msgs: Sequence[TranscriptMessage], idx: int) -> bool:
    """True when the call ends mid-sentence in this turn ("what I'd want to know is whether
    you—"): the line dropped before the person finished, so the turn decides nothing."""
    if idx != len(msgs) - 1:
        return False
    raw = msgs[idx].content.rstrip()
    words = normalize(raw).split()
    return raw.endswith(("\u2014", "\u2013", "-")) or bool(words and words[-1] in _DANGLING)


def stances(msgs: Sequence[TranscriptMessage], turns: Sequence[int]) -> list[Stance]:
    """Every clear stance in the person's turns, in order of speaking."""
    out: list[Stance] = []
    for i in turns:
        if cut_off(msgs, i):
            continue
        raw = msgs[i].content
        text = normalize(raw)
        prev_agent = ""
        for j in range(i - 1, -1, -1):
            if is_agent(msgs[j]):
                prev_agent = normalize(msgs[j].content)
                break
            if is_person(msgs[j]):
                break
        found: list[tuple[int, str]] = []
        ni = _last_match(_NOT_INTERESTED_RE, text)
        ii = _last_match(_INTERESTED_RE, text)
        # "not interested" contains "interested"; only count a later, separate positive cue.
        if ii >= 0 and ni >= 0 and ii <= ni + len("not interested"):
            ii = -1
        bi = _booking_pos(text, prev_agent)
        ci = _last_match(_CANCEL_RE, text)
        if bi >= 0 and ni > bi:
            bi = -1  # "tuesday at 3? no thanks" — the refusal came last
        if bi >= 0 and ci > bi:
            bi = -1
        if bi >= 0 and ii <= bi:
            ii = -1  # "sounds good" answering a proposed time is the booking itself
        for pos, kind in ((bi, BOOKED), (ni, NOT_INTERESTED), (ii, INTERESTED), (ci, CANCELLED)):
            if pos >= 0:
                found.append((pos, kind))
        found.sort()
        for pos, kind in found:
            out.append(Stance(kind, i, pos, quote(raw)))
    return out


def decide_stance(found: Sequence[Stance]) -> Stance | None:
    """The person's last clear stance, after dropping bookings they cancelled."""
    live: list[Stance] = []
    for s in found:
        if s.kind == CANCELLED:
            # A cancellation withdraws the earlier booking; what is said after it decides.
            live = [x for x in live if x.kind != BOOKED]
            continue
        live.append(s)
    if not live:
        return None
    return live[-1]


# ---------------------------------------------------------------------------
# Custom outcomes by keyword overlap
# ---------------------------------------------------------------------------

_STOP = _words(
    """a an the and or but of to in on at for with from by as is are was were be been being it its
    this that these those they them their he she his her him we us our you your i me my who whom
    which what when where why how not no yes do does did done has have had having will would can
    could should may might must shall call calls called caller calling person customer contact
    agent lead prospect said says say tells told wants want asks asked mentions mentioned about
    into out up down over any some all more most other such only own same so than too very just
    also if then there here get gets got make makes made one someone something during after before
    user they them outcome label specific clearly again still"""
)


def stem(word: str) -> str:
    """Crude suffix stripper so 'renewals' meets 'renewal' and 'booked' meets 'book'."""
    for suf in ("ment", "ing", "ed", "es", "s", "ly", "er"):
        if len(word) > len(suf) + 3 and word.endswith(suf):
            word = word[: -len(suf)]
            break
    # A 6-letter prefix is enough to join most inflections ("insurance"/"insured").
    return word[:6]


def keywords(text: str) -> set[str]:
    """Stemmed content words of a label or description."""
    return {stem(w) for w in normalize(text).split() if w not in _STOP and len(w) > 2}


@dataclass(frozen=True)
class CustomMatch:
    """A custom outcome that the call matches, with its support."""

    option: OutcomeOption
    score: float
    message_index: int
    quote: str


def match_custom(
    msgs: Sequence[TranscriptMessage], turns: Sequence[int], options: Sequence[OutcomeOption]
) -> CustomMatch | None:
    """Best custom outcome whose label/description/examples clearly overlap the person's words."""
    best: CustomMatch | None = None
    turn_words = {i: {stem(w) for w in normalize(msgs[i].content).split()} for i in turns}
    all_words: set[str] = set().union(*turn_words.values()) if turn_words else set()
    for opt in options:
        if opt.is_builtin:
            continue
        kw = keywords(opt.label) | keywords(opt.description or "")
        hits = kw & all_words
        score = 0.0
        idx = -1
        if len(hits) >= 2:
            score = len(hits) / max(len(kw), 1) + 0.1 * len(hits)
            idx = max(i for i in turns if turn_words[i] & hits)
        label_phrase = normalize(opt.label)
        for i in turns:
            if label_phrase and f" {label_phrase} " in f" {normalize(msgs[i].content)} ":
                score = max(score, 1.0)
                idx = i
        for ex in opt.examples:
            ekw = keywords(ex)
            if not ekw:
                continue
            for i in turns:
                ov = len(ekw & turn_words[i]) / len(ekw)
                if ov >= 0.6 and ov + 0.2 > score:
                    score, idx = ov + 0.2, i
        if idx < 0 or score <= 0:
            continue
        cand = CustomMatch(opt, score, idx, quote(msgs[idx].content))
        if best is None or _more_specific(cand, best):
            best = cand
    return best


def _more_specific(a: CustomMatch, b: CustomMatch) -> bool:
    """Prefer the sub-case: the outcome whose own words include the other's label words."""
    a_kw = keywords(a.option.label) | keywords(a.option.description or "")
    b_label = keywords(b.option.label)
    b_kw = b_label | keywords(b.option.description or "")
    a_label = keywords(a.option.label)
    if b_label and b_label <= a_kw and not a_label <= b_kw:
        return True
    if a_label and a_label <= b_kw and not b_label <= a_kw:
        return False
    return a.score > b.score


# ---------------------------------------------------------------------------
# Label-set helpers and the pre-checks shared with other backends
# ---------------------------------------------------------------------------


def builtin_label(labels: LabelSet, key: str) -> str | None:
    """Label of an active built-in by API key, or None when the workspace lacks it."""
    for opt in labels.options:
        if opt.builtin_key == key:
            return opt.label
    return None


def person_phrase(call: CallInput) -> str:
    """How summaries refer to the person, by call direction."""
    return "The caller" if (call.direction or "").lower() == "inbound" else "The person"


def _duration(call: CallInput) -> str:
    if call.duration_seconds is None:
        return ""
    return f" after {round(call.duration_seconds)} seconds"


def _result(
    outcome: str | None,
    summary: str,
    confidence: float,
    evidence: Sequence[Evidence] = (),
    backend: str = BACKEND,
) -> Classification:
    return Classification(
        outcome=outcome,
        summary=summary,
        confidence=confidence,
        backend=backend,
        evidence=tuple(evidence),
    )


def precheck(call: CallInput, labels: LabelSet, backend: str = BACKEND) -> Classification | None:
    """Precedence rules 1-2: telephony facts, recorded messages, no substance."""
    msgs = call.messages
    reason = (call.end_reason or "").strip().lower()
    reason = _END_REASON_ALIASES.get(reason, reason)
    not_connected = builtin_label(labels, "no_answer")
    voicemail = builtin_label(labels, "voicemail")
    if reason in NO_ANSWER_END_REASONS:
        what = {"no_answer": "nobody answered", "busy": "the line was busy"}.get(
            reason, "the call failed to connect"
        )
        return _result(
            not_connected,
            f"Telephony reported '{reason}': {what}, so no conversation happened.",
            0.99,
            backend=backend,
        )
    if call.voicemail_detected:
        return _result(
            voicemail,
            "Telephony detected a voicemail box or answering machine.",
            0.99,
            backend=backend,
        )
    vm = voicemail_turn(msgs)
    if vm is None:
        vm = greeting_monologue(call)
    if vm is not None:
        return _result(
            voicemail,
            f'The call reached a voicemail greeting ("{quote(msgs[vm].content)}").',
            0.95,
            [Evidence(vm, quote(msgs[vm].content))],
            backend=backend,
        )
    turns = substantive_turns(msgs)
    if not turns:
        un = unreachable_turn(msgs)
        if un is not None:
            q = quote(msgs[un].content)
            return _result(
                not_connected,
                f'A recorded carrier message said the call could not go through ("{q}").',
                0.95,
                [Evidence(un, q)],
                backend=backend,
            )
        spoken = [i for i, m in enumerate(msgs) if is_person(m) and normalize(m.content)]
        if any(is_screening(msgs[i].content) for i in spoken):
            i = next(i for i in spoken if is_screening(msgs[i].content))
            q = quote(msgs[i].content)
            return _result(
                not_connected,
                f'A call-screening robot answered and never put a person on ("{q}").',
                0.93,
                [Evidence(i, q)],
                backend=backend,
            )
        if not spoken:
            summary = f"Nobody on the line said anything; the call ended{_duration(call)}."
            return _result(not_connected, summary, 0.95, backend=backend)
        if any(is_aside(msgs[i].content) for i in spoken):
            i = next(i for i in spoken if is_aside(msgs[i].content))
            q = quote(msgs[i].content)
            summary = (
                f'The line was answered but the person only spoke to someone else ("{q}") '
                f"and never joined the conversation."
            )
            return _result(not_connected, summary, 0.85, [Evidence(i, q)], backend=backend)
        i = spoken[-1]
        q = quote(msgs[i].content)
        summary = (
            f'The line was answered but the person only said "{q}" '
            f"before the call ended{_duration(call)}."
        )
        return _result(not_connected, summary, 0.9, [Evidence(i, q)], backend=backend)
    return None


def booking_time(msgs: Sequence[TranscriptMessage], idx: int) -> str | None:
    """The day/time the person agreed to: from their turn, else the agent's proposal before it."""
    cands = [idx]
    for j in range(idx - 1, max(-1, idx - 4), -1):
        if is_agent(msgs[j]):
            cands.append(j)
            break
    for j in cands:
        t = normalize(msgs[j].content)
        spans = _time_spans(t)
        if spans:
            lo = min(a for a, _ in spans)
            hi = max(b for _, b in spans)
            if hi - lo <= 40:
                return t[lo:hi]
            return t[spans[-1][0] : spans[-1][1]]
    return None


def stance_summary(call: CallInput, stance: Stance, msgs: Sequence[TranscriptMessage] = ()) -> str:
    """One grounded sentence naming the deciding moment."""
    who = person_phrase(call)
    q = stance.quote
    if stance.kind == BOOKED:
        when = booking_time(msgs, stance.message_index) if msgs else None
        if when and when not in normalize(q):
            return f"{who} agreed to the proposed time ({when}): {said(q)}"
        return f"{who} agreed to a specific time: {said(q)}"
    if stance.kind == NOT_INTERESTED:
        return f"{who} declined: {said(q)}"
    return f"{who} showed interest without committing to a time: {said(q)}"


def null_summary(call: CallInput, msgs: Sequence[TranscriptMessage], turns: Sequence[int]) -> str:
    """Why no outcome fits, grounded in what the person said."""
    who = person_phrase(call)
    if not turns:
        return f"{who} took no stance, so no outcome fits."
    if (call.direction or "").lower() == "inbound":
        # An inbound caller's first words are usually the reason for the call.
        q = quote(msgs[turns[0]].content)
        return f'{who} called about something no outcome covers ("{q}").'
    q = quote(msgs[turns[-1]].content)
    if len(turns) <= 2:
        return f'{who} spoke only briefly ("{q}") and took no stance, so no outcome fits.'
    return (
        f"{who} talked with the agent but took no clear stance on any outcome; last said {said(q)}"
    )


class RulesClassifier:
    """Deterministic, dependency-free classifier built from the guideline precedence."""

    name = BACKEND

    def classify(self, call: CallInput, labels: LabelSet) -> Classification:
        """Classify one finished call against a workspace's label set."""
        pre = precheck(call, labels)
        if pre is not None:
            return pre
        msgs = call.messages
        turns = substantive_turns(msgs)
        custom = match_custom(msgs, turns, labels.options)
        if custom is not None:
            return _result(
                custom.option.label,
                f'{person_phrase(call)} said "{custom.quote}", which matches '
                f'"{custom.option.label}".',
                min(0.9, 0.5 + custom.score / 2),
                [Evidence(custom.message_index, custom.quote)],
            )
        st = decide_stance(stances(msgs, turns))
        if st is not None:
            label = builtin_label(labels, st.kind)
            if label is not None:
                return _result(
                    label,
                    stance_summary(call, st, msgs),
                    0.75,
                    [Evidence(st.message_index, st.quote)],
                )
        return _result(None, null_summary(call, msgs, turns), 0.5)
