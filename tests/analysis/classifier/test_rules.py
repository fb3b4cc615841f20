"""Settled cases of the outcome guidelines, checked against the rules backend."""

from __future__ import annotations

import pytest

from dispo.analysis.classifier import get_classifier
from dispo.analysis.classifier.base import CallInput, OutcomeOption

from .helpers import A, U, call, labels

CASES: list[tuple[str, CallInput, str | None]] = [
    ("no answer, no messages", call(end_reason="no_answer"), "Not Connected"),
    ("busy", call((U, "hello"), end_reason="busy"), "Not Connected"),
    ("vm flag beats transcript", call((U, "hello... hello"), voicemail_detected=True), "Voicemail"),
    (
        "vm greeting",
        call((U, "Hi you've reached Sam, leave a message after the tone"), (A, "Hi Sam, ...")),
        "Voicemail",
    ),
    (
        "vm greeting with asr fillers",
        call(
            (U, "hey its dana i cant get to the phone leave a you know message after the uh"),
            (A, "Hi Dana, it's Amy from BrightSmile, please call us back."),
        ),
        "Voicemail",
    ),
    (
        "unanswered greeting of unknown wording",
        call(
            (U, "Dana here, out on the boat all week, you know what to do"),
            (A, "Hi Dana, it's Amy from BrightSmile, please call us back at 555 0100."),
        ),
        "Voicemail",
    ),
    (
        "live answer followed by silence is not a greeting",
        call(
            (U, "Yes hello, I have a question about the bill you sent, can you hear me"),
            (A, "Hi, it's Amy from BrightSmile, are you there?"),
            direction="inbound",
        ),
        None,
    ),
    ("mailbox full", call((U, "The mailbox is full and cannot accept messages")), "Voicemail"),
    (
        "long mailbox-full message",
        call((U, "The mailbox of the person you are trying to reach is full. Goodbye.")),
        "Voicemail",
    ),
    (
        "phone menu",
        call((U, "Thank you for calling Hartley. For sales, press one. For billing, press two.")),
        "Not Connected",
    ),
    ("hold message", call((A, "Hi, it's Amy."), (U, "Thank you. Please hold.")), "Not Connected"),
    ("a bare tone", call((U, "[beep]"), (A, "Hi Tom, it's Amy, call us back.")), "Voicemail"),
    (
        "greeting that asks for a text",
        call(
            (U, "It's Heather, I don't check voicemail much, so text me instead."),
            (A, "Hi Heather, it's Amy, call us back."),
        ),
        "Voicemail",
    ),
    (
        "robot: they're not able to take your call",
        call((A, "Hi, it's Amy."), (U, "Sorry, they're not able to take your call right now.")),
        "Not Connected",
    ),
    (
        "robot: this person can't take your call",
        call((A, "Hi, it's Amy."), (U, "Sorry, this person can't take your call. Goodbye.")),
        "Not Connected",
    ),
    (
        "anybody there",
        call((A, "Hi, it's Amy."), (U, "Hello? Anybody there? ... Hello?")),
        "Not Connected",
    ),
    (
        "named aside through a filler",
        call((A, "Hi, is Linda there?"), (U, "hello jake get like off the counter no i said")),
        "Not Connected",
    ),
    (
        "asking the agent to repeat is not an aside",
        call((A, "Hi, it's Amy."), (U, "Hang on, what did you say your name was?")),
        None,
    ),
    (
        "bad line only",
        call((A, "Hi, it's Amy."), (U, "Yeah hello? Can't hear you. Hello?")),
        "Not Connected",
    ),
    (
        "turning to someone by name",
        call(
            (A, "Hi, it's Amy."), (U, "Hello? Wait, Jimmy, grab the other bag. No, the blue one.")
        ),
        "Not Connected",
    ),
    ("news about family is not an aside", call((A, "Hi!"), (U, "Mom passed on Sunday.")), None),
    (
        "aside then okay to someone else",
        call(
            (A, "Hi, am I speaking with Hannah?"),
            (U, "Hello? Hang on. ... Babe, where did you put the car keys?"),
            (U, "Okay, found them, come on!"),
        ),
        "Not Connected",
    ),
    (
        "wrong number",
        call(
            (A, "Hi, is this Omar?"), (U, "Nobody by that name here. You must have an old number.")
        ),
        None,
    ),
    (
        "screening hold with a filler",
        call((A, "Hi, it's Amy from BrightSmile."), (U, "so thanks stay like on the line please")),
        "Not Connected",
    ),
    (
        "line drops mid-sentence",
        call(
            (A, "Want to hear the plans?"), (U, "Okay, so, what I'd want to know is whether you-")
        ),
        None,
    ),
    (
        "small talk books nothing",
        call((A, "Hi Dan, how are you doing today?"), (U, "I'm alright, thanks.")),
        None,
    ),
    (
        "okay to opening hours books nothing",
        call((A, "We're open Monday through Friday, 8 to 5."), (U, "Okay, thanks.")),
        None,
    ),
    (
        "after-hours recording",
        call((U, "Our office is currently closed. Please leave a message and we'll call back.")),
        "Voicemail",
    ),
    ("not in service", call((U, "The number you have dialed is not in service.")), "Not Connected"),
    (
        "cannot be completed",
        call((U, "Your call cannot be completed as dialled. Please check the number.")),
        "Not Connected",
    ),
    (
        "unknown numbers",
        call((U, "The person you are calling does not accept calls from unknown numbers.")),
        "Not Connected",
    ),
    (
        "screening robot",
        call(
            (U, "Hi, the person you're calling is using a screening service. State your name."),
            (A, "This is Amy from BrightSmile dental."),
        ),
        "Not Connected",
    ),
    ("greeting only", call((A, "Hi, it's Amy."), (U, "hello?")), "Not Connected"),
    (
        "talks to someone else",
        call((A, "Hi there, it's Amy."), (U, "Honey, can you turn that down? Hold on.")),
        "Not Connected",
    ),
    ("driving", call((A, "Hi, it's Amy."), (U, "I'm driving, can't talk.")), None),
    ("who is this", call((A, "Hi!"), (U, "Who is this?"), (A, "Amy."), (U, "Okay.")), None),
    (
        "inbound password reset",
        call((U, "Hi, I need to reset my password for the portal."), direction="inbound"),
        None,
    ),
    (
        "last stance books",
        call((A, "Would you like a demo?"), (U, "No thanks... well actually, Tuesday at 3 works.")),
        "Appointment Booked",
    ),
    (
        "agrees to agent slot",
        call((A, "Can I book you for Thursday at 2pm?"), (U, "Yes, that works.")),
        "Appointment Booked",
    ),
    (
        "callback at concrete time",
        call((U, "Call me back tomorrow at 4:30."), (A, "Sure, I'll call you tomorrow at 4:30.")),
        "Appointment Booked",
    ),
    (
        "tentative",
        call((A, "Shall I book a visit?"), (U, "Pencil me in for Friday at 3, I'll confirm.")),
        "Appointment Booked",
    ),
    ("call next month", call((A, "Hi!"), (U, "Call me next month, please.")), "Interested"),
    ("call in march", call((A, "Hi!"), (U, "Try me again in March.")), "Interested"),
    (
        "cancelled then wants it",
        call(
            (U, "Sure, book me Friday at 10."),
            (A, "Done, Friday at 10."),
            (U, "Actually cancel that. I do want it though, I'll call you."),
        ),
        "Interested",
    ),
    (
        "cancelled on price",
        call(
            (U, "Okay, Friday at 10 works."),
            (A, "Great, it's $300."),
            (U, "Oh, then cancel it. Not at that price."),
        ),
        "Not Interested",
    ),
    ("dnc", call((A, "Hi!"), (U, "Take me off your list and don't call again.")), "Not Interested"),
    ("price question", call((A, "Hi!"), (U, "How much does it cost per month?")), "Interested"),
    (
        "one question and the call ends",
        call((A, "You asked about tutoring for your son."), (U, "What subjects do you cover?")),
        None,
    ),
    (
        "asking to repeat is no interest",
        call((A, "Hi, it's Amy."), (U, "Sorry, say that again?"), (A, "Amy."), (U, "Oh, right.")),
        None,
    ),
    (
        "asr booking",
        call((A, "would tuesday at ten work"), (U, "uh yeah yeah tuesday at ten is fine")),
        "Appointment Booked",
    ),
]


@pytest.mark.parametrize(("name", "c", "gold"), CASES, ids=[c[0] for c in CASES])
def test_settled_cases(name: str, c: CallInput, gold: str | None) -> None:
    res = get_classifier("rules").classify(c, labels())
    assert res.outcome == gold, res.summary
    assert res.summary
    assert res.backend == "rules"


def test_custom_beats_builtin() -> None:
    hot = OutcomeOption("Wrong Number", "The person says we reached the wrong number.")
    res = get_classifier("rules").classify(
        call((A, "Hi, is this John?"), (U, "No, you have the wrong number.")), labels(hot)
    )
    assert res.outcome == "Wrong Number"
    assert res.evidence and res.evidence[0].message_index == 1


def test_summary_quotes_person_not_agent() -> None:
    c = call(
        (A, "Would Thursday at 2pm suit you for the demo?"), (U, "Yes, Thursday at 2pm works.")
    )
    res = get_classifier("rules").classify(c, labels())
    assert res.outcome == "Appointment Booked"
    assert "Thursday at 2pm works" in res.summary
    assert "suit you" not in res.summary
    assert [e.message_index for e in res.evidence] == [1]


def test_missing_builtin_never_returned() -> None:
    from dispo.analysis.classifier.base import LabelSet

    ls = LabelSet("ws", 1, [OutcomeOption("Hot Lead", "Wants to buy now.")])
    res = get_classifier("rules").classify(call(end_reason="busy"), ls)
    assert res.outcome is None
