"""Generate a second, fresh held-out set, written after the fixes that followed the first
held-out look: internet/telecom, gyms, legal intake, home security, travel.

Run: python data/eval/gen_heldout2.py  (writes data/eval/heldout2.jsonl; deterministic seed)
Nothing in the classifier was tuned on this file.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from _common import asr, record, write  # noqa: E402

NC, VM, AB, NI, IN = "Not Connected", "Voicemail", "Appointment Booked", "Not Interested", "Interested"

FOLKS = ["Carla", "Mr. Nguyen", "Deshawn", "Ingrid", "Pablo", "Mrs. Kowalski", "Rohan", "Tess"]
TIMES = [
    "Wednesday at 6pm", "tomorrow at 8:30am", "Friday at 11am", "Monday afternoon at 3",
    "the 18th at 10am", "Thursday at 1:15pm", "this Saturday at 9", "Tuesday at 7pm",
    "the 2nd at 4pm", "tomorrow evening at 6",
]

SECTORS: dict[str, dict[str, Any]] = {
    "telecom": {
        "agent": "Nina",
        "hello": ["Hi {f}, Nina from FiberNet. Fiber just became available on your street.",
                  "Hello, is this {f}? I'm Nina with ClearWave Internet."],
        "offer": ["We can double your speed for less than you pay now.",
                  "There's a promo with free installation this month."],
        "visit": ["installation appointment", "technician visit"],
        "facts": [("Who's your provider now?", "Comcast, for like six years."),
                  ("How many people use the wifi?", "Four of us, the kids game a lot.")],
        "custom": [
            {"label": "Contract Lock-In", "description": "The person says they are stuck in a "
             "contract with their current provider and can't switch yet.",
             "lines": ["I've still got eight months left on my Verizon contract.",
                       "We're locked into a two year deal with Spectrum, so not until that ends.",
                       "there's an early termination fee if i leave my current plan",
                       "My contract doesn't end till next fall."]},
            {"label": "Service Outage Complaint", "description": "The person complains that "
             "their existing service keeps going down.",
             "lines": ["Honestly your service has been dropping every night this week.",
                       "My internet with you guys has been out since Sunday!",
                       "the connection keeps cutting out its unusable",
                       "We lose signal every time it rains, fix that first."]},
        ],
    },
    "gym": {
        "agent": "Leo",
        "hello": ["Hey {f}! Leo from IronPeak Fitness.", "Hi {f}, this is Leo at Pulse Gym."],
        "offer": ["We've got a free week pass and a personal training intro session.",
                  "New-year membership is half price if you join this week."],
        "visit": ["gym tour", "intro training session"],
        "facts": [("Do you work out currently?", "Mostly running outside."),
                  ("Mornings or evenings?", "Evenings, after work.")],
        "custom": [
            {"label": "Injury Concern", "description": "The person mentions an injury or "
             "medical condition that limits exercise.",
             "lines": ["I hurt my back last month so I can't lift right now.",
                       "My knee surgery was in March, I'm still in physical therapy.",
                       "i have a heart condition so my doctor has to clear me first",
                       "I tore my rotator cuff, no weights for a while."]},
            {"label": "Membership Cancellation", "description": "An existing member wants to "
             "cancel or freeze their membership.",
             "lines": ["Actually I want to cancel my membership, I never go.",
                       "Can you freeze my account for a few months? I'm moving.",
                       "i need to stop my monthly payment and end my membership",
                       "How do I quit the gym? I want out of the membership."]},
        ],
    },
    "legal": {
        "agent": "Grace",
        "hello": ["Hello {f}, Grace calling from Whitman & Cole, personal injury attorneys.",
                  "Hi, is this {f}? This is Grace with Harbor Legal intake."],
        "offer": ["You submitted a form about an accident; a free case review is available.",
                  "We help people who were hurt in car accidents get compensation."],
        "visit": ["free case review", "consultation with an attorney"],
        "facts": [("When did the accident happen?", "About two months ago."),
                  ("Were you treated at a hospital?", "Yes, at St. Mary's.")],
        "custom": [
            {"label": "Already Represented", "description": "The person already has a lawyer "
             "for this matter.",
             "lines": ["I already hired an attorney for this, thanks.",
                       "My cousin's lawyer is handling my case.",
                       "ive got representation already a firm downtown took it",
                       "Another law office is already working on my claim."]},
            {"label": "Statute Question", "description": "The person asks whether it is too "
             "late to file or about legal deadlines.",
             "lines": ["Is it too late to file? It happened almost two years ago.",
                       "How long do I have before I can't sue anymore?",
                       "whats the deadline to bring a case like mine",
                       "Did I miss the cutoff for filing?"]},
        ],
    },
    "security": {
        "agent": "Owen",
        "hello": ["Hi {f}, Owen with SafeHaven Home Security.",
                  "Good evening {f}, it's Owen from Vigil Alarm Systems."],
        "offer": ["We're installing free doorbell cameras with monitoring plans in your area.",
                  "Homes near you had a few break-ins; we can do a free security assessment."],
        "visit": ["security assessment", "installation visit"],
        "facts": [("Is it a house or an apartment?", "A two story house."),
                  ("Any pets?", "One dog, a beagle.")],
        "custom": [
            {"label": "Recent Break-In", "description": "The person says their home was recently "
             "burglarized or broken into.",
             "lines": ["Somebody broke into our garage last week, actually.",
                       "We were robbed two weeks ago, they took the TV.",
                       "my car got broken into in the driveway on monday",
                       "Our back door was kicked in while we were away."]},
            {"label": "Remove Me"},
        ],
    },
    "travel": {
        "agent": "Sofia",
        "hello": ["Hi {f}, Sofia from Wanderly Travel about the trip you asked about.",
                  "Hello {f}, this is Sofia with BlueSky Vacations."],
        "offer": ["We have a Caribbean cruise package at 30% off for spring.",
                  "There's an all-inclusive Mexico deal I think you'd love."],
        "visit": ["planning call", "video consultation"],
        "facts": [("How many travelers?", "Two adults, one toddler."),
                  ("Any dates in mind?", "Sometime in April probably.")],
        "custom": [
            {"label": "Passport Issue", "description": "The person says their passport is "
             "expired or missing, or asks about passport requirements.",
             "lines": ["My passport expired last year, is that a problem?",
                       "Do I need a passport for that cruise? I don't have one.",
                       "i lost my passport so i have to renew it first",
                       "My son's passport isn't valid anymore."]},
            {"label": "Group Booking", "description": "The person wants to book for a large "
             "group such as a wedding party, family reunion or company trip.",
             "lines": ["It'd be for our whole wedding party, about twenty-five people.",
                       "We're planning a family reunion for thirty relatives.",
                       "can you handle a company retreat for like forty employees",
                       "I need rooms for a bachelor party of twelve."]},
        ],
    },
}

NEUTRALS = ["Hey.", "Yes, go ahead.", "Okay...", "Mhm, sure.", "Who is this exactly?",
            "I've got a sec.", "Uh-huh.", "Alright, what's up?"]
ACKS = ["Makes sense.", "Thanks for sharing.", "Okay, noted.", "Great."]
YES_SLOT = ["Okay, that works for me.", "Sure, sign me up for that.", "Yes please, let's do it.",
            "That's good, see you then.", "Works. Book it.", "Fine by me."]
MY_SLOT = ["Could you do {t}?", "{T} would be best.", "I'm around {t}, put me in.",
           "Let's make it {t}."]
NO_LINES = ["Nope, not for me.", "I'm gonna pass on that.", "We really don't want it.",
            "Not interested, sorry.", "No, we're happy as is.", "That's a no from me.",
            "I'm good, thanks though."]
STOP_LINES = ["Stop calling me.", "Take my number off your list now.",
              "Don't call here again or I'll report you.", "Put me on the do not call list."]
YES_INFO = ["How much per month?", "Email me the details, please.", "What's included exactly?",
            "Call me back after the 15th, I'll think about it.", "Let me talk it over with my wife.",
            "Can you text me a link to the offer?", "Does it come with a guarantee?",
            "I might be interested, what are the terms?", "Send me a quote."]
SHORT_NULL = [[("Can't talk, I'm at the doctor's.", None)],
              [("Who gave you this number?", "You filled out a form on our site."),
               ("Hm. Okay.", None)],
              [("Sorry, the signal is terrible here.", None)],
              [("Is this a robocall?", None)]]
INBOUND_NULL = [["Hi, I'm returning a missed call from this number.", "Oh okay, no worries."],
                ["Do you have a fax number?", "Thanks, bye."],
                ["I want to change the email on my account.", "It's my new work one."]]
HELLOS = ["Hello?", "hello", "Yeah hello?", "Hi?"]
ROOM = [["Hello? ... Mom! Phone's ringing, can you get it? ... Mom!"],
        ["Yeah? Hold on. ... Jake, turn that music off!", "Ugh, whatever."]]
CARRIERS = ["We're sorry, you have reached a number that has been disconnected.",
            "The number you dialed is not a working number.",
            "This caller does not accept calls from unknown numbers. Goodbye."]
MAILBOXES = ["Hi, this is {f}, I'm not available, please leave a message after the beep.",
             "You've reached {f}. Leave your name and number and I'll call you back.",
             "The voice mailbox you are trying to reach is full.",
             "Thanks for calling, we're closed for the day. Please leave a message.",
             "hi you reached {f} leave a message"]


class Gen2:
    """Builder for the second held-out set."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.k = 0

    def c(self, xs: list[Any]) -> Any:
        return self.rng.choice(xs)

    def start(self, sec: str, f: str) -> list[tuple[str, str]]:
        cfg = SECTORS[sec]
        m = [("agent", self.c(cfg["hello"]).format(f=f)), ("user", self.c(NEUTRALS)),
             ("agent", self.c(cfg["offer"]))]
        if self.rng.random() < 0.5:
            for q, a in cfg["facts"]:
                m += [("agent", q), ("user", a)]
            m.append(("agent", self.c(ACKS)))
        return m

    def book(self, visit: str) -> list[tuple[str, str]]:
        t = self.c(TIMES)
        v = self.rng.randint(0, 4)
        if v == 0:
            return [("agent", f"Can I schedule your {visit} for {t}?"), ("user", self.c(YES_SLOT)),
                    ("agent", f"Done, {t}.")]
        if v == 1:
            return [("agent", f"What time suits you for the {visit}?"),
                    ("user", self.c(MY_SLOT).format(t=t, T=t[0].upper() + t[1:])),
                    ("agent", f"Booked for {t}.")]
        if v == 2:
            return [("user", f"Busy now. Can you call me back {t}?"),
                    ("agent", f"Sure, I'll call {t}.")]
        if v == 3:
            return [("user", self.c(NO_LINES)), ("agent", f"It's free and quick, the {visit}."),
                    ("user", f"Hm, alright, {t} then."), ("agent", f"Great, {t}.")]
        return [("user", self.c(YES_INFO)), ("agent", f"I can cover it in a {visit}, {t}?"),
                ("user", self.c(YES_SLOT)), ("agent", "You're booked.")]

    def decline(self, stop_ok: bool) -> list[tuple[str, str]]:
        pool = NO_LINES + (STOP_LINES if stop_ok else [])
        v = self.rng.randint(0, 2)
        if v == 0:
            return [("user", self.c(pool)), ("agent", "Understood, take care.")]
        if v == 1:
            return [("user", self.c(YES_INFO)), ("agent", "It's $60 a month."),
                    ("user", self.c(pool))]
        t = self.c(TIMES)
        return [("user", f"Fine, {t}."), ("agent", f"Booked {t}, a $49 deposit applies."),
                ("user", "A deposit? Then forget it, cancel that. Not interested.")]

    def interest(self) -> list[tuple[str, str]]:
        v = self.rng.randint(0, 2)
        if v == 0:
            return [("user", self.c(YES_INFO)), ("agent", "Sure thing.")]
        if v == 1:
            return [("user", "Not interested."), ("agent", "Totally fair, it's free to try."),
                    ("user", self.c(YES_INFO))]
        t = self.c(TIMES)
        return [("user", f"Okay {t}."), ("agent", f"Booked {t}."),
                ("user", "Actually, cancel it for now. I do want it though, I'll call you "
                 "back with a better time.")]

    def make(self, sec: str, kind: str) -> dict[str, Any]:
        self.k += 1
        rng = self.rng
        cfg = SECTORS[sec]
        f = self.c(FOLKS)
        active = [c for c in cfg["custom"] if rng.random() < 0.8 or kind.startswith("custom")]
        names = {c["label"] for c in active}
        customs = [{k: v for k, v in c.items() if k in ("label", "description")} for c in active]
        kw: dict[str, Any] = {"direction": "outbound"}
        m: list[tuple[str, str]]
        gold: str | None
        if kind == "nc_tel":
            m = [] if rng.random() < 0.5 else [("agent", cfg["hello"][0].format(f=f))]
            gold, kw["end_reason"] = NC, self.c(["no_answer", "busy", "failed"])
        elif kind == "nc_hello":
            m = [("agent", cfg["hello"][1].format(f=f)), ("user", self.c(HELLOS))]
            gold, kw["end_reason"] = NC, "customer_hung_up"
        elif kind == "nc_room":
            m = [("agent", cfg["hello"][0].format(f=f))] + [("user", x) for x in self.c(ROOM)]
            gold = NC
        elif kind == "nc_carrier":
            m, gold = [("user", self.c(CARRIERS))], NC
        elif kind == "vm":
            m = [("user", self.c(MAILBOXES).format(f=f))]
            if rng.random() < 0.5:
                m.append(("agent", f"Hi {f}, it's {cfg['agent']}, call me back."))
            gold = VM
        elif kind == "vm_flag":
            m, gold, kw["voicemail_detected"] = [("user", "hello?")], VM, True
        elif kind == "booked":
            m, gold = self.start(sec, f) + self.book(self.c(cfg["visit"])), AB
        elif kind == "declined":
            stop_ok = "Remove Me" not in names
            m, gold = self.start(sec, f) + self.decline(stop_ok), NI
        elif kind == "interested":
            m, gold = self.start(sec, f) + self.interest(), IN
        elif kind == "null_short":
            m = [("agent", self.c(cfg["hello"]).format(f=f))]
            for u, a in self.c(SHORT_NULL):
                m.append(("user", u))
                if a:
                    m.append(("agent", a))
            gold = None
        elif kind == "null_inbound":
            m = [("agent", "Thanks for calling, how can I help?")]
            for x in self.c(INBOUND_NULL):
                m += [("user", x), ("agent", "Sure.")]
            gold, kw["direction"] = None, "inbound"
        elif kind.startswith("custom"):
            c = cfg["custom"][int(kind[-1])]
            if c["label"] == "Remove Me":
                m = self.start(sec, f) + [("user", self.c(STOP_LINES)), ("agent", "Will do.")]
            else:
                m = self.start(sec, f) + [("user", self.c(c["lines"])), ("agent", "I see.")]
            gold = c["label"]
        else:
            raise ValueError(kind)
        style = "typed"
        if rng.random() < 0.4:
            style = "asr"
            m = [(r, asr(t, rng, 0.7) if r == "user" else t) for r, t in m]
        return record(f"heldout2-{self.k:04d}", sec, customs, m, gold, f"{kind}/{style}", **kw)


PLAN = {"nc_tel": 3, "nc_hello": 2, "nc_room": 2, "nc_carrier": 2, "vm": 5, "vm_flag": 1,
        "booked": 10, "declined": 10, "interested": 10, "null_short": 4, "null_inbound": 2,
        "custom0": 6, "custom1": 6}


def main() -> None:
    g = Gen2(seed=99173)
    rows = [g.make(sec, k) for sec in SECTORS for k, n in PLAN.items() for _ in range(n)]
    write(Path(__file__).parent / "heldout2.jsonl", rows)


if __name__ == "__main__":
    main()
