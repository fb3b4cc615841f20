"""Held-out eval set 8: the final, sealed test set for the call-outcome classifier.

About 300 synthetic calls in six industries (chiropractic clinic, home water filtration, event
photography, farm equipment dealership, cybersecurity training for companies, senior meal
delivery), each with its own 2-3 custom outcomes. Gold labels follow
/work/shared/spec/outcome-guidelines.md (precedence and settled cases).

Run:  python data/eval/gen_heldout8.py   (from /work/main; deterministic, fixed seed)
Writes data/eval/heldout8.jsonl next to this file.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import asr, record, write  # noqa: E402

SEED = 80808
OUT = Path(__file__).resolve().parent / "heldout8.jsonl"

AI, NI, AB, VM, NC = "Interested", "Not Interested", "Appointment Booked", "Voicemail", "Not Connected"


def F(*lines: str) -> list[tuple[str, str]]:
    """Fragment from 'A: ...' / 'U: ...' strings."""
    out = []
    for ln in lines:
        role = {"A": "agent", "U": "user", "X": "full"}[ln[0]]
        out.append((role, ln[3:] if len(ln) > 2 else ""))
    return out


# ---------------------------------------------------------------- generic pools
FNAMES = ["Dana", "Luis", "Priya", "Gary", "Marlene", "Tom", "Keisha", "Bill", "Ana", "Doug",
          "Yolanda", "Ray", "Heather", "Walt", "Mei", "Frank", "Carmen", "Steve", "Joan", "Dev",
          "Rhonda", "Kwame", "Lorraine", "Mitch", "Sofia", "Earl", "Bev", "Tariq", "Nadine", "Hank"]
LNAMES = ["Kowalski", "Nguyen", "Barrett", "Okafor", "Lindqvist", "Ramirez", "Pruitt", "Haas",
          "Delgado", "Whitfield", "Shah", "Mercer", "Abernathy", "Castillo", "Dunn", "Ferreira"]
SLOTS = ["Thursday at 2 pm", "tomorrow morning at 9", "Monday at 10:30", "Friday at 3:15",
         "the 14th at noon", "Wednesday at 4:45", "next Tuesday at 8 am", "Saturday at 11",
         "Tuesday at 1:30", "Thursday the 21st at 9:30", "Monday at 4", "Friday morning at 8:15"]

OPENERS = [
    "U: Yeah, this is {fname}.", "U: Speaking.", "U: Uh huh, who's calling?", "U: Yes?",
    "U: Hi, yeah, what's this about?", "U: This is she.", "U: Yep, go ahead.", "U: Oh, hi. Okay.",
    "U: Mm-hm.", "U: Yeah, I've got a minute, what's up?", "U: That's me. What can I do for you?",
    "U: Hello, yes, who is this again?", "U: Sorry, you caught me eating lunch. Go ahead.",
]

SMALLTALK = [
    ("U: Sorry, hang on, the dog's losing his mind at the mailman. Okay. Go ahead.", "A: No worries at all."),
    ("U: Man, is it raining where you are? It's coming down sideways here.", "A: Just cloudy here, but I hear it's headed our way."),
    ("U: You sound young. How long you been doing this?", "A: Couple of years now. I like talking to people, honestly."),
    ("U: Hold on, let me grab a pen. ... Okay, go.", "A: Take your time."),
    ("U: Sorry, I'm walking to my car, if I cut out that's why.", "A: You're coming through fine."),
    ("U: Ha, my neighbor probably got the same call, huh?", "A: Could be, we're reaching out to a lot of folks in the area."),
    ("U: Sorry, say that last part again? The TV's on.", "A: Sure, no problem, I'll repeat it."),
    ("U: You're not a robot, are you?", "A: I'm an automated assistant for the office, but I can answer most questions or get a person on for you."),
]

HEDGES = [
    ("U: I don't know. I'd have to think about it.", "A: Totally fair, no pressure at all."),
    ("U: Hmm. Maybe. I'm not sure yet.", "A: That's okay. Can I tell you a little more?"),
    ("U: I mean... it's not a no, I just don't know.", "A: Understood. Let me answer whatever I can."),
    ("U: See, I've heard mixed things about this kind of stuff.", "A: That's a fair concern. A lot of people feel that way at first."),
    ("U: Okay. Keep going, I'm listening.", "A: Great."),
]

GEN_NI = [
    ["U: No thank you, I'm not interested.", "A: Understood, I'll let you go. Have a good day."],
    ["U: Take me off your list, please.", "A: Of course, I'll remove your number right now."],
    ["U: We're all set, thanks.", "A: No problem, thanks for your time."],
    ["U: Don't call this number again.", "A: Understood, you won't hear from us again."],
    ["U: Look, I get ten of these calls a day. Not interested. Bye.", "A: Sorry to bother you, take care."],
    ["U: How many times do I have to tell you people? Stop calling me!", "A: I apologize, I'm marking you as do not call."],
    ["U: Nope. Pass.", "A: Okay, thanks anyway."],
    ["U: I'm gonna stop you right there. It's a no.", "A: Got it. Have a good one."],
    ["U: Eh, not for me. Appreciate it though.", "A: Of course, thanks for hearing me out."],
]

GEN_INT = [
    ["U: Can you email me something? I'll look at it this weekend.", "A: Sure, what's the best email?",
     "U: It's {fname_l} at gmail dot com.", "A: Got it, I'll send that over today."],
    ["U: What's your website? I'll poke around tonight.", "A: It's on the text I'm sending you right now.",
     "U: Okay, cool."],
    ["U: Try me again next month. Things are nuts right now.", "A: Will do, I'll reach out next month."],
    ["U: Text me the details and I'll take a look.", "A: Sending it now. Any questions, just reply to that text."],
    ["U: It sounds interesting, I just can't commit to anything this week. Call me after the holidays?",
     "A: Happy to. I'll make a note to reach out after the holidays."],
    ["U: Okay, that actually sounds pretty good. Send me the info and I'll get back to you.",
     "A: Perfect, I'll send it right over."],
]

BOOK_ACCEPT = ["{slot} works.", "Yeah, {slot} is fine.", "Let's do {slot}.", "Uh, {slot}, sure.",
               "{slot} is perfect, actually.", "Okay, put me down for {slot}.", "Sure, {slot} I can do."]
BOOK_CONFIRM = ["Great, you're all set for {slot}. You'll get a text confirmation.",
                "Perfect, I've got you down for {slot}.",
                "Done. {slot}, and I'll send a reminder the day before.",
                "Wonderful, that's booked for {slot}.",
                "All right, {slot} it is. See you then."]
BOOK_BYE = ["U: Okay, thanks.", "U: Sounds good. Bye.", "U: Great, see you then.", "U: Alright, thank you.",
            "U: Cool. Bye now.", ""]

# ---- not connected / voicemail / null building blocks (industry-neutral)
CARRIER_NC = [
    "We're sorry, the number you have dialed is not in service. Please check the number and try again.",
    "Your call cannot be completed as dialed. Please check the number and dial again.",
    "The party you are trying to reach does not accept calls from unknown numbers. Goodbye.",
    "The number you have reached has been disconnected or is no longer in service.",
    "All circuits are busy now. Please try your call again later.",
]
SCREEN_ROBOT = [
    ("Hi, the person you're calling is using a screening service from Google and will get a copy of this conversation. Go ahead and say your name and why you're calling.",
     "Thanks, stay on the line please.", "Sorry, they're not able to take your call right now. Goodbye."),
    ("Hello. Before I try to connect you, please state your name and the reason for your call.",
     "One moment while I see if this person is available.", "Thank you. They have been notified. Goodbye."),
    ("This call is being screened. Please say who you are and what you're calling about.",
     "Okay. Please hold.", ""),
]
IVR = [
    "Thank you for calling. If you know your party's extension, you may dial it at any time. For a company directory, press 9. For all other inquiries, press 0.",
    "Welcome. Para español, oprima el dos. For billing, press 1. For service, press 2. To repeat these options, press star.",
    "You have reached the main office. Please listen carefully, as our menu options have changed.",
]
ROOM_ASIDES = [
    "Hello? -- Hang on. KAYLA! Turn that down, I'm on the phone! -- No, the other remote. Ugh, forget it.",
    "Yeah? -- Babe, can you grab the door? It's the pizza guy. -- Where's my wallet? -- No, the black one.",
    "Hello. -- Wait, Mike, don't lift that by yourself, you'll throw your back out. Mike! Hold on --",
    "Hi -- oh my God, the pot's boiling over. Jeremy, get the stove! Get the -- ",
    "Yeah hello -- Tyler, put your brother down. Right now. I'm counting to three.",
    "Hello? -- Mom, it's for -- no wait, I don't know who it is. Mom, are you coming or not?",
]
CUT_GREETINGS = ["Hi, this is Ro--", "Hello, Dunmore resid--", "Yeah, h--", "Good afternoon, thanks for call--",
                 "Hel--"]
BAD_LINE = [
    ["U: Hello?", "A: Hi, can you hear me okay?", "U: Hello? You're breaking up. Hello?"],
    ["U: Hello? ... I can't hear anything. Hello?"],
    ["U: Hi. Hello? Is someone -- it's all static.", "A: Hi there, can you hear me now?", "U: I can't hear you. I'm hanging up."],
]
VM_PERSONAL = [
    "Hey, you've reached {fname}. I can't get to the phone right now, leave a message and I'll call you back.",
    "Hi, this is {fname}. Sorry I missed you. Leave your name and number at the beep.",
    "You've reached the {lname}s. We're not around, so leave a message! Bye!",
    "It's {fname}, I don't check voicemail much, so text me instead. Or, you know, leave one anyway.",
    "Hello. ... Ha, gotcha, it's the machine. Leave a message.",
]
VM_CARRIER = [
    "The person you are calling is not available. Please leave your message after the tone.",
    "The wireless customer you are calling is not available. At the tone, please record your message.",
    "Your call has been forwarded to an automated voice messaging system. {phone} is not available. At the tone, please record your message.",
]
VM_FULL = [
    "The mailbox of the person you are trying to reach is full and cannot accept any messages at this time. Goodbye.",
    "I'm sorry, the mailbox is full. Goodbye.",
]
PHONES = ["555 0142", "555 0199", "555 0176", "555 0113", "555 0187"]

DRIVING = [
    ["U: Hey, I'm driving right now, I can't really talk.", "A: Oh, no problem, sorry about that. Drive safe."],
    ["U: Yeah, I'm on the highway, I can't hear you good. I gotta go.", "A: Understood, take care."],
    ["U: I'm behind the wheel, man, this isn't a good time.", "A: Sorry about that, I'll let you go."],
]
WHO = [
    ["U: Who is this?", "A: It's {agent} with {co}. {why}", "U: Oh. Okay.", ""],
    ["U: Wait, who's this?", "A: {agent}, from {co}. {why}", "U: Hm. Alright.", ""],
    ["U: Who did you say you were with?", "A: {co}. {why}", "U: Okay... okay.", ""],
]
WRONG = [
    ["U: There's no {fname} here. I think you got the wrong number.", "A: Oh, I'm sorry about that. I'll update our records."],
    ["U: Who? No, this is a business line, sorry.", "A: My apologies, have a good day."],
    ["U: You've got the wrong number, hon. I've had this number for like two years.", "A: Sorry to bother you, I'll fix that."],
    ["U: I don't know anybody by that name. Wrong number.", "A: Sorry about that."],
]
BUSY = [
    ["U: I'm in a meeting, I can't talk.", ""],
    ["U: I'm at work, I really can't do this right now.", "A: Understood, sorry to interrupt."],
    ["U: I'm literally in the middle of surgery prep, I have to go.", ""],
]
HOWGOT = [
    ["U: How did you get this number?", "A: You're in our records as a past contact. I'm happy to remove it if you'd like.", "U: Huh.", ""],
    ["U: Where'd you get my info?", "A: It came from an inquiry form on our website, I believe.", "U: I don't remember doing that. Hm.", ""],
]
