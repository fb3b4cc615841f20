"""Generate a small dev set for tuning how embeddings and rules combine.

Same industries as the training set (dental, solar, SaaS, real estate) but freshly worded
stances that the rules were not written against. Run: python data/eval/gen_dev.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from _common import asr, record, write  # noqa: E402

NI, IN, AB = "Not Interested", "Interested", "Appointment Booked"

OPENERS = {
    "dental": ("Hi, Amy from BrightSmile Dental. You're due for a checkup, want to book?", []),
    "solar": ("Hi, Jake with SunPeak Solar, we'd love to do a free roof assessment.", []),
    "saas": ("Hi, Chris from Flowdesk. Could I show you a quick demo of our help desk?", []),
    "realestate": ("Hi, Tom with Harbor Realty. We have new listings near you.", []),
}
# (agent proposal or None, person reply, gold)
TURNS: list[tuple[str | None, str, str | None]] = [
    (None, "Honestly it's just not something we'd ever go for.", NI),
    (None, "We're perfectly happy the way things are, thank you.", NI),
    (None, "I have zero need for that, bye.", NI),
    (None, "Please just forget about me.", NI),
    (None, "This doesn't fit us at all, sorry.", NI),
    (None, "Count me out.", NI),
    (None, "No way, I'm hanging up now.", NI),
    (None, "We won't be moving forward with anything like this.", NI),
    (None, "I'd rather not, thanks anyway.", NI),
    (None, "Hard pass.", NI),
    (None, "Ugh, you people again? Not a chance.", NI),
    (None, "Nothing for me, have a nice day.", NI),
    (None, "What kind of money are we talking about?", IN),
    (None, "Could you shoot me an email with the specifics?", IN),
    (None, "Reach out again around the end of summer.", IN),
    (None, "Hmm, that could be useful for us, what's involved?", IN),
    (None, "My husband handles this stuff, let me ask him and get back to you.", IN),
    (None, "Is there some kind of trial period?", IN),
    (None, "I'd want to see reviews first, where can I find them?", IN),
    (None, "Okay I'm intrigued, walk me through it.", IN),
    (None, "Put something in the mail for me to look over.", IN),
    (None, "Give me a ring in the new year.", IN),
    (None, "How long does the whole thing take?", IN),
    (None, "What's the monthly fee on that?", IN),
    ("Does Thursday at 2pm suit you?", "Yep, Thursday at 2 it is.", AB),
    ("I can do Monday at 9am or Tuesday at 1pm.", "Monday morning, the 9 o'clock one.", AB),
    ("When's a good time?", "Friday after lunch, say 1:30?", AB),
    ("Would tomorrow at 10 be okay?", "Works great, I'll see you tomorrow.", AB),
    ("Can you come in on the 12th at 3pm?", "Absolutely, put it on the calendar.", AB),
    (None, "Let's get it on the books for Wednesday at 4.", AB),
    ("Is 11am Saturday good?", "Saturday at eleven is perfect.", AB),
    ("Shall I lock in Tuesday at noon?", "Please do.", AB),
    (None, "Ring me back at 6 tonight and we'll sort it out.", AB),
    ("How about next Thursday at 3?", "I'll make that work, book it.", AB),
    (None, "Hang on, what did you say your name was?", None),
    (None, "I'm on the other line, sorry.", None),
    (None, "Is this about the thing my son signed up for?", None),
    (None, "Sorry, I'm cooking, what's this regarding?", None),
    (None, "My battery is about to die.", None),
    (None, "Can you speak up a bit?", None),
    (None, "Wait, are you a real person?", None),
    (None, "I just got home, what is it?", None),
]


def main() -> None:
    rng = random.Random(4242)
    rows: list[dict[str, Any]] = []
    n = 0
    for ind, (opener, customs) in OPENERS.items():
        for agent, reply, gold in TURNS:
            if rng.random() < 0.5:
                continue
            n += 1
            msgs = [("agent", opener), ("user", "Okay, go on.")]
            if agent:
                msgs.append(("agent", agent))
            msgs.append(("user", reply))
            msgs.append(("agent", "Thanks, take care."))
            style = "typed"
            if rng.random() < 0.4:
                style = "asr"
                msgs = [(r, asr(t, rng) if r == "user" else t) for r, t in msgs]
            rows.append(record(f"dev-{n:04d}", ind, customs, msgs, gold, f"dev/{style}"))
    write(Path(__file__).parent / "dev.jsonl", rows)


if __name__ == "__main__":
    main()
