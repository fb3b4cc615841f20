"""Generate the held-out test set: insurance, car dealership, debt collection, recruiting,
home services. Industries, custom labels and phrasing differ from the training generator.

Run: python data/eval/gen_heldout.py  (writes data/eval/heldout.jsonl; deterministic seed)
Never tune thresholds on this file; it is for the final figures only.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from _common import asr, record, write  # noqa: E402

NC, VM, AB, NI, IN = "Not Connected", "Voicemail", "Appointment Booked", "Not Interested", "Interested"

PEOPLE = ["Dwayne", "Mrs. Alvarez", "Hannah", "Mr. Brooks", "Tariq", "Yuki", "Bethany", "Omar"]

WHEN = [
    "Thursday at 11", "tomorrow at 5:30pm", "Monday at 8am", "this Friday at 1pm",
    "Wednesday at 4", "the 21st at 9:30am", "Tuesday afternoon at 2", "Saturday at 10",
    "tomorrow at noon", "the 9th at 3pm", "next Monday at 9am",
]

# Industry config: agent lines, what a meeting is, Q&A padding, custom outcomes with lines.
INDUSTRIES: dict[str, dict[str, Any]] = {
    "insurance": {
        "agent": "Lena",
        "open": [
            "Good morning, this is Lena from Shieldpoint Insurance. Am I speaking with {p}?",
            "Hi {p}, Lena here with Northstar Auto & Home Insurance.",
        ],
        "pitch": [
            "We can usually lower your auto premium by bundling it with home coverage.",
            "I'm calling because your area qualifies for a new lower-rate home policy.",
        ],
        "meeting": ["policy review call", "quote review"],
        "qa": [
            ("How many cars are on the household?", "Two, a minivan and a pickup."),
            ("Any accidents in the last three years?", "No, clean record."),
            ("Is the house owned or mortgaged?", "We've still got a mortgage on it."),
        ],
        "custom": [
            {
                "label": "Already Insured",
                "description": "The person says they already have a policy with another "
                "insurance company.",
                "lines": [
                    "We're covered through State Farm already, have been for years.",
                    "I've got a policy with Geico, I'm fine there.",
                    "My husband set us up with Allstate last year, we have insurance.",
                    "we already got a plan with progressive",
                    "Our coverage is with Liberty Mutual right now.",
                ],
            },
            {
                "label": "Claim Issue",
                "description": "The person wants to talk about an existing claim, a denied "
                "claim or a claim payment.",
                "lines": [
                    "Actually I filed a claim for hail damage six weeks ago and nobody has paid it.",
                    "My claim was denied and I want to know why.",
                    "Can you check on my claim number? The adjuster never called me back.",
                    "i had a fender bender last month and the claim is still open",
                    "Why was my water damage claim only paid half?",
                ],
            },
        ],
    },
    "cars": {
        "agent": "Marcus",
        "open": [
            "Hey {p}, it's Marcus from Riverside Toyota.",
            "Hello {p}, this is Marcus calling from Summit Auto Group.",
        ],
        "pitch": [
            "The new models just arrived on the lot and there's 0.9% financing this month.",
            "You looked at an SUV on our website last week, are you still shopping?",
        ],
        "meeting": ["test drive", "service appointment", "finance meeting"],
        "qa": [
            ("What are you driving now?", "A 2016 Honda Accord."),
            ("Roughly how many miles on it?", "About ninety thousand."),
            ("Would you be financing or paying cash?", "Probably financing."),
        ],
        "custom": [
            {
                "label": "Trade-In Inquiry",
                "description": "The person asks what their current car is worth or about "
                "trading it in.",
                "lines": [
                    "What would you give me for my Camry if I traded it in?",
                    "Can I trade my old truck in toward something new?",
                    "How much is my 2015 Civic worth on trade?",
                    "do you guys take trade ins i got a 2012 jeep",
                    "I'd want to swap my current car as part of the deal, what's it worth?",
                ],
            },
            {
                "label": "Test Drive Booked",
                "description": "The person agreed to come in for a test drive at a set day or "
                "time.",
                "lines": [],  # produced by the booking scenario with meeting "test drive"
            },
        ],
    },
    "debt": {
        "agent": "Rachel",
        "open": [
            "Hello, this is Rachel from Meridian Recovery Services. Is this {p}?",
            "Hi, may I speak with {p}? This is Rachel with Crestline Financial.",
        ],
        "pitch": [
            "I'm calling about the past-due balance on your account and some options to settle it.",
            "We can set up a reduced payment plan on your outstanding balance.",
        ],
        "meeting": ["call with a payment specialist", "review call"],
        "qa": [
            ("Can you confirm the last four of your social?", "It's 4471."),
            ("Is this still the best address for you?", "Yes, same address."),
        ],
        "custom": [
            {
                "label": "Promise to Pay",
                "description": "The person commits to paying the balance or an instalment by a "
                "specific date.",
                "lines": [
                    "I can pay two hundred dollars this Friday when I get paid.",
                    "I'll send the full amount on the 15th, I promise.",
                    "Put me down for fifty a month starting the first, I'll pay it.",
                    "ok i will make a payment on monday",
                    "I'll clear the balance by the end of next week.",
                ],
            },
            {
                "label": "Disputes Debt",
                "description": "The person says they do not owe the money, the debt is not "
                "theirs, or it was already paid.",
                "lines": [
                    "That's not my debt, I never had an account with them.",
                    "I paid that off two years ago, I have the receipt.",
                    "I don't owe anything, this must be identity theft.",
                    "that bill was settled already i dont owe you people a dime",
                    "This account isn't mine, you have me confused with someone.",
                ],
            },
        ],
    },
    "recruiting": {
        "agent": "Jordan",
        "open": [
            "Hi {p}, this is Jordan, a recruiter with TalentBridge.",
            "Hey {p}, Jordan from Apex Staffing here, got a second?",
        ],
        "pitch": [
            "I have a senior nursing role at a hospital downtown that matches your profile.",
            "There's a remote project manager opening I think you'd be great for.",
        ],
        "meeting": ["interview", "screening call", "call with the hiring manager"],
        "qa": [
            ("How many years have you been in your current role?", "About four years."),
            ("Are you certified?", "Yes, I have my PMP."),
            ("What shift do you work now?", "Mostly nights."),
        ],
        "custom": [
            {
                "label": "Relocation Concern",
                "description": "The candidate says they cannot or do not want to move to the "
                "job's location.",
                "lines": [
                    "I can't relocate, my kids are in school here.",
                    "Moving to Denver isn't an option for me.",
                    "If it means moving cities I'm out, I'm staying put.",
                    "i dont wanna move out of state for a job",
                    "Where is it? Oh, that's too far, I wouldn't move there.",
                ],
            },
            {
                "label": "Referral Given",
                "description": "The candidate is not available but recommends another person "
                "for the role.",
                "lines": [
                    "Not for me, but my colleague Priya would be perfect, I'll give you her number.",
                    "I'm not available but you should call my friend Dave, he's looking.",
                    "Try my former coworker Ana Ruiz, she'd love that job.",
                    "i know somebody who'd be great for it let me send you his contact",
                    "My sister is a nurse and she's job hunting, want her info?",
                ],
            },
        ],
    },
    "homeservices": {
        "agent": "Kim",
        "open": [
            "Hi {p}, this is Kim from ProFlow Plumbing & Heating.",
            "Hello {p}, Kim with Evergreen Home Services calling.",
        ],
        "pitch": [
            "It's time for your annual furnace tune-up, we have openings this week.",
            "We're offering discounted water heater inspections in your neighborhood.",
        ],
        "meeting": ["technician visit", "inspection", "estimate visit"],
        "qa": [
            ("How old is your water heater?", "Maybe ten years."),
            ("Is it gas or electric?", "Gas."),
        ],
        "custom": [
            {
                "label": "Emergency Service",
                "description": "The person has an urgent problem such as a burst pipe, no heat "
                "or flooding and needs someone today.",
                "lines": [
                    "Actually a pipe just burst in my basement, can someone come right now?",
                    "Our heat has been out since last night and it's freezing, we need help today.",
                    "There's water pouring through the kitchen ceiling!",
                    "my basement is flooding can you send a guy today",
                    "The furnace died and I have a newborn, this is urgent.",
                ],
            },
            {"label": "Do Not Call", "description": None, "lines": []},
        ],
    },
}

NEUTRAL = [
    "Yep, that's me.", "Uh, okay?", "Alright.", "Yeah.", "Who's this again?", "Go on.",
    "I've got a couple minutes.", "Mhm.", "Okay, what's up?", "Sorry, you're breaking up a bit.",
]
AGENT_ACK = ["Got it.", "Perfect, thank you.", "Appreciate that.", "Okay great.", "Understood."]

AGREE_TO_SLOT = [
    "Yeah, I can do that.", "That's fine with me.", "Okay, lock it in.", "Sure thing.",
    "Yep, see you then.", "That should work, go ahead.", "Fine, book it.", "Alright, I'll be there.",
]
OWN_SLOT = [
    "I could come by {w}.", "Make it {w}.", "{W} is good for me.", "Let's go with {w}.",
    "How's {w}? I'm free then.",
]
SOFT_DECLINE = [
    "Nah, I'm good.", "I'll pass, thanks.", "Not something I want right now, no.",
    "No, we don't need that.", "Thanks, but no thanks.", "I'm really not interested.",
    "That's not for me.", "No. Have a good day.",
]
DNC_DECLINE = [
    "Put me on your do not call list.", "Quit calling this number.", "Lose my number, please.",
    "Don't ever call me again.", "Remove my number from your list.",
]
POSITIVE = [
    "What would that run me per month?", "Could you email me the details?",
    "Try me again in a few weeks.", "I'll need to discuss it with my husband.",
    "Okay, that sounds pretty interesting, what's the catch?", "Send me something in writing.",
    "What kind of savings are we talking?", "I'm open to hearing more.",
    "Can you text me a link?", "Check back with me after the holidays.",
    "How does the process work?", "Maybe, what are the terms?",
]
NO_STANCE = [
    [("I'm in the middle of something, sorry.", None)],
    [("Sorry, who's calling?", "It's {a} from {c}."), ("Right. Okay. Bye.", None)],
    [("I can't hear you very well.", "Can you hear me now?"), ("Not really.", None)],
    [("Is this a sales call?", None)],
    [("I'm walking into a meeting.", None)],
]
INBOUND_OTHER = [
    ["Hi, I'm calling to get a copy of my last invoice.", "Can you mail it to me?"],
    ["Is this the right number for billing?", "Okay, I'll call that one instead."],
    ["What time do you close today?", "Great, thanks."],
    ["I left my umbrella at your office yesterday, did anyone find it?", "Oh good, thank you."],
]
WRONG_PERSON = [
    "There's no {p} at this number.", "You've dialed the wrong number, this is a business.",
]
HELLO_ONLY = ["Hello?", "hello hello", "Yeah, hello?", "Hi, who's—", "Allo?"]
ASIDES = [
    ["Hello? Hang on. ... Babe, where did you put the car keys?", "Okay, found them, come on!"],
    ["Yeah? ... Dad, it's some lady on the phone. ... Dad?"],
    ["Hello? Just a sec. Kids, get to bed right now!"],
]
CARRIER = [
    "This number is no longer in service.",
    "The call could not be completed as dialed. Please check the number and try again.",
    "The subscriber you are trying to reach does not accept calls from unknown numbers.",
    "All circuits are busy now. Please try your call again later.",
]
SCREENING = [
    "Hi, this person uses a call screening service. Please say your name and the reason "
    "for your call.",
    "The person you are calling is using call screening. Please state your name after the tone.",
]
VOICEMAILS = [
    "Hi, you've reached the {p} household. We're not home, leave a message at the beep.",
    "Please record your message. When you are finished, hang up.",
    "Sorry I missed your call, leave a voicemail and I'll get back to you.",
    "Your call has been forwarded to an automated voice messaging system. "
    "{p} is not available. At the tone, please record your message.",
    "The mailbox belonging to {p} is full. Please try again later.",
    "You've reached us after hours. Our office is closed. Leave your name and number and "
    "we'll return your call tomorrow.",
    "hey its {p} cant pick up leave me a message",
]


class HeldOut:
    """Builds held-out calls; kept independent of the training generator on purpose."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.count = 0

    def pick(self, xs: list[Any]) -> Any:
        return self.rng.choice(xs)

    def intro(self, ind: str, p: str) -> list[tuple[str, str]]:
        cfg = INDUSTRIES[ind]
        out = [("agent", self.pick(cfg["open"]).format(p=p))]
        out.append(("user", self.pick(NEUTRAL)))
        out.append(("agent", self.pick(cfg["pitch"])))
        # Long calls: qualifying questions with factual, stance-free answers.
        if self.rng.random() < 0.4:
            for q, a in self.rng.sample(cfg["qa"], k=len(cfg["qa"])):
                out += [("agent", q), ("user", a)]
            out.append(("agent", self.pick(AGENT_ACK)))
        return out

    def slot_booking(self, meeting: str) -> list[tuple[str, str]]:
        w = self.pick(WHEN)
        v = self.rng.randint(0, 5)
        if v == 0:
            return [
                ("agent", f"I can set up a {meeting} for {w}. Does that suit you?"),
                ("user", self.pick(AGREE_TO_SLOT)),
                ("agent", f"You're all set for {w}."),
            ]
        if v == 1:
            line = self.pick(OWN_SLOT).format(w=w, W=w[0].upper() + w[1:])
            return [
                ("agent", f"When would be good for the {meeting}?"),
                ("user", line),
                ("agent", f"Great, {w} is confirmed."),
            ]
        if v == 2:
            return [
                ("user", f"Can't talk now. Ring me {w}?"),
                ("agent", f"Will do, I'll call you {w}."),
            ]
        if v == 3:
            return [
                ("agent", f"Want me to hold a {meeting} slot?"),
                ("user", f"Tentatively {w}, I'll let you know if it changes."),
                ("agent", f"Held for {w}."),
            ]
        if v == 4:
            return [
                ("user", self.pick(SOFT_DECLINE)),
                ("agent", f"No pressure. The {meeting} is free and short."),
                ("user", f"Hmm. Okay fine, {w} then."),
                ("agent", f"Booked, {w}."),
            ]
        return [
            ("user", self.pick(POSITIVE)),
            ("agent", f"Best to go over that in a {meeting}. How about {w}?"),
            ("user", self.pick(AGREE_TO_SLOT)),
            ("agent", "Done, you'll get a reminder."),
        ]

    def declining(self, dnc_ok: bool) -> list[tuple[str, str]]:
        pool = SOFT_DECLINE + (DNC_DECLINE if dnc_ok else [])
        v = self.rng.randint(0, 3)
        if v == 0:
            return [("user", self.pick(pool)), ("agent", "Okay, sorry to bother you.")]
        if v == 1:
            return [
                ("user", self.pick(POSITIVE)),
                ("agent", "It depends, but most people pay around $90 a month."),
                ("user", self.pick(pool)),
            ]
        if v == 2:
            w = self.pick(WHEN)
            return [
                ("user", f"Sure, {w} is okay."),
                ("agent", f"Booked for {w}. There's a $99 booking fee."),
                ("user", "Wait, what? No, cancel it. Not paying that."),
                ("agent", "Cancelled."),
            ]
        return [
            ("user", "Uh, I'm not sure."),
            ("agent", "Most of our customers save quite a bit."),
            ("user", self.pick(pool)),
        ]

    def positive(self) -> list[tuple[str, str]]:
        v = self.rng.randint(0, 3)
        if v == 0:
            return [("user", self.pick(POSITIVE)), ("agent", "Sure, I'll take care of that.")]
        if v == 1:
            return [
                ("user", "No thanks."),
                ("agent", "Before you go, there's no cost to check."),
                ("user", self.pick(POSITIVE)),
                ("agent", "Of course."),
            ]
        if v == 2:
            w = self.pick(WHEN)
            return [
                ("user", f"Okay, {w} works."),
                ("agent", f"Great, booked {w}."),
                ("user", "Hmm, scratch that, my schedule is a mess. I still want to do it, "
                 "I'll call you back to set a time."),
                ("agent", "No problem, I've removed the booking."),
            ]
        return [
            ("user", self.pick(POSITIVE)),
            ("agent", "Good question, it's usually quite affordable."),
            ("user", self.pick(POSITIVE)),
            ("agent", "Absolutely."),
        ]

    def build(self, ind: str, scenario: str) -> dict[str, Any]:
        self.count += 1
        rng = self.rng
        cfg = INDUSTRIES[ind]
        p = self.pick(PEOPLE)
        active = [c for c in cfg["custom"] if rng.random() < 0.8 or scenario.startswith("custom")]
        labels_active = {c["label"] for c in active}
        customs = []
        for c in active:
            d = {"label": c["label"]}
            if c.get("description"):
                d["description"] = c["description"]
            customs.append(d)
        kw: dict[str, Any] = {"direction": "outbound"}
        msgs: list[tuple[str, str]]
        gold: str | None
        if scenario == "nc_telephony":
            reason = self.pick(["no_answer", "busy", "failed", "no_answer"])
            msgs = [] if rng.random() < 0.5 else [("agent", cfg["open"][1].format(p=p))]
            gold, kw["end_reason"] = NC, reason
        elif scenario == "nc_hello":
            msgs = [("agent", self.pick(cfg["open"]).format(p=p)), ("user", self.pick(HELLO_ONLY))]
            gold, kw["end_reason"], kw["duration_seconds"] = NC, "customer_ended_call", 3
        elif scenario == "nc_aside":
            msgs = [("agent", self.pick(cfg["open"]).format(p=p))]
            msgs += [("user", line) for line in self.pick(ASIDES)]
            gold, kw["end_reason"] = NC, "customer_ended_call"
        elif scenario == "nc_carrier":
            msgs = [("user", self.pick(CARRIER))]
            gold = NC
        elif scenario == "nc_screen":
            msgs = [("user", self.pick(SCREENING)),
                    ("agent", f"This is {cfg['agent']} returning your inquiry."),
                    ("user", "Thanks. Please hold while we try to connect you.")]
            gold, kw["end_reason"] = NC, "customer_ended_call"
        elif scenario == "vm":
            msgs = [("user", self.pick(VOICEMAILS).format(p=p))]
            if rng.random() < 0.5:
                msgs.append(("agent", f"Hi, it's {cfg['agent']}, give us a call back."))
            gold = VM
        elif scenario == "vm_flag":
            msgs = self.pick([[("user", "hello hello")], [("user", "Hello?")], []])
            gold, kw["voicemail_detected"] = VM, True
        elif scenario == "booked":
            meeting = self.pick(cfg["meeting"])
            msgs = self.intro(ind, p) + self.slot_booking(meeting)
            gold = AB
            if meeting == "test drive" and "Test Drive Booked" in labels_active:
                gold = "Test Drive Booked"
        elif scenario == "declined":
            dnc_active = "Do Not Call" in labels_active
            msgs = self.intro(ind, p) + self.declining(dnc_ok=not dnc_active)
            gold = NI
        elif scenario == "positive":
            msgs = self.intro(ind, p) + self.positive()
            gold = IN
        elif scenario == "null_short":
            msgs = [("agent", self.pick(cfg["open"]).format(p=p))]
            for u, a in self.pick(NO_STANCE):
                msgs.append(("user", u))
                if a:
                    msgs.append(("agent", a.format(a=cfg["agent"], c="our office")))
            gold, kw["end_reason"] = None, "customer_ended_call"
        elif scenario == "null_inbound":
            msgs = [("agent", "Thank you for calling, how can I help you today?")]
            for line in self.pick(INBOUND_OTHER):
                msgs += [("user", line), ("agent", "Certainly.")]
            gold, kw["direction"] = None, "inbound"
        elif scenario == "null_wrong":
            msgs = [("agent", cfg["open"][0].format(p=p)),
                    ("user", self.pick(WRONG_PERSON).format(p=p)),
                    ("agent", "Oh, I'm sorry about that.")]
            gold = None
        elif scenario == "null_dropped":
            msgs = self.intro(ind, p) + [("user", "Wait, so how did you get my—")]
            gold, kw["end_reason"] = None, "connection_lost"
        elif scenario.startswith("custom"):
            c = cfg["custom"][int(scenario[-1])]
            if c["label"] == "Test Drive Booked":
                msgs = self.intro(ind, p) + self.slot_booking("test drive")
            elif c["label"] == "Do Not Call":
                msgs = self.intro(ind, p) + [
                    ("user", self.pick(DNC_DECLINE)),
                    ("agent", "I'll remove you right away."),
                ]
            else:
                msgs = self.intro(ind, p) + [("user", self.pick(c["lines"])),
                                             ("agent", "I see, thanks for telling me.")]
                if rng.random() < 0.3:
                    msgs += [("user", self.pick(AGREE_TO_SLOT if ind == "debt" else NEUTRAL))]
            gold = c["label"]
        else:
            raise ValueError(scenario)
        style = "typed"
        if rng.random() < 0.45:
            style = "asr"
            msgs = [(r, asr(t, rng, 0.8) if r == "user" or rng.random() < 0.5 else t)
                    for r, t in msgs]
        return record(f"heldout-{self.count:04d}", ind, customs, msgs, gold,
                      f"{scenario}/{style}", **kw)


PLAN = {
    "nc_telephony": 3, "nc_hello": 3, "nc_aside": 2, "nc_carrier": 2, "nc_screen": 1,
    "vm": 6, "vm_flag": 2, "booked": 12, "declined": 12, "positive": 12, "null_short": 4,
    "null_inbound": 2, "null_wrong": 2, "null_dropped": 2, "custom0": 8, "custom1": 8,
}


def main() -> None:
    gen = HeldOut(seed=777001)
    rows = [gen.build(ind, s) for ind in INDUSTRIES for s, n in PLAN.items() for _ in range(n)]
    write(Path(__file__).parent / "heldout.jsonl", rows)


if __name__ == "__main__":
    main()
