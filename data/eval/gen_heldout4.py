"""Held-out evaluation set 4 for the call-outcome classifier (~280 synthetic calls).

Five industries that no other set uses, each with its own custom outcomes (label + description
only, never examples):

* energy_switching            - electricity/gas supplier switching (UK-style)
* hotel_event_sales           - hotel group, weddings, conferences and corporate events
* clinical_trial_recruitment  - recruiting volunteers for clinical studies
* campaign_volunteer_outreach - a state-senate campaign recruiting volunteers
* freight_logistics           - B2B freight brokerage / 3PL sales to shippers

Per industry (56 calls): Interested 8, Not Interested 8, Appointment Booked 8, Voicemail 5,
Not Connected 7, null 7, custom outcomes 13. Built-in calls include near-misses of the custom
outcomes (topic mentioned, description not met). Gold labels follow
/work/shared/spec/outcome-guidelines.md (precedence: telephony > voicemail / no person >
matching custom outcome > last clear stance > null). About 40% of calls are rendered in raw
speech-recognition style with `_common.asr`.

The set is meant for error analysis: the `tag` says what kind of case each call is
(e.g. "custom_indirect/asr", "near_custom/typed", "flipflop/typed", "null_driving/asr").

Run (deterministic, fixed seed):

    /work/main/.venv/bin/python data/eval/gen_heldout4.py

writes data/eval/heldout4.jsonl next to this script.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import asr, record, write  # noqa: E402

SEED = 4_2024_04
OUT = Path(__file__).resolve().parent / "heldout4.jsonl"
PREFIX = "heldout4"

INT, NI, APPT = "Interested", "Not Interested", "Appointment Booked"
VM, NC = "Voicemail", "Not Connected"
BUILTINS = {INT, NI, APPT, VM, NC}

# Per-industry quota (56 calls each; the custom share is spread over that industry's labels).
QUOTA = {INT: 8, NI: 8, APPT: 8, VM: 5, NC: 7, None: 7, "custom": 13}
ASR_SHARE = 0.43  # of calls with a transcript; ~40% of all calls

# --------------------------------------------------------------------------------------------
# Shared phrase pools (industry-neutral)
# --------------------------------------------------------------------------------------------

PEOPLE = [
    "Karen", "Dev", "Sandra", "Tom", "Aisha", "Gareth", "Lucy", "Mohammed", "Brenda", "Liam",
    "Joanne", "Raj", "Patricia", "Owen", "Fiona", "Marcus", "Yolanda", "Stuart", "Nadia", "Carl",
    "Helen", "Tunde", "Megan", "Victor", "Rosa", "Phil", "Imogen", "Darren", "Wei", "Maureen",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "tomorrow", "Saturday"]
TIMES = ["9am", "9:30am", "10am", "10:30am", "11am", "11:30am", "1pm", "2pm", "2:30pm", "3pm",
         "4pm", "4:15pm", "5:30pm"]
DATES = ["the 14th", "the 9th", "the 21st", "the 3rd", "the 28th", "the 17th", "the 6th"]

GREETS = [
    "Hello?", "Yeah, speaking.", "This is {name}.", "Oh — hi.", "Yes?",
    "Mm-hm, that's me.", "Hello, yes, speaking.", "Yeah hi, sorry, it's a bit noisy here. Go ahead.",
    "Yep, that's me.", "Speaking. What's it about?", "Hello, {name} here.", "Uh, yes, that's me.",
]
REACTS = [
    "Okay.", "Right...", "Uh-huh.", "Okay, and what's this about exactly?", "Sure, go on.",
    "Hm. Okay, I've got a minute.", "I mean — I guess. What is it?", "Okay, yeah.",
    "Go on then, you've got two minutes.", "Mm. Alright.", "Sorry, say that again? You cut out.",
    "Right, okay. I'm listening.",
]
SMALLTALK = [
    ("Sorry, hang on — the dog's going mad at the postman. Okay, go on.", "No problem at all, take your time."),
    ("You sound like you've got a cold, you alright?", "Ha, just the end of one — thanks for asking!"),
    ("Sorry, I'm just putting the kettle on. Carry on.", "No worries."),
    ("Is it raining where you are? It's chucking it down here.", "Bright sunshine here for once, believe it or not."),
    ("Hold on, let me just turn the telly down.", "Of course."),
    ("Sorry, I missed that — my kid was shouting. What did you say?", "No problem, I'll repeat it."),
    ("You're not a robot, are you? You sound very real.", "Very real, I promise — sat at my desk with a coffee."),
    ("Bear with me, I'm just walking into the other room.", "Sure, no rush."),
]
BYES = ["Okay, bye.", "Cheers, bye now.", "Thanks, bye.", "Alright. Take care.", "Bye-bye.", "Yep, bye."]

# Not Connected pools ------------------------------------------------------------------------
ROOM_TALK = [
    [("user", "Hello? — No, Jamie, I said the blue one! The BLUE one. — Hang on, who is— oh forget it."),],
    [("user", "Yeah? ... Mum, can you get that, it's someone on the — no, I'm not talking to them, I'm eating."),],
    [("user", "Hi — hold on. Dave! DAVE! The van's here for the sofa. Tell him round the back."),
     ("agent", "Hello? Is this a good time?"),
     ("user", "Yeah, round the back, by the bins. ... no, not you, him.")],
    [("user", "Hello? — Sorry, sorry, I'm coming, put it on the table. Kids, shoes off, now!")],
]
CARRIER = {
    "not_in_service": "The number you have dialled is not in service. Please check the number and try again.",
    "cannot_complete": "We're sorry, your call cannot be completed as dialled. Please check the number and dial again.",
    "unknown_numbers": "The person you are calling does not accept calls from unknown numbers. Goodbye.",
}
SCREENERS = [
    [("user", "Hi, the person you're calling is using a screening service from Google. Go ahead and say your name and why you're calling."),
     ("agent", "Hi, this is {agent} from {co}, calling for {name}."),
     ("user", "Thanks, stay on the line while I see if this person is available."),
     ("user", "Sorry, the person you're trying to reach is unavailable. Goodbye.")],
    [("user", "Please state your name after the tone, and I'll see if this person is available."),
     ("agent", "It's {agent} with {co}."),
     ("user", "Please hold... The person you are calling did not accept your call. Goodbye.")],
    [("user", "Thank you for calling. If you know your party's extension, dial it now. For the operator, press zero."),
     ("agent", "Operator, please."),
     ("user", "I'm sorry, I didn't get that. If you know your party's extension, dial it now. Goodbye.")],
]
HELLO_HANGUPS = [
    [("agent", "{intro}"), ("user", "Hello? ... Hello?")],
    [("agent", "{intro}"), ("user", "Hel—")],
    [("user", "Hello?"), ("agent", "{intro}"), ("user", "Who? ... Hello?")],
    [("agent", "{intro}"), ("user", "Yeah hello? Can't hear you. Hello?")],
]

# Voicemail pools ----------------------------------------------------------------------------
VM_PERSONAL = [
    "Hi, you've reached {name}. I can't get to the phone right now, so leave me a message and I'll call you back.",
    "Hey, it's {name}, sorry I missed you! Leave your name and number after the beep.",
    "This is {name}'s phone. I'm probably out walking the dog — leave a message.",
]
VM_FULL = [
    "The mailbox of the person you are calling is full and cannot accept new messages at this time. Goodbye.",
    "Sorry, the voicemail box you have reached is full. Please try again later.",
]
VM_CARRIER = [
    "The person you are calling is not available. Please leave a message after the tone.",
    "Your call has been forwarded to an automatic voice message system. {phone} is not available. At the tone, please record your message.",
]


class _Slots(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, slots: dict[str, str]) -> str:
    return text.format_map(_Slots(slots))


# --------------------------------------------------------------------------------------------
# Industry content is appended below; INDUSTRIES collects the dicts in order.
# --------------------------------------------------------------------------------------------

INDUSTRIES: list[dict[str, Any]] = []


def E(gold: str | None, tag: str, turns: list[tuple[str, str]], **kw: Any) -> dict[str, Any]:
    """An ending block: `turns` start with the person's line. kw: dir ("out"/"in"), qa (max Q&A
    pairs before the block), react (person reacts to the pitch first), study (clinical)."""
    return {"gold": gold, "tag": tag, "turns": turns, **kw}


U = "user"
A = "agent"


# ============================================================================================
# 1. Electricity / gas supplier switching
# ============================================================================================

ENERGY = {
    "key": "energy_switching",
    "co": "Brightwatt Energy",
    "agents": ["Chloe", "Marcus", "Priya", "Ben"],
    "custom": [
        {"label": "Smart Meter Visit Booked",
         "description": "An engineer appointment to install a smart meter at the person's home was booked for a specific date or time slot."},
        {"label": "Locked Into Fixed Tariff",
         "description": "The person says they are on a fixed-term deal with their current supplier and would have to pay exit fees to leave now."},
        {"label": "Not Bill Payer", "description": "Not the account holder."},
    ],
    "intro": [
        "Hi, is that {name}? It's {agent} calling from Brightwatt Energy — have you got a quick minute?",
        "Hello, this is {agent} at Brightwatt Energy. Am I speaking with {name}?",
        "Good afternoon, {agent} here from Brightwatt, the gas and electricity supplier. Is this {name}?",
        "Hiya, {agent} from Brightwatt Energy. I'm after {name} — is that you?",
    ],
    "pitch": [
        "Lovely. I'm ringing because we've just opened a twelve-month fixed tariff in your postcode, and for a typical dual-fuel home it's coming in around a hundred and sixty pounds a year under the price cap.",
        "Great. Quick one: we're checking whether households near you are still on a standard variable tariff, because our fixed deal is currently cheaper than most of them.",
        "Thanks. So we're a renewable gas and electricity supplier, and we're helping people switch for free — no interruption to supply, we handle everything with your old supplier.",
        "Brilliant. I'm calling about your energy bills — we've got a dual-fuel fixed rate with no exit fees at the moment, and I wanted to see if it would save you anything.",
    ],
    "detail": [
        "So basically I'd just need a rough idea of your monthly direct debit and I can tell you if we'd be cheaper.",
        "Switching takes about three weeks, same pipes and cables, and your old supplier just sends a final bill.",
        "It's all one hundred percent renewable electricity too, if that matters to you.",
        "There's no cost to switch, and nobody needs to come to the house unless you want them to.",
    ],
    "qa": [
        ("How much is the standing charge on that?", "Fifty-three pence a day for electric and thirty-one for gas, just under the cap."),
        ("Is it actually fixed though, or can you put it up?", "It's fixed for twelve months — the unit rates and standing charges can't change in that time."),
        ("What happens if I want to leave early?", "On this one there are no exit fees, so you can leave whenever you like."),
        ("Will my power go off while you switch it?", "Not at all, it's the same supply — only the billing changes."),
        ("I'm on one of those key meters, does that matter?", "We do prepay too, and you can top up in the app instead of at the shop."),
        ("What would my monthly be, roughly?", "If you're paying about ninety a month now, I'd estimate seventy-eight to eighty with us."),
        ("You're not one of those that went bust a couple of years back?", "No, we've been trading since 2011 — and Ofgem's safety net protects your credit anyway."),
        ("Do you do the warm home discount?", "Yes, we're part of the scheme, so if you're eligible it carries on."),
        ("And is the gas green as well?", "The electricity is fully renewable; the gas we offset — it's not all biogas yet."),
        ("Do I need to give you meter readings?", "Just one on the switch date; we'll text you a reminder."),
        ("What's the unit rate for electric?", "Twenty-two point four pence per kilowatt hour on the fixed."),
    ],
    "in_greet": [
        "Thanks for calling Brightwatt Energy, you're through to {agent}. How can I help today?",
        "Brightwatt Energy, {agent} speaking. What can I do for you?",
    ],
    "vm_business": [
        "Hi, you've reached Greenacre Bakery. We're closed right now — leave your name and number and we'll ring you back.",
        "You've reached Hollis Lettings. Our office is open nine till five, Monday to Friday. Please leave a message after the tone.",
    ],
    "vm_msg": [
        "Hi {name}, it's {agent} from Brightwatt Energy. Just calling about a fixed tariff that could take a chunk off your bills — give us a ring back on 0800 112 4490. Thanks!",
        "Hello, this is {agent} at Brightwatt, calling for {name}. Nothing urgent, it's about your gas and electricity prices. I'll try you again later in the week.",
    ],
    "endings": [
        # ---- custom: Smart Meter Visit Booked -------------------------------------------------
        E("Smart Meter Visit Booked", "custom_indirect", [
            (U, "Oh, to be honest the thing that drives me mad is the meter. It's in a cupboard under the stairs and I can never read the numbers."),
            (A, "We can fit you a smart one for free, then it sends the readings itself. I've got engineers near you on {day}, either eight till twelve or twelve till four."),
            (U, "Mornings are better, before I go to work."),
            (A, "Done — {day}, the eight till twelve slot. The engineer texts you half an hour before."),
            (U, "Perfect, that's one less thing.")]),
        E("Smart Meter Visit Booked", "custom_close", [
            (U, "Can you book me in for a smart meter installation while you're at it? My neighbour's got one and she loves it."),
            (A, "Of course. What about {date} at {time}?"),
            (U, "Yeah, go on."),
            (A, "Booked: smart meter installation on {date} at {time}. Power's off for about half an hour while they fit it."),
            (U, "That's fine, I'll work from the café.")]),
        E("Smart Meter Visit Booked", "custom_indirect", [
            (U, "Honestly I just want to stop reading my own meter every month. Can your lot come and put the new kind in?"),
            (A, "Absolutely. I can get the installer out {day} at {time}."),
            (U, "{time}'s alright, I'm in all day."),
            (A, "Great, the installation is confirmed for {day} at {time}. You'll get an email with the details.")], qa=1),
        E("Smart Meter Visit Booked", "flipflop_custom", [
            (U, "I'm not switching, no. It's too much faff."),
            (A, "Totally understand. The one thing people do like is the free smart meter — no more estimated bills."),
            (U, "Hm. Estimated bills are the bane of my life, to be fair. If I did switch, when would someone fit it?"),
            (A, "I could have an engineer with you {day}, twelve till four."),
            (U, "...Go on then. Put me down for that."),
            (A, "Lovely — switch started, and the smart meter fitting is booked for {day}, twelve till four.")], react=False, qa=0),
        E("Smart Meter Visit Booked", "custom_indirect", [
            (U, "And these smart meters — could somebody put one in next week? Only I'm off work Thursday."),
            (A, "Thursday works, we have an afternoon slot, one till five."),
            (U, "Lovely, do that."),
            (A, "I've booked the engineer for Thursday, one till five, and you'll get a confirmation text."),
            (U, "Brill. Does he need access to the gas meter too? It's outside."),
            (A, "Yes, both meters, so just make sure the box outside isn't locked.")], qa=2),
        # ---- custom: Locked Into Fixed Tariff ------------------------------------------------
        E("Locked Into Fixed Tariff", "custom_indirect", [
            (U, "I'd love to, but I fixed with Northgrid last autumn, and if I leave now it's something like seventy-five quid per fuel."),
            (A, "Ah, the exit fees. When does your deal end?"),
            (U, "Not till next September."),
            (A, "No problem, I'll make a note and leave you be until then.")]),
        E("Locked Into Fixed Tariff", "custom_indirect", [
            (U, "We're tied in. Two-year deal, signed it when prices went mental."),
            (A, "Is there a fee to come out early?"),
            (U, "Yeah, a cancellation charge, I looked it up. About a hundred and fifty all in."),
            (A, "Fair enough, it wouldn't make sense to switch then.")], qa=1),
        E("Locked Into Fixed Tariff", "custom_indirect", [
            (U, "We sorted a fix with EnergiOne, we've got about eighteen months left on it, and they'd sting us for leaving."),
            (A, "Makes sense. Would you like us to get back in touch nearer the end?"),
            (U, "Maybe, yeah. Nearer the time.")]),
        E("Locked Into Fixed Tariff", "custom_close", [
            (U, "I'm on a fixed-term tariff till March and there are exit fees, so there's no point switching now, is there?"),
            (A, "No, you'd lose more than you'd save. I'll pop a reminder in for February."),
            (U, "Okay, ta.")], qa=1),
        # ---- custom: Not Bill Payer ----------------------------------------------------------
        E("Not Bill Payer", "custom_indirect", [
            (U, "Oh, I just rent the room, love. The landlord does all the gas and electric, it's in with the rent."),
            (A, "Ah okay, so the account's in the landlord's name?"),
            (U, "Yeah, I've never even seen a bill."),
            (A, "No worries at all, thanks for letting me know.")]),
        E("Not Bill Payer", "custom_indirect", [
            (U, "It's not in my name, it's my mum's account. She's at work till six."),
            (A, "Okay — is it best I speak to her directly?"),
            (U, "Yeah, I can't sign anything for her.")], react=False),
        E("Not Bill Payer", "custom_indirect", [
            (U, "I wouldn't be the one to ask. The flats are run by the housing association and they pick the supplier for the whole block."),
            (A, "Understood — so the energy bills don't come to you at all?"),
            (U, "Nope. It's all in the service charge, every month.")], qa=1),
        E("Not Bill Payer", "custom_close", [
            (U, "I'm not the account holder, sorry. That's my partner — his name's on everything."),
            (A, "No problem. Is there a good time to catch him?"),
            (U, "You'd have to try him yourself, I don't know his shifts.")]),
        # ---- near-misses of the custom outcomes (gold = built-in) ------------------------------
        E(APPT, "near_custom", [
            (U, "I'd want to go through it properly with someone. Not now though, I'm cooking."),
            (A, "Of course. Could one of our switching advisors call you back this evening?"),
            (U, "Half seven tonight?"),
            (A, "Half seven tonight, booked in — it'll come from this same number."),
            (U, "Okay.")]),
        E(INT, "near_custom", [
            (U, "I've already got a smart meter from my old supplier. Does it still work if I come to you?"),
            (A, "Most do — we'd just switch it over remotely."),
            (U, "Okay. Send me the tariff details by email and I'll compare it at the weekend."),
            (A, "Will do. What's the best email?"),
            (U, "It's {name}.h at gmail dot com.")]),
        E(INT, "booked_cancelled", [
            (U, "Yeah, alright, and I'll have one of those smart meters as well."),
            (A, "Great, I can do {day} morning for the engineer."),
            (U, "Yes, fine. Oh wait — no, I'm away {day}, and the week after. Take that off, I'll ring you when I'm back and sort a date."),
            (A, "No problem, I've removed the meter appointment. Just give us a call when you're home."),
            (U, "Will do, I do want it.")], qa=2),
        E(INT, "near_custom", [
            (U, "My fix ended in the summer. I think I'm on whatever their default thing is now."),
            (A, "Then you're probably on the standard variable, which tends to be the most expensive."),
            (U, "Yeah, that's what I was worried about. What would you do it for?"),
            (A, "For your usage, around eighty-one a month."),
            (U, "Let me have a think and talk it over with my wife. Can you text me the details?"),
            (A, "Of course, I'll send them over now.")]),
        E(NI, "near_custom", [
            (U, "We're with EnergiOne and honestly they've been fine. No fixed deal or anything, I just can't be bothered switching."),
            (A, "Even if it saved you about a hundred and sixty a year?"),
            (U, "Nah. I'm happy where I am, thanks.")]),
        E(NI, "near_custom", [
            (U, "I'm the landlord, actually — I pay the bills on all six of my flats and I've got a broker who does all this for me."),
            (A, "Ah, so you're already sorted through the broker."),
            (U, "Exactly, so no, I don't need you. Thanks.")], react=False),
        # ---- Interested ----------------------------------------------------------------------
        E(INT, "callback_vague", [
            (U, "It sounds alright, but it's a bad month — we've just had the car fixed. Could you try me again next month?"),
            (A, "Sure, I'll call back early next month."),
            (U, "Yeah, do that.")]),
        E(INT, "interested", [
            (U, "Hm, that's less than I pay. What's the catch?"),
            (A, "No catch, it's a twelve-month fix and you can leave any time."),
            (U, "Let me dig out my last bill and compare it. I'll give you a ring back."),
            (A, "Perfect, you've got our number.")], qa=3),
        E(INT, "flipflop", [
            (U, "Nah, not interested, sorry."),
            (A, "No worries — can I just ask, are you on a fixed deal at the moment?"),
            (U, "No, I don't think so... hang on, how much did you say it would save?"),
            (A, "Around a hundred and sixty a year for a typical home."),
            (U, "Hm. Okay, that's actually not nothing. Email me something and I'll look at it properly."),
            (A, "Will do, thanks {name}.")], react=False, qa=0),
        E(INT, "interested", [
            (U, "Can you put it all in an email? I don't agree to anything over the phone, no offence."),
            (A, "None taken. I'll send you a personalised quote."),
            (U, "Fine, I'll have a look at it.")], qa=2),
        E(INT, "inbound_interested", [
            (U, "Hi, I got your leaflet through the door about the fixed deal. How does it compare to the price cap?"),
            (A, "It's currently about eight percent below it."),
            ("QA", ""),
            (U, "And you'd do the whole switch for me?"),
            (A, "We do everything, you don't have to contact your old supplier."),
            (U, "Okay. Let me talk to my husband tonight and I'll ring back."),
            (A, "Lovely, speak soon.")], dir="in", qa=3),
        # ---- Not Interested ------------------------------------------------------------------
        E(NI, "not_interested", [
            (U, "No thank you. I'm not interested in switching."),
            (A, "Okay — can I ask why at all?"),
            (U, "I just don't want to. Bye.")], react=False, qa=0),
        E(NI, "hostile", [
            (U, "This is the third call this week from you lot. Take me off your list, I'm not switching."),
            (A, "I'm sorry about that. I'll remove your number now."),
            (U, "Good.")], react=False, qa=0),
        E(NI, "not_interested", [
            (U, "We're all set, thanks — switched last month, took ages, not doing it again."),
            (A, "Ah okay, I hope it's going well.")], qa=0),
        E(NI, "flipflop", [
            (U, "Actually, you know what, I'll stay put. Every time I switch something goes wrong with the billing. I'm not interested."),
            (A, "That's completely fair. Thanks for your time.")], qa=3),
        E(NI, "booked_cancelled", [
            (U, "Right, put me down for the switch call with an advisor then. {day} at {time}?"),
            (A, "Lovely, I've got you down for {day} at {time}."),
            (U, "Hang on — what was the standing charge again?"),
            (A, "Fifty-three pence a day."),
            (U, "Fifty-three? No, cancel that. Not at that price, I'm paying forty now."),
            (A, "Understood, I've cancelled the callback.")], qa=1),
        E(NI, "not_interested", [
            (U, "I'm eighty-four, dear. I don't change things anymore. No."),
            (A, "Of course, I'm sorry to have bothered you."),
            (U, "That's alright. Bye-bye.")], react=False, qa=0),
        # ---- Appointment Booked ----------------------------------------------------------------
        E(APPT, "appointment", [
            (U, "Honestly I'd rather somebody came round and explained it. My wife and I would want to sit down with a person."),
            (A, "We do home visits with an energy advisor. Would {day} at {time} suit?"),
            (U, "Yes, that's fine, we'll both be in."),
            (A, "Booked for {day} at {time}. They'll bring your quote with them.")], qa=1),
        E(APPT, "callback_concrete", [
            (U, "I'm literally just heading out the door. Can you ring back tomorrow at 4:30?"),
            (A, "Of course — tomorrow at 4:30. Speak then!"),
            (U, "Cheers.")], react=False, qa=0),
        E(APPT, "tentative", [
            (U, "Pencil me in for {day} at {time} with one of your advisors, and if something comes up I'll let you know."),
            (A, "Done, {day} at {time} is pencilled in for you.")], qa=2),
        E(APPT, "flipflop", [
            (U, "No, I'm fine, thanks."),
            (A, "Okay — just so you know, an advisor can check your last bill in ten minutes and tell you exactly what you'd save."),
            (U, "Ten minutes? ... Oh, go on then. {day} at {time}, I'm on my lunch then."),
            (A, "Great, {day} at {time}. Sarah will call you.")], react=False, qa=0),
        E(APPT, "inbound_booking", [
            (U, "Hello, I want to switch but I'd like to talk it through with someone properly. Is there an appointment thing?"),
            (A, "Yes, a phone consultation with one of our advisors. I have {day} at {time}."),
            (U, "That's fine."),
            (A, "Booked. Have your latest bill handy if you can.")], dir="in", qa=0),
        E(APPT, "appointment", [
            (U, "Okay, I think I'd want to go through my actual bills with you. When can we do that?"),
            (A, "How about {date} at {time}?"),
            (U, "{date}... yeah, that's fine."),
            (A, "Great, that's a call with an energy advisor on {date} at {time}.")], qa=4),
        E(APPT, "callback_concrete", [
            (U, "Can you call me back at 8 tonight? I like to go through these things with my wife and she's home then."),
            (A, "Eight tonight — I'll call you both then."),
            (U, "Lovely.")], qa=1),
    ],
    "nulls": [
        E(None, "null_driving", [
            (U, "Sorry, I'm driving, I can't really talk right now."),
            (A, "Oh, no problem at all, drive safe.")], react=False, qa=0),
        E(None, "null_who_is_this", [
            (U, "Sorry, who is this again?"),
            (A, "It's {agent} from Brightwatt Energy, about your gas and electricity."),
            (U, "Oh. Okay."),
            (A, "Is now an okay time?"),
            (U, "Hm.")], react=False, qa=0, pitch=False, end_reason="hangup"),
        E(None, "null_one_question", [
            (U, "How did you even get this number?"),
            (A, "It came from a list of households that agreed to hear about energy offers — I can remove it if you like."),
            (U, "Hm.")], react=False, qa=0, end_reason="hangup"),
        E(None, "null_dropped", [
            (U, "Okay, so is this the thing where you—"),
            (A, "Sorry, you cut out there, {name}?")], react=False, qa=0, end_reason="hangup"),
        E(None, "null_inbound_unrelated", [
            (U, "Hi, our whole street's had a power cut for two hours. Do you know when it's coming back?"),
            (A, "I'm sorry — power cuts are handled by the network operator, not the supplier. You can ring 105 for them."),
            (U, "105? Right, okay. Thanks.")], dir="in", qa=0),
        E(None, "null_inbound_unrelated", [
            (U, "Yes, hello, I'm calling because I think I've been sent someone else's letter — it's addressed to a Mr Okafor, but it's my address."),
            (A, "Thanks for letting us know. If you pop it back in the post marked 'not at this address', that's perfect."),
            (U, "Okay, will do.")], dir="in", qa=0),
        E(None, "null_busy_now", [
            (U, "I'm at work, I can't do this now."),
            (A, "Understood, sorry to interrupt."),
            (U, "Yep.")], react=False, qa=0),
    ],
}
INDUSTRIES.append(ENERGY)


# ============================================================================================
# 2. Hotel group and event sales
# ============================================================================================

HOTEL = {
    "key": "hotel_event_sales",
    "co": "Harbourview Hotels",
    "agents": ["Daniel", "Sofia", "Hannah", "Theo"],
    "custom": [
        {"label": "Site Visit Booked",
         "description": "The person scheduled an in-person tour of the hotel or event venue for a specific date and time."},
        {"label": "Booked Another Venue",
         "description": "The person says their event is already booked or contracted at a different venue."},
        {"label": "Quote Requested", "description": "Wants a written quote."},
    ],
    "intro": [
        "Hi, is this {name}? It's {agent} from the events team at Harbourview Hotels.",
        "Good morning, {agent} calling from Harbourview Hotels — am I speaking with {name}?",
        "Hello, this is {agent}, sales manager at the Harbourview on the waterfront. Is {name} available?",
        "Hi {name}, {agent} here from Harbourview Hotels, have you got a moment?",
    ],
    "pitch": [
        "Great. I'm following up on the enquiry you left on our website about an event — I wanted to see where your planning's at.",
        "Thanks. We've just finished refurbishing our conference floor, and I'm reaching out to local companies who hold meetings or away days.",
        "Lovely. You'd asked about our wedding packages a little while ago, so I thought I'd give you a call rather than just send another email.",
        "Perfect. I'm calling because we've opened up some weekend dates for Christmas parties and corporate dinners this year.",
    ],
    "detail": [
        "The Marina Suite takes up to two hundred for dinner, and the terrace looks right over the water.",
        "We can do everything in-house — catering, bar, AV, and rooms for guests at a group rate.",
        "We've got packages from twenty people up to about three hundred, depending on the room.",
        "There's free parking for guests and the train station's a five-minute walk.",
    ],
    "qa": [
        ("How many can the big room hold?", "Two hundred seated, or about three hundred and fifty for a standing reception."),
        ("Do you do your own catering or can we bring someone in?", "It's all in-house — our head chef does tailored menus, including vegan and halal."),
        ("Is there a late licence?", "Yes, the bar can run until one a.m. for private events."),
        ("What's parking like?", "We have a hundred and twenty spaces, free for event guests."),
        ("Can guests stay over at a discount?", "We can hold a block of rooms at a group rate, released thirty days before."),
        ("Have you got a projector and mics for the conference rooms?", "Every room has a laser projector, two radio mics and hybrid-meeting cameras."),
        ("What dates have you got in June?", "The 14th and the 28th are both still free on Saturdays."),
        ("Do you do the ceremony on site too?", "Yes, we're licensed for ceremonies in the garden room and on the terrace."),
        ("Is there a minimum spend?", "On Saturdays in peak season it's eight thousand, including food and drink."),
        ("How far is it from the airport?", "About twenty minutes by taxi, and we can arrange a shuttle for groups."),
        ("Can we have a DJ, or do you have your own?", "You can bring your own, or we can recommend a couple we work with."),
    ],
    "in_greet": [
        "Good afternoon, Harbourview Hotels events team, {agent} speaking. How can I help?",
        "Thank you for calling Harbourview Hotels, this is {agent}. What can I do for you today?",
    ],
    "vm_business": [
        "You've reached the office of Parkes & Lowe Solicitors. Our office is now closed. Please leave a message and we'll return your call on the next working day.",
        "Hi, you've got the HR team at Norland Logistics. We're away from our desks, leave a message after the tone.",
    ],
    "vm_msg": [
        "Hi {name}, it's {agent} from Harbourview Hotels, just following up on your event enquiry. Give me a call back when you're free. Thanks!",
        "Hello, this is {agent} with the events team at Harbourview. I've got some availability that might suit you — I'll drop you an email as well. Bye for now.",
    ],
    "endings": [
        # ---- custom: Site Visit Booked ---------------------------------------------------------
        E("Site Visit Booked", "custom_indirect", [
            (U, "I'd really need to see the ballroom with my own eyes before I commit to anything."),
            (A, "Of course — would you like to come by and I'll walk you round? I'm free {day} at {time}."),
            (U, "Yes, that works. I'll bring my fiancé."),
            (A, "Wonderful, I'll meet you both at reception {day} at {time} and show you the ballroom and the terrace.")], qa=3),
        E("Site Visit Booked", "custom_close", [
            (U, "Can we book a site visit? We'd want to walk through the meeting rooms before we sign anything."),
            (A, "Absolutely. How's {date} at {time}?"),
            (U, "Perfect."),
            (A, "Site visit confirmed for {date} at {time} — just ask for me at the front desk.")], qa=2),
        E("Site Visit Booked", "custom_indirect", [
            (U, "My mum wants to come and have a nose round before we decide, she's very particular. Could we pop in on Saturday?"),
            (A, "Saturday at 11 works — the room's free then, so you'll see it properly."),
            (U, "Lovely, Saturday at 11 then."),
            (A, "Booked, I'll send you directions and the parking details.")], qa=1),
        E("Site Visit Booked", "inbound_custom", [
            (U, "Hi, we're planning our company awards night in October, and I'd like to come and look at your function rooms."),
            (A, "We'd love to show you round. What size group is it?"),
            (U, "About a hundred and forty."),
            (A, "Lovely, that's a nice fit for the Marina Suite."),
            ("QA", ""),
            (U, "Could I come in {day}, around {time}?"),
            (A, "{day} at {time} is perfect — I'll have the Marina Suite laid out banquet style so you can picture it."),
            (U, "Great, see you then.")], dir="in", qa=3),
        E("Site Visit Booked", "flipflop_custom", [
            (U, "I think we're probably going with somewhere else, to be honest."),
            (A, "Totally understand. Before you decide — I could give you a private look round, no obligation."),
            (U, "...Hm. Alright, fine, show me what you've got. {day} at {time}?"),
            (A, "{day} at {time}, I'll meet you in the lobby."),
            (U, "Okay.")], react=False, qa=0),
        # ---- custom: Booked Another Venue ------------------------------------------------------
        E("Booked Another Venue", "custom_indirect", [
            (U, "Oh — we actually put the deposit down at Claremont House last week. Sorry, I should've emailed you."),
            (A, "Not at all, congratulations! I'll close the enquiry on our side."),
            (U, "Thanks, and sorry to mess you about.")], qa=0),
        E("Booked Another Venue", "custom_indirect", [
            (U, "The conference is sorted — we signed with the hotel by the airport for the next two years."),
            (A, "Ah okay. Is that a fixed contract?"),
            (U, "Yep, signed and done, I'm afraid.")], qa=1),
        E("Booked Another Venue", "custom_close", [
            (U, "We've already booked another venue for the party, so we won't be needing yours."),
            (A, "No problem at all, thanks for letting me know.")], react=False, qa=0),
        E("Booked Another Venue", "custom_indirect", [
            (U, "Um... I think my partner already sent the contract back to the golf club. Let me just — yeah, she says it's signed. So we're going there."),
            (A, "Understood — congratulations on finding your venue."),
            (U, "Thanks, yours was a close second, honestly.")], qa=2),
        # ---- custom: Quote Requested -----------------------------------------------------------
        E("Quote Requested", "custom_close", [
            (U, "Can you just send me a written quote for a hundred and twenty people, Saturday {date}, sit-down dinner?"),
            (A, "Absolutely, I'll have it with you by tomorrow."),
            (U, "Great, email's fine.")], qa=1),
        E("Quote Requested", "custom_indirect", [
            (U, "Put some actual numbers on paper for me — room hire, catering per head, the bar — and email it over. I need to show my director."),
            (A, "Will do, I'll break it all down line by line."),
            (U, "Ta.")], qa=3),
        E("Quote Requested", "custom_indirect", [
            (U, "I can't decide anything without a proper costing in writing, for our finance people. Could you do that for forty delegates over two days?"),
            (A, "Yes, I'll prepare a full proposal with day-delegate rates and accommodation."),
            (U, "Good. The sooner the better.")], qa=2),
        E("Quote Requested", "inbound_custom", [
            (U, "Hi, I'm organising a retirement do for about sixty people and I'd like a price in writing for your function room."),
            (A, "Of course. What date are you thinking?"),
            (U, "Friday the 21st, in the evening."),
            (A, "Lovely, I'll email you a quote this afternoon."),
            (U, "Brilliant, thanks.")], dir="in", qa=1),
        # ---- near-misses ---------------------------------------------------------------------
        E(APPT, "near_custom", [
            (U, "I'm up in Manchester, so I can't get down to see it. Could you do a video call and walk me round the rooms on your phone?"),
            (A, "Of course — {day} at {time} on Teams?"),
            (U, "Yes, {day} at {time} is good."),
            (A, "Booked, I'll send the invite over now.")], qa=2),
        E(APPT, "near_custom", [
            (U, "I'd rather speak to whoever actually runs the events. Can they ring me?"),
            (A, "Our events manager, Hannah, is free {day} at {time} — shall I book that call in?"),
            (U, "Yes please."),
            (A, "Done, Hannah will call you {day} at {time}.")], qa=1),
        E(INT, "near_custom", [
            (U, "Could you send me your wedding brochure? I just want to see what the rooms look like."),
            (A, "Sure, I'll email it over now."),
            (U, "Thanks, I'll show it to my fiancée tonight.")], qa=1),
        E(INT, "near_custom", [
            (U, "We had a look at the Grand as well, but nothing's signed yet. What have you got in June?"),
            (A, "We've got the 14th and the 28th free on Saturdays."),
            (U, "Okay, keep those in mind for me. I'll come back to you once we've talked it through.")], qa=1),
        E(NI, "near_custom", [
            (U, "We got your quote last week, thanks, and it's way over what we can spend. We won't be going ahead."),
            (A, "I understand. Is there anything we could adjust?"),
            (U, "No, honestly, it's not going to work for us.")], react=False, qa=0),
        E(NI, "near_custom", [
            (U, "This year's isn't booked yet, but we'll just go back to the Marriott, we always do. So no thanks."),
            (A, "Fair enough, thanks for your time.")], qa=1),
        # ---- Interested -----------------------------------------------------------------------
        E(INT, "interested", [
            (U, "It looks lovely. What's the minimum spend on a Saturday in August?"),
            (A, "Eight thousand, including food and drink."),
            (U, "Okay. I need to talk to my fiancé about it, we'll get back to you.")], qa=2),
        E(INT, "callback_vague", [
            (U, "We haven't even set a date yet. Give me a call in March, once we know where we are."),
            (A, "Will do, I'll call you in March.")], qa=1),
        E(INT, "inbound_interested", [
            (U, "Hi, do you do room blocks? We'd need around thirty rooms for a wedding party in September."),
            (A, "We do — we hold a block at a group rate and guests book with a code."),
            ("QA", ""),
            (U, "Okay, that's good to know. I'll get final numbers from the couple and ring you back."),
            (A, "Perfect, speak soon.")], dir="in", qa=2),
        E(INT, "flipflop", [
            (U, "We're not really planning anything this year."),
            (A, "That's fine — a lot of companies are doing a smaller summer social instead, we have a package for twenty to fifty people."),
            (U, "Hm, actually, a summer social could work. What does that include?"),
            (A, "The terrace, a barbecue buffet and two drinks each."),
            (U, "Okay, that's interesting. Send me the details on that and I'll mention it to the boss.")], react=False, qa=0),
        E(INT, "interested", [
            (U, "Do you have step-free access to the ballroom? My grandad's in a wheelchair."),
            (A, "Yes, there's a lift and level access throughout."),
            (U, "Okay, that's a big tick. We're still looking around, but you're definitely on the list.")], qa=2),
        E(INT, "interested", [
            (U, "Sounds like it could fit us. Let me run it past the team at Monday's meeting and I'll let you know."),
            (A, "Great, I'll wait to hear from you.")], qa=4),
        # ---- Not Interested ------------------------------------------------------------------
        E(NI, "not_interested", [
            (U, "No, we're not planning any events, thanks."),
            (A, "No problem, thanks for your time.")], react=False, qa=0),
        E(NI, "hostile", [
            (U, "I never made any enquiry. I don't know where you got this number — stop calling me."),
            (A, "I'm very sorry, I'll remove you from our list.")], react=False, qa=0),
        E(NI, "flipflop", [
            (U, "Hmm, no — that's way beyond our budget. We'll pass, thanks."),
            (A, "Understood. If anything changes, you know where we are.")], qa=3),
        E(NI, "booked_cancelled", [
            (U, "Let's do the menu tasting then — {day} at {time}?"),
            (A, "Booked you in for the tasting {day} at {time}."),
            (U, "Wait, is the tasting charged?"),
            (A, "Fifty pounds per person, deducted if you book the wedding."),
            (U, "Oh — no, forget it then. We're not going ahead, honestly, it's all too expensive."),
            (A, "I'm sorry to hear that. I've cancelled the tasting.")], qa=2),
        E(NI, "not_interested", [
            (U, "We're not doing a Christmas party this year, we're giving everyone vouchers instead. So no, thanks."),
            (A, "Ah, fair enough. Thanks anyway.")], react=False, qa=0),
        E(NI, "not_interested", [
            (U, "Please take me off your calling list. We called the wedding off."),
            (A, "Oh, I'm so sorry. I'll remove your details straight away.")], react=False, qa=0),
        # ---- Appointment Booked ----------------------------------------------------------------
        E(APPT, "callback_concrete", [
            (U, "I'm about to go into a meeting. Can you call me back at 3 this afternoon?"),
            (A, "Three o'clock, I'll call you then."),
            (U, "Thanks.")], react=False, qa=0),
        E(APPT, "tentative", [
            (U, "Pencil in a call with your events team for {day} at {time}. I'll confirm once I've checked with my boss."),
            (A, "Pencilled in for {day} at {time}.")], qa=2),
        E(APPT, "flipflop", [
            (U, "Not really, we're fine for now."),
            (A, "No pressure at all — it might just be worth ten minutes with our events manager to see what's possible."),
            (U, "...Fine. {day} at {time}, ten minutes."),
            (A, "Great, {day} at {time}. Thank you!")], react=False, qa=0),
        E(APPT, "appointment", [
            (U, "Could someone come to us instead? We're in town on King Street."),
            (A, "Yes, I could come to your office with our sales director. How about {day} at {time}?"),
            (U, "{day} at {time}'s fine, ask for me at reception."),
            (A, "Perfect, see you then.")], qa=3),
        E(APPT, "inbound_booking", [
            (U, "Hi, I'd like to set up a call with one of your wedding coordinators."),
            (A, "Of course. I have {day} at {time} or the following morning."),
            (U, "{day} at {time}, please."),
            (A, "Lovely, that's booked. They'll call you on this number.")], dir="in", qa=0),
        E(APPT, "callback_concrete", [
            (U, "Look, I'm on the school run. Ring me tomorrow at 10 and we'll go through it properly."),
            (A, "Tomorrow at 10 — will do."),
            (U, "Cheers.")], qa=0),
    ],
    "nulls": [
        E(None, "null_driving", [
            (U, "I'm driving, love, I can't talk."),
            (A, "Sorry, I'll let you go.")], react=False, qa=0),
        E(None, "null_wrong_number", [
            (U, "No, there's no {name} here. You've got the wrong number."),
            (A, "Oh, I'm sorry about that."),
            (U, "No worries.")], react=False, qa=0, pitch=False),
        E(None, "null_inbound_unrelated", [
            (U, "Hi, I stayed in room 412 last night and I think I left my phone charger plugged in by the bed."),
            (A, "Let me put you through to housekeeping — they keep lost property for thirty days."),
            (U, "Oh great, thank you.")], dir="in", qa=0),
        E(None, "null_inbound_unrelated", [
            (U, "Hiya, is your restaurant open to non-residents on Sunday lunchtimes?"),
            (A, "It is, from twelve till four. Would you like the restaurant number?"),
            (U, "Yes please."),
            (A, "It's 0113 496 0871.")], dir="in", qa=0),
        E(None, "null_dropped", [
            (U, "Oh yes, hi. So we were thinking of maybe the—"),
            (A, "Hello? {name}, are you there?")], react=False, qa=0, end_reason="hangup"),
        E(None, "null_who_is_this", [
            (U, "Who is this?"),
            (A, "It's {agent} from Harbourview Hotels, about events."),
            (U, "Oh. Okay.")], react=False, qa=0, pitch=False),
        E(None, "null_one_question", [
            (U, "Sorry, which hotel did you say?"),
            (A, "The Harbourview, on the waterfront."),
            (U, "Right.")], react=False, qa=0, end_reason="hangup"),
    ],
}
INDUSTRIES.append(HOTEL)


# ============================================================================================
# 3. Clinical trial recruitment
# ============================================================================================

STUDIES = {
    "migraine": "a study for adults who get migraines four or more days a month, testing a new preventive tablet",
    "diabetes": "a study for adults with type 2 diabetes, looking at a once-weekly injection",
    "knee": "a study for people with knee arthritis, testing a new anti-inflammatory gel",
}

CLINICAL = {
    "key": "clinical_trial_recruitment",
    "co": "Meridian Clinical Research",
    "agents": ["Grace", "Samuel", "Anita", "Joel"],
    "custom": [
        {"label": "Screening Visit Scheduled",
         "description": "The person agreed to come to the research clinic for a screening visit on a specific date or time."},
        {"label": "Ineligible", "description": "Doesn't meet the study criteria."},
        {"label": "Declined Over Safety Worries",
         "description": "The person refuses to take part because they are worried about side effects, risks, or being a guinea pig."},
    ],
    "intro": [
        "Hello, is this {name}? My name's {agent}, I'm a recruitment coordinator at Meridian Clinical Research.",
        "Hi {name}, this is {agent} calling from Meridian Clinical Research. Is now an okay time?",
        "Good morning, could I speak to {name}, please? It's {agent} from Meridian Clinical Research.",
        "Hi there, {agent} from Meridian Clinical Research — am I speaking with {name}?",
    ],
    "pitch": [
        "Thanks. You signed up to our research volunteer register, and we've just opened {study_desc}. I wanted to see if you'd like to hear about it.",
        "Great. I'm calling because your GP surgery shared our letter about {study_desc}, and you'd ticked that you were happy to be contacted.",
        "Lovely. We're currently recruiting for {study_desc}, and you filled in our online form a few weeks ago.",
        "Thanks for taking the call. We're running {study_desc}, and I'm ringing people who registered interest in research.",
    ],
    "detail": [
        "It's run by our doctors at the clinic on Elm Road, and it's been approved by an independent ethics committee.",
        "There are about eight visits over six months, and travel expenses are covered, plus a payment for your time.",
        "Half the people get the study treatment and half get a placebo, and neither you nor the doctor knows which.",
        "You can stop at any time without giving a reason, and it won't affect your normal care.",
    ],
    "qa": [
        ("Do I get paid for it?", "You'd receive up to four hundred and fifty pounds for completing the study, plus travel."),
        ("How many times would I have to come in?", "Eight visits over about six months, most of them under an hour."),
        ("Could I end up on the dummy pill?", "Yes, there's a one-in-two chance of placebo, but everyone gets the full health checks."),
        ("Does my GP need to know?", "With your permission we'd let your GP know you're taking part."),
        ("Is it safe?", "It's already been through earlier studies, and we monitor you closely at every visit."),
        ("Where exactly is the clinic?", "Elm Road, next to the hospital, with free parking for participants."),
        ("Can I keep taking my normal tablets?", "Most medications are fine, the doctor goes through them at the first visit."),
        ("What happens at the end?", "You have a final check-up, and we share the overall results once the study is published."),
        ("Do you do evening appointments?", "We have late clinics on Tuesdays and Thursdays until seven."),
        ("Who's running the study?", "Dr Osei is the principal investigator, she's a consultant at the hospital."),
        ("Will there be needles?", "There are blood tests at most visits, yes — just a small sample each time."),
    ],
    "in_greet": [
        "Meridian Clinical Research, {agent} speaking. How can I help?",
        "Good afternoon, you've reached the volunteer line at Meridian Clinical Research. This is {agent}.",
    ],
    "vm_business": [
        "You've reached Fairweather Accountants. We're either on the other line or away from the desk. Leave a message and we'll get back to you.",
        "Hi, this is the front desk at Oakfield Primary School. The office is closed. If your call is about an absence, please leave your child's name and class.",
    ],
    "vm_msg": [
        "Hello {name}, it's {agent} from Meridian Clinical Research, calling about a research study you might be interested in. Please call us back on 0161 555 0193. Thank you.",
        "Hi, this message is for {name}. {agent} here from Meridian Clinical Research — nothing to worry about, it's about the volunteer register. I'll try again another day.",
    ],
    "endings": [
        # ---- custom: Screening Visit Scheduled ---------------------------------------------------
        E("Screening Visit Scheduled", "custom_close", [
            (U, "Okay, yes, I'd like to come in for the screening."),
            (A, "Great. We have {day} at {time} at the clinic on Elm Road."),
            (U, "That works."),
            (A, "Booked — the screening visit takes about two hours, so please bring a list of your medications.")], qa=3),
        E("Screening Visit Scheduled", "custom_indirect", [
            (U, "Alright, I'm game. When do you want me down there for the blood tests and all that?"),
            (A, "The first visit could be {date} at {time} — that's where the doctor checks you qualify."),
            (U, "{date}, yeah. I'll sort it with work."),
            (A, "Perfect, you're booked in. I'll post you a letter with the details.")], qa=2),
        E("Screening Visit Scheduled", "custom_indirect", [
            (U, "My daughter can drive me over on {day}. Would {time} be alright?"),
            (A, "{time} on {day} is fine — I'll book you in for your first visit with Dr Osei."),
            (U, "Lovely. Do I need to fast?"),
            (A, "No fasting needed for this one. Just bring your glasses if you use them for reading.")], qa=3),
        E("Screening Visit Scheduled", "flipflop_custom", [
            (U, "I don't know... I've read some scary stuff about these trials."),
            (A, "That's a very normal worry. The first visit is only checks — no study medicine — and you can walk away at any point."),
            (U, "Well... if it's just tests to start with, I suppose I could come in. {day}?"),
            (A, "I have {day} at {time}?"),
            (U, "Go on then."),
            (A, "Lovely, your screening visit is booked for {day} at {time}.")], qa=1),
        E("Screening Visit Scheduled", "inbound_custom", [
            (U, "Hi, I saw your advert on Facebook about the migraine study. I'd like to take part if I can."),
            (A, "Thanks for calling! How many migraine days do you get in a month, roughly?"),
            (U, "Six, seven? Some months more."),
            (A, "Okay, that's within the range."),
            ("QA", ""),
            (U, "So what's the next step?"),
            (A, "You'd come in to see the doctor for a screening visit. Could you do {day} at {time}?"),
            (U, "Yes, I can do that."),
            (A, "Booked. You'll get a text confirmation.")], dir="in", qa=3, study="migraine"),
        # ---- custom: Ineligible ------------------------------------------------------------
        E("Ineligible", "custom_indirect", [
            (U, "What do I need to qualify?"),
            (A, "You'd need to be thirty to seventy-five, with type 2 diabetes, and not using insulin."),
            (U, "Oh. I've been on insulin three years now."),
            (A, "Ah — in that case you wouldn't be able to join this particular study, I'm sorry."),
            (U, "Never mind.")], qa=1, study="diabetes"),
        E("Ineligible", "custom_indirect", [
            (U, "Before you go on — I'm seventy-eight. Is that too old?"),
            (A, "The upper limit on this one is seventy-five, so I'm afraid it isn't open to you."),
            (U, "Story of my life, love.")], react=False, qa=0),
        E("Ineligible", "custom_indirect", [
            (U, "Funny thing is, I haven't had a migraine in over a year. They just stopped."),
            (A, "Ah, the study needs people who are currently getting at least four a month, so you wouldn't qualify right now."),
            (U, "Suppose that's good news for me, really.")], qa=1, study="migraine"),
        E("Ineligible", "custom_close", [
            (U, "I'm actually twenty weeks pregnant, so I'm guessing that rules me out?"),
            (A, "It does, I'm afraid — we can't include anyone who's pregnant in this study. Congratulations, though!"),
            (U, "Thank you! Another time maybe.")], qa=1),
        # ---- custom: Declined Over Safety Worries --------------------------------------------------
        E("Declined Over Safety Worries", "custom_indirect", [
            (U, "No, I don't fancy being a guinea pig, thanks. You don't know what that stuff does to you long-term."),
            (A, "That's completely understandable.")], qa=1),
        E("Declined Over Safety Worries", "custom_indirect", [
            (U, "I read about that trial in London where the men ended up in intensive care. No way am I taking something that hasn't been properly tested."),
            (A, "I understand. It's entirely your choice."),
            (U, "Yeah. No.")], qa=2),
        E("Declined Over Safety Worries", "custom_close", [
            (U, "What sort of side effects have people had?"),
            (A, "In the earlier study, some nausea and dizziness in the first couple of weeks."),
            (U, "No, I'm not risking that, I've got enough going on. I'll say no, thanks."),
            (A, "That's fine, thank you for hearing me out.")], qa=1),
        E("Declined Over Safety Worries", "custom_indirect", [
            (U, "My husband would kill me. He says you never know what's in those experimental drugs. And honestly, I'm nervous about it too, so no."),
            (A, "Totally fair. Thanks for being honest with me.")], qa=2),
        # ---- near-misses ---------------------------------------------------------------------
        E(APPT, "near_custom", [
            (U, "Can the nurse ring me to do all the questions? I'm at work now."),
            (A, "Yes, she can do the phone pre-screen — how about {day} at {time}?"),
            (U, "Yes, that's fine."),
            (A, "Booked, she'll call this number {day} at {time}.")], qa=1),
        E(INT, "near_custom", [
            (U, "What kind of side effects have people had?"),
            (A, "Mostly mild — some people had a bit of nausea in the first week."),
            (U, "Okay, that doesn't sound too bad. Can you post me the information leaflet so I can read it properly?"),
            (A, "Yes, I'll send the participant information sheet today.")], qa=1),
        E(NI, "near_custom", [
            (U, "Honestly it's not the medicine, it's the time. Eight visits? I work shifts. I'll have to say no."),
            (A, "I completely understand, thanks for considering it.")], qa=2),
        E(INT, "near_custom", [
            (U, "I'm on a blood thinner, would that be a problem?"),
            (A, "It might be — I'd have to check with the study doctor."),
            (U, "Okay, check and let me know. I'd like to do it if I can."),
            (A, "Will do, I'll call you back once I've asked her.")], qa=1),
        E(INT, "booked_cancelled", [
            (U, "Okay, book me in for the screening then. {day} at {time}?"),
            (A, "Done, {day} at {time}."),
            (U, "Oh — hang on, that's my daughter's graduation. Can you cancel it? I'll ring you back when I've checked my calendar."),
            (A, "No problem, I've taken it off. Call us whenever you're ready."),
            (U, "I will, I definitely want to do it.")], qa=2),
        # ---- Interested -----------------------------------------------------------------------
        E(INT, "interested", [
            (U, "Four hundred and fifty, not bad. I'll have to talk to my husband, he'd have to drive me."),
            (A, "Of course. Shall I call you back in a few days?"),
            (U, "Yeah, or I'll call you.")], qa=2),
        E(INT, "callback_vague", [
            (U, "It sounds interesting, but I'm off on holiday for three weeks. Try me next month?"),
            (A, "Will do, enjoy your holiday!")], qa=1),
        E(INT, "inbound_interested", [
            (U, "Hello, I heard on the radio about a study for knee arthritis. How does it work?"),
            (A, "Thanks for calling. It's a gel you apply twice a day, over twelve weeks, with five clinic visits."),
            ("QA", ""),
            (U, "Okay, can you send me something in writing? I'd like to read it before I decide."),
            (A, "Of course, I'll post the information pack today.")], dir="in", qa=3, study="knee"),
        E(INT, "flipflop", [
            (U, "Oh, I don't think so, thanks."),
            (A, "No problem. Just so you know, you'd get a full health check and all the results."),
            (U, "A full check? Hm, my GP can never fit me in... okay, what's involved then?"),
            (A, "Eight visits over six months, mostly under an hour."),
            (U, "Alright, send me the details and I'll think about it seriously.")], react=False, qa=0),
        E(INT, "interested", [
            (U, "Okay, that's more than I expected. Email me the information and I'll look tonight."),
            (A, "I'll send it straight after this call.")], qa=4),
        # ---- Not Interested ------------------------------------------------------------------
        E(NI, "not_interested", [
            (U, "No thanks, not interested."),
            (A, "No problem, thank you for your time.")], react=False, qa=0),
        E(NI, "hostile", [
            (U, "I never signed up for any register. Don't call me again."),
            (A, "I'm sorry — I'll remove your details today.")], react=False, qa=0),
        E(NI, "flipflop", [
            (U, "Nah. I thought about it while you were talking and it's not for me. No thanks."),
            (A, "That's absolutely fine.")], qa=3),
        E(NI, "not_interested", [
            (U, "It's an hour each way on the bus for me. I'm not doing that eight times. No."),
            (A, "Understood, thanks anyway.")], qa=1),
        E(NI, "booked_cancelled", [
            (U, "Go on, get the nurse to ring me {day} at {time}."),
            (A, "Great, {day} at {time} is booked."),
            (U, "Wait — eight visits, you said? I can't get that much time off. No, cancel that, I'm not doing it."),
            (A, "Okay, I've cancelled the call. Thanks for letting me know.")], qa=2),
        E(NI, "not_interested", [
            (U, "Please just take me off the register. I don't want to do research anymore."),
            (A, "Of course, I'll remove you now.")], react=False, qa=0),
        E(NI, "not_interested", [
            (U, "I've done two of these studies already and I've had my fill, to be honest. I'll pass on this one."),
            (A, "That's fair enough — thank you for everything you've already done.")], qa=1),
        # ---- Appointment Booked ----------------------------------------------------------------
        E(APPT, "callback_concrete", [
            (U, "I'm in the middle of something. Can you ring me at 6 tonight?"),
            (A, "Six tonight, I'll call you then."),
            (U, "Thanks.")], react=False, qa=0),
        E(APPT, "tentative", [
            (U, "Pencil me in for a call with the study nurse {day} at {time}. If my shift changes I'll let you know."),
            (A, "Pencilled in for {day} at {time}.")], qa=2),
        E(APPT, "flipflop", [
            (U, "I'm not sure it's for me."),
            (A, "That's fine. Would it help to speak to the study doctor first, just to ask questions?"),
            (U, "...Actually, yes. I'd want to ask her a few things. {day} at {time}?"),
            (A, "{day} at {time} — Dr Osei will phone you.")], react=False, qa=0),
        E(APPT, "inbound_booking", [
            (U, "Hi, I got your letter about the diabetes study. I'd like to speak to someone properly before deciding."),
            (A, "Of course. I can book you a phone call with our research nurse — {day} at {time}?"),
            (U, "Yes, that's fine."),
            (A, "Booked. She'll call you on this number.")], dir="in", qa=0, study="diabetes"),
        E(APPT, "callback_concrete", [
            (U, "Look, I'm on my way into a meeting. Call me tomorrow at 9 and I'll give you proper time."),
            (A, "Tomorrow at 9, will do."),
            (U, "Great.")], react=False, qa=0),
        E(APPT, "appointment", [
            (U, "Could we do a video call to go through the consent form? I'd want my son on it too."),
            (A, "Yes — {day} at {time} works for our nurse."),
            (U, "Okay, {day} at {time}. I'll tell him."),
            (A, "I'll email you the link.")], qa=3),
        E(APPT, "callback_concrete", [
            (U, "Right, I've got to dash. Can you call me back Thursday at 2 for the eligibility questions?"),
            (A, "Thursday at 2 — absolutely."),
            (U, "Speak then.")], qa=1),
    ],
    "nulls": [
        E(None, "null_driving", [
            (U, "I'm driving, I can't talk, sorry."),
            (A, "No problem, take care.")], react=False, qa=0, pitch=False),
        E(None, "null_wrong_number", [
            (U, "I don't know any {name}. I think you've got the wrong number, love."),
            (A, "Oh, I do apologise."),
            (U, "That's alright.")], react=False, qa=0, pitch=False),
        E(None, "null_inbound_unrelated", [
            (U, "Hi, I'm at the hospital for an X-ray and I can't find the main outpatients entrance. Are you in the same building?"),
            (A, "We're a separate building, I'm afraid — outpatients is through the main entrance on the left."),
            (U, "Oh, okay, thanks.")], dir="in", qa=0),
        E(None, "null_inbound_unrelated", [
            (U, "Hello, my mum passed her glasses case in at your reception last week, did anyone hand one in?"),
            (A, "Let me check... yes, there's a blue one here. She can collect it any time."),
            (U, "Oh brilliant, thank you.")], dir="in", qa=0),
        E(None, "null_dropped", [
            (U, "Yes, hi. I did fill that in, I think. So what would I—"),
            (A, "Hello? I think we've lost you.")], react=False, qa=0, end_reason="hangup"),
        E(None, "null_who_is_this", [
            (U, "Who's this, sorry?"),
            (A, "It's {agent} from Meridian Clinical Research."),
            (U, "Oh, okay.")], react=False, qa=0, pitch=False),
        E(None, "null_one_question", [
            (U, "Is this about my test results?"),
            (A, "No, nothing like that — it's about a research study."),
            (U, "Oh. Right.")], react=False, qa=0, pitch=False, end_reason="hangup"),
    ],
}
INDUSTRIES.append(CLINICAL)


# ============================================================================================
# 4. Political campaign volunteer outreach
# ============================================================================================

CAMPAIGN = {
    "key": "campaign_volunteer_outreach",
    "co": "the Dana Whitfield for State Senate campaign",
    "agents": ["Jordan", "Mia", "Eli", "Priscilla"],
    "custom": [
        {"label": "Shift Signup",
         "description": "The person committed to a specific volunteer shift — canvassing, phone banking or an event — on a given date or time."},
        {"label": "Supports Opponent",
         "description": "The person says they support or will vote for the other candidate."},
        {"label": "Will Donate", "description": ""},
    ],
    "intro": [
        "Hi, is this {name}? My name's {agent}, I'm a volunteer with the Dana Whitfield for State Senate campaign.",
        "Hey {name}, this is {agent} calling from Dana Whitfield's campaign — got a quick second?",
        "Hi there, I'm looking for {name}? It's {agent}, volunteering with the Whitfield campaign.",
        "Good evening, this is {agent} with Dana Whitfield for State Senate. Am I speaking with {name}?",
    ],
    "pitch": [
        "Great! So the election's five weeks out, and we're looking for folks to help knock doors in the neighborhood on weekends.",
        "Awesome. I'm calling supporters in the district because we're short on volunteers for our phone banks and canvasses this month.",
        "Thanks! You signed a petition with us over the summer, and I wanted to see if you'd be up for volunteering a couple of hours.",
        "Cool. Dana's race is really close this year, and we're asking neighbors to help talk to voters before early voting starts.",
    ],
    "detail": [
        "Canvass shifts are about three hours, and we pair you up with someone experienced, so you're never on your own.",
        "Phone banking you can do from the office or from home on your laptop, whatever's easier.",
        "We've got everything from door-knocking to stuffing envelopes, so there's something for every schedule.",
        "Dana's focus is school funding and fixing Route 9, and people really respond to hearing that from a neighbor.",
    ],
    "qa": [
        ("What would I actually be doing at the doors?", "Just a short script — asking who they plan to vote for and leaving a flyer. The app tells you which doors."),
        ("Do I have to know a lot about the issues?", "Not at all, we do a fifteen-minute training at the start of every shift."),
        ("Where's the office?", "On Fifth Street, next to the hardware store, with parking out back."),
        ("Is it safe, going door to door?", "You always go in pairs, and there's a shift lead you can call anytime."),
        ("What's Dana's position on the school funding thing?", "She wants to restore the state's share of K-12 funding that was cut two years ago."),
        ("Can I bring my teenager?", "Yes, anyone fourteen and up can canvass with a parent."),
        ("How many hours would you want?", "Whatever you can give — even one shift makes a difference."),
        ("Do you guys do the texting thing?", "We do text banks too, totally from home, usually a two-hour shift."),
        ("When's early voting again?", "It starts on the 21st and runs for two weeks."),
        ("Is this all volunteers or is anyone paid?", "A few staff, but the doors and phones are almost all volunteers."),
        ("How's Dana doing in the polls?", "It's within three points, which is why every conversation matters."),
    ],
    "in_greet": [
        "Whitfield for State Senate, this is {agent}. How can I help you?",
        "Hi, you've reached the Dana Whitfield campaign office, {agent} speaking.",
    ],
    "vm_business": [
        "Thank you for calling Rivera Family Dental. Our office is currently closed. Please leave a message with your name and number and we'll call you back.",
        "You've reached Tri-County Plumbing. We're out on jobs right now — leave a message and we'll get right back to you.",
    ],
    "vm_msg": [
        "Hi {name}, this is {agent}, a volunteer with Dana Whitfield's campaign. We'd love your help knocking doors this weekend — call us back at 555-0142. Thanks so much!",
        "Hey {name}, {agent} from the Whitfield campaign. Just wanted to invite you to our phone bank next week. No worries if not — have a good one!",
    ],
    "endings": [
        # ---- custom: Shift Signup ----------------------------------------------------------------
        E("Shift Signup", "custom_close", [
            (U, "Sure, sign me up for the Saturday canvass. What time?"),
            (A, "We meet at 10am at the office on Fifth Street."),
            (U, "Ten's fine, I'll be there."),
            (A, "Awesome, you're down for the Saturday 10am canvass. I'll text you the address.")], qa=2),
        E("Shift Signup", "custom_indirect", [
            (U, "I can't walk much with my knee, but I could make calls. Is there anything {day} evening?"),
            (A, "Yes — phone bank {day} from 6 to 8 at the library."),
            (U, "Put me down for that."),
            (A, "Done! You're on the {day} 6 to 8 phone bank.")], qa=2),
        E("Shift Signup", "custom_indirect", [
            (U, "My sister and I were talking about doing something anyway. Count us both in for the door-knocking on {day}."),
            (A, "Perfect — {day} at {time}, meet at the office."),
            (U, "We'll be there. Do we need to bring anything?"),
            (A, "Just comfy shoes and a charged phone.")], qa=1),
        E("Shift Signup", "flipflop_custom", [
            (U, "Ugh, honestly, I'm so busy right now, I don't think I can."),
            (A, "Totally get it. Even two hours helps — we have a text bank you can do from your couch {day} at {time}."),
            (U, "From home? ...Fine, okay, put me down for {day} at {time}."),
            (A, "You're signed up, I'll email you the login.")], react=False, qa=0),
        E("Shift Signup", "inbound_custom", [
            (U, "Hi, I got a text saying you need help on election weekend. I'm free Sunday."),
            (A, "Amazing, thank you! Could you do the noon to 3 canvass shift Sunday?"),
            (U, "Noon to three, yes."),
            (A, "You're signed up. Meet at the Fifth Street office at noon.")], dir="in", qa=1),
        # ---- custom: Supports Opponent -----------------------------------------------------------
        E("Supports Opponent", "custom_indirect", [
            (U, "Honey, we've got a Hargrove sign in our front yard. You're wasting your time with me."),
            (A, "Ha, fair enough — thanks for letting me know.")], react=False, qa=0),
        E("Supports Opponent", "custom_indirect", [
            (U, "Ron Hargrove helped my dad with his VA claim when nobody else would. He's got my vote, sorry."),
            (A, "I appreciate you telling me. Have a good evening.")], qa=1),
        E("Supports Opponent", "custom_close", [
            (U, "I'm voting for the other candidate, so no."),
            (A, "Understood, thanks for your time.")], react=False, qa=0),
        E("Supports Opponent", "custom_indirect", [
            (U, "Whitfield? No. I'm with Hargrove all the way, I've been to two of his town halls."),
            (A, "Okay, thanks for being upfront."),
            (U, "Mm-hm.")], qa=1),
        # ---- custom: Will Donate ------------------------------------------------------------------
        E("Will Donate", "custom_indirect", [
            (U, "I can't do the volunteering, but I'll chip in some money. Put me down for fifty bucks."),
            (A, "That's wonderful, thank you! I'll text you the secure link."),
            (U, "Sounds good.")], qa=1),
        E("Will Donate", "custom_indirect", [
            (U, "I'm too old to go knocking on doors, sweetheart. But send me that link and I'll give something tonight, I promise."),
            (A, "Will do — thank you so much.")], qa=1),
        E("Will Donate", "custom_indirect", [
            (U, "Time I don't have. Money, a little. I'll do the twenty-five a month thing."),
            (A, "That's huge for us, thank you. I'll send you the recurring donation page.")], qa=2),
        E("Will Donate", "inbound_custom", [
            (U, "Hi, I watched Dana's debate last night and I want to give to the campaign. How do I do that?"),
            (A, "Thank you so much! I can take it over the phone or text you a link."),
            (U, "Text me the link, I'll do a hundred."),
            (A, "Sending it now. That means a lot.")], dir="in", qa=0),
        # ---- near-misses ------------------------------------------------------------------------
        E(APPT, "near_custom", [
            (U, "I might be up for it, but I want to understand more about what canvassing actually involves. Can you call me Saturday at 11?"),
            (A, "Saturday at 11, I'll give you a call and walk you through it."),
            (U, "Great.")], qa=1),
        E(INT, "near_custom", [
            (U, "Maybe one of the weekends in October, I'll see how things go. Send me the calendar?"),
            (A, "Absolutely, I'll email it over tonight.")], qa=2),
        E(NI, "near_custom", [
            (U, "My husband's a big Hargrove guy, so it'd start a war in this house if I wore a Whitfield shirt. I'm staying out of it this time."),
            (A, "Totally understand. Thanks for picking up.")], qa=1),
        E(NI, "near_custom", [
            (U, "I already gave fifty dollars last month. That's all I can do, and I'm not going to volunteer, sorry."),
            (A, "No, thank you for that, it really helped.")], react=False, qa=0),
        E(INT, "near_custom", [
            (U, "I voted Hargrove last time, honestly, but I'm open this time around."),
            (A, "That's great to hear."),
            (U, "What's Dana saying about Route 9? That road's a disaster."),
            (A, "She wants the resurfacing moved up in the state budget — it's one of her top three things."),
            (U, "Okay. Send me some stuff, I'll read up on her.")], qa=0),
        E(INT, "booked_cancelled", [
            (U, "Okay, sign me up for Saturday's canvass at 10."),
            (A, "Done!"),
            (U, "Oh shoot — Saturday's my son's soccer tournament. Scratch that. I'll sign up on the website once I know my weekends."),
            (A, "No problem, I've taken you off. The sign-up page is on the website."),
            (U, "Yeah, I still want to help, I'll find something.")], qa=1),
        # ---- Interested -------------------------------------------------------------------------
        E(INT, "callback_vague", [
            (U, "It's a bit early for me. Call me in October when it's closer to the election."),
            (A, "Will do, I'll make a note for October.")], qa=1),
        E(INT, "interested", [
            (U, "Okay, that doesn't sound too bad. Let me check with my wife, she might want to do it with me."),
            (A, "That'd be great, couples canvass together all the time."),
            (U, "I'll get back to you.")], qa=3),
        E(INT, "inbound_interested", [
            (U, "Hi, how do I get one of those Dana yard signs? And I'd maybe like to help out."),
            (A, "We can drop a sign off this week! And we have all kinds of volunteer stuff."),
            ("QA", ""),
            (U, "Okay, sign first, and then send me the volunteer info and I'll see what fits."),
            (A, "Perfect, what's your address for the sign?"),
            (U, "142 Birch Lane.")], dir="in", qa=2),
        E(INT, "flipflop", [
            (U, "Nah, I don't really do politics."),
            (A, "Fair. Honestly, a lot of our volunteers said that — they just care about the schools."),
            (U, "...Well, the schools thing I do care about. My kids' class has thirty-four in it. What's she going to do about that?"),
            (A, "Restore the state funding, which means more teachers."),
            (U, "Hm. Okay. Email me, I'll think about it.")], react=False, qa=0),
        E(INT, "interested", [
            (U, "Email me the volunteer info and I'll look at it this weekend."),
            (A, "Will do! What's your email?"),
            (U, "It's my first name dot last name at yahoo.")], qa=2),
        # ---- Not Interested ---------------------------------------------------------------------
        E(NI, "not_interested", [
            (U, "No thanks, I don't get involved in that stuff."),
            (A, "No problem, have a good night.")], react=False, qa=0),
        E(NI, "hostile", [
            (U, "This is the fifth call this week. Take me off your list. Stop calling."),
            (A, "I'm so sorry, I'll remove your number right now.")], react=False, qa=0),
        E(NI, "flipflop", [
            (U, "You know, I thought I might, but no. I just don't have it in me this year. Not interested."),
            (A, "That's okay, thanks for hearing me out.")], qa=3),
        E(NI, "not_interested", [
            (U, "I'm already volunteering for the school board race, I've got no time left. So, no."),
            (A, "Oh nice, good for you. Thanks!")], qa=0),
        E(NI, "booked_cancelled", [
            (U, "Okay, put me on the phone bank Tuesday at 6."),
            (A, "Done, Tuesday at 6."),
            (U, "Wait, is this the one that does those automated calls? I can't stand those. Forget it, I'm not doing it."),
            (A, "It's real people, but I understand — I've taken you off.")], qa=1),
        E(NI, "not_interested", [
            (U, "I moved out of the district, I don't even vote there anymore. I'm not interested."),
            (A, "Ah, got it. Thanks for letting me know.")], react=False, qa=0),
        # ---- Appointment Booked ----------------------------------------------------------------
        E(APPT, "callback_concrete", [
            (U, "I'm making dinner. Can you call me back at 7:30 tonight?"),
            (A, "7:30 tonight, you got it."),
            (U, "Thanks.")], react=False, qa=0),
        E(APPT, "tentative", [
            (U, "Pencil me in for a call with your field organizer {day} at {time} — if something comes up I'll text you."),
            (A, "Pencilled in, {day} at {time}.")], qa=2),
        E(APPT, "appointment", [
            (U, "I'd want to meet someone in person before I commit to anything."),
            (A, "Our field organizer, Keisha, does coffee chats. She could meet you at Bean There on Main {day} at {time}."),
            (U, "Okay, {day} at {time} at Bean There."),
            (A, "Great, I'll let her know.")], qa=2),
        E(APPT, "flipflop", [
            (U, "Probably not, I'm pretty busy."),
            (A, "Could I get Keisha, our organizer, to call you for ten minutes to see what might fit?"),
            (U, "...Sure, fine. {day} at {time}."),
            (A, "{day} at {time} — she'll call you.")], react=False, qa=0),
        E(APPT, "inbound_booking", [
            (U, "Hi, I want to talk to someone about hosting a house party for Dana. Who do I talk to?"),
            (A, "That's our events lead, Marcus. He can call you {day} at {time}?"),
            (U, "That works."),
            (A, "Booked, he'll call this number.")], dir="in", qa=0),
        E(APPT, "callback_concrete", [
            (U, "I'm on my lunch break and it's almost over. Ring me tomorrow at noon?"),
            (A, "Tomorrow at noon, will do."),
            (U, "Okay, bye.")], react=False, qa=0),
        E(APPT, "callback_concrete", [
            (U, "Look, call me Monday at 5, I'll have my calendar in front of me then."),
            (A, "Monday at 5, I'll call you then."),
            (U, "Sounds good.")], qa=2),
    ],
    "nulls": [
        E(None, "null_driving", [
            (U, "I'm driving right now, can't talk."),
            (A, "No worries, stay safe!")], react=False, qa=0),
        E(None, "null_wrong_number", [
            (U, "This isn't {name}. Wrong number, buddy."),
            (A, "Oh, sorry about that!")], react=False, qa=0, pitch=False),
        E(None, "null_inbound_unrelated", [
            (U, "Hi, can you tell me where my polling place is? I just moved to Oak Street."),
            (A, "The county elections office handles that — their website has a lookup by address."),
            (U, "Oh, okay. Thanks.")], dir="in", qa=0),
        E(None, "null_inbound_unrelated", [
            (U, "Hi, I'm a reporter with the Courier, I'm trying to reach your press person about tomorrow's debate."),
            (A, "Sure, that's Alex Moreno, our communications director. I'll give you the email."),
            (U, "Great, go ahead.")], dir="in", qa=0),
        E(None, "null_dropped", [
            (U, "Oh, I think I signed something, yeah. So what do you guys—"),
            (A, "Hello? Hello?")], react=False, qa=0, end_reason="hangup"),
        E(None, "null_who_is_this", [
            (U, "Who is this?"),
            (A, "It's {agent}, with the Whitfield campaign."),
            (U, "Oh. Okay.")], react=False, qa=0, pitch=False),
        E(None, "null_one_question", [
            (U, "Is this a poll?"),
            (A, "No, it's the Whitfield campaign — we're looking for volunteers."),
            (U, "Oh.")], react=False, qa=0, pitch=False, end_reason="hangup"),
    ],
}
INDUSTRIES.append(CAMPAIGN)


# ============================================================================================
# 5. B2B freight and logistics
# ============================================================================================

FREIGHT = {
    "key": "freight_logistics",
    "co": "Keystone Freight Solutions",
    "agents": ["Ryan", "Angela", "Luis", "Tasha"],
    "custom": [
        {"label": "Load Tendered",
         "description": "The shipper gave us an actual shipment to move during the call — lane, pickup date and freight details."},
        {"label": "Contracted Elsewhere",
         "description": "Declines because their freight is locked into a contract with another carrier or 3PL."},
        {"label": "Wrong Contact", "description": "Not the person who handles shipping."},
    ],
    "intro": [
        "Hi, is this {name}? This is {agent} with Keystone Freight Solutions.",
        "Morning, {agent} over at Keystone Freight — am I speaking with {name}?",
        "Hey {name}, it's {agent} from Keystone Freight Solutions. Catch you at an okay time?",
        "Hi, I'm looking for {name}, who handles the shipping there? It's {agent} with Keystone Freight.",
    ],
    "pitch": [
        "Great. We're a freight brokerage out of Columbus — truckload, LTL, reefer and flatbed — and we've got a lot of capacity in the Midwest and Southeast right now.",
        "Thanks. I'll be quick: we help manufacturers cover the loads their regular carriers drop, usually same day.",
        "Appreciate it. We've been moving freight for a couple of companies in your industrial park, and I wanted to see how you're handling your outbound lanes.",
        "Cool. We're a 3PL with about four thousand vetted carriers, and we're looking to earn a shot at some of your spot freight.",
    ],
    "detail": [
        "Every load gets live tracking and a dedicated rep, so you're not chasing drivers.",
        "Our carriers carry a hundred thousand in cargo insurance minimum, and we check authority on every load.",
        "We're strongest on dry van out of Ohio, Indiana and Georgia, but we cover all forty-eight states.",
        "Most customers start with one or two loads when their primary carrier rejects a tender.",
    ],
    "qa": [
        ("What's your cargo insurance?", "A hundred thousand per load standard, and we can bump it for high-value freight."),
        ("Are you asset-based or a broker?", "We're a broker with a small dedicated fleet in Ohio."),
        ("How do you track the trucks?", "ELD tracking on every load, with updates every fifteen minutes to a portal or your email."),
        ("Do you do reefer?", "Yes, reefer's about a third of our volume, mostly produce and dairy."),
        ("What are your payment terms for us?", "Net thirty for shippers, and we can do quick pay for carriers so they show up."),
        ("Do you handle drop trailers?", "On some lanes, yeah — we have drop pools in Columbus and Atlanta."),
        ("How fast can you cover a load?", "Same-day on most of our core lanes, usually within two hours."),
        ("Do you do LTL too?", "We do, through our national LTL partners at our contracted rates."),
        ("What's the market doing right now on rates?", "Dry van spot is pretty soft, about a dollar ninety a mile nationally."),
        ("Can you do hazmat?", "Limited — class 3 and 8 with certified carriers only."),
        ("Where are you guys based?", "Columbus, Ohio, with a second office in Atlanta."),
    ],
    "in_greet": [
        "Keystone Freight Solutions, this is {agent}. How can I help you?",
        "Thanks for calling Keystone Freight, {agent} speaking.",
    ],
    "vm_business": [
        "You've reached the shipping desk at Carver Plastics. We're on the dock — leave your name, number and PO and we'll call you back.",
        "Thank you for calling Midland Steel Fabrication. Our office hours are seven to four-thirty, Monday to Friday. Please leave a message.",
    ],
    "vm_msg": [
        "Hey {name}, {agent} with Keystone Freight. We've got trucks in your area this week if your carriers leave you short — call me at 614-555-0178. Thanks.",
        "Hi {name}, it's {agent} at Keystone Freight Solutions. Just wanted to introduce myself, I'll shoot you an email with our capabilities.",
    ],
    "endings": [
        # ---- custom: Load Tendered ---------------------------------------------------------------
        E("Load Tendered", "custom_indirect", [
            (U, "Funny timing. I've got twelve pallets of bottled water going Columbus to Louisville {day}, and my usual guy just fell through."),
            (A, "We can cover that. What are the dock hours?"),
            (U, "Pickup seven to three, delivery next morning. Forty-two thousand pounds."),
            (A, "Got it. I'll send the rate confirmation in ten minutes."),
            (U, "Send it over, I'll sign it.")], qa=1),
        E("Load Tendered", "custom_close", [
            (U, "Okay, let's test you. Full truckload, dry van, Chicago to Dallas, picks up {date}, thirty-eight thousand pounds of packaged snacks. Can you take it?"),
            (A, "Yes — we'll take it at twenty-four fifty all in."),
            (U, "Book it."),
            (A, "Booked. Confirmation's coming to your email.")], qa=2),
        E("Load Tendered", "inbound_custom", [
            (U, "Hi, I got your card at the trade show. I need a reefer from Salinas to Denver, lettuce, loads {day} morning. Can you cover it?"),
            (A, "Yes. Temp set at thirty-four?"),
            (U, "Thirty-four, continuous. Twenty-two pallets."),
            (A, "Okay, I've got a carrier for it. Rate con's coming over now."),
            (U, "Great, I'll sign as soon as it lands.")], dir="in", qa=1),
        E("Load Tendered", "custom_indirect", [
            (U, "Actually, you know what, I've got one for you right now. Two crates of machine parts, Houston to Tulsa, need a flatbed, ready {day}."),
            (A, "Flatbed, Houston to Tulsa, {day}. Weights?"),
            (U, "About eighteen thousand total, needs tarping."),
            (A, "We'll cover it. I'll email you the confirmation.")], qa=1),
        E("Load Tendered", "flipflop_custom", [
            (U, "We really don't need another broker, man."),
            (A, "Understood. If you ever get stuck with a load, keep my number."),
            (U, "...Well, actually, I am stuck with one. LTL, four pallets, Atlanta to Charlotte, tomorrow. Can you move it?"),
            (A, "Yes, I'll book it now. Pickup address?"),
            (U, "2200 Industrial Parkway, dock 6."),
            (A, "Got it — you're booked for tomorrow, I'll send the BOL.")], react=False, qa=0),
        # ---- custom: Contracted Elsewhere ----------------------------------------------------------
        E("Contracted Elsewhere", "custom_indirect", [
            (U, "We signed a two-year dedicated deal with Schneider in January. Everything goes through them, I can't use anyone else."),
            (A, "Understood, thanks for being straight with me.")], qa=1),
        E("Contracted Elsewhere", "custom_close", [
            (U, "We're under contract with another 3PL, so I can't give you any freight."),
            (A, "Okay. When does that contract run to?"),
            (U, "Not for a good while. Thanks though.")], react=False, qa=0),
        E("Contracted Elsewhere", "custom_indirect", [
            (U, "Our parent company negotiates all the carrier deals at corporate. My hands are tied, it's all locked in with the national account."),
            (A, "Got it. Appreciate your time.")], qa=2),
        E("Contracted Elsewhere", "custom_indirect", [
            (U, "Look, we've got committed volume with J.B. Hunt, minimum loads a week, and we get penalized if we drop below it. So no."),
            (A, "Makes sense.")], qa=1),
        # ---- custom: Wrong Contact ---------------------------------------------------------------
        E("Wrong Contact", "custom_indirect", [
            (U, "Oh, I'm in accounts payable. Shipping's a whole different department — that's Dave Kowalski."),
            (A, "Do you have his extension?"),
            (U, "Try 214.")], react=False, qa=0),
        E("Wrong Contact", "custom_close", [
            (U, "I'm not the person who handles shipping, sorry. I just answer the phones here."),
            (A, "No problem — who should I ask for?"),
            (U, "You'd want the warehouse manager, but he's off today.")], qa=0),
        E("Wrong Contact", "custom_indirect", [
            (U, "You want logistics, hon. I do payroll. I'd transfer you but the line's busy — try back after lunch."),
            (A, "Will do, thank you.")], react=False, qa=0),
        E("Wrong Contact", "custom_indirect", [
            (U, "I left the traffic manager job in May, I'm in sales now. Maria Chen took over freight."),
            (A, "Thanks, I'll reach out to her."),
            (U, "Yeah, she's your gal.")], qa=0),
        # ---- near-misses ------------------------------------------------------------------------
        E(INT, "near_custom", [
            (U, "I don't have anything for you right now, but what would you charge Dallas to Atlanta for a full van, just roughly?"),
            (A, "Around twenty-one hundred at today's market."),
            (U, "Okay, not bad. Email me your rate sheet and I'll keep you in mind.")], qa=1),
        E(INT, "near_custom", [
            (U, "We've got a contract carrier on our main lanes, but our spot freight into the Southeast is all over the place. Send me your info."),
            (A, "Will do — I'll send our carrier packet and lane map.")], qa=2),
        E(INT, "near_custom", [
            (U, "I handle it, but my boss signs off on any new carrier. Send me the setup packet and I'll walk it over to him."),
            (A, "Perfect, it'll be in your inbox in five minutes.")], qa=2),
        E(NI, "near_custom", [
            (U, "We use a couple of regional carriers, nothing contracted, we're just happy with them. So no thanks."),
            (A, "Fair enough, thanks for your time.")], qa=1),
        E(APPT, "near_custom", [
            (U, "Next quarter we're opening a new lane out of Memphis. Nothing to move yet, but let's talk about it properly. {day} at {time}?"),
            (A, "{day} at {time} works. I'll send an invite."),
            (U, "Good.")], qa=2),
        E(INT, "booked_cancelled", [
            (U, "Let's set up a call {day} at {time} to go over your rates."),
            (A, "Booked for {day} at {time}."),
            (U, "Ah — actually, cancel that, my week's a mess with inventory. I'll email you when I've got a lane for you to bid on."),
            (A, "No problem, I've cancelled it. Looking forward to your email.")], qa=1),
        # ---- Interested -------------------------------------------------------------------------
        E(INT, "callback_vague", [
            (U, "Our annual bid opens in the summer. Reach out in June and I'll put you on the list."),
            (A, "I'll call you in June, thanks.")], qa=1),
        E(INT, "flipflop", [
            (U, "We're good on carriers, honestly."),
            (A, "Totally fair. Do you ever get rejected tenders on the Southeast lanes?"),
            (U, "...Yeah, all the time out of Savannah, actually. What do you run out of there?"),
            (A, "Two or three trucks a day, dry van and reefer."),
            (U, "Huh. Okay, send me your info, that could actually help us.")], react=False, qa=0),
        E(INT, "inbound_interested", [
            (U, "Hi, do you guys do cross-dock in Savannah? We've got containers coming in from the port."),
            (A, "We do, through a partner warehouse five miles from the port."),
            ("QA", ""),
            (U, "Okay. Send me a capabilities deck and I'll take a look."),
            (A, "Will do, what's the best email?")], dir="in", qa=3),
        E(INT, "interested", [
            (U, "Alright, send me your carrier packet. I'll get you set up in our system so we can try you when something comes up."),
            (A, "Great, I'll send it right after this call.")], qa=3),
        # ---- Not Interested ---------------------------------------------------------------------
        E(NI, "not_interested", [
            (U, "Not interested, thanks."),
            (A, "Okay, have a good one.")], react=False, qa=0),
        E(NI, "hostile", [
            (U, "I get twenty broker calls a day. Do not call this number again."),
            (A, "Understood, I'll take you off our list.")], react=False, qa=0),
        E(NI, "not_interested", [
            (U, "We run our own fleet. We don't use brokers. We're all set."),
            (A, "Got it, thanks.")], qa=0),
        E(NI, "flipflop", [
            (U, "Yeah, no — your numbers are higher than what I'm paying now. Gonna pass."),
            (A, "Understood. Thanks for hearing me out.")], qa=4),
        E(NI, "booked_cancelled", [
            (U, "Fine, put me down for a call {day} at {time}."),
            (A, "Great, {day} at {time} it is."),
            (U, "Wait — you're a broker, not a carrier? We only work asset-based. Cancel that, not interested."),
            (A, "Understood, I've cancelled it.")], qa=1),
        E(NI, "not_interested", [
            (U, "Volumes are down about half this year. I'm not adding any vendors, period. No."),
            (A, "Understood, tough market. Thanks.")], qa=1),
        E(NI, "not_interested", [
            (U, "Take us off your list, please. We're not looking."),
            (A, "Will do.")], react=False, qa=0),
        # ---- Appointment Booked ----------------------------------------------------------------
        E(APPT, "callback_concrete", [
            (U, "I'm on the dock right now, it's a zoo. Call me back at 2:30."),
            (A, "2:30 today, I'll call you then."),
            (U, "Yep.")], react=False, qa=0),
        E(APPT, "tentative", [
            (U, "Pencil me in for {day} at {time}. If something blows up on the floor I'll let you know."),
            (A, "Pencilled in — {day} at {time}.")], qa=3),
        E(APPT, "flipflop", [
            (U, "Nah, we're fine."),
            (A, "Fair enough. Would fifteen minutes to compare your Southeast rates be worth it? No commitment."),
            (U, "...Fifteen minutes. Okay. {day} at {time}."),
            (A, "{day} at {time}, I'll send the invite.")], react=False, qa=0),
        E(APPT, "appointment", [
            (U, "Why don't you come by the warehouse and see what we ship? Easier than explaining it."),
            (A, "I'd love that. {day} at {time}?"),
            (U, "{day} at {time}, ask for me at the front office."),
            (A, "See you then.")], qa=2),
        E(APPT, "inbound_booking", [
            (U, "Hi, your rep left me a message last week. I'd like to set up a call with your account manager to go over our lanes."),
            (A, "Sure. I have {day} at {time}."),
            (U, "That works."),
            (A, "Booked, you'll get an invite.")], dir="in", qa=0),
        E(APPT, "appointment", [
            (U, "My director would want to be in on this. Can we do a Teams call {day} at {time}?"),
            (A, "{day} at {time} works, I'll send the link."),
            (U, "Great, send it to both of us.")], qa=3),
        E(APPT, "callback_concrete", [
            (U, "Try me tomorrow at 8am, before the trucks start rolling in."),
            (A, "Tomorrow at 8 — will do."),
            (U, "Alright.")], qa=1),
    ],
    "nulls": [
        E(None, "null_driving", [
            (U, "I'm driving between plants, can't talk now."),
            (A, "No problem, I'll let you go.")], react=False, qa=0),
        E(None, "null_busy_now", [
            (U, "Hang on — forklift! Watch the — sorry, I can't do this right now."),
            (A, "Understood, sorry to bother you.")], react=False, qa=0),
        E(None, "null_inbound_unrelated", [
            (U, "Hi, I'm calling to verify employment for a Jason Reyes. He listed you as a previous employer."),
            (A, "That'd be our HR department — I can give you their email."),
            (U, "Sure, go ahead.")], dir="in", qa=0),
        E(None, "null_inbound_unrelated", [
            (U, "Hey, I'm a carrier, I hauled a load for you last week and I'm trying to find out when my quick pay is going through."),
            (A, "Let me give you carrier accounting's line — they handle all payments."),
            (U, "Okay, yeah.")], dir="in", qa=0),
        E(None, "null_dropped", [
            (U, "Yeah, we've been having issues with our, uh, our outbound to—"),
            (A, "Hello? {name}, you there?")], react=False, qa=0, end_reason="hangup"),
        E(None, "null_who_is_this", [
            (U, "Who is this?"),
            (A, "It's {agent} with Keystone Freight."),
            (U, "Okay.")], react=False, qa=0, pitch=False),
        E(None, "null_one_question", [
            (U, "Is this about the late delivery to Dayton?"),
            (A, "No, sorry, we haven't worked together yet — I'm calling to introduce Keystone."),
            (U, "Oh.")], react=False, qa=0, pitch=False, end_reason="hangup"),
    ],
}
INDUSTRIES.append(FREIGHT)


# ============================================================================================
# Call builders
# ============================================================================================

CLOSERS = [
    "Thanks so much for your time, {name}.", "Okay, thanks {name}, have a good day.",
    "Appreciate it — take care.", "Great, thanks again. Bye now.",
]


def _slots(rng: random.Random, ind: dict[str, Any], study: str | None = None) -> dict[str, str]:
    study = study or rng.choice(sorted(STUDIES))
    return {
        "name": rng.choice(PEOPLE),
        "agent": rng.choice(ind["agents"]),
        "co": ind["co"],
        "day": rng.choice(DAYS),
        "time": rng.choice(TIMES),
        "date": rng.choice(DATES),
        "study_desc": STUDIES[study],
        "phone": "The number you have dialled",
    }


def _fill_all(msgs: list[tuple[str, str]], slots: dict[str, str]) -> list[tuple[str, str]]:
    out = []
    for role, text in msgs:
        text = fill(text, slots)
        text = fill(text, slots)  # intros nested in hello-hangup templates
        out.append((role, text[0].upper() + text[1:] if text else text))
    return out


def _qa_turns(rng: random.Random, ind: dict[str, Any], qa_max: int) -> list[tuple[str, str]]:
    n = rng.randint(0, qa_max)
    if qa_max >= 2 and rng.random() < 0.25:  # some long, chatty calls (30-40 messages)
        n = rng.randint(6, 11)
    pairs = rng.sample(ind["qa"], min(n, len(ind["qa"])))
    if pairs and rng.random() < 0.35:
        for st in rng.sample(SMALLTALK, 1 if n < 6 else 2):
            pairs.insert(rng.randint(0, len(pairs)), st)
    return [t for q, a in pairs for t in ((U, q), (A, a))]


def conversation(rng: random.Random, ind: dict[str, Any], e: dict[str, Any]) -> tuple[list, dict]:
    """A real two-way conversation ending with the entry's block."""
    slots = _slots(rng, ind, e.get("study"))
    direction = e.get("dir", "out")
    if direction == "out":
        msgs = [(A, rng.choice(ind["intro"]))]
        if e.get("pitch", True):
            msgs += [(U, rng.choice(GREETS)), (A, rng.choice(ind["pitch"]))]
            if e.get("react", True):
                msgs += [(U, rng.choice(REACTS)), (A, rng.choice(ind["detail"]))]
    else:
        msgs = [(A, rng.choice(ind["in_greet"]))]
    qa = _qa_turns(rng, ind, e.get("qa", 2))
    block = list(e["turns"])
    if ("QA", "") in block:
        i = block.index(("QA", ""))
        block[i:i + 1] = qa
        msgs += block
    else:
        msgs += qa + block
    end_reason = e.get("end_reason", "completed")
    if end_reason == "completed":
        if msgs[-1][0] == A and rng.random() < 0.5:
            msgs.append((U, rng.choice(BYES)))
        elif msgs[-1][0] == U and e["gold"] is not None and rng.random() < 0.4:
            msgs.append((A, rng.choice(CLOSERS)))
    for (r1, _), (r2, _) in zip(msgs, msgs[1:]):
        assert r1 != r2, (ind["key"], e["tag"], msgs)  # turns alternate
    return _fill_all(msgs, slots), {"direction": "inbound" if direction == "in" else "outbound",
                                    "end_reason": end_reason}


NC_TYPES = ["tel_no_answer", "tel_busy", "tel_failed", "hello_hangup", "room_talk", "carrier", "screener"]
VM_TYPES = ["vm_personal", "vm_business", "vm_full", "vm_carrier", "vm_detected"]


def not_connected(rng: random.Random, ind: dict[str, Any], kind: str, k: int) -> tuple[list, dict]:
    slots = _slots(rng, ind)
    slots["intro"] = fill(rng.choice(ind["intro"]), slots)
    kw: dict[str, Any] = {"direction": "outbound"}
    if kind.startswith("tel_"):
        kw["end_reason"] = kind[4:]
        kw["duration_seconds"] = 0
        if kind == "tel_no_answer" and rng.random() < 0.5:
            kw["duration_seconds"] = 30
        return [], kw
    if kind == "hello_hangup":
        msgs = HELLO_HANGUPS[k % len(HELLO_HANGUPS)]
        kw["end_reason"] = "hangup"
    elif kind == "room_talk":
        msgs = [(A, "{intro}")] + ROOM_TALK[k % len(ROOM_TALK)]
        kw["end_reason"] = "hangup"
    elif kind == "carrier":
        key = sorted(CARRIER)[k % len(CARRIER)]
        msgs = [(U, CARRIER[key])]
    else:  # screener
        msgs = SCREENERS[k % len(SCREENERS)]
    return _fill_all(msgs, slots), kw


def voicemail(rng: random.Random, ind: dict[str, Any], kind: str) -> tuple[list, dict]:
    slots = _slots(rng, ind)
    kw: dict[str, Any] = {"direction": "outbound", "end_reason": "completed"}
    leave = rng.random() < 0.6
    if kind == "vm_personal":
        msgs = [(U, rng.choice(VM_PERSONAL))]
    elif kind == "vm_business":
        msgs = [(U, rng.choice(ind["vm_business"]))]
    elif kind == "vm_full":
        msgs, leave = [(U, rng.choice(VM_FULL))], False
    elif kind == "vm_carrier":
        msgs, leave = [(U, rng.choice(VM_CARRIER))], True
    else:  # telephony flag, transcript only "hello ... hello"
        msgs = [(A, rng.choice(ind["intro"])), (U, "Hello?"), (A, "Hi, can you hear me?"), (U, "... hello?")]
        kw["voicemail_detected"] = True
        leave = False
    if leave:
        msgs = msgs + [(A, rng.choice(ind["vm_msg"]))]
    return _fill_all(msgs, slots), kw


def render(rng: random.Random, msgs: list[tuple[str, str]], use_asr: bool) -> list[tuple[str, str]]:
    if not use_asr:
        return msgs
    level = rng.uniform(0.3, 0.9)
    return [(r, asr(t, rng, level)) for r, t in msgs]


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    rows: list[dict[str, Any]] = []
    for n_ind, ind in enumerate(INDUSTRIES):
        custom_labels = {c["label"] for c in ind["custom"]}
        entries = ind["endings"] + ind["nulls"]
        golds = [e["gold"] for e in entries]
        for g in (INT, NI, APPT, None):
            assert golds.count(g) == QUOTA[g], (ind["key"], g, golds.count(g))
        assert sum(g in custom_labels for g in golds) == QUOTA["custom"], ind["key"]
        assert all(g in BUILTINS or g is None or g in custom_labels for g in golds)
        items: list[tuple[str | None, str, list, dict]] = []
        for e in entries:
            msgs, kw = conversation(rng, ind, e)
            items.append((e["gold"], e["tag"], msgs, kw))
        for k, kind in enumerate(NC_TYPES):
            msgs, kw = not_connected(rng, ind, kind, n_ind + k)
            items.append((NC, "nc_" + kind, msgs, kw))
        for kind in VM_TYPES:
            msgs, kw = voicemail(rng, ind, kind)
            items.append((VM, kind, msgs, kw))
        for gold, tag, msgs, kw in items:
            use_asr = bool(msgs) and rng.random() < ASR_SHARE
            msgs = render(rng, msgs, use_asr)
            if msgs:
                words = sum(len(t.split()) for _, t in msgs)
                kw.setdefault("duration_seconds", round(words / 2.6 + rng.uniform(2, 10), 1))
            rows.append({"gold": gold, "tag": f"{tag}/{'asr' if use_asr else 'typed'}",
                         "industry": ind["key"], "custom": ind["custom"], "msgs": msgs, "kw": kw})
    rng.shuffle(rows)
    return [
        record(f"{PREFIX}-{i:04d}", r["industry"], r["custom"], r["msgs"], r["gold"], r["tag"], **r["kw"])
        for i, r in enumerate(rows, 1)
    ]


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
