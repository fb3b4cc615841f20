"""Generate the training/tuning set: dental, solar, SaaS demos, real estate.

Run: python data/eval/gen_train.py  (writes data/eval/train.jsonl; deterministic seed)
Gold labels follow /work/shared/spec/outcome-guidelines.md. The held-out set is written by a
separate script with its own industries, custom labels and phrasing.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from _common import asr, record, write  # noqa: E402

NC, VM, AB, NI, IN = "Not Connected", "Voicemail", "Appointment Booked", "Not Interested", "Interested"

INDUSTRIES: dict[str, dict[str, Any]] = {
    "dental": {
        "open": [
            "Hi, this is Amy calling from BrightSmile Dental. Is this {name}?",
            "Hello, it's Sara from Oakwood Family Dentistry, am I speaking with {name}?",
        ],
        "pitch": [
            "You're due for your six-month cleaning. Would you like to schedule it?",
            "We're offering a free whitening consult for returning patients this month.",
        ],
        "meeting": "cleaning",
        "custom": [
            {
                "label": "Insurance Question",
                "follow": ["interest", "booking"],
                "description": "The person asks whether the practice accepts their dental "
                "insurance or what their insurance plan covers.",
                "lines": [
                    "Do you take Delta Dental? That's my insurance now.",
                    "Before anything, is my insurance accepted there? I have Cigna.",
                    "Does my plan cover cleanings at your office?",
                    "I switched insurance, do you guys accept MetLife dental?",
                    "How much would my insurance pay for a crown?",
                ],
            },
            {
                "label": "Emergency Pain",
                "follow": ["booking"],
                "description": "The person reports tooth pain, a broken tooth, swelling or "
                "another dental emergency that needs urgent care.",
                "examples": ["my tooth is killing me", "I cracked a tooth"],
                "lines": [
                    "Actually my tooth has been killing me for three days, it's really bad.",
                    "I chipped a molar last night and it hurts a lot.",
                    "My jaw is swollen and there's a terrible ache on the left side.",
                    "I broke a filling and now there's sharp pain when I drink anything.",
                    "I have a throbbing toothache, can someone see me today?",
                ],
            },
        ],
    },
    "solar": {
        "open": [
            "Hi {name}, this is Jake with SunPeak Solar.",
            "Good afternoon, this is Maria from Brightline Energy, is this {name}?",
        ],
        "pitch": [
            "We're helping homeowners in your area cut their power bill with solar panels.",
            "Your roof looks like a great fit for solar, could we do a free site survey?",
        ],
        "meeting": "site survey",
        "custom": [
            {
                "label": "Renter",
                "follow": ["decline", "interest"],
                "description": "The person does not own the home; they rent, so they cannot "
                "decide on installing solar.",
                "lines": [
                    "I just rent this place, you'd need to talk to my landlord.",
                    "We're tenants here, we don't own the house.",
                    "It's not my house, I'm renting an apartment.",
                    "The landlord owns it, I'm only leasing.",
                    "I don't own, I'm a renter.",
                ],
            },
            {
                "label": "Remove From List",
                "follow": [],
                "description": None,
                "lines": [],  # produced by the decline scenario with do-not-call phrasing
            },
            {
                "label": "Already Has Solar",
                "follow": ["decline"],
                "description": "The homeowner already has solar panels installed on the home.",
                "lines": [
                    "We already put panels on the roof two years ago.",
                    "We've got solar already, installed last spring.",
                    "Our house has had a solar system since 2019.",
                    "There's already a full array on my roof.",
                    "We went solar last year with another company.",
                ],
            },
        ],
    },
    "saas": {
        "open": [
            "Hi {name}, this is Chris from Flowdesk, the help-desk platform.",
            "Hello, this is Dana with Metricly analytics, is this {name}?",
        ],
        "pitch": [
            "I'd love to show you a quick product demo of how teams cut ticket times in half.",
            "We help sales teams get their reporting out of spreadsheets. Open to a demo?",
        ],
        "meeting": "demo",
        "custom": [
            {
                "label": "Budget Holder Reached",
                "follow": ["booking", "interest"],
                "description": "The person says they own the budget or make the purchasing "
                "decision for this kind of software.",
                "lines": [
                    "I sign off on all the software spend here, so I'm the right person.",
                    "Yes, the budget for tools like this is mine.",
                    "I'm the one who makes the buying decision for our team.",
                    "Purchasing decisions for software go through me.",
                    "I own the budget for this area.",
                ],
            },
            {
                "label": "Uses Competitor",
                "follow": ["decline", "interest"],
                "description": "The prospect currently uses a competing product such as "
                "Zendesk, Salesforce or HubSpot.",
                "lines": [
                    "We're on Zendesk right now and it does the job.",
                    "We already use HubSpot for that.",
                    "Our team runs everything in Salesforce today.",
                    "We signed with Freshdesk last quarter.",
                    "We use Intercom for support at the moment.",
                ],
            },
        ],
    },
    "realestate": {
        "open": [
            "Hi {name}, this is Tom with Harbor Realty.",
            "Hello, this is Priya from Keystone Homes, is this {name}?",
        ],
        "pitch": [
            "Homes on your street have been selling fast. I'd be happy to show you listings.",
            "We have a few new listings in your price range, want to book a showing?",
        ],
        "meeting": "showing",
        "custom": [
            {
                "label": "Seller Lead",
                "follow": ["interest"],
                "description": "The person is thinking about selling their home or wants a "
                "valuation of their property.",
                "lines": [
                    "Actually we've been thinking about selling our place this year.",
                    "What do you think my house would go for? We might list it.",
                    "We're considering putting our home on the market.",
                    "Could you tell me what my property is worth? I may sell.",
                    "My wife and I want to sell the condo before summer.",
                ],
            },
            {
                "label": "Showing Scheduled",
                "follow": [],
                "description": "The person agreed to tour a property with an agent at a set time.",
                "lines": [],  # produced by the booking scenario
            },
            {
                "label": "Wrong Number",
                "follow": [],
                "description": None,
                "lines": [
                    "You've got the wrong number, there's no {name} here.",
                    "Sorry, wrong number. I don't know anyone by that name.",
                    "I think you have the wrong person, this isn't {name}.",
                    "Nobody called {name} lives here, wrong number.",
                    "Wrong number, buddy.",
                ],
            },
        ],
    },
}

NAMES = ["John", "Linda", "Mr. Patel", "Maria", "Kevin", "Ms. Okafor", "Greg", "Alicia"]
SLOTS = [
    "Thursday at 2pm", "tomorrow at 9am", "Monday at 10:30am", "Friday at 3pm",
    "the 14th at noon", "Wednesday morning at 9", "Tuesday at 4pm", "Saturday at 11am",
    "tomorrow afternoon at 1", "the 3rd at 10am",
]

NEUTRAL = [
    "Yeah, who's calling?", "Okay.", "Mm-hmm.", "Go ahead.", "Sure, I have a minute.",
    "Right.", "Sorry, say that again?", "Uh huh, I'm listening.", "Yes, speaking.",
    "What's this about?",
]
AGENT_FILLER = [
    "Thanks for taking my call.", "No problem, I'll be quick.", "Of course.",
    "Great, thanks.", "I understand.",
]
BOOK_AGREE = [
    "Yes, that works.", "Sure, that's fine.", "Perfect, book me in.", "Okay, let's do that.",
    "That works for me, see you then.", "Yeah go ahead and put me down.", "Sounds good.",
    "Great, I can make that.",
]
BOOK_OWN = [
    "Can we do {slot}?", "{Slot} works for me.", "Let's say {slot}.", "How about {slot}?",
    "I'm free {slot}, book it.", "Put me down for {slot}.",
]
SOFT_DECLINES = [
    "Not interested, thanks.", "We're all set, thank you.", "No thank you, I'm not looking for that.",
    "We don't need it, thanks.", "I'm not buying anything, goodbye.", "No thanks, not for us.",
    "Nope, not interested at all.",
]
DNC_DECLINES = [
    "Take me off your list.", "Please don't call again.", "Stop calling me, this is the third time.",
    "Remove me from your calling list.", "Do not call this number again.",
]
DECLINE = SOFT_DECLINES + DNC_DECLINES
INTEREST = [
    "How much does it cost?", "Can you email me some information?", "Call me next month.",
    "Let me talk to my wife first and get back to you.", "What does the package include?",
    "Send me a brochure.", "Sounds interesting, tell me more.",
    "What are the prices like for something like that?", "Can you text me the details?",
    "Maybe in the spring, call me back then.", "I'd like to know more about the options.",
    "I need to run it by my business partner.",
]
NULL_SHORT = [
    [("I'm driving right now, can't talk.", None)],
    [("Who is this?", "It's {agent} from {company}."), ("Okay.", None)],
    [("I'm at work, I can't do this now.", None)],
    [("Sorry, what company did you say?", None)],
    [("Is this about my account?", "No, it's about our new offer."), ("Oh. Hmm.", None)],
]
INBOUND_NULL = [
    ["Hi, I need to reset my password for the patient portal.",
     "I can't log in, it says my password expired."],
    ["What are your hours on Saturday?", "Okay, thanks, that's all I needed."],
    ["I'm calling to update my mailing address.", "It's 14 Elm Street now."],
    ["Can you tell me where you're located? I'm trying to find parking.", "Great, thank you."],
]
NC_HELLO = ["Hello?", "Hello? Hello?", "Yeah?", "Hi?", "Hello, this is Kevin.", "Yes?"]
NC_ASIDE = [
    ["Hello? ... Honey, can you turn the TV down?", "Kids, stop that, I'm on the phone!"],
    ["Hold on. Mom, it's for you? No? Okay."],
    ["Hang on, someone's at the door. Coming!"],
]
NC_CARRIER = [
    "The number you have dialed is not in service. Please check the number and dial again.",
    "Your call cannot be completed as dialed.",
    "The person you are calling does not accept calls from unknown numbers.",
    "We're sorry, the number you have reached has been disconnected.",
]
NC_SCREEN = [
    "Hi, the person you're calling is using a screening service from Google. "
    "Please state your name and why you're calling.",
    "This call is being screened. Say your name and the reason for your call.",
]
VM_GREET = [
    "Hi, you've reached {name}. I can't come to the phone right now, please leave a message "
    "after the tone.",
    "Hey it's {name}, leave me a message and I'll call you back.",
    "You have reached the voicemail of {name}. Please leave your name and number.",
    "The mailbox is full and cannot accept any messages at this time. Goodbye.",
    "Thank you for calling. Our office is currently closed. Please leave a message and we will "
    "return your call on the next business day.",
    "The person you are calling is not available. Please leave a message after the tone.",
    "The wireless customer you are calling is not available.",
]


def _agent_name(industry: str) -> str:
    return {"dental": "Amy", "solar": "Jake", "saas": "Chris", "realestate": "Tom"}[industry]


class Gen:
    """Builds one call at a time with a shared random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n = 0
        # Follow-ups after a custom line stay soft so that only one custom outcome applies.
        self.declines = SOFT_DECLINES
        self.declines_used_dnc = False

    def choice(self, xs: list[Any]) -> Any:
        return self.rng.choice(xs)

    def opening(self, ind: str, name: str) -> list[tuple[str, str]]:
        cfg = INDUSTRIES[ind]
        msgs = [("agent", self.choice(cfg["open"]).format(name=name))]
        for _ in range(self.rng.randint(0, 2)):
            msgs.append(("user", self.choice(NEUTRAL)))
            msgs.append(("agent", self.choice(AGENT_FILLER)))
        msgs.append(("agent", self.choice(cfg["pitch"])))
        return msgs

    def booking(self, ind: str) -> list[tuple[str, str]]:
        slot = self.choice(SLOTS)
        meeting = INDUSTRIES[ind]["meeting"]
        kind = self.rng.randint(0, 5)
        if kind == 0:
            return [
                ("agent", f"Would {slot} work for a {meeting}?"),
                ("user", self.choice(BOOK_AGREE)),
                ("agent", f"Great, you're booked for {slot}."),
            ]
        if kind == 1:
            line = self.choice(BOOK_OWN).format(slot=slot, Slot=slot[0].upper() + slot[1:])
            return [("user", line), ("agent", f"Done, I've put you down for {slot}.")]
        if kind == 2:
            return [
                ("user", f"I'm busy now, call me back {slot}."),
                ("agent", f"Sure, I'll call you back {slot}."),
            ]
        if kind == 3:
            return [
                ("agent", f"Shall I schedule the {meeting}?"),
                ("user", f"Pencil me in for {slot}, I'll confirm later."),
                ("agent", f"Pencilled in for {slot}."),
            ]
        if kind == 4:
            return [
                ("user", self.choice(SOFT_DECLINES)),
                ("agent", "Understood. It's free and only takes twenty minutes, though."),
                ("user", f"Well... actually, {slot} could work."),
                ("agent", f"Wonderful, {slot} it is."),
            ]
        return [
            ("user", self.choice(INTEREST)),
            ("agent", f"Happy to go through that at the {meeting}. Does {slot} suit you?"),
            ("user", self.choice(BOOK_AGREE)),
            ("agent", "Booked, you'll get a confirmation text."),
        ]

    def decline(self) -> list[tuple[str, str]]:
        kind = self.rng.randint(0, 3)
        pool = self.declines
        self.declines_used_dnc = pool is DNC_DECLINES and kind != 2
        if kind == 0:
            return [("user", self.choice(pool)), ("agent", "No problem, have a nice day.")]
        if kind == 1:
            return [
                ("user", self.choice(INTEREST)),
                ("agent", "It starts at $199 a month."),
                ("user", self.choice(pool)),
                ("agent", "Understood, thanks for your time."),
            ]
        if kind == 2:
            slot = self.choice(SLOTS)
            return [
                ("user", f"Okay, {slot} works."),
                ("agent", f"Great, booked for {slot}. The fee is $350."),
                ("user", "Oh, cancel that then. Not at that price."),
                ("agent", "I've cancelled it."),
            ]
        return [
            ("user", "Hmm, I don't know."),
            ("agent", "It only takes a few minutes."),
            ("user", self.choice(pool)),
        ]

    def interest(self) -> list[tuple[str, str]]:
        kind = self.rng.randint(0, 3)
        if kind == 0:
            return [("user", self.choice(INTEREST)), ("agent", "Absolutely, I'll do that.")]
        if kind == 1:
            return [
                ("user", "Not interested."),
                ("agent", "Fair enough. Just so you know, it's free the first month."),
                ("user", self.choice(INTEREST)),
                ("agent", "Sure thing."),
            ]
        if kind == 2:
            slot = self.choice(SLOTS)
            return [
                ("user", f"Sure, {slot} is fine."),
                ("agent", f"Booked for {slot}."),
                ("user", "Actually cancel that, I'm not sure of my schedule. I do want it, "
                 "I'll call you when I know."),
                ("agent", "Of course, I've cancelled it. Call us anytime."),
            ]
        return [
            ("user", self.choice(INTEREST)),
            ("agent", "Sure, it depends on the size, usually a few hundred dollars."),
            ("user", self.choice(INTEREST)),
            ("agent", "Will do."),
        ]

    def build(self, ind: str, scenario: str) -> dict[str, Any]:
        self.n += 1
        rng = self.rng
        cfg = INDUSTRIES[ind]
        name = self.choice(NAMES)
        customs = [
            {k: v for k, v in c.items() if k not in ("lines", "follow")}
            for c in cfg["custom"]
            if rng.random() < 0.75 or scenario.startswith("custom")
        ]
        for c in customs:
            if c.get("description") is None:
                c.pop("description", None)
        kw: dict[str, Any] = {"direction": "outbound"}
        msgs: list[tuple[str, str]]
        gold: str | None
        if scenario == "nc_telephony":
            reason = self.choice(["no_answer", "busy", "failed"])
            msgs = [] if rng.random() < 0.6 else [("agent", cfg["open"][0].format(name=name))]
            if rng.random() < 0.3:
                msgs.append(("user", "Hello?"))
            gold, kw["end_reason"], kw["duration_seconds"] = NC, reason, 0
        elif scenario == "nc_hello":
            msgs = [("agent", cfg["open"][0].format(name=name)), ("user", self.choice(NC_HELLO))]
            gold, kw["end_reason"], kw["duration_seconds"] = NC, "customer_hangup", 4
        elif scenario == "nc_silence":
            msgs = [("agent", self.choice(cfg["open"]).format(name=name)),
                    ("agent", "Hello, are you there?")]
            gold, kw["end_reason"] = NC, "silence_timeout"
        elif scenario == "nc_aside":
            msgs = [("agent", self.choice(cfg["open"]).format(name=name))]
            for line in self.choice(NC_ASIDE):
                msgs.append(("user", line))
            gold, kw["end_reason"] = NC, "customer_hangup"
        elif scenario == "nc_carrier":
            msgs = [("user", self.choice(NC_CARRIER))]
            gold = NC
        elif scenario == "nc_screen":
            msgs = [("user", self.choice(NC_SCREEN)),
                    ("agent", f"Hi, this is {_agent_name(ind)} calling about your appointment."),
                    ("user", "Please stay on the line while we see if the person is available.")]
            gold, kw["end_reason"] = NC, "customer_hangup"
        elif scenario == "vm_greeting":
            msgs = [("user", self.choice(VM_GREET).format(name=name))]
            if rng.random() < 0.6:
                msgs.append(("agent", f"Hi {name}, this is {_agent_name(ind)}, please call us back."))
            gold = VM
        elif scenario == "vm_flag":
            msgs = self.choice([[("user", "Hello... hello?")], [], [("user", "Hi")]])
            gold, kw["voicemail_detected"] = VM, True
        elif scenario == "booked":
            msgs = self.opening(ind, name) + self.booking(ind)
            gold = AB
            if "Showing Scheduled" in [c["label"] for c in customs]:
                gold = "Showing Scheduled"
        elif scenario == "declined":
            dnc = "Remove From List" in [c["label"] for c in customs]
            if dnc:
                self.declines = SOFT_DECLINES if rng.random() < 0.5 else DNC_DECLINES
            else:
                self.declines = DECLINE
            msgs = self.opening(ind, name) + self.decline()
            self.declines = SOFT_DECLINES
            gold = "Remove From List" if dnc and self.declines_used_dnc else NI
        elif scenario == "interested":
            msgs = self.opening(ind, name) + self.interest()
            gold = IN
        elif scenario == "null_short":
            msgs = [("agent", self.choice(cfg["open"]).format(name=name))]
            for user, agent in self.choice(NULL_SHORT):
                msgs.append(("user", user))
                if agent:
                    msgs.append(("agent", agent.format(agent=_agent_name(ind), company="us")))
            gold, kw["end_reason"] = None, "customer_hangup"
        elif scenario == "null_inbound":
            msgs = [("agent", "Thanks for calling, how can I help?")]
            for line in self.choice(INBOUND_NULL):
                msgs.append(("user", line))
                msgs.append(("agent", "Sure, I can help with that."))
            gold, kw["direction"] = None, "inbound"
        elif scenario == "null_dropped":
            msgs = self.opening(ind, name) + [
                ("user", "Okay, so what exactly are you—"),
            ]
            gold, kw["end_reason"] = None, "dropped"
        elif scenario.startswith("custom"):
            idx = int(scenario[-1])
            c = [x for x in cfg["custom"] if x["lines"]][idx]
            line = self.choice(c["lines"]).format(name=name)
            msgs = self.opening(ind, name) + [("user", line), ("agent", "Thanks for letting me know.")]
            if c["follow"] and rng.random() < 0.5:
                more = self.choice(c["follow"])
                msgs += {"decline": self.decline, "interest": self.interest}.get(
                    more, lambda: self.booking(ind)
                )()
            gold = c["label"]
        else:
            raise ValueError(scenario)
        style = "typed"
        if rng.random() < 0.35:
            style = "asr"
            msgs = [(r, asr(t, rng) if r == "user" or rng.random() < 0.5 else t) for r, t in msgs]
        if scenario.startswith("custom") and gold not in [c["label"] for c in customs]:
            raise AssertionError("custom gold not active")
        return record(f"train-{self.n:04d}", ind, customs, msgs, gold, f"{scenario}/{style}", **kw)


PLAN: dict[str, int] = {
    "nc_telephony": 4, "nc_hello": 3, "nc_silence": 1, "nc_aside": 2, "nc_carrier": 2,
    "nc_screen": 1, "vm_greeting": 6, "vm_flag": 2, "booked": 14, "declined": 14,
    "interested": 14, "null_short": 5, "null_inbound": 3, "null_dropped": 3,
    "custom0": 8, "custom1": 8,
}


def main() -> None:
    gen = Gen(seed=20261126)
    rows: list[dict[str, Any]] = []
    builders: list[Callable[[], dict[str, Any]]] = []
    for ind in INDUSTRIES:
        for scenario, n in PLAN.items():
            for _ in range(n):
                builders.append(lambda ind=ind, s=scenario: gen.build(ind, s))
    for b in builders:
        rows.append(b())
    write(Path(__file__).parent / "train.jsonl", rows)


if __name__ == "__main__":
    main()
