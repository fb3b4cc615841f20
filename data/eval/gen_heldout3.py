"""Generate a third held-out set, written after the classifier was frozen and evaluated once:
veterinary, mortgage, university admissions, movers, catering.

Run: python data/eval/gen_heldout3.py  (writes data/eval/heldout3.jsonl; deterministic seed)
The classifier was not changed after its single run on this file.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from _common import asr, record, write  # noqa: E402

NC, VM, AB, NI, IN = "Not Connected", "Voicemail", "Appointment Booked", "Not Interested", "Interested"

WHO = ["Abby", "Mr. Ferreira", "Kenji", "Ms. Diallo", "Marco", "Priyanka", "Zoe", "Mr. Olsen"]
SLOTS = ["Friday at 10:45am", "tomorrow at 2", "Monday at 5pm", "the 11th at 9am",
         "Thursday around 3:30pm", "Sunday at noon", "Wednesday at 8", "the 27th at 1pm"]

BIZ: dict[str, dict[str, Any]] = {
    "vet": {
        "agent": "Ruth",
        "hi": ["Hi {w}, Ruth from Maple Animal Hospital, calling about Buddy's vaccines.",
               "Hello {w}, this is Ruth at PawCare Vet Clinic."],
        "pitch": ["Buddy is overdue for his rabies booster.", "We have a dental cleaning special."],
        "meet": ["vaccine visit", "checkup"],
        "qa": [("How old is Buddy now?", "He turned seven."), ("Still on the same food?", "Yep.")],
        "custom": [
            {"label": "Pet Emergency", "description": "The pet is sick or injured right now and "
             "needs urgent care.",
             "lines": ["He's been vomiting all morning and won't get up.",
                       "My cat got hit by a car, what do I do?",
                       "she ate chocolate an hour ago and shes shaking",
                       "Buddy's leg is bleeding badly, he cut it on glass."]},
            {"label": "Pet Passed Away", "description": "The person says the pet has died.",
             "lines": ["Buddy passed away in August, please update your records.",
                       "We had to put him down last month.",
                       "our dog died a few weeks ago",
                       "Sadly she's no longer with us."]},
        ],
    },
    "mortgage": {
        "agent": "Victor",
        "hi": ["Hi {w}, Victor with Crestview Lending.", "Hello {w}, Victor from HomeRate Loans."],
        "pitch": ["Rates dropped and you could save a few hundred a month by refinancing.",
                  "You might qualify for a cash-out refinance."],
        "meet": ["call with a loan officer", "rate review"],
        "qa": [("What's your current rate roughly?", "Around seven percent."),
               ("How much is left on the loan?", "About three hundred thousand.")],
        "custom": [
            {"label": "Rate Shopping", "description": "The person is comparing rates from "
             "several lenders.",
             "lines": ["I'm getting quotes from three other banks, what's your best rate?",
                       "Rocket offered me 5.9, can you beat that?",
                       "im shopping around to compare lenders right now",
                       "I've got a few offers on the table, I'm comparing."]},
            {"label": "Recently Refinanced", "description": "The person already refinanced "
             "their mortgage recently.",
             "lines": ["We just refinanced in the spring.",
                       "I redid my mortgage with Chase two months ago.",
                       "we already refied last year at a good rate",
                       "Closed on a refinance in January."]},
        ],
    },
    "admissions": {
        "agent": "Helen",
        "hi": ["Hi {w}, Helen from Lakeside University admissions.",
               "Hello, is this {w}? Helen with Northgate College."],
        "pitch": ["Your application is almost complete, and we'd love to have you visit campus.",
                  "We have an open house for admitted students next week."],
        "meet": ["campus tour", "admissions interview"],
        "qa": [("What major are you considering?", "Biology, maybe pre-med."),
               ("Which high school?", "Central High.")],
        "custom": [
            {"label": "Financial Aid Question", "description": "Asks about scholarships, "
             "grants, loans or financial aid.",
             "lines": ["Are there any scholarships I could apply for?",
                       "How does financial aid work, my parents can't pay full tuition.",
                       "do you offer grants for first generation students",
                       "What's the deadline for the FAFSA with you?"]},
            {"label": "Enrolled Elsewhere", "description": "The student has already committed "
             "to another school.",
             "lines": ["I already committed to State, sorry.",
                       "I accepted an offer from another university last week.",
                       "im going to riverside college i already paid the deposit",
                       "I'm enrolled somewhere else for the fall."]},
        ],
    },
    "movers": {
        "agent": "Frank",
        "hi": ["Hi {w}, Frank from Swift Movers, you asked for a moving quote.",
               "Hello {w}, it's Frank with Atlas Relocation."],
        "pitch": ["We can give you a firm price after a quick in-home survey.",
                  "We have trucks open at the end of the month."],
        "meet": ["in-home survey", "video walkthrough"],
        "qa": [("How many bedrooms?", "Three."), ("Any piano or safe?", "No, nothing like that.")],
        "custom": [
            {"label": "Long-Distance Move", "description": "The move is to another state or "
             "over a long distance.",
             "lines": ["We're moving from Ohio to Arizona.",
                       "It's a cross-country move, Boston to Seattle.",
                       "were relocating out of state about 900 miles",
                       "Going all the way to Florida."]},
            {"label": "Survey Booked", "description": "The person agreed to an in-home moving "
             "survey at a set time.", "lines": []},
        ],
    },
    "catering": {
        "agent": "Mia",
        "hi": ["Hi {w}, Mia from Saffron Catering about your event inquiry.",
               "Hello {w}, this is Mia with Golden Fork Events."],
        "pitch": ["We'd love to cater your event; we can do a tasting first.",
                  "Our fall menu is out and we have dates open."],
        "meet": ["tasting", "menu planning call"],
        "qa": [("How many guests?", "Around eighty."), ("Indoor or outdoor?", "Outdoor, a tent.")],
        "custom": [
            {"label": "Dietary Restrictions", "description": "The person mentions allergies or "
             "dietary needs such as vegan, gluten-free or kosher.",
             "lines": ["Half the guests are vegan, can you handle that?",
                       "My daughter has a severe nut allergy.",
                       "everything has to be kosher for us",
                       "We need gluten-free options for a lot of people."]},
            {"label": "Do Not Contact"},
        ],
    },
}

OPENERS = ["Yes?", "Speaking.", "Hi, yeah.", "Okay, I'm here.", "Hey, what's up?", "Mm, go ahead."]
THANKS = ["Good to know.", "Thanks.", "Alright.", "Perfect."]
OKAY_SLOT = ["Yes, that's good.", "Sure, put me down.", "Okay, see you then.", "That works, thanks.",
             "Yeah let's do it."]
OWN = ["{T} suits me.", "Can we say {t}?", "I'm free {t}, let's do that."]
NOPE = ["No, not interested.", "I don't need that, thanks.", "We'll skip it.", "No thank you.",
        "Not for us right now, no.", "I'm not going to do that."]
NEVER = ["Stop calling this number.", "Don't contact me again.", "Delete my number please."]
CURIOUS = ["What would it cost me?", "Can you send me the info by email?", "Who else uses you?",
           "I need to check with my partner first.", "Call me again next month.",
           "What's the process like?", "Do you have a payment plan?", "Text me the details."]
BRIEF_NULL = [[("I'm in the car with the kids, can't talk.", None)],
              [("How did you get this number?", "From your web inquiry."), ("Oh. Okay.", None)],
              [("Sorry, I can barely hear you.", None)]]
INBOUND = [["Hi, I think I was double charged last month.", "Can you check?"],
           ["What's your address? I need to drop off a form.", "Great, thanks."]]
ROOM = [["Hello? ... Hey, who's at the door? ... Tell him to wait!"],
        ["Yeah? Sweetie, put the dog outside please. ... Ugh."]]
CARRIER = ["The number you have reached is not in service.",
           "Your call cannot be completed at this time."]
VOICE = ["Hi, you've reached {w}, leave a message and I'll get back to you.",
         "The mailbox is full. Goodbye.",
         "You have reached the office after hours, please leave a message.",
         "{w} here, can't answer, leave a message after the tone."]


class Gen3:
    """Builder for the third held-out set."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.n = 0

    def p(self, xs: list[Any]) -> Any:
        return self.r.choice(xs)

    def lead(self, b: str, w: str) -> list[tuple[str, str]]:
        cfg = BIZ[b]
        out = [("agent", self.p(cfg["hi"]).format(w=w)), ("user", self.p(OPENERS)),
               ("agent", self.p(cfg["pitch"]))]
        if self.r.random() < 0.5:
            for q, a in cfg["qa"]:
                out += [("agent", q), ("user", a)]
            out.append(("agent", self.p(THANKS)))
        return out

    def booking(self, meet: str) -> list[tuple[str, str]]:
        t = self.p(SLOTS)
        v = self.r.randint(0, 3)
        if v == 0:
            return [("agent", f"Could we do the {meet} {t}?"), ("user", self.p(OKAY_SLOT)),
                    ("agent", f"Great, {t}.")]
        if v == 1:
            return [("agent", f"When works for the {meet}?"),
                    ("user", self.p(OWN).format(t=t, T=t[0].upper() + t[1:])),
                    ("agent", f"Set for {t}.")]
        if v == 2:
            return [("user", f"Call me back {t}, I'm busy."), ("agent", f"Will call {t}.")]
        return [("user", self.p(NOPE)), ("agent", f"The {meet} is free, no obligation."),
                ("user", f"Oh alright, {t}."), ("agent", f"Booked {t}.")]

    def make(self, b: str, kind: str) -> dict[str, Any]:
        self.n += 1
        r = self.r
        cfg = BIZ[b]
        w = self.p(WHO)
        active = [c for c in cfg["custom"] if r.random() < 0.8 or kind.startswith("custom")]
        names = {c["label"] for c in active}
        customs = [{k: v for k, v in c.items() if k in ("label", "description")} for c in active]
        kw: dict[str, Any] = {"direction": "outbound"}
        m: list[tuple[str, str]]
        gold: str | None
        if kind == "nc_tel":
            m, gold, kw["end_reason"] = [], NC, self.p(["no_answer", "busy", "failed"])
        elif kind == "nc_hello":
            m, gold = [("agent", cfg["hi"][0].format(w=w)), ("user", "Hello?")], NC
        elif kind == "nc_room":
            m = [("agent", cfg["hi"][1].format(w=w))] + [("user", x) for x in self.p(ROOM)]
            gold = NC
        elif kind == "nc_carrier":
            m, gold = [("user", self.p(CARRIER))], NC
        elif kind == "vm":
            m, gold = [("user", self.p(VOICE).format(w=w))], VM
        elif kind == "booked":
            meet = self.p(cfg["meet"])
            m, gold = self.lead(b, w) + self.booking(meet), AB
            if meet == "in-home survey" and "Survey Booked" in names:
                gold = "Survey Booked"
        elif kind == "declined":
            pool = NOPE + ([] if "Do Not Contact" in names else NEVER)
            v = r.randint(0, 1)
            tail = [("user", self.p(pool))]
            if v:
                tail = [("user", self.p(CURIOUS)), ("agent", "About $40 a month.")] + tail
            m, gold = self.lead(b, w) + tail, NI
        elif kind == "interested":
            v = r.randint(0, 1)
            tail = [("user", self.p(CURIOUS)), ("agent", "Of course.")]
            if v:
                tail = [("user", "No thanks."), ("agent", "It's free to try.")] + tail
            m, gold = self.lead(b, w) + tail, IN
        elif kind == "null_short":
            m = [("agent", self.p(cfg["hi"]).format(w=w))]
            for u, a in self.p(BRIEF_NULL):
                m.append(("user", u))
                if a:
                    m.append(("agent", a))
            gold = None
        elif kind == "null_inbound":
            m = [("agent", "Hi, thanks for calling, what can I do for you?")]
            for x in self.p(INBOUND):
                m += [("user", x), ("agent", "Sure thing.")]
            gold, kw["direction"] = None, "inbound"
        elif kind.startswith("custom"):
            c = cfg["custom"][int(kind[-1])]
            if c["label"] == "Survey Booked":
                m = self.lead(b, w) + self.booking("in-home survey")
            elif c["label"] == "Do Not Contact":
                m = self.lead(b, w) + [("user", self.p(NEVER)), ("agent", "Understood.")]
            else:
                m = self.lead(b, w) + [("user", self.p(c["lines"])), ("agent", "Thanks.")]
            gold = c["label"]
        else:
            raise ValueError(kind)
        style = "typed"
        if r.random() < 0.4:
            style = "asr"
            m = [(ro, asr(t, r, 0.7) if ro == "user" else t) for ro, t in m]
        return record(f"heldout3-{self.n:04d}", b, customs, m, gold, f"{kind}/{style}", **kw)


PLAN = {"nc_tel": 2, "nc_hello": 2, "nc_room": 2, "nc_carrier": 1, "vm": 4, "booked": 8,
        "declined": 8, "interested": 8, "null_short": 3, "null_inbound": 2, "custom0": 5,
        "custom1": 5}


def main() -> None:
    g = Gen3(seed=31337)
    rows = [g.make(b, k) for b in BIZ for k, n in PLAN.items() for _ in range(n)]
    write(Path(__file__).parent / "heldout3.jsonl", rows)


if __name__ == "__main__":
    main()
