"""Held-out evaluation set 6 (final, sealed test set) for the dispo call-outcome classifier.

About 300 synthetic phone calls in six industries that no other set uses: marina and boat
storage, music school lessons, managed IT services for small businesses, funeral pre-planning,
commercial window cleaning and EV home charger installation. Each industry has its own custom
outcomes (label + plain description, no examples), including a label-only one, booking / refusal
sub-cases and facts that people usually state indirectly. Gold labels follow
/work/shared/spec/outcome-guidelines.md (precedence and settled cases).

Phrase pools live in this file, per industry; generic pools are shared. About 40% of the calls
are rendered in raw speech-recognition style with `_common.asr`. Deterministic (fixed seed).

Run from the repo root:
    .venv/bin/python data/eval/gen_heldout6.py
Writes data/eval/heldout6.jsonl and prints the label distribution.
"""

from __future__ import annotations

import collections
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import asr, record, write  # noqa: E402

SEED = 6006
OUT = Path(__file__).resolve().parent / "heldout6.jsonl"

I, NI, AB, VM, NC = "Interested", "Not Interested", "Appointment Booked", "Voicemail", "Not Connected"
BUILTINS = {I, NI, AB, VM, NC}


class SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# --------------------------------------------------------------------------------------------
# Generic pools (shared by all industries)
# --------------------------------------------------------------------------------------------

FIRST = ["Dana", "Marcus", "Linda", "Tomás", "Gloria", "Derek", "Priya", "Walt", "Keisha", "Bob",
         "Yolanda", "Ethan", "Ruth", "Carlos", "Megan", "Harold", "Sunita", "Trevor", "Joanne",
         "Ahmed", "Colleen", "Frank", "Nadia", "Greg", "Bev", "Luis", "Tanya", "Phil", "Irene", "Sean"]
AGENTS = ["Maya", "Jordan", "Sam", "Riley", "Alex", "Tessa", "Ben", "Nora"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
TIMES_AM = ["8", "8:30", "9", "9:30", "10", "10:15", "10:30", "11", "11:30"]
TIMES_PM = ["12:30", "1", "1:30", "2", "2:30", "3", "3:45", "4", "4:30", "5", "5:30", "6"]
NTH = ["3rd", "5th", "8th", "11th", "12th", "14th", "17th", "19th", "21st", "23rd", "26th", "28th"]

GREET_YES = ["Yeah, speaking.", "This is {first}.", "Yes, that's me.", "Yep, who's this?",
             "Speaking. Who's calling?", "Uh, yes?", "That's me, yeah.", "Yes it is."]

REACT_NEUTRAL = [
    "Okay.", "Uh huh, go ahead.", "Oh, okay. What's this about exactly?", "Sure, I've got a minute.",
    "I'm kind of in the middle of something, but go on.", "Right, I think I got a letter from you guys.",
    "Mm-hm.", "Okay, I'm listening.", "Oh. Alright.", "Yeah, I remember filling something out.",
    "Okay, make it quick though.", "Hm. Okay, what is it?",
]

HEDGES = [  # early, non-decisive remarks for long calls
    "Honestly, I'm not sure we even need this, but go ahead.",
    "I'm just kind of gathering information at this point, I'm not promising anything.",
    "I'll be upfront, I've been burned before by outfits like yours.",
    "I don't really have a lot of time, but okay, a few questions.",
    "My gut says probably not this year, but tell me more.",
    "I mean, it depends. Let's see.",
]

SMALLTALK = [
    ("Sorry, the dog's going nuts, give me one second. ... Okay. Sorry, I'm back.", "No worries at all, take your time."),
    ("Wait, is this a real person or one of those AI things?", "I'm an AI assistant for {co}, but I can answer most questions, and I can get a person on the line any time you'd like."),
    ("How long have you guys been around?", "We've been in business since 2004, still locally owned."),
    ("Ha, I think my neighbor uses you. The Hendersons, maybe?", "I can't share who our customers are, but we do work with quite a few people in your area."),
    ("Hang on, let me grab a pen. ... Okay, go.", "Sure, take your time."),
    ("Man, it's been one of those weeks.", "I hear you. I really appreciate you taking a few minutes."),
    ("Sorry, you cut out there for a second. What was that?", "No problem. I was just saying we can go at whatever pace works for you."),
    ("Where are you guys located again?", "We're over on Route 9, right past the Shell station."),
]

CLOSE_POS = [
    [("a", "Thanks so much, {first}. Have a great rest of your day."), ("u", "You too, bye.")],
    [("a", "Perfect. Is there anything else I can help with?"), ("u", "Nope, that's it. Thanks."), ("a", "Take care!")],
    [("a", "Great talking with you, {first}."), ("u", "Yep. Bye now.")],
    [("a", "Alright, you're all set. Bye for now!")],
    [("a", "Wonderful. Thanks for your time today."), ("u", "Mm-hm, thanks. Bye.")],
    [],
]
CLOSE_NEG = [
    [("a", "Understood. Thanks for your time, and have a good day.")],
    [("a", "No problem at all, sorry to bother you."), ("u", "Mm-hm. Bye.")],
    [("a", "Okay, I appreciate you letting me know. Take care.")],
    [("a", "Got it. Have a good one."), ("u", "Yep.")],
    [],
]
CLOSE_SOFT = [
    [("a", "I completely understand. Thank you for telling me, and take good care of yourself.")],
    [("a", "I'm so sorry. I won't keep you. Take care."), ("u", "Thank you.")],
    [("a", "Of course. I'll make a note so nobody bothers you about this. Take care, {first}.")],
]
CLOSES = {"pos": CLOSE_POS, "neg": CLOSE_NEG, "soft": CLOSE_SOFT, "none": [[]]}

# --- built-in decisive segments (generic; {meeting}, {slot}, {slotA}, {slotB} filled per call) ---

BOOK = [
    [("a", "The next step would be {meeting}. I have {slotA} or {slotB}, would either of those work?"),
     ("u", "Um, {slotB} is better for me."),
     ("a", "Great, I've got you down for {slotB}. You'll get a confirmation text shortly."),
     ("u", "Okay, sounds good.")],
    [("u", "You know what, let's just set up a proper time to go over it. Can we do that?"),
     ("a", "Of course. How about {meeting} on {slot}?"),
     ("u", "{slot}... yeah. Yeah, I can do that."),
     ("a", "Perfect, you're booked.")],
    [("a", "Would you be open to {meeting} sometime this week?"),
     ("u", "Maybe. What do you have?"),
     ("a", "I could do {slotA}."),
     ("u", "No, that's no good, I've got a dentist thing. Anything else?"),
     ("a", "How about {slotB}?"),
     ("u", "Yeah, {slotB} works. Put me down."),
     ("a", "Done, you're all set for {slotB}.")],
    [("u", "Alright, you've sold me on at least talking about it. I'm free {slot}."),
     ("a", "{slot} it is, for {meeting}. I'll send you a calendar invite."),
     ("u", "Great.")],
    [("a", "If it's helpful, I can set up {meeting}. Does {slot} work?"),
     ("u", "Hold on, let me look at my calendar... okay, yeah, I'm free then."),
     ("a", "Booked. We'll see you {slot}."),
     ("u", "Okay, thanks.")],
    [("u", "My {partner} would want to be in on it. {slot} we're both around, could you do that?"),
     ("a", "Absolutely, I'll book {meeting} for {slot} for both of you."),
     ("u", "Good. Write that down, {slot}.")],
    [("a", "Could I put you down for {meeting}?"),
     ("u", "Sure, why not. When?"),
     ("a", "{slotA} is open."),
     ("u", "Fine, {slotA}. Don't be late, though, I've got stuff after."),
     ("a", "We'll be right on time. You're confirmed for {slotA}.")],
]

CALLBACK = [
    [("u", "I can't really talk right now, I'm at work. Can you call me back {slot}?"),
     ("a", "Sure thing, I'll give you a call {slot}. Is this the best number?"),
     ("u", "Yep, this one's fine.")],
    [("u", "Look, call me back {slot}, I'll have my papers in front of me then."),
     ("a", "Will do, {slot}. I've made a note."),
     ("u", "Thanks.")],
    [("u", "I'm about to walk into a meeting. Try me {slot}?"),
     ("a", "Absolutely, I'll call you {slot}."),
     ("u", "Okay. Bye.")],
    [("u", "Now's bad, I'm picking up my kid. What about {slot}, can you call then?"),
     ("a", "Yes, I'll call you {slot}. Talk then!"),
     ("u", "Great, talk then.")],
]

TENTATIVE = [
    [("u", "Pencil me in for {slot}, but I might have to move it. I'll let you know."),
     ("a", "No problem, you're tentatively down for {meeting} on {slot}. Just call us if it changes."),
     ("u", "Will do.")],
    [("u", "Let's say {slot} for now. If something comes up I'll call and move it."),
     ("a", "Sounds good, I'll put you down for {meeting}, {slot}."),
     ("u", "Okay.")],
    [("a", "Want me to hold {slot} for {meeting}?"),
     ("u", "Hold it, yeah. I'm ninety percent sure. I'll confirm tomorrow."),
     ("a", "I'll hold {slot} for you, and you can confirm whenever.")],
]

INTEREST = [
    [("u", "Can you send me something in writing? I want to look it over."),
     ("a", "Of course. What's the best email?"),
     ("u", "It's {email}."),
     ("a", "Got it, I'll send that over today."),
     ("u", "Great, I'll take a look.")],
    [("u", "It's not a great time right now, but it's something we'll need. Call me next month."),
     ("a", "Will do, I'll reach out next month."),
     ("u", "Okay, sounds good.")],
    [("u", "Honestly, ask me again after the holidays. We'll be in a better spot then."),
     ("a", "Understood, I'll follow up after the new year."),
     ("u", "Yeah, do that.")],
    [("u", "Sounds good, honestly, but I need to talk to my {partner} before I agree to anything."),
     ("a", "Totally understand. Can I send some information you can share?"),
     ("u", "Yeah, text it to this number. We'll look at it tonight.")],
    [("u", "Okay, I'm interested. What's the next step?"),
     ("a", "Usually {meeting}. What day works for you?"),
     ("u", "Ugh, my schedule's insane right now, I can't pin anything down. Send me your info and I'll call you."),
     ("a", "No problem, I'll email you everything and you can reach out when it suits you."),
     ("u", "Perfect.")],
    [("u", "Huh. Yeah, that could actually work for us. Send me the details?"),
     ("a", "Happy to. Email or text?"),
     ("u", "Email. {email}."),
     ("a", "Perfect, it's on its way.")],
    [("u", "Maybe in the spring. March, April, something like that. Give me a ring then."),
     ("a", "I'll make a note to call you in March."),
     ("u", "Alright.")],
]

DECLINE = [
    [("u", "No thanks, I'm not interested."), ("a", "Understood. Sorry to bother you.")],
    [("u", "We're all set, thank you."), ("a", "No problem. If anything changes, we're here.")],
    [("u", "Please take me off your list."), ("a", "Of course, I'll remove your number right away."), ("u", "Thanks.")],
    [("u", "This is like the third call this week. Don't call this number again."),
     ("a", "I apologize, I'll make sure you're removed.")],
    [("u", "Yeah, I'm gonna pass. Appreciate it though.")],
    [("u", "Nah. Not for us."), ("a", "Okay, thanks for your time.")],
    [("u", "Let me stop you right there. Not interested, and I don't want any info either.")],
    [("u", "We don't need that. No."), ("a", "Alright, thanks for letting me know.")],
    [("u", "I'm good. Really. Thanks, but no thanks.")],
    [("u", "Not something we're looking into, no. Have a good day."), ("a", "You too.")],
]

CANCEL_TO_I = [
    [("u", "Actually, wait. I just realized I'm out of town that week. Can we cancel that? I still want to do it, I'll call you when I'm back."),
     ("a", "No problem, I've cancelled it. Just give us a call when you're back."),
     ("u", "Will do, sorry about that.")],
    [("u", "Hmm, hold on. Cancel that for now, my {partner} has the calendar and I don't want to double-book. We're definitely still interested though, I'll get back to you."),
     ("a", "Of course, I've taken it off. Talk soon."),
     ("u", "Yep.")],
]
CANCEL_TO_NI = [
    [("u", "You know what, cancel that. I've been thinking while we talked and I'm not going to do this after all."),
     ("a", "Okay, I've cancelled it. Can I ask what changed?"),
     ("u", "Just not for us. No thanks.")],
    [("u", "Ah, wait. No. Take that off. My {partner} is going to kill me, we said no new commitments this year. Sorry, we're not doing it."),
     ("a", "Understood, it's cancelled.")],
]

FLIP_TO_NI = [
    [("u", "Yeah... okay, I've heard you out, and it's a no. Not for us."), ("a", "Fair enough, thanks for listening.")],
    [("u", "Okay, thinking about it while you talked... no. I'm going to pass. Thanks though."), ("a", "I understand.")],
    [("u", "Right. Look, it all sounds fine, but we're not going to do it. Please don't follow up."), ("a", "Understood, I won't.")],
]
NI_TO_I_HEAD = [
    [("u", "Nah, not interested."), ("a", "Totally fair. Can I ask, is it the timing, or just not a fit?"),
     ("u", "I don't know. What is it again exactly?")],
    [("u", "Probably not, no."), ("a", "No problem. Just so you know, there's no commitment to get a quote."),
     ("u", "Hm. No commitment?")],
]
NI_TO_AB_HEAD = [
    [("u", "No, I don't think so."), ("a", "Totally fair. Can I ask what's holding you back?"),
     ("u", "I don't know, it's just... what does it even cost?")],
    [("u", "Eh, we're fine, thanks."), ("a", "I hear you. Would it help if I told you what it costs?"),
     ("u", "...Go on then.")],
]
AB_AFTER_FLIP = [
    [("u", "Hm. Okay. Actually, fine, let's set something up. {slot} could work."),
     ("a", "Great, I'll put you down for {meeting} on {slot}."), ("u", "Okay.")],
    [("u", "Huh, that's less than I figured. Alright, what's the next step?"),
     ("a", "Usually {meeting}. Would {slot} work?"),
     ("u", "{slot}, sure. Let's do it."),
     ("a", "You're booked."), ("u", "Alright then.")],
]
I_AFTER_FLIP = [
    [("u", "Okay, well, send me something then. I'll look at it, no promises."),
     ("a", "Will do. Email okay?"), ("u", "Yeah, {email}.")],
    [("u", "Hm. Alright, text me the details. Maybe I'll give it a look this weekend."),
     ("a", "Sending it now."), ("u", "Okay.")],
]

NULL_DRIVING = [
    [("u", "Hey, sorry, I'm driving, I can't really talk right now."), ("a", "No problem at all, I'll let you go. Drive safe.")],
    [("u", "I'm on the highway, I can barely hear you. Sorry."), ("a", "Oh, no worries, sorry to catch you on the road.")],
    [("u", "Can't talk, I'm driving. Bye."),],
]
NULL_WHO = [
    [("u", "Who is this?"), ("a", "This is {agent} from {co}. {pitch}"), ("u", "...Okay."), ("a", "Is now a good time to chat for a minute?")],
    [("u", "Sorry, who?"), ("a", "{agent}, from {co}. {pitch}"), ("u", "Uh huh. Okay.")],
    [("u", "Who's this? How'd you get this number?"), ("a", "This is {agent} with {co}. {pitch}"), ("u", "Oh. Okay. Hm.")],
]
NULL_WRONG = [
    [("u", "I think you've got the wrong number. There's no {first} here."), ("a", "Oh, I'm sorry about that."), ("u", "No problem. Bye.")],
    [("u", "{first}? Nope, wrong number, hon. This is a cell phone, I've had it for years."), ("a", "My apologies, I'll update our records.")],
    [("u", "Nobody by that name here. You must have an old number."), ("a", "Sorry for the trouble."), ("u", "It's fine.")],
]
NULL_ONEQ = [
    [("u", "How did you get this number?"), ("a", "It came from an inquiry form on our website. If that wasn't you, I'm sorry for the mix-up.")],
    [("u", "Wait, is this a recording?"), ("a", "I'm an AI assistant calling on behalf of {co}. Is this a good time?")],
    [("u", "Which company did you say?"), ("a", "{co}. {pitch}")],
]
NULL_BUSY = [
    [("u", "I'm in the middle of something, I gotta go."), ("a", "Of course, sorry to interrupt.")],
    [("u", "Oh, I'm at the doctor's, they're calling me in right now. Sorry."), ("a", "No problem at all.")],
]

NC_CARRIER = [
    "We're sorry, the number you have dialed is not in service. Please check the number and dial again.",
    "Your call cannot be completed as dialed. Please check the number and dial again.",
    "The party you are trying to reach does not accept calls from unknown numbers. Goodbye.",
    "The number you have reached has been disconnected or is no longer in service.",
    "We're sorry. All circuits are busy now. Please try your call again later.",
    "The number you have dialed is not a working number. Please check the number and try again.",
]
NC_ROBOT = [
    [("u", "Hi, the person you're calling is using a screening service from Google and will get a copy of this conversation. Go ahead and say your name and why you're calling."),
     ("a", "Hi, this is {agent} from {co}, calling about {vm_topic}."),
     ("u", "Thanks. Stay on the line, please."),
     ("a", "Sure, I'll hold.")],
    [("u", "This call is being screened by Call Assist. Please state your name and the reason for your call after the tone."),
     ("a", "{agent} with {co}, following up on {vm_topic}."),
     ("u", "Thank you. Please hold while I see if this person is available."),
     ("a", "Okay."),
     ("u", "Please continue to hold.")],
    [("u", "Thank you for calling {biz}. For billing, press 1. For scheduling, press 2. To reach the operator, press 0."),
     ("a", "Hi, I'd like to speak with the office manager, please."),
     ("u", "Sorry, I didn't get that. For billing, press 1. For scheduling, press 2."),
     ("a", "Operator, please."),
     ("u", "Sorry, I still didn't get that. Goodbye.")],
]
NC_ROOM = [
    [("u", "Hello?"), ("a", "Hi, is this {first}? This is {agent} from {co}."),
     ("u", "Hang on— MIA! Mia, shoes on, we're leaving in five minutes! ... No, the blue ones!"),
     ("a", "Hi, are you there?"),
     ("u", "I said the BLUE ones. Oh my god. Where are my keys?")],
    [("u", "Yeah, hello?"), ("a", "Hi, this is {agent} calling from {co}, do you have a minute?"),
     ("u", "Babe, can you turn the stove down? It's boiling over. ... No, the left one. The LEFT one."),
     ("a", "Hello?")],
    [("u", "Hello— hold on. Tony, the truck's here, go sign for it. ... Yeah, the pallets go in back."),
     ("a", "Hi, this is {agent} from {co}—"),
     ("u", "No, in BACK, by the dumpster. Jeez.")],
]
NC_HELLO = [
    [("u", "Hello?"), ("a", "Hi, this is {agent} calling from {co}, is this {first}?"), ("u", "Hello? ... Hello?"),
     ("a", "Hi, can you hear me?"), ("u", "Hello?")],
    [("u", "Hello?"), ("a", "Hi there, it's {agent} with {co}."), ("u", "Hello? Anybody there?")],
]

VM_PERSONAL = [
    "Hi, you've reached {first}. I can't get to the phone right now, so leave me a message and I'll call you back.",
    "Hey, it's {first}, you know what to do.",
    "Hi, this is {first}. Sorry I missed you! Leave your name and number and I'll get back to you as soon as I can.",
    "You've reached the Millers. We're not home right now, leave a message at the beep!",
]
VM_CARRIER = [
    "The person you are calling is not available. Please leave a message after the tone.",
    "Your call has been forwarded to an automatic voice message system. 5 5 5 0 1 4 2 is not available. At the tone, please record your message. When you have finished recording, you may hang up.",
]
VM_FULL = [
    "The mailbox of the person you are trying to reach is full and cannot accept any messages at this time. Goodbye.",
    "Sorry, this mailbox is full. Please try again later.",
]
VM_BIZ = [
    "Thank you for calling {biz}. We're either on another line or away from the desk. Please leave your name, number and a brief message and we'll return your call as soon as possible.",
    "You've reached {biz}. Our office is closed. Our hours are Monday through Friday, 8 a.m. to 5 p.m. Please leave a message after the tone and we'll get back to you the next business day.",
    "Hello, you have reached {biz} after hours. If this is an emergency, please hang up and dial 911. Otherwise, leave a message and we'll call you back.",
]
VM_AGENT_MSG = [
    "Hi {first}, this is {agent} from {co}, calling about {vm_topic}. Give us a call back at 555-0134 when you get a chance. Thanks!",
    "Hey {first}, {agent} with {co} here, just following up on {vm_topic}. No rush, you can reach us at 555-0188. Have a good one.",
    "Hello, this message is for {first}. It's {agent} at {co}. I'll try you again later this week, or feel free to call us back. Thank you!",
]

# --------------------------------------------------------------------------------------------
# Industries
# --------------------------------------------------------------------------------------------

INDUSTRIES: list[dict] = []

# ---------------------------------------------------------------- marina and boat storage
INDUSTRIES.append(dict(
    key="marina",
    probes=["So, is that something you'd be interested in for your boat?", 'Are you still looking for a place to keep your boat?'],
    industry="marina and boat storage",
    b2b=False,
    companies=["Harbor Point Marina", "Cedar Cove Marina", "Lakeside Boat Storage"],
    custom=[
        {"label": "Winter Storage Reserved", "description": "Reserved winter haul-out and storage for their boat, with a haul-out date set."},
        {"label": "Sold the Boat", "description": "No longer owns a boat."},
    ],
    pitch=[
        "We've got a few slips opening up for next season, and you'd sent us an inquiry a while back, so I wanted to reach out.",
        "We're calling past customers about winter haul-out and storage for this year before the spots fill up.",
        "We just finished our new dry stack building, and I'm letting boaters in the area know we have rack space.",
        "You'd asked about a slip on our website, and I'm following up to see if you're still looking.",
    ],
    pitch_kw=[(["haul", "winter", "same as last year"], "We're calling past customers about winter haul-out and storage for this year before the spots fill up.")],
    meetings=["a quick tour of the docks", "a walk around the yard with our dockmaster", "a call with our dockmaster"],
    vm_topic=["your slip inquiry", "next season's slip rentals", "storage for your boat"],
    price=("How much is a slip for a 24-footer?", "For a 24-foot boat a seasonal slip runs about $2,900, May through October, with water and electric included."),
    qa=[
        ("Do you have shore power out on the far docks?", "Yes, 30 and 50 amp on every dock."),
        ("Is there a fuel dock?", "We do, gas and diesel, and there's a pump-out station right next to it."),
        ("What about security? I had stuff stolen at my last place.", "Gated docks with key fob access, cameras on the lot and the docks, and staff on site until 10 in season."),
        ("Can you guys shrink wrap it too?", "Yes, shrink wrap is part of the full winter package, or about $18 a foot on its own."),
        ("Is the storage inside or outside?", "Both. Outdoor on stands is cheaper, indoor heated is limited and goes fast."),
        ("How deep is it at the slips? She draws about four feet.", "You're fine, we're at seven to eight feet even at low water in the main basin."),
        ("Do you do engine winterizing, or do I bring my own mechanic?", "Our service department does it, or you're welcome to bring your own certified mechanic."),
        ("What's parking like on weekends? It's a zoo at most places.", "There's a dedicated lot for slip holders, two spots per slip."),
        ("Can I stay on the boat overnight?", "We don't allow full-time liveaboards, but weekend overnights are fine."),
        ("Do you launch with a forklift or a travel lift?", "Travel lift up to 35 tons, and a forklift for the dry stack."),
    ],
    interest=[
        [("u", "Okay, that's fair for the outer dock. Can you email me the rate sheet and the slip contract? I want to read the insurance part."),
         ("a", "Absolutely. What's the email?"), ("u", "{email}."), ("a", "Sent. Let me know if you have questions.")],
        [("u", "We haven't decided whether to keep her in the water next year at all. Check back with me in February, I'll know more by then."),
         ("a", "Will do, I'll call in February.")],
        [("u", "Put me on the waitlist for the inside dock, I guess, and send me the details on the rack storage too."),
         ("a", "You're on the list, and I'll email the dry stack info."), ("u", "Good, thanks.")],
    ],
    decline=[
        [("u", "We keep her on a trailer in the driveway. Works fine for us. So, no, thanks.")],
        [("u", "Your rates went up like thirty percent last year. We moved to Pelican Bay and we're staying put. Not interested."), ("a", "Understood.")],
        [("u", "I'm not looking for a slip, and please stop calling me about it.")],
    ],
    inbound_open=[
        "Hi, I'm calling about slips for next season. Do you have anything for a 26-foot Grady-White?",
        "Yeah, hi, I saw your sign about dry stack storage, I wanted to ask a couple things.",
        "Hi, I'm new to the area, just moved up from Maryland, and I'm looking for a place to keep my boat.",
    ],
    null_inbound=[
        [("u", "Hi, I was at your fuel dock Saturday and I think I left my sunglasses on the counter. Black Ray-Bans. Anybody turn them in?"),
         ("a", "I'm not sure, but I'll pass that along to the dock office and have them check lost and found."), ("u", "Okay, thanks. It's {first}, same number.")],
        [("u", "Hey, is the boat ramp open to the public today, or is it just for members?"),
         ("a", "The public ramp is open until sunset, it's $15 to launch."), ("u", "Great, thanks.")],
    ],
    custom_segs={
        "Winter Storage Reserved": [
            [("a", "We still have haul-out dates in late October. Would you like to reserve indoor storage for the winter?"),
             ("u", "Yeah, let's lock it in before it's gone. Can you pull her out on the 24th?"),
             ("a", "October 24th, morning haul-out, indoor rack. You're reserved."),
             ("u", "Perfect. Shrink wrap's not needed if she's inside, right?"),
             ("a", "Right, not needed indoors.")],
            [("u", "Put me down for the outdoor storage this year. Saturday the 14th works for pulling it out."),
             ("a", "Outdoor storage, haul-out Saturday the 14th. Got it."),
             ("u", "And winterize the engine while you're at it.")],
            [("u", "I want her out of the water before the first freeze. What have you got the first week of November?"),
             ("a", "Tuesday the 4th at 9 in the morning."),
             ("u", "Book it. Shrink wrap too, the whole package."),
             ("a", "Done. Full winter package, haul-out Tuesday the 4th at 9.")],
            [("u", "Same as last year, honestly. Haul her out, wrap her, park her in the back lot. Do you have the 2nd open?"),
             ("a", "The 2nd is open, I'll put you down for that."),
             ("u", "Good man. See you on the 2nd.")],
            [("a", "Would you like to go ahead and reserve a spot in the heated building?"),
             ("u", "Yes. And the haul-out, can we do Friday the 17th in the afternoon? I can bring her over myself around 1."),
             ("a", "Friday the 17th at 1 o'clock, heated building. You're confirmed."),
             ("u", "Great, that's a load off.")],
        ],
        "Sold the Boat": [
            [("u", "Oh, we sold her back in June. Guy from Ohio drove down with a trailer and that was that."),
             ("a", "Ah, okay! Congrats, I hope. I'll update our records.")],
            [("u", "The boat's gone, man. Divorce. She got the house, and I sure didn't get the boat either."),
             ("a", "Oh, I'm sorry to hear that. I'll make a note.")],
            [("u", "We finally let her go last fall. Too much work at our age, all that scraping and painting."),
             ("a", "That makes sense. Thanks for letting me know.")],
            [("u", "Ha, no boat anymore. These days I just ride on my brother-in-law's, and he pays the slip fees."),
             ("a", "Smart move! I'll update your file.")],
            [("u", "The Sea Ray? New owners picked it up a couple months ago. I think they keep it up in Michigan now."),
             ("a", "Okay, got it. I'll take you off the slip list then.")],
            [("u", "I don't own a boat anymore. Sold it last year."), ("a", "Understood, I'll update our records.")],
            [("u", "They say the two happiest days are when you buy a boat and when you sell it. I had my second happy day in April."),
             ("a", "Ha! Well, congratulations. I'll update things on our end.")],
            [("u", "After my partner passed, I had the broker sell it. I never drove it anyway, that was always their thing."),
             ("a", "I'm very sorry for your loss. I'll make sure we update our records.")],
        ],
    },
    near=[
        ([("u", "I'm actually trying to sell her. She's listed on Boat Trader, but until somebody bites I need somewhere to put her. What are winter rates?"),
          ("a", "Outdoor is about $40 a foot for the season, indoor about $65."),
          ("u", "Okay, email me that, I'll figure it out once I know if she's sold."),
          ("a", "Will do.")], I),
        ([("u", "We sold the old pontoon, actually, and bought a 30-foot cruiser, so I'll need a bigger slip this year. Can I come see what you have?"),
          ("a", "Absolutely, how about {slot}?"),
          ("u", "{slot} is good."),
          ("a", "Great, the dockmaster will meet you at the office.")], AB),
        ([("u", "Before I reserve anything for winter I'd want to see the heated building. Could I come look at it {slot}?"),
          ("a", "Of course, I'll have someone walk you through it {slot}."),
          ("u", "Good. Then I'll decide.")], AB),
    ],
))

# ---------------------------------------------------------------- music school
INDUSTRIES.append(dict(
    key="music",
    probes=['Is that something your family might be interested in?', "Are lessons still something you're thinking about?"],
    industry="music school lessons",
    b2b=False,
    companies=["Crescendo Music School", "Bright Notes Music Studio", "Harmony Lane Music Academy"],
    custom=[
        {"label": "Trial Lesson Booked", "description": "Booked a free trial lesson for a specific day and time."},
        {"label": "Student Quit", "description": "The student has stopped playing the instrument and isn't continuing."},
        {"label": "Too Pricey", "description": "Cost is the reason they say no."},
    ],
    pitch=[
        "We're enrolling for the fall term, and you'd asked on our website about lessons for your child.",
        "We've just added evening guitar and voice lessons for kids and adults, and we're letting families in the area know.",
        "You left your number at our open house for information on lessons, so I'm following up.",
        "We have a few spots left in our Saturday beginner group classes, and I wanted to see if you're still looking.",
    ],
    pitch_kw=[],
    meetings=["a tour of the studio", "a quick call with our program director", "a parent meeting with our director"],
    vm_topic=["music lessons", "the fall term enrollment", "your lesson inquiry"],
    price=("How much is it per month?", "Thirty-minute weekly lessons are $140 a month, billed monthly, no annual contract."),
    qa=[
        ("What ages do you take?", "We start piano at five and guitar around seven, and we have lots of adult students too."),
        ("How long are the lessons?", "Thirty, forty-five or sixty minutes. Most beginners start with thirty."),
        ("Are the teachers, like, college kids, or real teachers?", "All our instructors have music degrees, and most of them perform locally."),
        ("Do we need to buy a piano first?", "Not right away. A keyboard with weighted keys is fine to start, and we can recommend a few."),
        ("Do you do recitals? My son gets really nervous.", "Twice a year, and they're totally optional. Lots of kids just come and watch the first time."),
        ("Can you do online lessons if we're traveling?", "Yes, any lesson can switch to video if you tell us the day before."),
        ("What happens if we miss a week?", "You can reschedule with 24 hours' notice, and there are two makeup lessons a term."),
        ("Do you teach drums? That's what he actually wants.", "We do, we have two drum rooms, fully soundproofed, thankfully."),
        ("Is it all classical, or can she learn pop songs?", "Whatever she likes. Teachers mix technique with songs the student picks."),
        ("Is there parking? The last place was a nightmare.", "There's a lot behind the building, free for families."),
    ],
    interest=[
        [("u", "She's been begging for guitar lessons since her birthday. Can you send me the schedule of open times? I'll figure out what fits with soccer."),
         ("a", "Of course, what's your email?"), ("u", "{email}."), ("a", "Sending it now.")],
        [("u", "This is more for me, actually. I played as a kid and I want to get back into it. Let me look at my work schedule and I'll call you back."),
         ("a", "That's great to hear. I'll text you our number and the adult schedule."), ("u", "Perfect.")],
    ],
    decline=[
        [("u", "She's got swim team four days a week, there's just no room in her schedule. No thanks.")],
        [("u", "We're happy with her teacher at church, so, no. Thanks though.")],
        [("u", "I don't need lessons, I don't know who signed me up for this. Please don't call again.")],
    ],
    inbound_open=[
        "Hi, I'm calling about piano lessons for my son, he's eight.",
        "Hey, do you guys do adult beginner guitar? I'm forty-two and I've always wanted to learn.",
        "Hi, my daughter wants to do voice lessons, she's in the school musical this spring.",
    ],
    null_inbound=[
        [("u", "Hi, my son's lesson is at 5 and we're stuck in traffic, can you let Mr. Park know we'll be about ten minutes late?"),
         ("a", "Of course, I'll let him know right away."), ("u", "Thank you so much.")],
        [("u", "Hi, I think my daughter left her music folder in room 3 yesterday. A purple folder. Did anyone find it?"),
         ("a", "I'll ask the front desk to check room 3 and let you know."), ("u", "Okay, thanks.")],
    ],
    custom_segs={
        "Trial Lesson Booked": [
            [("a", "The easiest way to see if it clicks is a free 30-minute trial lesson. Would she want to try one?"),
             ("u", "Oh, that'd be great actually. Does Wednesday after school work, like 4:30?"),
             ("a", "Wednesday at 4:30 with Ms. Ortega. You're booked."),
             ("u", "Awesome, she's going to be so excited.")],
            [("u", "Can he do a trial before we sign up for a whole term?"),
             ("a", "Sure, the first trial lesson is free. We have Saturday at 10 or Saturday at 11:30."),
             ("u", "Ten is perfect, we'll come after breakfast."),
             ("a", "Saturday at 10, trial lesson on drums. See you then!")],
            [("u", "I'll come in for the free one, the trial thing. Tuesday at 6, after work?"),
             ("a", "Tuesday at 6 works. You'll be with Kevin, he teaches most of our adult guitar students."),
             ("u", "Great, see you Tuesday.")],
            [("u", "Let's see if he even sits still for half an hour, ha. Go ahead and book the trial, Monday at 5."),
             ("a", "Monday at 5, free trial piano lesson. I'll text you the address."),
             ("u", "Sounds good.")],
            [("a", "We could start with a no-cost trial lesson so she can meet the teacher. How's Thursday at 3:30?"),
             ("u", "Thursday at 3:30... she has a dentist appointment at 3. Could we do 4:30?"),
             ("a", "4:30 Thursday is open. Booked."),
             ("u", "Great.")],
        ],
        "Student Quit": [
            [("u", "Honestly, the guitar's been sitting in the corner collecting dust since spring. He's moved on."),
             ("a", "That happens a lot at that age. Thanks for letting me know.")],
            [("u", "She's all about volleyball now. The keyboard's under her bed somewhere."),
             ("a", "Ha, I understand. I'll update our records.")],
            [("u", "He told us he's done with violin. We're not going to fight him on it."),
             ("a", "That's completely fair.")],
            [("u", "Oh, Maddie stopped playing last year. Lost interest once her friends quit band."),
             ("a", "Okay, I appreciate you telling me.")],
            [("u", "I gave up on the cello, to be honest. My hands just weren't having it anymore, with the arthritis."),
             ("a", "I'm sorry to hear that. Thanks for letting me know.")],
            [("u", "We actually sold the piano. Nobody in this house has touched it since Lily stopped lessons."),
             ("a", "Ah, okay. I'll make a note.")],
            [("u", "He quit band in the fall and he says it's 'not his thing' anymore. So, yeah. That's that."),
             ("a", "Understood, thank you.")],
        ],
        "Too Pricey": [
            [("u", "How much is it?"), ("a", "Thirty-minute weekly lessons are $140 a month."),
             ("u", "A hundred forty a month? Oof. No, we can't swing that right now."), ("a", "I understand.")],
            [("u", "What does it run?"), ("a", "It's $140 a month for weekly half-hour lessons."),
             ("u", "That's more than my car insurance. I'm going to have to pass.")],
            [("u", "How much is it?"), ("a", "$140 a month for a weekly half-hour lesson."),
             ("u", "And that's per kid? With three of them that's over four hundred a month. There's no way."),
             ("a", "We do have a sibling discount of ten percent."),
             ("u", "Still way out of our budget. Sorry.")],
            [("u", "I'll be honest, money's tight since I got laid off. So no, not right now."),
             ("a", "Totally understand.")],
            [("u", "What's the cost?"), ("a", "$140 a month for a weekly thirty-minute lesson."),
             ("u", "Hm. YouTube is free, so... I think we'll stick with that.")],
            [("u", "It's just too expensive for us."), ("a", "I understand, thanks for being upfront.")],
        ],
    },
    near=[
        ([("u", "She took the summer off, but she's been itching to get back, she plays every night. What do you charge?"),
          ("a", "$140 a month for weekly half-hour lessons."),
          ("u", "That's about what we paid before. Send me the fall schedule."),
          ("a", "Will do.")], I),
        ([("u", "Before we commit to a trial or anything, I'd like to see the place. Could I stop by {slot}?"),
          ("a", "Sure, I'll have our director give you a tour {slot}."),
          ("u", "Great.")], AB),
        ([("u", "The trial sounds good. Let me check his practice schedule and I'll call you to set it up."),
          ("a", "Sounds great, just call whenever you're ready."),
          ("u", "Will do.")], I),
    ],
))

# ---------------------------------------------------------------- managed IT
INDUSTRIES.append(dict(
    key="it",
    probes=['Is that something that could help your office?', 'How are things on the IT side for you these days?'],
    industry="managed IT services for small businesses",
    b2b=True,
    bizs=["Patel Family Dentistry", "Ridgeway Insurance Group", "Summit Physical Therapy", "Brennan and Cole Law",
          "Green Leaf Landscaping", "Main Street Accounting", "Delgado Realty"],
    companies=["Northgate IT", "ByteShield Managed Services", "ClearPath Technology"],
    custom=[
        {"label": "Has IT Provider", "description": "They already have an outside IT company or an in-house IT person."},
        {"label": "Security Assessment Booked", "description": "Agreed to a free network security assessment on a specific date and time."},
    ],
    pitch=[
        "We provide managed IT for small offices, help desk, backups, security, all for a flat monthly fee, and I wanted to see how you're handling IT today.",
        "We've been working with a few offices in your area on cybersecurity after that ransomware wave, and we're offering free network security assessments.",
        "I'm calling small businesses in the area about our flat-rate IT support plans.",
    ],
    pitch_kw=[(["assessment", "security check", "scan our network"], "We've been working with a few offices in your area on cybersecurity after that ransomware wave, and we're offering free network security assessments.")],
    meetings=["a 20-minute discovery call", "an intro meeting with our account manager", "a video call with one of our engineers"],
    vm_topic=["IT support for your office", "our managed IT plans", "the free security assessment"],
    price=("What does that cost, roughly?", "Most offices your size land between $90 and $130 per user per month, everything included."),
    qa=[
        ("Do you come on site, or is it all remote?", "Mostly remote, but we're 20 minutes away and come on site when needed at no extra charge."),
        ("What about the old server in our closet?", "We can keep it running or move you to the cloud, whichever makes more sense."),
        ("We're a medical office, HIPAA and all that. Does that matter?", "We support a lot of medical and dental offices, and we'll sign a business associate agreement."),
        ("How fast do you pick up when something breaks?", "Phones are answered live, and critical issues get a tech within 15 minutes."),
        ("Do you handle backups?", "Yes, daily backups with offsite copies, and we test restores every month."),
        ("Is there a contract?", "Month to month after the first 90 days."),
        ("Can you deal with our printer? That thing is possessed.", "Ha, we hear that a lot. Yes, printers are covered."),
        ("We've only got like 12 people. Is that too small for you?", "Not at all, most of our clients are between 5 and 40 users."),
        ("Do you do phones too, like the VoIP stuff?", "We do, we'd quote that separately."),
        ("What about email, we're still on some old GoDaddy thing.", "We migrate a lot of offices to Microsoft 365, usually over a weekend."),
    ],
    interest=[
        [("u", "Our backups are, uh, a USB drive in my desk. So yeah, probably something we should fix. Email me a proposal for twelve users."),
         ("a", "Will do. What's the best email?"), ("u", "{email}."), ("a", "Great, you'll have it by tomorrow.")],
        [("u", "I'm not the one who signs off, that's Dr. Patel, but I'll put it in front of her. Send me something I can forward."),
         ("a", "Absolutely, I'll email a one-pager today."), ("u", "Okay.")],
    ],
    decline=[
        [("u", "We're four people and a laptop each. We don't need managed anything. No thanks.")],
        [("u", "We're closing this office at the end of the year, so, no."), ("a", "Understood, thanks for letting me know.")],
        [("u", "I get five of these calls a week. We are not interested. Take us off your list.")],
    ],
    inbound_open=[
        "Hi, yeah, our server went down twice this month and I'm looking at options. Do you guys do small offices?",
        "Hi, I got your postcard about the security assessment, I had a couple of questions.",
        "Hi, we're a six-person accounting firm, and we're shopping around for IT support.",
    ],
    null_inbound=[
        [("u", "Hi, this is Staples, I've got a delivery for Northgate IT, what suite are you in?"),
         ("a", "We're in suite 210, second floor."), ("u", "Got it, thanks.")],
        [("u", "Hi, I'm with Metro Office Supply, I'm trying to reach whoever does your purchasing."),
         ("a", "I can take a message and pass it along."), ("u", "Okay, I'll just send an email. Thanks.")],
    ],
    custom_segs={
        "Has IT Provider": [
            [("u", "We've got a guy. Dave. He's been doing our computers for like ten years, comes in whenever we need him."),
             ("a", "It sounds like you're well taken care of. Thanks for your time.")],
            [("u", "My nephew handles all that for us. He's really good with computers."),
             ("a", "Got it. I'll let you go, then.")],
            [("u", "We're with TechPro already. They've been fine."), ("a", "Understood, thank you.")],
            [("u", "Our parent company's IT department in Chicago manages all our stuff. We're not even allowed to install Zoom ourselves."),
             ("a", "Ah, that makes sense. Thanks for letting me know.")],
            [("u", "We hired a full-time IT person last spring, so that's covered."), ("a", "Great, thanks for letting me know.")],
            [("u", "We already pay somebody for exactly this every month, so..."), ("a", "Understood.")],
            [("u", "Corey in our back office does all the tech stuff. It's kind of half his job at this point."),
             ("a", "Got it, thanks.")],
            [("u", "We already have an outside IT company, thanks."), ("a", "No problem.")],
        ],
        "Security Assessment Booked": [
            [("u", "After what happened to the clinic down the street, yeah, let's do that security check. Can your guy come Thursday at 8, before we open?"),
             ("a", "Thursday at 8 works. Our engineer will be there for the free assessment, about an hour."),
             ("u", "Good.")],
            [("a", "The free network assessment takes about an hour. Would Monday or Wednesday work?"),
             ("u", "Monday at 1, during lunch. It's quietest then."),
             ("a", "Monday at 1 it is. I'll send a confirmation."),
             ("u", "Okay.")],
            [("u", "Okay, the free assessment, sure. Is next Wednesday at 3 okay?"),
             ("a", "Next Wednesday at 3 is open. You're booked for the security assessment."),
             ("u", "Great.")],
            [("u", "Fine, scan our network or whatever you do. Friday the 19th, any time after 10."),
             ("a", "Let's say Friday the 19th at 10:30?"),
             ("u", "10:30 works."),
             ("a", "Booked. The engineer will check in at the front desk.")],
            [("a", "Would you be open to the free security assessment? We'd look at your firewall, passwords and backups."),
             ("u", "Honestly, that's probably overdue. Tuesday at 9 in the morning?"),
             ("a", "Tuesday at 9, perfect. You'll get an email with what to expect.")],
        ],
    },
    near=[
        ([("u", "We used to have an IT company, but they closed up shop in January, so right now it's just me googling things. What would you charge for nine people?"),
          ("a", "Roughly $100 per user a month, everything included."),
          ("u", "Okay. Send me a quote, I'll bring it to the partners."),
          ("a", "Will do.")], I),
        ([("u", "The assessment sounds good. Email me what's involved and I'll get back to you with a date."),
          ("a", "Sure, I'll send that right over."),
          ("u", "Okay.")], I),
        ([("u", "I'd rather just talk through options first. Can your account manager call me {slot}?"),
          ("a", "Yes, she'll call you {slot} for a discovery call."),
          ("u", "Perfect.")], AB),
    ],
))

# ---------------------------------------------------------------- funeral pre-planning
INDUSTRIES.append(dict(
    key="funeral",
    probes=["Is planning ahead something you've given any thought to?", 'Would that be of any interest to you?'],
    industry="funeral pre-planning",
    b2b=False,
    companies=["Willow Grove Funeral Home", "Evergreen Memorial Chapel", "Hartwell and Sons Funeral Home"],
    custom=[
        {"label": "Already Pre-Arranged", "description": "They already have a prepaid funeral plan somewhere else."},
        {"label": "Recent Loss", "description": "Someone close to them died recently."},
        {"label": "Seminar RSVP", "description": "Signed up for the seminar."},
    ],
    pitch=[
        "We're reaching out to folks in the community about pre-planning, so families aren't left making decisions at a hard moment.",
        "You'd requested our free planning guide a few weeks ago, and I wanted to see if you had any questions.",
        "We're hosting a free lunch-and-learn on pre-planning at the Riverside Library, Thursday the 18th at noon, and I'm calling to invite you.",
    ],
    pitch_kw=[(["seminar", "library", "lunch thing"], "We're hosting a free lunch-and-learn on pre-planning at the Riverside Library, Thursday the 18th at noon, and I'm calling to invite you.")],
    meetings=["a meeting with one of our planning advisors", "a sit-down at our office", "a home visit from our pre-need counselor"],
    vm_topic=["the planning guide you requested", "funeral pre-planning", "our pre-planning information"],
    price=("What does something like that cost?", "A simple cremation plan starts around $3,200, and a traditional service is usually $8,000 to $11,000, with payment plans available."),
    qa=[
        ("Does it lock in today's prices?", "Yes, a prepaid plan locks in our prices for the services you choose."),
        ("What if we move to Arizona to be near the grandkids?", "Most plans can be transferred to another funeral home, and we'd help with that."),
        ("Do you do cremation only, or burial too?", "Both, anything from a simple direct cremation to a full traditional service."),
        ("Can I pay over time? I'm on a fixed income.", "Yes, there are payment plans from 3 to 10 years."),
        ("Is the money safe if you go out of business?", "Funds are held in a state-regulated trust or insurance policy, not by us directly."),
        ("Do I have to decide everything, the music and all that?", "No, you can plan as much or as little as you'd like."),
        ("Can my kids be part of it?", "Absolutely, a lot of people bring a son or daughter along."),
        ("My husband was in the Navy. Do you handle veterans?", "Yes, we help arrange military honors and VA burial benefits."),
        ("How long does the meeting take?", "Usually about an hour, at our office or at your kitchen table."),
    ],
    interest=[
        [("u", "My kids keep nagging me about this, honestly. Mail me the brochure. I don't do email."),
         ("a", "Of course. Is the address on Birch Street still correct?"), ("u", "That's it, 412 Birch.")],
        [("u", "I've been meaning to do this since my sister's funeral. Let me talk to my son first, he'll want to be involved, and then we'll call you."),
         ("a", "That's a wonderful idea. Take your time."), ("u", "Thank you, dear.")],
    ],
    decline=[
        [("u", "I don't want to think about that stuff on the phone with a stranger. No, thank you.")],
        [("u", "My church takes care of all that, we don't need you. Goodbye.")],
        [("u", "Young man, I'm ninety-one, I've had six of these calls this month. I am not interested. Don't call me again.")],
    ],
    inbound_open=[
        "Hi, I got your letter about pre-planning and I had some questions.",
        "Hello, I'm calling about making arrangements for myself ahead of time. I don't want my kids to deal with it.",
        "Hi, I saw the flyer about the seminar at the library.",
    ],
    null_inbound=[
        [("u", "Hi, what time is the visitation for Margaret Ellis tomorrow?"),
         ("a", "Visitation is from 4 to 7 p.m. in the East Chapel."), ("u", "Thank you. And there's parking out back?"),
         ("a", "Yes, there's a lot behind the chapel."), ("u", "Okay, thank you.")],
        [("u", "Hi, I'm a florist, I have an arrangement for the Duncan service on Saturday. What's the latest I can deliver?"),
         ("a", "Deliveries are accepted until 9 a.m. the day of the service."), ("u", "Perfect, thanks.")],
    ],
    custom_segs={
        "Already Pre-Arranged": [
            [("u", "Oh, honey, Walter and I took care of all that with Hendricks years ago. It's all paid for."),
             ("a", "That's wonderful that you planned ahead. I won't take any more of your time.")],
            [("u", "We did that already, back when my mother passed. Got ours done at the same time, at Lakeview."),
             ("a", "I understand. Thank you for letting me know.")],
            [("u", "I've got a prepaid plan with Morrison's on Fifth. Signed it in 2016. Even picked the hymns."),
             ("a", "It sounds like you're all set.")],
            [("u", "I'm all set. Everything's paid up at St. Joseph's, even the casket. The kids have the paperwork."),
             ("a", "That's great, thank you.")],
            [("u", "My daughter made me do it after my stroke. We went to Parker's and paid for the whole thing up front."),
             ("a", "I'm glad that's taken care of for you.")],
            [("u", "We already have a prepaid funeral plan with another funeral home."), ("a", "Understood, thank you.")],
        ],
        "Recent Loss": [
            [("u", "I... I'm sorry, this isn't a good time. We just buried my husband three weeks ago.")],
            [("u", "My mom passed on Sunday. I can't— I can't do this right now.")],
            [("u", "We lost our son in August. I really don't want to think about funerals right now.")],
            [("u", "My brother died last month, and honestly, we're still sorting out his arrangements. I can't think about mine.")],
            [("u", "Dad's service was just last Friday. I only picked up because I thought you were the cemetery calling back.")],
            [("u", "Oh. Um. My wife just passed, in the spring. So it's, uh... it's still very fresh.")],
        ],
        "Seminar RSVP": [
            [("u", "The lunch thing at the library? Sure, put me down. And my sister, Carol, too."),
             ("a", "Wonderful, that's two for Thursday the 18th at noon."),
             ("u", "Is it a real lunch or just cookies?"),
             ("a", "A real lunch, sandwiches and soup."), ("u", "Then we'll be there.")],
            [("u", "Is the seminar free?"), ("a", "Completely free, and there's no obligation."),
             ("u", "Then count me in."), ("a", "Great, I've got you down for the 18th at noon.")],
            [("u", "I'll come to the seminar. Do I need to bring anything?"),
             ("a", "Nothing at all, just yourself. I've reserved your seat for Thursday the 18th at noon."),
             ("u", "Good, I'll write it on the calendar.")],
            [("u", "Yes, please save me a seat at that library talk. Aisle if you can, my knees."),
             ("a", "Of course. You're registered for Thursday the 18th at noon."), ("u", "Thank you.")],
        ],
    },
    near=[
        ([("u", "My mother pre-planned with you folks years ago, that's probably how you have my number. But I've never done anything for myself. What would I need to do?"),
          ("a", "We'd start with a conversation about what you'd like, and I can mail you our planning guide."),
          ("u", "Yes, mail me that.")], I),
        ([("u", "My father passed about eight years ago, no plan at all, it was a mess. That's why I want to get mine sorted. Could someone come to the house {slot}?"),
          ("a", "Of course, our counselor can come {slot}."),
          ("u", "Thank you, that would be a relief.")], AB),
        ([("u", "I might come to the seminar. I'll see how I'm feeling that day, my hip's been acting up."),
          ("a", "That's fine, no need to register. Would you like me to mail you the details?"),
          ("u", "Yes, that would be nice.")], I),
    ],
))

# ---------------------------------------------------------------- commercial window cleaning
INDUSTRIES.append(dict(
    key="windows",
    probes=["Is that something you'd want a quote on?", 'Would that be of interest for your building?'],
    industry="commercial window cleaning",
    b2b=True,
    bizs=["Lakeshore Medical Plaza", "Fairview Office Park", "Hillcrest Dental", "Grand Avenue Retail Center",
          "the Marlowe Building", "Sunrise Senior Living", "Olsen Auto Group"],
    companies=["ClearView Commercial Window Cleaning", "Skyline Window Services", "Brightpane Commercial"],
    custom=[
        {"label": "Site Walkthrough", "description": ""},
        {"label": "Landlord Handles It", "description": "The tenant says the landlord or building management takes care of window cleaning."},
    ],
    pitch=[
        "We do exterior and interior window cleaning for commercial buildings, and we're putting together spring schedules for properties on your street.",
        "I noticed your storefront on Grand Avenue and wanted to see who's handling your windows right now.",
        "We're offering free quotes on low-rise and mid-rise window cleaning, including lift and rope access work.",
    ],
    pitch_kw=[],
    meetings=["a quick video call to go over pricing", "a call with our operations manager", "a phone call with our estimator"],
    vm_topic=["window cleaning for your building", "a window cleaning quote", "our spring schedule"],
    price=("Ballpark, what does something like this cost?", "For a two-story building like yours, exterior monthly service usually runs $250 to $400 a visit."),
    qa=[
        ("How often do most places do it?", "Storefronts usually monthly, office buildings quarterly or twice a year."),
        ("Are you insured? We had a guy fall off a ladder once, not one of yours.", "Fully insured, two million in general liability, and our crews are OSHA certified."),
        ("Do you work weekends? We can't have people outside during business hours.", "Yes, early mornings and weekends at no extra charge."),
        ("How do you price it, by the window?", "Usually by the pane, or a flat rate per visit once we've seen the building."),
        ("We've got hard water staining on the south side. Can you get that off?", "Usually, yes, we have a restoration treatment for mineral stains."),
        ("Do you do the inside too?", "We can. Most clients do outside monthly and inside quarterly."),
        ("How many floors can you do?", "Up to about twelve stories with lifts and rope access."),
        ("Just glass, or the frames too?", "Glass, frames and sills, and we also do awnings and pressure washing."),
    ],
    interest=[
        [("u", "Our current guy is pretty flaky, to be honest. Send me a price sheet and a certificate of insurance and I'll compare."),
         ("a", "Will do. Who should I address it to?"), ("u", "Me, {first}. {email}."), ("a", "Perfect, you'll have it today.")],
        [("u", "We're redoing the facade in the spring. After that we'll definitely need someone. Call me in April."),
         ("a", "I'll follow up in April."), ("u", "Sounds good.")],
    ],
    decline=[
        [("u", "We're happy with who we've got, we've used them for fifteen years. No thanks.")],
        [("u", "Our staff do the windows ourselves, it's a small shop. We don't need it.")],
        [("u", "Not interested. And please don't send anyone by to 'look at the building' either.")],
    ],
    inbound_open=[
        "Hi, I manage a three-story office building on Fifth Street and I need a quote on exterior windows.",
        "Yeah, hi, our storefront windows look terrible. Do you guys do small retail?",
        "Hi, I got your flyer. We're a dental office in a one-story building, how does your pricing work?",
    ],
    null_inbound=[
        [("u", "Hi, one of your vans is parked in our loading zone on Fifth Street. Can you have them move it?"),
         ("a", "I'm sorry about that, I'll contact the crew right away."), ("u", "Thanks, the truck's waiting.")],
        [("u", "Hi, I'm calling to see if you're hiring. I did window washing for three years in Denver."),
         ("a", "You can apply on our website under Careers."), ("u", "Okay, thanks.")],
    ],
    custom_segs={
        "Site Walkthrough": [
            [("a", "The best way to quote it is a quick walkthrough, about fifteen minutes. Can I have our estimator come by?"),
             ("u", "Yeah, come Tuesday at 7:30, before we open. Ask for Luis at the front."),
             ("a", "Tuesday at 7:30, ask for Luis. Got it."), ("u", "Okay.")],
            [("u", "Just have someone come look at it. Friday morning, 9-ish. Let's say 9."),
             ("a", "Friday at 9, our estimator will walk the building with you."),
             ("u", "Good.")],
            [("u", "Meet me at the building Thursday at 2. I'll walk you around the back, that's the worst side."),
             ("a", "Thursday at 2, we'll be there."), ("u", "Bring a ladder guy who isn't scared of heights, ha.")],
            [("a", "Would it be alright if our estimator came out to look at the building?"),
             ("u", "Sure. Monday at 11, I'm on site all morning."),
             ("a", "Monday at 11, perfect. He'll call when he's in the lot.")],
            [("u", "You'd have to see it, honestly, there are like four different window types. Can someone come the 14th around 3?"),
             ("a", "The 14th at 3 is open. I'll have our estimator meet you there."),
             ("u", "Great.")],
        ],
        "Landlord Handles It": [
            [("u", "We just lease the suite. That's the building's thing, they have a crew come every couple months."),
             ("a", "Ah, got it. Thanks for letting me know.")],
            [("u", "Oh, that's included in our CAM charges. The property manager schedules all that."),
             ("a", "Understood.")],
            [("u", "We don't own the building. You'd want Brookfield, they manage the whole plaza."),
             ("a", "Thanks, I'll reach out to them.")],
            [("u", "That's in our lease, the landlord does the exterior. We just wipe the inside of the front door."),
             ("a", "Makes sense. Thank you.")],
            [("u", "The management company does windows. We're not even allowed to hire our own people for the outside."),
             ("a", "Got it, thanks.")],
            [("u", "Our landlord takes care of window cleaning for the whole building."), ("a", "Understood, thanks.")],
            [("u", "Honey, I rent one little unit in a strip mall. Whatever happens to that glass is Mr. Kaplan's problem, not mine."),
             ("a", "Ha, fair enough. Thanks!")],
        ],
    },
    near=[
        ([("u", "We own the building, so it's all on us, and our old guy retired in the fall. What would it run for two stories?"),
          ("a", "Usually $250 to $400 a visit for exterior monthly service."),
          ("u", "Okay. Email me a formal quote."),
          ("a", "Will do.")], I),
        ([("u", "A walkthrough? Maybe down the road. Just email me your rates for now."),
          ("a", "Sure, I'll send our standard rate sheet."),
          ("u", "Thanks.")], I),
        ([("u", "Before anyone comes out, I'd want to go over pricing on the phone with somebody who can actually quote. Can your ops manager call me {slot}?"),
          ("a", "Yes, he'll call you {slot}."),
          ("u", "Good.")], AB),
    ],
))

# ---------------------------------------------------------------- EV home charger installation
INDUSTRIES.append(dict(
    key="ev",
    probes=['Are you still thinking about a home charger?', "Is that something you'd like to look into?"],
    industry="EV home charger installation",
    b2b=False,
    companies=["VoltNest Home Charging", "ChargeRight Electric", "Plug and Go EV Installs"],
    custom=[
        {"label": "Renter", "description": "Doesn't own the home."},
        {"label": "No EV Yet", "description": "They don't have an electric car yet."},
        {"label": "Install Date Set", "description": "Scheduled the actual charger installation (not just a quote or site visit) for a specific date."},
    ],
    pitch=[
        "We install Level 2 home chargers, and you'd requested a quote on our website.",
        "With the new utility rebate, we're calling homeowners in your area about Level 2 charger installs. We can usually get it done in one day.",
        "Westside Auto passed along your info for a home charger install, and I'm following up.",
    ],
    pitch_kw=[(["permit came through", "quote was fine", "quote from mike", "put the charger in", "get the installation"], "I'm following up on the installation quote we sent over last week.")],
    meetings=["a free home assessment", "an electrician visit to quote the job", "a call with our energy advisor"],
    vm_topic=["your home charger quote", "a Level 2 charger install", "the utility rebate for home chargers"],
    price=("How much does it usually run?", "Most installs are $1,200 to $1,800 including the charger, before the $500 utility rebate."),
    qa=[
        ("Do I need a new panel? The house is from the seventies.", "Maybe, we'll check your panel capacity. Sometimes a load management device avoids an upgrade."),
        ("Do you pull the permit?", "Yes, we handle the permit and the inspection."),
        ("Which charger do you put in?", "ChargePoint, Emporia or a Tesla wall connector, or we can install one you already bought."),
        ("How long does it take to charge with a Level 2?", "For most cars, empty to full overnight, roughly 6 to 8 hours."),
        ("My garage is detached, is that a problem?", "Not a problem. We'd trench or run an overhead line, it just adds a bit to the cost."),
        ("Is there a warranty?", "Two years on labor, and the charger has its own manufacturer warranty."),
        ("Can it go outside by the driveway?", "Yes, we use outdoor-rated units."),
        ("Do you do the rebate paperwork?", "We fill it out for you, you just sign."),
        ("How long is the install itself?", "Usually four to six hours if no panel work is needed."),
    ],
    interest=[
        [("u", "The wall plug takes like two days to charge the thing, it's ridiculous. What's the rebate again? Send me the quote with that in it."),
         ("a", "The $500 utility rebate. I'll email you a quote with it applied."), ("u", "{email}."), ("a", "Got it.")],
        [("u", "We're about to redo the garage anyway, so call me back in a couple months when the contractor's done."),
         ("a", "Will do, I'll check in a couple of months from now.")],
    ],
    decline=[
        [("u", "I charge at work for free. I don't need a charger at home. No thanks.")],
        [("u", "My brother-in-law's an electrician, he's going to do it. So, no.")],
        [("u", "Stop calling. I already told the last person I'm not interested.")],
    ],
    inbound_open=[
        "Hi, I just picked up a Mustang Mach-E and I need a charger put in the garage.",
        "Hi, I'm calling about getting a Level 2 charger installed. What does the process look like?",
        "Yeah, hi, my neighbor had you put in his charger and I want the same thing.",
    ],
    null_inbound=[
        [("u", "Hi, I'm calling to see if you're hiring. I'm a licensed journeyman electrician."),
         ("a", "Thanks for your interest! You can apply on our website, under Careers."), ("u", "Okay, will do.")],
        [("u", "Hi, I'm trying to reach the permit office for Harris County, is this them?"),
         ("a", "No, this is a charger installation company, I'm sorry."), ("u", "Oh, sorry, wrong number.")],
    ],
    custom_segs={
        "Renter": [
            [("u", "We rent, so I'd have to ask our landlord, and he won't even fix the dishwasher."),
             ("a", "Ha, I understand. Thanks for letting me know.")],
            [("u", "It's an apartment. I don't think they'd let me drill into the parking garage."),
             ("a", "Got it, that makes sense.")],
            [("u", "I don't own the place, I'm just leasing for another year."), ("a", "Understood.")],
            [("u", "The house is my landlord's, not mine, so that's not really my call."), ("a", "Got it, thanks.")],
            [("u", "We're renting until we find something to buy. Maybe then."), ("a", "Makes sense. Good luck with the search!")],
            [("u", "I'm a tenant. Can't just go wiring stuff into somebody else's garage, right?"), ("a", "Right, understood.")],
        ],
        "No EV Yet": [
            [("u", "We're still driving the old Camry. Thinking about going electric maybe next year."),
             ("a", "Got it. Feel free to reach out when you do.")],
            [("u", "I was just pricing it out. We haven't actually bought the car yet, still deciding between the Model Y and the Ioniq."),
             ("a", "Both great choices. We'll be here when you're ready.")],
            [("u", "I don't have one. My wife keeps sending me EV articles, but right now it's two gas cars in the driveway."),
             ("a", "Ha, understood.")],
            [("u", "We test drove a couple but didn't pull the trigger. Maybe when the lease on the Honda's up."),
             ("a", "Makes sense.")],
            [("u", "Oh, that form was for when we get one. We don't have an electric car yet."),
             ("a", "No problem, thanks for letting me know.")],
        ],
        "Install Date Set": [
            [("a", "Your permit came through, so we can schedule the install. We have Tuesday the 12th or Friday the 15th."),
             ("u", "The 12th. I work from home that day."),
             ("a", "Great, the install crew will be there at 8 a.m. on Tuesday the 12th."),
             ("u", "Perfect.")],
            [("u", "The quote was fine. Let's just do it. When can you install?"),
             ("a", "The earliest is Thursday, the crew arrives at 8."),
             ("u", "Thursday at 8 works. I'll leave the garage open."),
             ("a", "You're on the schedule for the install Thursday at 8.")],
            [("u", "I got the quote from Mike last week and I'm ready to go ahead with the install. Anything next week?"),
             ("a", "Wednesday the 20th, the crew arrives between 8 and 9."),
             ("u", "Book it."),
             ("a", "Done, you're scheduled for installation on Wednesday the 20th.")],
            [("u", "Okay, go ahead and put the charger in. Monday the 3rd is my day off, can you do it then?"),
             ("a", "Monday the 3rd works, crew arrives at 9."),
             ("u", "Great, see you then.")],
            [("a", "Would you like to go ahead and get the installation on the calendar?"),
             ("u", "Yes, let's install it. Saturday the 7th, if you work Saturdays."),
             ("a", "We do. Saturday the 7th at 8:30, the crew will be there."),
             ("u", "Perfect.")],
        ],
    },
    near=[
        ([("u", "We've had the Leaf three years, we just use the regular wall plug in the garage. It's fine. We don't need a charger, thanks."),
          ("a", "Understood, thanks for your time.")], NI),
        ([("u", "We just closed on the house last month, so it's finally ours to mess with. Can someone come look at the panel {slot}?"),
          ("a", "Yes, our electrician can do a free assessment {slot}."),
          ("u", "Great.")], AB),
        ([("u", "Before we install anything I want your electrician to look at the panel and give me a real number. Could he come by {slot}?"),
          ("a", "Sure, he'll come by {slot} for the assessment. That's just a quote visit, no install that day."),
          ("u", "Right, that's what I want.")], AB),
    ],
))


# --------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------

def make_slot(rng: random.Random) -> str:
    day = rng.choice(DAYS)
    am = rng.random() < 0.5
    t = rng.choice(TIMES_AM if am else TIMES_PM)
    ap = "am" if am else "pm"
    if t.startswith("12"):
        ap = "pm"
    form = rng.randrange(6)
    if form == 0:
        return f"{day} at {t} {ap}"
    if form == 1:
        return f"tomorrow at {t} {ap}"
    if form == 2:
        return f"{day} {'morning' if am else 'afternoon'} at {t}"
    if form == 3:
        return f"the {rng.choice(NTH)} at {t} {ap}"
    if form == 4:
        return f"next {day} at {t}"
    return f"{day} at {t}"


def new_ctx(ind: dict, rng: random.Random) -> SafeDict:
    first = rng.choice(FIRST)
    a = make_slot(rng)
    b = make_slot(rng)
    while b.split(" at ")[0] == a.split(" at ")[0]:
        b = make_slot(rng)
    ctx = SafeDict(
        first=first,
        agent=rng.choice(AGENTS),
        co=rng.choice(ind["companies"]),
        pitch=rng.choice(ind["pitch"]),
        meeting=rng.choice(ind["meetings"]),
        slot=make_slot(rng), slotA=a, slotB=b,
        partner=rng.choice(["business partner", "office manager", "partner", "boss"] if ind["b2b"]
                           else ["wife", "husband", "partner", "daughter", "son"]),
        email=f"{first.lower().replace('á', 'a')}.{rng.choice(['w', 'k', 'r', 'm', 'b'])}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}",
        vm_topic=rng.choice(ind["vm_topic"]),
        biz=rng.choice(ind.get("bizs", ["home"])),
    )
    return ctx


def fit_pitch(ind: dict, ctx: SafeDict, seg: list[tuple[str, str]]) -> bool:
    """If the segment refers back to a specific pitch (seminar, assessment...), use that pitch.

    Returns True when the pitch was forced (the call must then be outbound)."""
    text = " ".join(t for _, t in seg).lower()
    for kws, pitch in ind.get("pitch_kw", []):
        if any(k in text for k in kws):
            ctx["pitch"] = pitch
            return True
    return False


def opener(ind: dict, ctx: SafeDict, rng: random.Random) -> list[tuple[str, str]]:
    """Outbound: agent gets the person on and pitches."""
    v = rng.randrange(5 if ind["b2b"] else 4)
    if v == 0:
        return [("a", "Hi, is this {first}?"), ("u", rng.choice(GREET_YES)),
                ("a", "Hi {first}, this is {agent} calling from {co}. {pitch}")]
    if v == 1:
        return [("u", "Hello?"), ("a", "Hi there, this is {agent} with {co}. Am I speaking with {first}?"),
                ("u", rng.choice(["Yeah, that's me.", "Yes.", "Speaking.", "Who wants to know? ...Yeah, it's me."])),
                ("a", "{pitch}")]
    if v == 2:
        return [("u", "Hello, who's calling?"), ("a", "Hi, it's {agent} from {co}, looking for {first}."),
                ("u", rng.choice(["This is {first}.", "You found 'em.", "That's me. What's this about?"])),
                ("a", "Great. {pitch}")]
    if v == 3:
        return [("u", "Yeah, hello."), ("a", "Hi, {first}? It's {agent} over at {co}. {pitch}")]
    return [("u", "{biz}, this is {first}."), ("a", "Hi {first}, {agent} from {co} here. {pitch}")]


def inbound_opener(ind: dict, ctx: SafeDict, rng: random.Random) -> list[tuple[str, str]]:
    greet = rng.choice(["Thanks for calling {co}, this is {agent}. How can I help you today?",
                        "{co}, this is {agent} speaking. What can I do for you?",
                        "Hi, you've reached {co}. My name is {agent}, how can I help?"])
    return [("a", greet), ("u", rng.choice(ind["inbound_open"])), ("a", rng.choice([
        "Absolutely, I can help with that. Can I get your name?", "Great, happy to help. Who am I speaking with?",
        "Sure thing. And your name?"])), ("u", rng.choice(["It's {first}.", "{first}.", "This is {first}."]))]


def qa_block(ind: dict, rng: random.Random, n: int, with_small: int = 0) -> list[tuple[str, str]]:
    pairs = rng.sample(ind["qa"], min(n, len(ind["qa"])))
    pairs += rng.sample(SMALLTALK, with_small)
    rng.shuffle(pairs)
    out: list[tuple[str, str]] = []
    for q, a in pairs:
        out += [("u", q), ("a", a)]
    return out


def price_pair(ind: dict) -> list[tuple[str, str]]:
    q, a = ind["price"]
    return [("u", q), ("a", a)]


def conversation(ind, ctx, rng, body, close="pos", inbound=False, qa=(0, 2), react=True):
    msgs = inbound_opener(ind, ctx, rng) if inbound else opener(ind, ctx, rng)
    if react and not inbound and rng.random() < 0.7:
        msgs.append(("u", rng.choice(REACT_NEUTRAL)))
        if rng.random() < 0.5:
            msgs.append(("a", rng.choice(["Sure. In short, {pitch}", "I'll be quick, I promise.",
                                          "Of course. We'd love to help if the timing's right."])))
    n = rng.randint(*qa)
    if n:
        msgs += qa_block(ind, rng, n)
    if body and body[0][0] == "u" and (msgs[-1][0] == "u" or rng.random() < 0.5):
        if inbound:
            msgs.append(("a", rng.choice(["Thanks, {first}. What would you like to know?",
                                          "Nice to meet you, {first}. How can I help with that?",
                                          "Great. Tell me a little more about what you're looking for."])))
        else:
            msgs.append(("a", rng.choice(ind["probes"])))
    msgs += body
    msgs += closing(rng, body, close)
    return msgs


USER_BYE = ["Okay, bye.", "Yep. Bye.", "Mm-hm.", "Thanks, bye.", "Alright. Bye now."]


def closing(rng, body, close, allow_empty=True):
    """Closing turns; when the segment already ends with the agent, at most a short user goodbye."""
    if body and body[-1][0] == "a":
        return [("u", rng.choice(USER_BYE))] if rng.random() < 0.5 else []
    pool = CLOSES[close]
    if not allow_empty:
        pool = [c for c in pool if c] or pool
    return list(rng.choice(pool))


def long_conversation(ind, ctx, rng, body, close="pos", outbound_only=False):
    """25-40 messages; the decisive part (`body`) comes at the end, after an early hedge."""
    inbound = not outbound_only and rng.random() < 0.25
    msgs = inbound_opener(ind, ctx, rng) if inbound else opener(ind, ctx, rng)
    if inbound:
        msgs.append(("a", "Nice to meet you, {first}. Happy to walk you through everything."))
    msgs += [("u", rng.choice(HEDGES)), ("a", rng.choice([
        "That's completely fair. Ask me anything.", "Totally understand, no pressure at all.",
        "Of course. What would be most helpful to know?"]))]
    target = rng.randint(26, 38)
    room = target - len(msgs) - len(body) - 2
    n_pairs = max(6, room // 2)
    n_small = min(3, max(1, n_pairs // 4))
    msgs += qa_block(ind, rng, n_pairs - n_small, n_small)
    msgs += body
    msgs += closing(rng, body, close, allow_empty=False)
    return msgs


# --- per-kind scenario functions: return (messages, call_kw, gold) ---------------------------

def s_nc(ind, ctx, rng, variant):
    if variant == "empty":
        return [], {"end_reason": rng.choice(["no_answer", "no_answer", "busy", "failed"]),
                    "duration_seconds": 0}, NC
    if variant == "carrier":
        return [("u", rng.choice(NC_CARRIER))], {"end_reason": rng.choice(["completed", "hangup"])}, NC
    if variant == "robot":
        pool = NC_ROBOT if ind["b2b"] else NC_ROBOT[:2]
        return list(rng.choice(pool)), {"end_reason": "hangup"}, NC
    if variant == "room":
        return list(rng.choice(NC_ROOM)), {"end_reason": "hangup", "duration_seconds": rng.randint(9, 20)}, NC
    if variant == "hello":
        return list(rng.choice(NC_HELLO)), {"end_reason": "hangup", "duration_seconds": rng.randint(5, 12)}, NC
    # quick hang-up right after greeting
    return [("u", rng.choice(["Yeah?", "Hello?", "Hi?"])), ("a", "Hi, this is {agent} from {co}, I'm calling about—")], \
        {"end_reason": "hangup", "duration_seconds": rng.randint(3, 6)}, NC


def s_vm(ind, ctx, rng, variant):
    if variant == "detected_hello":
        msgs = [("u", "Hello?"), ("a", "Hi, this is {agent} from {co}, is this {first}?"), ("u", "...hello?")]
        return msgs, {"voicemail_detected": True, "end_reason": "completed"}, VM
    kinds = ["personal", "carrier", "full"] + (["biz", "biz"] if ind["b2b"] else [])
    k = variant if variant in kinds else rng.choice(kinds)
    greeting = rng.choice({"personal": VM_PERSONAL, "carrier": VM_CARRIER, "full": VM_FULL, "biz": VM_BIZ}[k])
    msgs = [("u", greeting)]
    if k != "full" and rng.random() < 0.7:
        msgs.append(("a", rng.choice(VM_AGENT_MSG)))
    kw = {"end_reason": "completed"}
    if rng.random() < 0.35:
        kw["voicemail_detected"] = True
    return msgs, kw, VM


def s_null(ind, ctx, rng, variant):
    if variant == "inbound":
        greet = rng.choice(["Thanks for calling {co}, this is {agent}. How can I help?", "{co}, {agent} speaking."])
        return [("a", greet)] + list(rng.choice(ind["null_inbound"])), {"direction": "inbound"}, None
    if variant == "dropped":
        msgs = opener(ind, ctx, rng)
        msgs += [("u", rng.choice(["Wait, sorry, what did you say this is for? I—", "Okay, hang on, how much does that—",
                                   "Who gave you my— hello? You're breaking up—"]))]
        if rng.random() < 0.5:
            msgs.append(("a", "Sure, so what we do is—"))
        return msgs, {"end_reason": "hangup", "duration_seconds": rng.randint(15, 30)}, None
    pool = {"driving": NULL_DRIVING, "who": NULL_WHO, "wrong": NULL_WRONG, "oneq": NULL_ONEQ, "busy": NULL_BUSY}[variant]
    head = [("u", rng.choice(["Hello?", "Yeah?", "Hello, this is {first}."] if variant != "wrong" else ["Hello?", "Yeah, hello?"]))]
    if variant in ("driving", "busy", "wrong"):
        head.append(("a", "Hi, this is {agent} from {co}, am I speaking with {first}?"))
    elif variant == "oneq":
        head.append(("a", "Hi {first}, this is {agent} from {co}. {pitch}"))
    else:
        head.append(("a", "Hi, is this {first}?"))
    return head + list(rng.choice(pool)), {"end_reason": rng.choice(["hangup", "completed"])}, None


def s_builtin(ind, ctx, rng, variant):
    inbound = False
    if variant == "book":
        inbound = rng.random() < 0.25
        body, close, gold = list(rng.choice(BOOK)), "pos", AB
    elif variant == "callback":
        body, close, gold = list(rng.choice(CALLBACK)), "none", AB
    elif variant == "tentative":
        body, close, gold = list(rng.choice(TENTATIVE)), "pos", AB
    elif variant == "interest":
        inbound = rng.random() < 0.2
        pool = INTEREST + ind["interest"]
        body, close, gold = list(rng.choice(pool)), "pos", I
    elif variant == "price_interest":
        body = price_pair(ind) + [("u", rng.choice([
            "Huh, that's less than I thought. Okay, send me the details and I'll get back to you.",
            "Okay. That's in the ballpark. Can you email me a breakdown? {email}.",
            "Hm, alright, not crazy. Let me think on it and I'll call you. Text me your number."])),
            ("a", "Of course, I'll send that over.")]
        close, gold = "pos", I
    elif variant == "decline":
        pool = DECLINE + ind["decline"]
        body, close, gold = list(rng.choice(pool)), "neg", NI
    elif variant == "cancel_i":
        body = list(rng.choice(BOOK)) + list(rng.choice(CANCEL_TO_I))
        close, gold = "pos", I
    elif variant == "cancel_ni":
        body = list(rng.choice(BOOK)) + list(rng.choice(CANCEL_TO_NI))
        close, gold = "neg", NI
    elif variant == "flip_ab":
        body = list(rng.choice(NI_TO_AB_HEAD)) + [("a", ind["price"][1])] + list(rng.choice(AB_AFTER_FLIP))
        close, gold = "pos", AB
    elif variant == "flip_i":
        body = list(rng.choice(NI_TO_I_HEAD)) + [("a", "Sure. {pitch} And there's no commitment at all.")] + list(rng.choice(I_AFTER_FLIP))
        close, gold = "pos", I
    elif variant == "flip_ni":
        head = qa_block(ind, rng, 2) if ind["key"] == "music" else price_pair(ind) + qa_block(ind, rng, 1)
        body = head + [("u", "Okay, that all makes sense.")] + list(rng.choice(FLIP_TO_NI))
        close, gold = "neg", NI
    elif variant == "ind_decline":
        body, close, gold = list(rng.choice(ind["decline"])), "neg", NI
    elif variant == "ind_interest":
        body, close, gold = list(rng.choice(ind["interest"])), "pos", I
    else:
        raise ValueError(variant)
    qa = (0, 1) if gold == NI else (0, 2)
    msgs = conversation(ind, ctx, rng, body, close, inbound=inbound, qa=qa)
    kw = {"direction": "inbound"} if inbound else {}
    return msgs, kw, gold


def s_long(ind, ctx, rng, variant):
    if variant == AB:
        body = [("u", "Okay. I've asked you a million questions, ha."),
                ("a", "Ha, that's what I'm here for.")] + list(rng.choice(BOOK))
        close = "pos"
    elif variant == I:
        body = [("u", "Alright. I'm not ready to schedule anything, but this sounds better than I expected."),
                ("a", "That's great to hear, and no rush at all.")] + \
            list(rng.choice([INTEREST[0], INTEREST[3], INTEREST[5]]))
        close = "pos"
    elif variant == NI:
        # music: no price right before the refusal (that would look like "Too Pricey")
        head = qa_block(ind, rng, 1) if ind["key"] == "music" else price_pair(ind)
        body = head + [("a", "And of course everything we discussed is included.")] + list(rng.choice(FLIP_TO_NI))
        close = "neg"
    else:  # custom label
        seg = list(rng.choice(ind["custom_segs"][variant]))
        forced = fit_pitch(ind, ctx, seg)
        if seg[0][0] == "u":
            lead = [("u", rng.choice(["Okay, that answers most of it.", "Alright, I think I've got the picture."])),
                    ("a", rng.choice(["Great. Anything else on your mind?", "Glad that helped. Where does that leave you?"]))]
        else:
            lead = [("u", rng.choice(["Okay. So what happens next?", "Alright, I think I've got the picture."]))]
        body = lead + seg
        close = "neg" if variant in FACT_LABELS else "pos"
        msgs = long_conversation(ind, ctx, rng, body, close, outbound_only=forced)
        return msgs, ({"direction": "inbound"} if msgs[0][1].startswith(("Thanks for calling", "{co}, this", "Hi, you've")) else {}), variant
    msgs = long_conversation(ind, ctx, rng, body, close)
    return msgs, ({"direction": "inbound"} if msgs[0][1].startswith(("Thanks for calling", "{co}, this", "Hi, you've")) else {}), variant


FACT_LABELS = {"Sold the Boat", "Student Quit", "Has IT Provider", "Already Pre-Arranged", "Recent Loss",
               "Landlord Handles It", "Renter", "No EV Yet", "Too Pricey"}


def s_custom(ind, ctx, rng, label, seg):
    inbound = False
    forced = fit_pitch(ind, ctx, seg)
    if label in FACT_LABELS:
        close = "soft" if label == "Recent Loss" else "neg"
        qa = (0, 0)
    else:
        close = "pos"
        qa = (0, 2)
        inbound = not forced and seg[0][0] == "u" and rng.random() < 0.3
    msgs = conversation(ind, ctx, rng, list(seg), close, inbound=inbound, qa=qa, react=label not in {"Recent Loss"})
    return msgs, ({"direction": "inbound"} if inbound else {}), label


# --------------------------------------------------------------------------------------------
# Per-industry plan (about 50 calls each)
# --------------------------------------------------------------------------------------------

NC_VARIANTS = ["empty", "empty", "carrier", "robot", "room", "hello", "quick"]
VM_VARIANTS = ["personal", "carrier", "full", "biz", "detected_hello"]
NULL_VARIANTS = ["driving", "who", "wrong", "oneq", "busy", "dropped", "inbound"]
CUSTOM_COUNTS = {
    "marina": {"Winter Storage Reserved": 5, "Sold the Boat": 7},
    "music": {"Trial Lesson Booked": 4, "Student Quit": 4, "Too Pricey": 4},
    "it": {"Has IT Provider": 7, "Security Assessment Booked": 5},
    "funeral": {"Already Pre-Arranged": 4, "Recent Loss": 4, "Seminar RSVP": 3},
    "windows": {"Site Walkthrough": 5, "Landlord Handles It": 6},
    "ev": {"Renter": 4, "No EV Yet": 4, "Install Date Set": 4},
}
LONG_CUSTOM = {  # custom labels that also get one long call
    "marina": "Winter Storage Reserved", "music": "Too Pricey", "it": "Security Assessment Booked",
    "funeral": "Seminar RSVP", "windows": "Site Walkthrough", "ev": "Install Date Set",
}


def plan_for(ind: dict, idx: int, rng: random.Random) -> list[tuple]:
    p: list[tuple] = []
    # Not Connected: 6
    nc = ["empty", "empty"] + rng.sample(["carrier", "robot", "room", "hello", "quick"], 4)
    p += [("nc", v) for v in nc]
    # Voicemail: 4 (one detected_hello every other industry)
    vms = ["personal", "carrier", "full"] + (["biz"] if ind["b2b"] else ["personal"])
    if idx % 2 == 0:
        vms[-1] = "detected_hello"
    p += [("vm", v) for v in vms]
    # null: 6
    nulls = ["inbound", "dropped"] + rng.sample(["driving", "who", "wrong", "oneq", "busy"], 4)
    p += [("null", v) for v in nulls]
    # built-ins
    p += [("b", v) for v in ["book", "book", "callback", "tentative", "flip_ab"]]
    p += [("b", v) for v in ["interest", "price_interest", "ind_interest", "cancel_i", "flip_i"]]
    p += [("b", v) for v in ["decline", "decline", "ind_decline", "ind_decline", "cancel_ni", "flip_ni"]]
    p += [("long", AB), ("long", NI), ("long", I)]
    # near misses (gold is built-in)
    for seg, gold in ind["near"]:
        p.append(("near", (seg, gold)))
    # customs
    for label, n in CUSTOM_COUNTS[ind["key"]].items():
        segs = ind["custom_segs"][label][:]
        rng.shuffle(segs)
        for k in range(n):
            p.append(("custom", (label, segs[k % len(segs)])))
    p.append(("long", LONG_CUSTOM[ind["key"]]))
    return p


def smooth(ind, rng, msgs):
    """No two turns in a row by the same side: merge agent turns, prompt between user turns."""
    out: list[tuple[str, str]] = []
    for role, text in msgs:
        if out and out[-1][0] == role == "a":
            out[-1] = ("a", out[-1][1] + " " + text)
            continue
        if out and out[-1][0] == role == "u":
            out.append(("a", rng.choice(ind["probes"] + ["Sure.", "Mm-hm, go on.", "Of course."])))
        out.append((role, text))
    return out


def render(ind, ctx, rng, msgs, asr_on, level):
    out = []
    if len(msgs) > 1 and not (msgs[0][0] == "u" and len(msgs) <= 2):
        msgs = smooth(ind, rng, msgs)
    for role, text in msgs:
        t = text.format_map(ctx).format_map(ctx)  # pitch may itself hold placeholders
        t = t[0].upper() + t[1:]
        if asr_on:
            t = asr(t, rng, level)
        out.append(("agent" if role == "a" else "user", t))
    return out


def main() -> None:
    rng = random.Random(SEED)
    rows = []
    for idx, ind in enumerate(INDUSTRIES):
        for kind, arg in plan_for(ind, idx, rng):
            ctx = new_ctx(ind, rng)
            if kind == "nc":
                msgs, kw, gold = s_nc(ind, ctx, rng, arg)
                cat = "nc"
            elif kind == "vm":
                msgs, kw, gold = s_vm(ind, ctx, rng, arg)
                cat = "vm"
            elif kind == "null":
                msgs, kw, gold = s_null(ind, ctx, rng, arg)
                cat = f"null_{arg}"
            elif kind == "b":
                msgs, kw, gold = s_builtin(ind, ctx, rng, arg)
                cat = arg
            elif kind == "long":
                msgs, kw, gold = s_long(ind, ctx, rng, arg)
                cat = "long_custom" if arg not in BUILTINS else "long_" + {AB: "ab", I: "i", NI: "ni"}[arg]
            elif kind == "near":
                seg, gold = arg
                fit_pitch(ind, ctx, seg)
                msgs = conversation(ind, ctx, rng, list(seg), "pos" if gold != NI else "neg", qa=(0, 1))
                kw, cat = {}, "near_miss"
            else:
                label, seg = arg
                msgs, kw, gold = s_custom(ind, ctx, rng, label, seg)
                cat = "custom"
            asr_on = rng.random() < 0.4
            level = rng.uniform(0.3, 0.9)
            messages = render(ind, ctx, rng, msgs, asr_on, level)
            kw.setdefault("direction", "outbound")
            if messages and "end_reason" not in kw and rng.random() < 0.5:
                kw["end_reason"] = rng.choice(["completed", "hangup"])
            if messages and "duration_seconds" not in kw and rng.random() < 0.5:
                kw["duration_seconds"] = len(messages) * rng.randint(5, 9) + rng.randint(0, 15)
            rows.append((ind, cat + ("/asr" if asr_on else "/typed"), messages, gold, kw))
    rng.shuffle(rows)
    out = []
    for n, (ind, tag, messages, gold, kw) in enumerate(rows, 1):
        out.append(record(f"heldout6-{n:04d}", ind["industry"], ind["custom"], messages, gold, tag, **kw))
    write(OUT, out)
    check(out)


def check(rows: list[dict]) -> None:
    dist = collections.Counter()
    for r in rows:
        labels = {c["label"] for c in r["custom_outcomes"]}
        assert r["outcome"] is None or r["outcome"] in BUILTINS or r["outcome"] in labels, r["id"]
        for m in r["call"]["messages"]:
            assert "{" not in m["content"], (r["id"], m["content"])
        dist[r["outcome"] if r["outcome"] in BUILTINS or r["outcome"] is None else "custom"] += 1
    total = len(rows)
    for k, v in sorted(dist.items(), key=lambda kv: -kv[1]):
        print(f"  {str(k):20s} {v:4d}  {100 * v / total:5.1f}%")
    json.dumps(rows)


if __name__ == "__main__":
    main()
