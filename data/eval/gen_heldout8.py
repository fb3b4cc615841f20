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
    "U: Hi, yeah, what's this about?", "U: This is {fname}.", "U: Yep, go ahead.", "U: Oh, hi. Okay.",
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

# ---------------------------------------------------------------- industries
IND: dict[str, dict] = {}

IND["chiro"] = dict(
    name="chiropractic clinic",
    cos=["Align Spine & Wellness", "Bayside Chiropractic", "Northgate Family Chiropractic"],
    agents=["Tessa", "Marcus", "Jolene"],
    why="We're calling past patients about openings this month.",
    customs=[
        {"label": "Injury Consult", "description": "Booked a first visit for a recent accident or sports injury."},
        {"label": "Has Another Chiro", "description": "Already sees a different chiropractor."},
        {"label": "Pain Gone", "description": "says the pain has resolved"},
    ],
    intros=["A: Hi, is this {fname}? This is {agent} calling from {co}.",
            "A: Hello {fname}, {agent} here with {co}. Do you have a quick minute?",
            "A: Hi {fname}, it's {agent} at {co}. We saw you in the office a while back and I'm just checking in.",
            "A: Good morning, may I speak with {name}? This is {agent} from {co}."],
    pitches=["A: We're opening some new-patient slots this month, and the first visit includes an exam and a posture scan at no charge.",
             "A: It's been about eight months since your last adjustment, so we wanted to see how your back's been doing and whether you'd like to come back in.",
             "A: We've added Saturday hours and massage therapy, and we're letting past patients know first.",
             "A: Dr. Reyes asked us to call folks who haven't been in for a while. We've got some openings next week."],
    qa=[("U: Does my insurance cover it?", "A: We're in network with most PPO plans, and we can check your benefits before you come in."),
        ("U: How long does a visit take?", "A: The first one is about forty-five minutes. After that it's usually fifteen or twenty."),
        ("U: Is it still Dr. Reyes?", "A: Dr. Reyes is still here, yes, and Dr. Han joined us in the spring."),
        ("U: Do you do the, uh, the cracking thing? I'm kind of scared of that.", "A: We also do gentle low-force techniques with an activator tool. No twisting if you don't want it."),
        ("U: Where are you guys again?", "A: Harbor Road, right next to the pharmacy. Plenty of parking out back."),
        ("U: What's it cost if I just pay cash?", "A: Sixty-five for a regular visit, and the first exam is free this month."),
        ("U: Do you guys look at feet? My arches are killing me.", "A: We do custom orthotics, yes. The doctor can take a look at that too."),
        ("U: Is the massage lady still there? She was great.", "A: Carla? Yes, she's here Tuesdays and Thursdays."),
        ("U: Do I have to sign up for, like, a package? I don't want to get locked into twenty visits.", "A: No packages required. You can come in one visit at a time."),
        ("U: Are you open early? I start work at seven.", "A: We open at 6:30 on Mondays and Wednesdays."),
    ],
    int_end=[
        ["U: Hmm, okay. Can you text me the address and the hours? I'll look at my calendar.", "A: Absolutely, texting that right now."],
        ["U: My back's been kind of stiff, honestly. Let me see how next month looks and I'll give you a ring.", "A: Sounds good, we'll be here."],
        ["U: Send me whatever the new-patient paperwork is. I'll fill it out and then we'll see.", "A: I'll email the forms today."],
        ["U: Call me in March. I've got a lot going on until then.", "A: Will do, I'll put a note to call you in March."],
        ["U: What would the Saturday hours be? ... Okay. Yeah, I might do that. I'll call when I know my schedule.", "A: Perfect, just call the front desk whenever you're ready."],
    ],
    ni_end=[
        ["U: Nah, I'm good. I don't really do chiropractors anymore.", "A: Okay, thanks for letting me know."],
        ["U: Honestly it didn't do much for me last time, so I'll pass.", "A: I understand. Thanks for the honest feedback."],
        ["U: No. I asked last time to be taken off the list, please actually do it.", "A: I'm sorry about that, I'm removing you now."],
        ["U: It's just not in the budget this year, and I'm not going to start it again. No thanks.", "A: Understood. Take care."],
    ],
    book_lead=["U: Yeah, okay, I should probably come in.", "U: Actually, my neck's been tight for a while. Sure, let's get me in.",
               "U: You know what, why not. When do you have?", "U: Okay, I'll come in, but I'd want to see Dr. Han this time."],
    book_nouns=["an adjustment", "a check-up visit", "the new-patient exam", "a visit with Dr. Han"],
    vm_msg=["A: Hi {fname}, this is {agent} from {co}. We have some openings next week if you'd like to come in. Give us a call back when you can. Thanks!",
            "A: Hello, this message is for {name}. It's {agent} at {co}, just checking in. Our number is 555 0140. Have a great day."],
    inbound_unrel=[
        ["A: Thanks for calling {co}, this is {agent}. How can I help?", "U: Hi, I need a receipt from my visits last year for my HSA. Can you email that?", "A: Sure, I'll have billing send it to the email on file.", "U: Great, thanks."],
        ["A: {co}, this is {agent}.", "U: Hi, um, are you guys hiring? I saw a sign about a front desk position.", "A: We are! You can drop a resume off or email it to the office manager.", "U: Okay cool, I'll do that."],
        ["A: Good afternoon, {co}.", "U: Hey, I think I left my sunglasses in your waiting room on Tuesday. Black Ray-Bans?", "A: Let me check the lost and found... yes, we have them.", "U: Oh thank God. I'll swing by."],
    ],
)
IND["chiro"]["cfrags"] = {
    "Injury Consult": [
        ["U: Funny timing, actually. I slipped on the ice at work two weeks ago and my lower back's been a mess since.",
         "A: Oh no, I'm sorry. For something recent like that we'd do an injury evaluation. Could you come in {slot}?",
         "U: Yeah. Yes. {slot}, I'll be there.", "A: Great, I've booked the injury evaluation for {slot}. Bring any paperwork from work."],
        ["U: So, I got rear-ended last Friday. The other guy's insurance said I should get checked out by someone.",
         "A: We see a lot of auto injuries. We can do a full evaluation and document everything. Is {slot} okay?",
         "U: That works. Do I bring the claim number?", "A: Yes, bring the claim number and your ID. You're set for {slot}."],
        ["U: I tweaked something playing pickleball on Sunday. Can't lift my arm above my head.",
         "A: Ouch. Let's get you looked at soon. I have {slot} or {slot2}.", "U: The first one. The sooner the better.",
         "A: Done, {slot}. Ice it till then."],
        ["U: Actually, can my son get in? He took a hit at football Saturday and his neck's been sore ever since.",
         "A: Absolutely. We'd do a sports injury assessment. How about {slot}?", "U: After school, yeah, that's perfect.",
         "A: Great, he's on the schedule for {slot}."],
        ["U: Um. Well, I was in a little car accident last week. Nothing crazy. But my neck kind of clicks now, and there's this headache.",
         "A: That's worth getting checked. We have an opening {slot} for a post-accident exam.",
         "U: Okay. Yeah, I probably should. Put me in.", "A: You're booked for {slot}."],
    ],
    "Has Another Chiro": [
        ["U: Oh, I go to Dr. Malik over in Westfield now. He's closer to my work.", "A: Oh, okay, glad you're being taken care of.",
         "U: Yeah, so I'm good, thanks."],
        ["U: I've got a guy. Been seeing him every couple weeks since the spring.", "A: That's great. Well, if anything changes we're here.",
         "U: Appreciate it."],
        ["U: My sister-in-law's a chiropractor, she does my adjustments for free, so... I can't really beat that.",
         "A: Ha, no, that's hard to beat. Thanks for letting me know."],
        ["U: I switched to the chiropractor at my gym. It's included with the membership.", "A: Makes sense. We'll update your file.",
         "U: Nothing personal, you guys were nice."],
        ["U: I'm already seeing somebody for that, over at Spine Works on Route 9.", "A: Got it. Thanks, {fname}."],
    ],
    "Pain Gone": [
        ["U: You know what, my back's been totally fine since I started swimming. No complaints.", "A: That's wonderful to hear.",
         "U: Yeah, so I don't think I need to come in."],
        ["U: Honestly? Haven't had a twinge since, like, March. Whatever you did worked.", "A: That's great news. We love hearing that."],
        ["U: Nope, all good now. Knock on wood.", "A: Glad to hear it! Call us if anything flares up."],
        ["U: It just cleared up on its own after a few weeks. I'm fine now.", "A: Good, I'll note that in your file."],
        ["U: The sciatica thing? That's gone. Totally gone. Best I've felt in years.", "A: Oh, fantastic."],
    ],
}
IND["chiro"]["near"] = [
    (["U: I used to go to a guy on Fifth Street, but he retired last year, so I haven't been anywhere.",
      "A: Oh, sorry to hear that. Would you like to come see us? I have {slot}.", "U: Sure, {slot} works.",
      "A: Great, you're set for {slot}."], AB, "Has Another Chiro"),
    (["U: It's better than it was, but it still flares up when I'm gardening.", "A: That's pretty common. Want to come in so the doctor can take a look?",
      "U: Yeah, maybe. Email me the new-patient forms and I'll figure out when.", "A: Will do."], AI, "Pain Gone"),
    (["U: I did hurt my knee skiing in February, but that's healed up. I'd just want a regular tune-up.",
      "A: Sure thing. How about a regular adjustment {slot}?", "U: Yep, {slot}.", "A: Booked."], AB, "Injury Consult"),
    (["U: I had a fender bender a few weeks ago and my neck's been sore, but I want to see what my regular doctor says first. Can you send me some info?",
      "A: Of course. I'll email you what the injury evaluation involves.", "U: Thanks."], AI, "Injury Consult"),
]

IND["water"] = dict(
    name="home water filtration",
    cos=["ClearSpring Home Water", "PureFlow Filtration", "Blue Ridge Water Systems"],
    agents=["Derek", "Alana", "Sam"],
    why="We're offering free water testing in your neighborhood.",
    customs=[
        {"label": "Renter", "description": ""},
        {"label": "Free Water Test", "description": "Agreed to a free in-home water test at a set day/time."},
        {"label": "Well Water", "description": "Home gets its water from a private well, not the city."},
    ],
    intros=["A: Hi, is this {fname}? My name is {agent} with {co}.",
            "A: Hello, this is {agent} calling from {co}. Am I speaking with the homeowner?",
            "A: Hi {fname}, {agent} here from {co}. Got a quick second?",
            "A: Good evening, is {name} available? This is {agent} at {co}."],
    pitches=["A: We're in your area this month doing free in-home water tests. It takes about twenty minutes and checks hardness, chlorine and lead.",
             "A: A lot of homes in your zip code have pretty hard water, and we're offering a free test and a quote on a whole-house system.",
             "A: We're running a promotion on reverse osmosis drinking water systems, and we'd start with a quick free water test.",
             "A: The city's latest water report came out, and a lot of people have questions about it. We help with filtration for the whole house."],
    qa=[("U: What does a system like that cost?", "A: Under-sink systems start around four hundred; whole-house softeners run from about eighteen hundred installed."),
        ("U: Do I have to buy bottled salt for that thing?", "A: For a softener, yes, about a bag a month. We also have salt-free conditioners."),
        ("U: How do I know the test isn't just a sales thing?", "A: Fair question. You keep the lab results either way, no obligation."),
        ("U: Our water tastes like a pool. Is that the chlorine?", "A: Most likely, yes. A carbon filter takes care of that."),
        ("U: Does it take out the white crusty stuff on the faucets?", "A: That's calcium scale, and yes, a softener stops it."),
        ("U: How long does installation take?", "A: Usually half a day for a whole-house unit."),
        ("U: Is there a monthly fee or do you buy it outright?", "A: Either one. Rentals start around thirty-five a month."),
        ("U: How often do you change the filters?", "A: Every six to twelve months, and we can do that for you on a schedule."),
        ("U: Does it waste a lot of water? I heard reverse osmosis wastes water.", "A: Older ones did. Ours are about three to one now."),
        ("U: Are you the same company that was door knocking last week?", "A: We did have a team in your neighborhood, yes."),
    ],
    int_end=[
        ["U: Huh. Okay, what's the price on the under-sink one again? ... Can you email me a quote for that?", "A: Absolutely, I'll send a quote today."],
        ["U: I've been meaning to do something about the water. Send me a brochure and I'll show my husband.", "A: Will do."],
        ["U: Not this month, but maybe in the spring. Call me back then?", "A: Sure, I'll reach out in the spring."],
        ["U: The scale on my shower head is ridiculous, so yeah, I'm curious. What's your website?", "A: It's in the text I just sent you."],
        ["U: Let me look at my water bill and see what the city says first. Then I'll call you guys.", "A: That sounds good, you've got our number."],
    ],
    ni_end=[
        ["U: We put in a filter two years ago. We're all set.", "A: Okay, thanks for letting me know."],
        ["U: Our water's fine. I drink it straight from the tap, always have. No thanks.", "A: Understood."],
        ["U: I'm not letting anybody in my house to test anything. No.", "A: Completely understand. Have a good night."],
        ["U: We get these calls constantly. Please remove us.", "A: I'll remove you right now."],
    ],
    book_lead=["U: Honestly I'd rather talk to an actual specialist first, on the phone.",
               "U: Can I come see the systems in person? Do you have a showroom?",
               "U: My wife handles this stuff, she's home evenings. Can you call back when she's here?"],
    book_nouns=["a phone consult with our specialist", "a showroom visit", "a call back when you're both home"],
    vm_msg=["A: Hi, this is {agent} from {co}. We're doing free water tests in your area this month. Call us back at 555 0160 if you're interested.",
            "A: Hi {fname}, {agent} with {co} returning your inquiry. Give us a call when you get a chance."],
    inbound_unrel=[
        ["A: {co}, this is {agent}.", "U: Hi, your truck's parked across my driveway on Linden Street and I need to get out.", "A: Oh, I'm so sorry, I'll radio the tech right now.", "U: Thank you."],
        ["A: Thanks for calling {co}, how can I help?", "U: Yeah, I'm with the Chamber of Commerce, we're putting together the directory and need your mailing address.", "A: Sure, it's 44 Mill Road, Suite B.", "U: Got it, thanks."],
    ],
)
IND["water"]["cfrags"] = {
    "Renter": [
        ["U: Oh, I don't own the place. Anything like that would have to go through my landlord.", "A: Ah, okay, understood.",
         "U: Yeah, sorry. He's kind of cheap, too."],
        ["U: We're in an apartment. I can't exactly start drilling holes under the sink.", "A: Ha, fair enough. Thanks for letting me know."],
        ["U: This is a rental. The management company deals with all the plumbing.", "A: Got it. We'll make a note."],
        ["U: I'd love to, honestly, but I lease. It's not my call.", "A: Understood. If you ever buy, give us a call."],
        ["U: Wait, you want the homeowner? That's not me, I just rent the downstairs unit.", "A: Oh, I see. Sorry about that."],
    ],
    "Free Water Test": [
        ["U: Sure, if it's free, come test it. What days do you have?", "A: I have {slot} or {slot2}.", "U: {slot} is good.",
         "A: Perfect, our tech will be there {slot} for the water test. Takes about twenty minutes."],
        ["U: Actually yeah, my coffee tastes weird lately. Can someone come check it?", "A: Absolutely, that's what the free test is for. Does {slot} work?",
         "U: Yep.", "A: Great, you're on the schedule for the test {slot}."],
        ["U: Okay, you talked me into it. Come test it. But I'm only home after five.", "A: We have {slot}, would that work?",
         "U: Fine, {slot}.", "A: Booked. The tech will call when he's on the way."],
        ["U: Pencil me in for the test {slot}. If something comes up I'll call.", "A: You got it, penciled in for {slot}."],
    ],
    "Well Water": [
        ["U: We're out past the county line. No city water out here, it comes from our own pump.", "A: Oh, okay. That's a different kind of setup.",
         "U: Yeah. Iron's the big thing, stains everything orange.", "A: We do have iron filters for that. I'll send some info.", "U: Sure."],
        ["U: We've got a well, it's like two hundred feet down. Does that matter?", "A: It does, we'd test for different things, like bacteria and iron.",
         "U: Huh. Okay, well, I'm not really looking right now.", "A: No problem at all."],
        ["U: Our water comes straight out of the ground, there's a pump house by the barn. The city doesn't even come out this far.",
         "A: Got it. We do work with a lot of rural homes.", "U: Yeah, maybe. Send me something."],
        ["U: We're not on city water, we're on a well. I get it tested by the county every year. So no thanks.",
         "A: Understood, sounds like you've got it handled."],
    ],
}
IND["water"]["near"] = [
    (["U: We're on city water, but it tastes like a swimming pool, honestly.", "A: That's the chlorine. A carbon filter fixes that.",
      "U: Okay, send me the prices.", "A: Will do."], AI, "Well Water"),
    (["U: We used to rent, but we just closed on this house in June, so now it's all on me, ha.", "A: Congratulations! Want us to test the water for you?",
      "U: Not right now, we're buried in moving stuff. Maybe call me in the fall.", "A: Will do."], AI, "Renter"),
    (["U: Yeah, a water test sounds good. I just don't know my schedule. Can you email me and I'll pick a day?",
      "A: Sure, I'll email you a link to pick a time.", "U: Great."], AI, "Free Water Test"),
    (["U: I don't want anybody coming out. But you can call me back {slot}, when I'm off work, and tell me the prices.",
      "A: Sure, I'll call you back {slot}.", "U: Okay."], AB, "Free Water Test"),
]

IND["photo"] = dict(
    name="event photography",
    cos=["Lumen & Lace Event Photography", "Shutterbox Events", "Golden Hour Studio"],
    agents=["Nina", "Jordan", "Paolo"],
    why="You filled out a form on our site about event photos.",
    customs=[
        {"label": "Wedding Lead", "description": "The caller is planning a wedding."},
        {"label": "Hired Someone Else", "description": "Declined because they already booked a different photographer."},
        {"label": "Over Budget", "description": "too expensive"},
    ],
    intros=["A: Hi {fname}, this is {agent} from {co}. You sent us an inquiry about photos for your event?",
            "A: Hello, is this {fname}? {agent} here with {co}, following up on the form you filled out.",
            "A: Hi {name}, it's {agent} at {co}. Just following up on your photography inquiry."],
    pitches=["A: I wanted to let you know we still have your date open, and I'd love to tell you about our packages.",
             "A: We do corporate events, milestone birthdays, bar and bat mitzvahs, all kinds of parties, and we'd love to cover yours.",
             "A: Our event coverage includes candid shots, posed group photos, and an online gallery within two weeks.",
             "A: We have a photo booth add-on this season too, which is really popular for parties."],
    qa=[("U: How many photos do we actually get?", "A: Usually three to five hundred edited images for a four-hour event."),
        ("U: Do you bring lighting? The hall is pretty dark.", "A: Yes, we bring off-camera flash and a backdrop if you want one."),
        ("U: Can people download them themselves?", "A: Yes, everyone gets a link to the gallery and can download full size."),
        ("U: Is it you shooting, or someone else?", "A: Depends on the date, but all of our photographers have at least five years of experience."),
        ("U: How soon do we get the pictures?", "A: Sneak peeks in forty-eight hours, the full gallery in about two weeks."),
        ("U: Do you travel? It's about an hour north.", "A: We do, there's a small travel fee past forty miles."),
        ("U: What does the photo booth look like?", "A: It's an open-air booth with props and instant prints."),
        ("U: It's my dad's seventieth. Can you get the, like, the big family group shot outside?", "A: Of course, we'll plan a group shot and make sure everybody's in it."),
        ("U: Do you do the company headshots too, while you're there?", "A: We can set up a headshot station, that's very popular at corporate events."),
        ("U: It's a bat mitzvah, so there'll be a lot of kids running around. You okay with that?", "A: Totally. We shoot a lot of mitzvahs, the dance floor is the best part."),
    ],
    int_end=[
        ["U: Okay, that sounds nice. Can you send me the packages and prices? I need to show my boss.", "A: Absolutely, I'll email the PDF today."],
        ["U: The party's not until March, so I'm still collecting quotes. I'll get back to you.", "A: Sounds good. Just let me know."],
        ["U: Can you send me some samples from a gala you've done? I want to see how the dark rooms look.", "A: Yes, I'll send a gallery link."],
        ["U: What's the deposit to hold the date? ... Okay. Let me talk it over with the committee this week.", "A: Of course, I'll hold it for a few days."],
    ],
    ni_end=[
        ["U: Actually, we decided to cancel the party altogether. So, no.", "A: Oh, I'm sorry to hear that. Thanks for letting me know."],
        ["U: We're just going to do phone pictures, honestly. It's casual. No thanks.", "A: Totally understand."],
        ["U: I didn't fill out any form. Please don't call me again.", "A: Apologies, I'll remove your number."],
        ["U: I changed my mind about the whole photographer thing. Not interested.", "A: No problem, thanks for letting us know."],
    ],
    book_lead=["U: Can we meet and look at the albums in person?", "U: I'd love to do a quick video call to go over everything.",
               "U: Could you come see the venue with me? I want to know if the light's okay."],
    book_nouns=["a consultation at the studio", "a video call to go over packages", "a walk-through at the venue"],
    vm_msg=["A: Hi {fname}, it's {agent} from {co} following up on your inquiry. Give me a call back at 555 0133. Thanks!",
            "A: Hello, this is {agent} with {co}. Your date is still open, call us back when you can."],
    inbound_unrel=[
        ["A: {co}, this is {agent}!", "U: Hi, I was at the Henderson reunion you shot, and I can't get into the gallery. What's the password?", "A: Let me look that up... it's Henderson2024, capital H.", "U: Oh, that's it. Thanks."],
        ["A: Thanks for calling {co}.", "U: Hi, I'm a second shooter, I was wondering if you ever hire freelancers?", "A: Sometimes! Send your portfolio to our email.", "U: Will do, thanks."],
        ["A: Hi, {co}, how can I help?", "U: Is this the camera repair shop? My lens is stuck.", "A: No, sorry, we're a photography studio.", "U: Oh, shoot. Sorry."],
    ],
)
IND["photo"]["cfrags"] = {
    "Wedding Lead": [
        ["X: ", "A: Thanks for calling {co}, this is {agent}.", "U: Hi! Um, so my fiancé and I are getting married next October and we're just starting to look at photographers.",
         "A: Congratulations! Do you have a venue yet?", "U: We do, the vineyard out on Route 12.", "A: Oh, it's gorgeous out there. Would you like to come in and see some albums?",
         "U: Yes! Could we do {slot}?", "A: {slot} works. See you both then."],
        ["X: ", "A: {co}, {agent} speaking.", "U: Hi, I'm calling about availability for June 7th. It'd be the ceremony at the church and then the reception after.",
         "A: Let me check... yes, June 7th is open. How many guests?", "U: About a hundred and fifty. We want the first dance, the toasts, all of it.",
         "A: Lovely. Our full-day collection would fit that. Want me to email the details?", "U: Yes please. Thanks!"],
        ["U: Oh, right, the form. Yeah, so, my partner and I are finally making it official this summer, so we need someone for the whole day.",
         "A: How exciting, congratulations! Do you have a date?", "U: August 16th. Small, like sixty people.",
         "A: We're open. I'll send you our packages.", "U: Perfect."],
        ["U: It's for the big day, ha. We've got the dress, the cake, the DJ, and now we just need a photographer.",
         "A: Congratulations! When's the wedding?", "U: September. We're thinking just the ceremony and a couple hours of the reception.",
         "A: Got it. Would you like to meet {slot}?", "U: Hmm, let me check with him. I'll email you.", "A: Sounds great."],
    ],
    "Hired Someone Else": [
        ["U: Oh, we already locked someone in last week, sorry. Should've let you know.", "A: No problem at all, thanks for telling me."],
        ["U: We went with a photographer my coworker recommended. She was a bit closer.", "A: Totally understand, I hope it goes great."],
        ["U: The venue actually has their own photographer included in the package, so we're covered.", "A: Oh, that's convenient. Thanks for letting us know."],
        ["U: Yeah, about that. We booked the guy who did my cousin's party, so we won't need you.", "A: Got it, have a wonderful event."],
    ],
    "Over Budget": [
        ["U: How much is the four-hour package?", "A: Four hours is eighteen fifty, including the gallery.",
         "U: Whoa. Yeah, that's way more than we were thinking. We'll figure something else out.", "A: Understood. We do have a two-hour option if that helps.", "U: No, still too much. Thanks though."],
        ["U: Okay, and what's all that cost?", "A: The package you asked about is twenty-two hundred.", "U: For a party? That's like my rent. I can't swing that.",
         "A: I understand."],
        ["U: We were hoping for something closer to five hundred, honestly. Is that even possible?", "A: Our minimum is a two-hour package at nine-fifty.",
         "U: Yeah, that's out of our range then. Sorry.", "A: No worries."],
        ["U: I looked at your pricing page. I love your stuff, I really do, but we just can't afford it.", "A: I appreciate that. Thank you."],
    ],
}
IND["photo"]["near"] = [
    (["U: It's actually my parents' fortieth anniversary party. They got married in '84, so we're doing a big thing at the Elks lodge.",
      "A: How lovely. Want to come in and talk about it? I have {slot}.", "U: {slot} is good.", "A: Booked, see you then."], AB, "Wedding Lead"),
    (["U: How much is it for three hours?", "A: Three hours is fourteen hundred.", "U: Okay, that's about what I expected. Send me the contract and I'll look it over.",
      "A: Will do."], AI, "Over Budget"),
    (["U: We talked to another photographer too, but we haven't decided. What makes you guys different?",
      "A: Mostly our turnaround and our lighting. I'll send you a couple galleries.", "U: Sure, send them."], AI, "Hired Someone Else"),
]

IND["farm"] = dict(
    name="farm equipment dealership",
    cos=["Prairie Line Equipment", "Hartwell Ag & Turf", "Big Sky Implement"],
    agents=["Cody", "Renee", "Dale"],
    why="We're letting customers know about our spring deals.",
    customs=[
        {"label": "Service Request", "description": "Needs repair or maintenance on equipment they already own."},
        {"label": "Trade-In", "description": ""},
        {"label": "Demo Day RSVP", "description": "Signed up to attend our field demo day on a specific date."},
    ],
    intros=["A: Morning, is this {fname}? {agent} calling from {co}.",
            "A: Hi {fname}, it's {agent} over at {co}. You got a minute?",
            "A: Hello, this is {agent} with {co}, trying to reach {name}.",
            "A: Hey {fname}, {agent} from {co}. Hope I'm not catching you in the middle of chores."],
    pitches=["A: We've got zero percent financing for sixty months on new compact tractors through the end of the quarter.",
             "A: The new 9-series combines came in, and we're calling folks who bought from us before to let them know.",
             "A: We're holding our field demo day at the Hansen place Saturday the 14th, and we've got some good pricing on balers and mowers right now.",
             "A: We're running a pre-season deal on planters and wanted to give our regular customers first crack at it."],
    qa=[("U: What kind of horsepower are we talking on those compacts?", "A: Twenty-five up to sixty-six, depending on the model."),
        ("U: Is that zero percent for real or is there a catch?", "A: It's real, on approved credit, with ten percent down."),
        ("U: You got any used ones on the lot?", "A: A few, a 2019 utility tractor with about nine hundred hours, and a couple of older loaders."),
        ("U: Can you deliver? I'm about forty miles out.", "A: We deliver free within fifty miles."),
        ("U: What's the wait on a new one?", "A: About six weeks on most models right now."),
        ("U: Does it come with a loader or is that extra?", "A: The package price includes the loader and a bucket."),
        ("U: Prices have gone crazy, haven't they?", "A: They sure have. Steel's up again this year."),
        ("U: How's the warranty on those?", "A: Five years powertrain, two years bumper to bumper."),
        ("U: Who's running parts these days? Still Gus?", "A: Gus retired, it's his nephew Brent now."),
        ("U: Crops look good your way? We could use some rain.", "A: Same here, it's been dry all month."),
    ],
    int_end=[
        ["U: Send me a quote on the sixty-six horse with the loader. I'll look it over with my banker.", "A: I'll have that quote to you today."],
        ["U: Not before harvest. Give me a call in November and we'll talk.", "A: Will do, I'll call you in November."],
        ["U: Hm. I might be in the market next year. What's the financing look like on used?", "A: Used is around four point nine right now. I'll send you the details.", "U: Okay, do that."],
        ["U: Text me some pictures of that 2019 and the hours on it.", "A: I'll send them right over."],
    ],
    ni_end=[
        ["U: I'm not buying anything this year, prices are too high and corn's too low.", "A: I hear you. Thanks for your time."],
        ["U: My stuff runs fine. I don't need anything new.", "A: Glad to hear it. Take care."],
        ["U: I'm selling the farm, son. Not buying anything. Thanks.", "A: Oh. Well, best of luck to you."],
        ["U: I only buy green, you guys are red. No offense. No thanks.", "A: Ha, none taken."],
    ],
    book_lead=["U: I'd have to see it in person before I buy anything.", "U: Alright, I'll come take a look at it.",
               "U: Can your sales guy come out to the farm and walk me through it?"],
    book_nouns=["a look at the tractor on the lot", "a walkaround with our sales rep", "a visit to the farm from our sales rep"],
    vm_msg=["A: Hey {fname}, {agent} with {co}. Wanted to let you know about our financing deal on compact tractors. Give me a holler at 555 0155.",
            "A: Hi, this message is for {name}, {agent} from {co}. Call us back when you get a chance."],
    inbound_unrel=[
        ["A: {co}, this is {agent}.", "U: Yeah, I need your fax number, our accountant needs to send you a W-9.", "A: Sure, it's 555 0157.", "U: Thanks."],
        ["A: {co}, {agent} speaking.", "U: Hi, I think I left my jacket at the open house last weekend. Tan Carhartt?", "A: Let me ask around... yep, it's here at the front counter.", "U: Great, I'll grab it Monday."],
        ["A: Thanks for calling {co}.", "U: Is this the feed store?", "A: No, we're the equipment dealer. The feed store's next door, 555 0160.", "U: Ah, thanks."],
    ],
)
IND["farm"]["cfrags"] = {
    "Service Request": [
        ["U: Actually, my baler keeps jamming at the knotter. Can you get somebody out here to look at it?",
         "A: Sure, I'll put in a service ticket and have the shop call you.", "U: Sooner the better, I've got hay down."],
        ["U: Tractor's been blowing white smoke since harvest. That's what I need, not a new one.", "A: Got it, let me get you to our service department.",
         "U: Yeah, do that."],
        ["U: Funny you called. The planter monitor's been throwing some code all week, and the hydraulics on the loader are leaking too.",
         "A: Sounds like it needs to come in. I can have the shop set up a pickup.", "U: Yeah, let's do that. I'm dead in the water."],
        ["U: Before you sell me anything, my skid steer's due for its 500-hour service. Can you guys do that?",
         "A: Absolutely, I'll have service call you to set it up.", "U: Good."],
        ["U: The mower deck on my zero turn's been vibrating like crazy. It's still under warranty, I think.",
         "A: Let's get that looked at. I'll have the shop reach out.", "U: Okay."],
    ],
    "Trade-In": [
        ["U: What would you give me for my old 4020 if I went with a new one?", "A: Depends on condition and hours, but we can get a guy out to appraise it.",
         "U: She's got a lot of hours, but she runs. I'd want to roll her into the deal."],
        ["U: I've got a '98 Magnum sitting in the shed. If you'll take that off my hands, I'd listen.", "A: We take trades all the time. I'll get you a number.",
         "U: Alright."],
        ["U: I'd only do it if I can swap my old planter in. It's a twelve-row, runs fine.", "A: We can absolutely work that in.",
         "U: Then send me a number for both."],
        ["U: My combine's paid off. I'd trade it in for the new one if the numbers work.", "A: Let's look at it. What year is it?",
         "U: Twenty-eleven. Let me know what you'd allow on it."],
    ],
    "Demo Day RSVP": [
        ["U: The demo day on the 14th? Yeah, put me down. I'll be there.", "A: Great, you're on the list for Saturday the 14th. Starts at nine, lunch is on us.",
         "U: Can't turn down free lunch."],
        ["U: Saturday the 14th... yeah, count me and my boy in.", "A: Two for Saturday the 14th, got it.", "U: What time?",
         "A: Nine o'clock at the Hansen place.", "U: We'll be there."],
        ["U: Sign me up for the field day. I want to see that new baler run.", "A: You're signed up for the 14th. We'll text you directions.",
         "U: Good deal."],
    ],
}
IND["farm"]["near"] = [
    (["U: Maybe I'll swing by that demo day if it doesn't rain. No promises.", "A: We'd love to see you. It's the 14th at nine.", "U: Yep. Send me the address."],
     AI, "Demo Day RSVP"),
    (["U: I'm not trading anything in. The old one goes to my son. But I'd look at a new one.", "A: Understood. Want to come see it?",
      "U: Yeah, {slot}, I'll stop in.", "A: See you {slot}."], AB, "Trade-In"),
    (["U: Nah, everything runs fine. Just had the tractor serviced at another shop in April. I'm good.", "A: Glad to hear it."],
     NI, "Service Request"),
]

IND["cyber"] = dict(
    name="cybersecurity training for companies",
    cos=["Sentinel Awareness", "PhishGuard Academy", "Bastion Cyber Training"],
    agents=["Olivia", "Raj", "Connor"],
    why="We do security awareness training for small and mid-size companies.",
    customs=[
        {"label": "Recent Breach", "description": "The company had a phishing, ransomware or other security incident recently."},
        {"label": "Handled In-House", "description": "Declined: they already train staff themselves."},
        {"label": "Gatekeeper", "description": ""},
    ],
    intros=["A: Hi, is this {fname}? This is {agent} with {co}.",
            "A: Hello {fname}, {agent} from {co}. I understand you oversee IT there?",
            "A: Good afternoon, {agent} calling from {co}. I'm trying to reach {name}.",
            "A: Hi {fname}, it's {agent} at {co}. I'll be quick, I promise."],
    pitches=["A: We run short monthly security awareness trainings and simulated phishing tests for teams of twenty to five hundred people.",
             "A: A lot of cyber insurance carriers now require annual security training, and we make that painless, ten minutes a month per employee.",
             "A: We help companies cut down on phishing clicks, usually by seventy percent within six months.",
             "A: We're offering a free phishing baseline test: we send a fake phish to your staff and show you who clicks."],
    qa=[("U: How much per user?", "A: It's around three dollars per user per month, less on an annual plan."),
        ("U: Does it plug into Microsoft 365?", "A: Yes, we sync users from Entra ID, so there's no manual setup."),
        ("U: Will it satisfy our insurance questionnaire?", "A: Yes, we give you completion reports that most carriers accept."),
        ("U: How long are the videos? My people won't sit through an hour.", "A: Three to seven minutes each. Most people finish during coffee."),
        ("U: Is there Spanish? Half my warehouse team speaks Spanish.", "A: Yes, Spanish and eleven other languages."),
        ("U: What happens when someone clicks the fake phish?", "A: They get a short teachable moment right away, no public shaming."),
        ("U: Do you need admin access to anything?", "A: Just an allow-list entry so the simulations reach inboxes."),
        ("U: How many clients do you have around here?", "A: About two hundred in the state, mostly manufacturing, clinics and law firms."),
        ("U: Can we pick which departments get tested?", "A: Yes, you can target groups however you want."),
        ("U: Is there a contract, like a three-year thing?", "A: Annual or month-to-month, your choice."),
    ],
    int_end=[
        ["U: Okay, send me a proposal for about eighty users. I'll need to run it by the CFO.", "A: Will do, I'll have it to you by Friday."],
        ["U: Our budget resets in July. Reach back out then.", "A: I'll make a note to call in July."],
        ["U: Can you send me a sample report? That's what I'd need to show my insurance broker.", "A: Absolutely, I'll email a sample."],
        ["U: I'm interested, I'm just swamped with an office move. Email me and I'll reply when I come up for air.", "A: Totally understand, I'll email you."],
        ["U: Let me talk to my business partner about it and I'll get back to you.", "A: Sounds good."],
    ],
    ni_end=[
        ["U: We're a five-person shop. We don't need a training program. No thanks.", "A: Understood. Thanks for your time."],
        ["U: We just signed with KnowBe4 for three years. We're set.", "A: Got it, thanks for letting me know."],
        ["U: Please take this number off your list. We don't take vendor calls.", "A: I'll remove it now."],
        ["U: No. Honestly, my people would revolt if I made them do one more training. Not interested.", "A: Ha, fair enough."],
    ],
    book_lead=["U: Can you show me what the dashboard looks like?", "U: Okay, I'd want to see a demo before I take it to anyone.",
               "U: Set up a call with me and my IT guy and we'll go through it."],
    book_nouns=["a screen-share walkthrough", "a thirty-minute demo", "a call with you, your IT guy and our solutions engineer"],
    vm_msg=["A: Hi {fname}, {agent} with {co}. We help teams like yours pass the security training requirement on cyber insurance. I'll try you again, or reach me at 555 0129.",
            "A: Hello, this is {agent} from {co} for {name}. Please give me a call back when convenient."],
    inbound_unrel=[
        ["A: Thanks for calling {co}, this is {agent}.", "U: Hi, I can't log into the training portal, it keeps saying my password's expired.", "A: I'll send you a reset link right now.", "U: Thanks."],
        ["A: {co}, {agent} speaking.", "U: Hi, this is accounts payable at Dyson Tool. We need an updated W-9 to pay your invoice.", "A: Of course, I'll email it over.", "U: Great, thank you."],
    ],
)
IND["cyber"]["cfrags"] = {
    "Recent Breach": [
        ["U: Funny you should call. Our bookkeeper wired forty grand to a 'vendor' last month who wasn't a vendor.", "A: Oh no. I'm really sorry. That's exactly what business email compromise looks like.",
         "U: Yeah. The owner's furious. Send me whatever you've got."],
        ["U: We had the whole network locked up for three days in August, so yeah, it's on the radar now.", "A: I'm sorry to hear that. Was it ransomware?",
         "U: Yep. Someone opened an attachment. We paid a consultant a fortune to clean it up.", "A: Let's make sure that doesn't happen again. Can I show you a demo {slot}?",
         "U: Yeah, {slot} works."],
        ["U: Somebody clicked a link two weeks ago and we had to reset every password in the building.", "A: That's rough. How many users?",
         "U: About a hundred and twenty. Let me think about it and call you."],
        ["U: I'll be honest, our CEO's email got spoofed last quarter and a couple of clients got fake invoices from 'us'. So timing's good.",
         "A: That's unfortunately common. Would a demo help?", "U: Sure. Send me a time."],
        ["U: We just got a letter from our insurer after the incident in the spring. They want proof of training now.",
         "A: We can definitely help with that documentation.", "U: Okay. Email me pricing."],
    ],
    "Handled In-House": [
        ["U: We've got our own program. Our IT guy runs phishing drills every quarter. We're good.", "A: That's great to hear. Thanks for your time."],
        ["U: No, we built our own modules in our LMS last year. Not looking.", "A: Understood."],
        ["U: Our security team does all the training themselves, new-hire and annual. So, thanks, but no.", "A: Makes sense. Have a good day."],
        ["U: I do it. I run the lunch-and-learns myself every month. Don't need a vendor for that.", "A: Fair enough, thanks."],
    ],
    "Gatekeeper": [
        ["X: ", "A: Hi, this is {agent} from {co}. Could I speak with whoever handles IT security?", "U: Can I ask what this is regarding?",
         "A: We do security awareness training for staff.", "U: Okay, they don't take sales calls. You can email info at the company address.", "A: Could I get a name?",
         "U: I'm not able to give that out, sorry.", "A: Understood, thanks."],
        ["X: ", "A: Good morning, I'm looking for {name}.", "U: {fname}'s not available. Who's calling?", "A: {agent} with {co}, it's about employee security training.",
         "U: I'll pass along the message.", "A: Could I get a direct line?", "U: We don't give those out. Have a good day."],
        ["X: ", "A: Hi, is your IT director in today?", "U: What company are you with?", "A: {co}.", "U: Yeah, we don't transfer vendor calls. Sorry.", "A: Okay, thank you."],
        ["X: ", "A: Hi, {agent} from {co}, is the office manager around?", "U: I'm the front desk. She's in meetings all day. Is this a sales call?",
         "A: It is, it's about security training.", "U: Then I'd just send something in the mail. I can't put you through."],
    ],
}
IND["cyber"]["near"] = [
    (["U: We do a little training in-house, but it's pretty bare-bones, honestly. What do you have?", "A: Our library has about two hundred modules, plus phishing simulations.",
      "U: Okay. Can you do a demo {slot}?", "A: Yes, {slot} it is."], AB, "Handled In-House"),
    (["U: We haven't had any problems, knock on wood. Nobody's ever gotten hacked here. But the insurance renewal is asking about training.",
      "A: We can help with that. I'll send a one-pager.", "U: Sure, send it."], AI, "Recent Breach"),
    (["X: ", "A: Hi, I'm looking for the person who handles IT.", "U: Sure, hold on, I'll transfer you.", "U: This is Greg, IT.",
      "A: Hi Greg, {agent} with {co}. We do security awareness training.", "U: Oh yeah, I've been meaning to look at this. Can you show me something {slot}?",
      "A: {slot} works, I'll send an invite.", "U: Great."], AB, "Gatekeeper"),
]

IND["meals"] = dict(
    name="senior meal delivery",
    cos=["Hearth & Table Senior Meals", "GoldenPlate Home Delivery", "Sunny Side Meals"],
    agents=["Grace", "Ben", "Lucia"],
    why="We deliver ready-made meals to seniors at home.",
    customs=[
        {"label": "Caregiver Decides", "description": "The person says a family member or caregiver makes the decisions about this."},
        {"label": "Trial Box Scheduled", "description": "Agreed to receive the first trial box delivery on a specific day."},
        {"label": "In Care Facility", "description": "now lives in assisted living or a nursing home"},
    ],
    intros=["A: Hello, is this {fname}? My name is {agent}, I'm calling from {co}.",
            "A: Hi {name}, this is {agent} with {co}. How are you today?",
            "A: Good morning, {fname}, it's {agent} from {co}. Is now an okay time?",
            "A: Hi there, this is {agent} at {co}, calling for {name}."],
    pitches=["A: We deliver fresh, heat-and-eat meals once a week, made for older adults, and there's a discounted trial box this month.",
             "A: Our meals are cooked by chefs and checked by a dietitian, and they just go in the microwave for three minutes.",
             "A: A lot of folks in your area get our weekly delivery, and many Medicare Advantage plans cover some of it.",
             "A: You requested information from us a while ago, and I wanted to tell you about our new menu."],
    qa=[("U: What kind of food is it? I don't like spicy things.", "A: Mostly home-style: pot roast, chicken and rice, meatloaf, salmon. Nothing spicy unless you pick it."),
        ("U: How much does it cost a week?", "A: About eight dollars a meal, so around fifty-six for a week of dinners."),
        ("U: Do I have to be home when they come?", "A: No, they come in an insulated box that stays cold for a day."),
        ("U: Can I open those containers? My hands aren't what they used to be.", "A: They're easy-peel lids, designed for that."),
        ("U: Does the driver come to the door? I've got a lot of steps.", "A: Yes, they'll bring it right up to the door."),
        ("U: Are the portions big? I don't eat much anymore.", "A: We have a smaller-portion option too."),
        ("U: My insurance, it's the Humana one. Does that cover it?", "A: Some Humana plans do. We can check for you."),
        ("U: Is there dessert? I do like a little something sweet.", "A: There's a dessert add-on, the peach cobbler is popular."),
        ("U: Oh, you sound just like my granddaughter. Where are you calling from?", "A: Ha, that's sweet. We're based right here in the county."),
        ("U: Do I have to sign a contract? I'm on a fixed income.", "A: No contract. You can pause or cancel anytime."),
    ],
    int_end=[
        ["U: Well, that sounds nice. Could you mail me a menu? I don't do the computer.", "A: Of course, I'll mail one this week."],
        ["U: Let me think on it, dear. Call me back after the first of the month, when my check comes.", "A: I'll do that."],
        ["U: The meatloaf sounds good. What was the number again? I'll call you when I'm ready.", "A: It's 555 0148. Call anytime."],
        ["U: You know, I might do it after my knee surgery. That's in April. Call me then.", "A: I'll make a note to call in April."],
    ],
    ni_end=[
        ["U: No, honey, I still cook for myself every day. I don't need it.", "A: That's wonderful. Thanks for chatting with me."],
        ["U: I don't buy anything over the phone. Never. Goodbye.", "A: Understood, take care."],
        ["U: I tried one of those meal things, it tasted like cardboard. No thank you.", "A: I'm sorry to hear that. Have a nice day."],
        ["U: Please don't call here anymore.", "A: I'll remove your number right away."],
    ],
    book_lead=["U: Could somebody explain it to me in person? I understand better that way.",
               "U: Can the dietitian call me? I've got some questions about my diet.",
               "U: I can't hear so well on this phone. Could someone come by?"],
    book_nouns=["a home visit from our care coordinator", "a call with our dietitian", "a home visit from our care coordinator"],
    vm_msg=["A: Hello {fname}, this is {agent} from {co}. We'd love to tell you about our meal delivery. Please call us back at 555 0148. Have a lovely day.",
            "A: Hi, this is {agent} with {co} for {name}. Just returning your request for information. Thank you!"],
    inbound_unrel=[
        ["A: {co}, this is {agent}, how can I help?", "U: Is this the senior center? I need a ride to my eye doctor on Thursday.",
         "A: I'm sorry, we're a meal delivery service. The senior center is 555 0177.", "U: Oh, dear. Thank you."],
        ["A: Thank you for calling {co}.", "U: Hi, I'm a driver, I applied last week, just checking on my application.",
         "A: Let me transfer you to our hiring manager.", "U: Okay, thanks."],
    ],
)
IND["meals"]["cfrags"] = {
    "Caregiver Decides": [
        ["U: Oh, you'd have to talk to my daughter Linda about that. She does all my ordering.", "A: Of course. Would you like us to call her?",
         "U: I'll tell her you called."],
        ["U: My son takes care of all that now. He's got the power of attorney.", "A: I understand. Could I get his number?",
         "U: I'd rather he call you."],
        ["U: I don't do anything like that without asking Rosa. She's my aide, she comes every morning.", "A: That makes sense. I'll leave our number with you.",
         "U: Alright."],
        ["U: That's for my kids to figure out, sweetheart. They handle the money and the food and the pills, all of it.",
         "A: Understood. We'll make sure they get the information."],
        ["U: I'm not the one who decides that. Call my nephew, he handles my affairs.", "A: I'll make a note. Thank you."],
    ],
    "Trial Box Scheduled": [
        ["U: Well, alright, send me that trial box. Can it come {slot}?", "A: Yes, {slot} works for delivery in your area.",
         "U: Good. I'll be home.", "A: Your first box is scheduled for {slot}."],
        ["U: Let's try it. What day do you deliver?", "A: We can do {slot} or {slot2}.", "U: {slot2}, I've got the doctor the other day.",
         "A: Perfect, your trial box comes {slot2}."],
        ["U: I'll give it a whirl. Bring the sampler on Tuesday, I'm always home Tuesdays.", "A: Wonderful, we'll deliver the trial box this Tuesday between ten and noon.",
         "U: Alright then."],
    ],
    "In Care Facility": [
        ["U: Oh, I'm at The Willows now, honey. They feed us three times a day, more than I can eat.", "A: Oh, that's nice. I'll update our records.",
         "U: Thank you, dear."],
        ["X: ", "A: Hi, this is {agent} with {co}, calling for {name}.", "U: This is her daughter. Who's calling?",
         "A: It's {agent} from {co}, we deliver meals to seniors at home, and your mom requested information a while back.",
         "U: Oh. Yeah, Mom moved into Brookdale in the spring, so they do all her meals now.", "A: I see. Thanks for letting me know, I'll update her file.",
         "U: Thanks. Bye."],
        ["X: ", "A: Hello, is this {fname}? My name is {agent}, I'm calling from {co}.", "U: No, this is his wife. What's it about?",
         "A: We deliver ready-made meals for seniors, and {fname} was on our list for a trial box.",
         "U: He's in a nursing home since his fall. He won't need this.", "A: I'm so sorry to hear that. I'll remove him from our list.", "U: Thank you."],
        ["U: I moved into the assisted living place on Oak Street. The food's not bad, either.", "A: Glad to hear it. Take care."],
    ],
}
IND["meals"]["near"] = [
    (["U: Sure, send the trial box sometime. I'm usually home.", "A: Great, I'll email you a link to choose the delivery day.", "U: Okay."], AI, "Trial Box Scheduled"),
    (["U: My neighbor just went into assisted living, but I'm still here in my own house, thank you very much.", "A: Good for you! Would you like to try our meals?",
      "U: Maybe. Send me a menu."], AI, "In Care Facility"),
    (["U: Could you call me back {slot}? I've got my program on right now.", "A: Of course, I'll call you {slot}.", "U: Thank you."], AB, "Trial Box Scheduled"),
]

# inbound openers for industries where people call in about a product
INBOUND_PURPOSE = {
    "photo": ["U: Hi, I'm looking for a photographer for our company holiday party on December 12th.",
              "U: Hi! I'm planning my mom's sixtieth birthday in May, and I wanted to see if you're available.",
              "U: Hey, we've got a charity gala at the art museum in the fall. Do you do that kind of thing?",
              "U: Hi, um, my daughter's quinceañera is in August, are you guys booking that far out?"],
    "farm": ["U: Yeah, I saw your ad about the compact tractors, the zero percent thing.",
             "U: Hi, I'm looking for a used hay rake, something under ten grand. You got anything?",
             "U: Morning. I'm thinking about a side-by-side for the ranch, what've you got in stock?"],
}
BIZ_VM = [
    "You've reached {lname} Family Farms. We're out in the field, leave a message and we'll call you back.",
    "Thank you for calling {lname} Logistics. Our office is currently closed. Our hours are Monday through Friday, eight to five. Please leave a message after the tone.",
    "Hi, you've reached the office of {fname} {lname}. I'm either on the other line or away from my desk. Please leave your name, number and a brief message.",
    "You have reached the {lname} residence. Nobody can come to the phone, so please leave a message after the beep.",
]
DROPPED = ["U: Oh okay, yeah, we were actually just talking about--", "U: Wait, is this the same thing my neighbor was--",
           "U: Hang on, what did you say the--", "U: Okay, so how would that wor--", "U: Right, I think I got a letter about this, the one with the--"]
BADLINE_SUB = ["U: Yeah, I actually got your flyer. What was the -- sorry, you're breaking up. Hello? I lost you.",
               "U: Oh, you're the ones who -- what? I can't -- you're cutting out really bad. Hello?"]


def pick(rng: random.Random, pool: list):
    return pool[rng.randrange(len(pool))]


_FRESH: dict = {}


def fresh(rng: random.Random, key: str, pool: list):
    """Like pick, but walks through a shuffled copy so repeats come only after the pool is used up."""
    q = _FRESH.get(key)
    if not q:
        q = _FRESH[key] = rng.sample(pool, len(pool))
    return q.pop()


def mkctx(ind: dict, rng: random.Random) -> dict:
    fname, lname = pick(rng, FNAMES), pick(rng, LNAMES)
    slots = [x for x in SLOTS if not (ind is IND["farm"] and "14th" in x)]  # the 14th is the farm demo day
    s1, s2 = rng.sample(slots, 2)
    return dict(fname=fname, lname=lname, name=f"{fname} {lname}", agent=pick(rng, ind["agents"]),
                co=pick(rng, ind["cos"]), slot=s1, slot2=s2, why=ind["why"], phone=pick(rng, PHONES),
                fname_l=fname.lower(), noun=pick(rng, ind["book_nouns"]))


def conv(lines: list[str], c: dict) -> list[tuple[str, str]]:
    out = []
    for ln in lines:
        if not ln or ln.startswith("X:"):
            continue
        role = "agent" if ln[0] == "A" else "user"
        txt = ln[3:].format(**c)
        txt = txt[0].upper() + txt[1:]
        out.append((role, txt))
    return out


EVENT_SPECIFIC = ["seventieth", "bat mitzvah", "headshots"]


def qa_block(ind: dict, rng: random.Random, k: int, hedges: bool = True, ban: tuple[str, ...] = ()) -> list[str]:
    pool = list(ind["qa"]) + list(SMALLTALK) + (list(HEDGES) if hedges else [])
    pool = [p for p in pool if not any(b in p[0] for b in ban)]
    items = rng.sample(pool, min(k, len(pool)))
    out, seen_event = [], False
    for it in items:  # a call is about one event only
        ev = any(e in it[0] for e in EVENT_SPECIFIC)
        if ev and seen_event:
            continue
        seen_event = seen_event or ev
        out.append(it)
    return [x for pair in out for x in pair]


def head(ind: dict, rng: random.Random, pitch: bool = True) -> list[str]:
    lines = [pick(rng, ind["intros"])]
    if rng.random() < 0.15:
        lines += ["U: Is this a sales call?", "A: Sort of, but I'll be quick, I promise."]
    else:
        lines.append(pick(rng, OPENERS))
    if pitch:
        lines.append(pick(rng, ind["pitches"]))
    return lines


def booking(ind: dict, rng: random.Random) -> list[str]:
    """A booking at a concrete time; the lead line and what gets booked belong together."""
    i = rng.randrange(len(ind["book_lead"]))
    lead, noun = ind["book_lead"][i], ind["book_nouns"][i]
    lines = _booking(lead, rng)
    if lines[0].startswith("U: Nah"):  # the agent's counter-offer uses the industry's basic booking
        noun = ind["book_nouns"][0]
    return [x.replace("{noun}", noun) for x in lines]


def _booking(lead: str, rng: random.Random) -> list[str]:
    p = rng.randrange(5)
    acc = "U: " + pick(rng, BOOK_ACCEPT)
    conf = "A: " + pick(rng, BOOK_CONFIRM)
    bye = pick(rng, BOOK_BYE)
    if p == 0:
        return [lead, "A: Happy to set up {noun}. I have {slot} or {slot2}.", acc, conf, bye]
    if p == 1:
        return [lead, "A: I could set up {noun} for {slot2}.",
                "U: Hmm, that one doesn't work for me. Anything else?", "A: How about {slot}?", acc, conf, bye]
    if p == 2:
        return ["U: I can't really get into it right now. Can you call me back {slot}? I'll have more time.",
                "A: Sure, I'll call you back {slot}.", "U: Okay, talk to you then."]
    if p == 3:
        return [lead, "A: Sure, when's good for {noun}?",
                "U: Pencil me in for {slot}. I'll confirm if anything changes.", "A: Done, you're penciled in for {slot}.", bye]
    return ["U: Nah, I don't think so.", "A: No problem. Could I at least set up {noun}? No obligation.",
            "U: ...Well. Actually, if you've got {slot}, I could do that.", conf, bye]


def ending(ind: dict, rng: random.Random, outcome: str, inbound: bool = False) -> tuple[list[str], str]:
    """Return (lines, subtag) producing the given built-in stance."""
    r = rng.random()
    if outcome == AB:
        return booking(ind, rng), "ab"
    if outcome == AI:
        if r < 0.15 and not inbound:
            b = [x for x in booking(ind, rng) if x not in BOOK_BYE and "talk to you then" not in x]
            return b + ["U: Oh shoot, wait. That's the week I have jury duty. Cancel that, I'll call you to set something up when I know.",
                        "A: No problem, I've canceled it. Call us anytime."], "ab_cancel_int"
        if r < 0.27 and not inbound:
            return ["U: No, I don't think-- well, hang on. How much is it?", "A: It depends, but I can send you the exact pricing.",
                    "U: Okay, yeah. Send it. I'll look.", "A: Will do."], "flip_ni_int"
        pool = ind["int_end"] if (inbound or rng.random() < 0.6) else GEN_INT
        return list(pick(rng, pool)), "int"
    if outcome == NI:
        if r < 0.15:
            b = [x for x in booking(ind, rng) if x not in BOOK_BYE and "talk to you then" not in x]
            return b + ["U: You know what, cancel that. I'm not going to do this. Sorry.",
                        "A: Okay, I've canceled it. Thanks for letting me know."], "ab_cancel_ni"
        if r < 0.3:
            i = list(pick(rng, ind["int_end"]))
            return i + ["U: Actually, forget it. I'm not gonna do it. Take me off the list.", "A: Understood, I'll remove you."], "flip_int_ni"
        pool = ind["ni_end"] if rng.random() < 0.55 else GEN_NI
        return list(pick(rng, pool)), "ni"
    raise ValueError(outcome)


def std_call(ind_key: str, rng: random.Random, outcome: str, long: bool = False, body: list[str] | None = None,
             subtag: str | None = None) -> tuple[list[str], str, str]:
    """A normal conversation. body: a fixed decisive section (custom or near-miss) instead of a built-in ending."""
    ind = IND[ind_key]
    inbound = ind_key in INBOUND_PURPOSE and outcome in (AI, AB) and body is None and rng.random() < 0.35
    if inbound:
        lines = ["A: Thanks for calling {co}, this is {agent}. How can I help?", pick(rng, INBOUND_PURPOSE[ind_key]),
                 "A: Absolutely, happy to help with that."]
    else:
        lines = head(ind, rng)
    if body is None:
        end, st = ending(ind, rng, outcome, inbound)
    else:
        end, st = body, subtag or "custom"
    n_end = sum(1 for x in end if x)
    ban: tuple[str, ...] = ()
    if inbound or subtag in ("custom_wedding_lead", "near_wedding_lead"):
        ban = tuple(EVENT_SPECIFIC)
    if subtag == "custom_pain_gone":
        ban = ("arches",)
    if long:  # 25-40 messages, the decisive part at the very end
        target = rng.randint(27, 40)
        k = max(8, (target - len(lines) - n_end) // 2)
    else:
        k = rng.choice([0, 0, 1, 1, 2, 3])
    lines += qa_block(ind, rng, k, hedges=long, ban=ban)
    lines += end
    if long:
        st = "long_" + st
    return lines, ("inbound" if inbound else "outbound"), st


# ---------------------------------------------------------------- non-conversations and null calls
def nc_call(ind_key: str, rng: random.Random, kind: str, c: dict) -> tuple[list[tuple[str, str]], dict]:
    ind = IND[ind_key]
    intro = conv([pick(rng, ind["intros"])], c)
    kw: dict = {"direction": "outbound"}
    if kind in ("no_answer", "busy", "failed"):
        kw.update(end_reason=kind, duration_seconds=0 if kind != "no_answer" else rng.choice([0, 28, 31, 45]))
        msgs: list[tuple[str, str]] = []
        if kind == "failed" and rng.random() < 0.5:
            msgs = intro  # agent greeting went out into nothing
        return msgs, kw
    kw["end_reason"] = rng.choice(["hangup", "completed", "hangup"])
    if kind == "hello":
        msgs = [("user", pick(rng, ["Hello?", "Hello? Hello?", "Yeah?", "Hello, who's--"]))] + intro + [
            ("user", pick(rng, ["Hello? ... Hello?", "Hello?? I can't-- hello?", "...Hello?"]))]
        kw["duration_seconds"] = rng.randint(4, 9)
    elif kind == "hello_only":
        msgs = [("user", pick(rng, ["Hello?", "Yeah, hello?", "Hi?"]))]
        kw["duration_seconds"] = rng.randint(2, 4)
    elif kind == "room":
        msgs = intro + [("user", fresh(rng, "room", ROOM_ASIDES))]
        kw["duration_seconds"] = rng.randint(8, 20)
    elif kind == "carrier":
        msgs = [("user", fresh(rng, "carrier", CARRIER_NC))]
        kw["duration_seconds"] = rng.randint(5, 12)
    elif kind == "screen":
        a, b, d = pick(rng, SCREEN_ROBOT)
        msgs = [("user", a), ("agent", f"Hi, this is {c['agent']} from {c['co']}, calling for {c['fname']}. {c['why']}"), ("user", b)]
        if d:
            msgs.append(("user", d))
        kw["duration_seconds"] = rng.randint(20, 45)
    elif kind == "ivr":
        msgs = [("user", pick(rng, IVR)), ("agent", f"Hi, I'm trying to reach {c['name']}."),
                ("user", pick(rng, ["I'm sorry, I didn't understand your selection. Goodbye.", "Please enter the extension now.", "Goodbye."]))]
        kw["duration_seconds"] = rng.randint(15, 40)
    elif kind == "cut":
        msgs = [("user", pick(rng, CUT_GREETINGS))]
        kw["duration_seconds"] = rng.randint(1, 3)
    elif kind == "badline":
        bl = fresh(rng, "badline", BAD_LINE)
        msgs = [("user", "Hello?")] + intro + conv(bl[1:], c) if len(bl) > 1 and rng.random() < 0.5 else conv(bl, c)
        kw["duration_seconds"] = rng.randint(6, 15)
    elif kind == "silence":
        msgs = intro + [("agent", pick(rng, ["Hello? Is anyone there?", "Hi, can you hear me?"]))]
        kw["duration_seconds"] = rng.randint(6, 12)
    else:
        raise ValueError(kind)
    return msgs, kw


def vm_call(ind_key: str, rng: random.Random, kind: str, c: dict) -> tuple[list[tuple[str, str]], dict]:
    ind = IND[ind_key]
    kw: dict = {"direction": "outbound", "end_reason": rng.choice(["completed", "hangup"])}
    msg = conv([pick(rng, ind["vm_msg"])], c)
    if kind == "personal":
        msgs = [("user", pick(rng, VM_PERSONAL).format(**c))] + (msg if rng.random() < 0.6 else [])
    elif kind == "business":
        msgs = [("user", pick(rng, BIZ_VM).format(**c))] + (msg if rng.random() < 0.7 else [])
    elif kind == "full":
        msgs = [("user", pick(rng, VM_FULL))]
    elif kind == "carrier":
        msgs = [("user", pick(rng, VM_CARRIER).format(**c))] + (msg if rng.random() < 0.7 else [])
    elif kind == "detected_empty":
        msgs = []
        kw["voicemail_detected"] = True
    elif kind == "detected_hello":
        msgs = [("user", "Hello?")] + conv([pick(rng, ind["intros"])], c) + [("user", pick(rng, ["Hello... hello?", "...hello?"]))]
        kw["voicemail_detected"] = True
    elif kind == "detected_msg":
        msgs = [("user", pick(rng, VM_PERSONAL + BIZ_VM).format(**c))] + msg
        kw["voicemail_detected"] = True
    else:
        raise ValueError(kind)
    kw["duration_seconds"] = rng.randint(8, 40)
    return msgs, kw


def null_call(ind_key: str, rng: random.Random, kind: str, c: dict) -> tuple[list[tuple[str, str]], dict]:
    ind = IND[ind_key]
    kw: dict = {"direction": "outbound", "end_reason": rng.choice(["hangup", "completed"])}
    intro = [pick(rng, ind["intros"])]
    if kind == "driving":
        lines = intro + fresh(rng, "DRIVING", DRIVING)
    elif kind == "who":
        lines = intro + fresh(rng, "WHO", WHO)
    elif kind == "wrong":
        lines = intro + fresh(rng, "WRONG", WRONG)
    elif kind == "busy":
        lines = intro + fresh(rng, "BUSY", BUSY)
    elif kind == "howgot":
        lines = intro + fresh(rng, "HOWGOT", HOWGOT)
    elif kind == "dropped":
        lines = head(ind, rng) + [fresh(rng, "DROPPED", DROPPED)]
        kw["end_reason"] = "hangup"
    elif kind == "badline_sub":
        lines = head(ind, rng) + [pick(rng, BADLINE_SUB)]
        kw["end_reason"] = "hangup"
    elif kind == "inbound":
        lines = list(fresh(rng, "inb_" + ind_key, ind["inbound_unrel"]))
        kw["direction"] = "inbound"
    else:
        raise ValueError(kind)
    return conv(lines, c), kw


NC_KINDS = ["no_answer", "busy", "failed", "hello", "hello_only", "room", "carrier", "screen", "ivr", "cut", "badline", "silence"]
VM_KINDS = ["personal", "personal", "business", "full", "carrier", "detected_empty", "detected_hello", "detected_msg"]
NULL_KINDS = ["driving", "who", "wrong", "busy", "howgot", "dropped", "badline_sub", "inbound", "inbound"]

# per industry: (Interested, Not Interested, Appointment Booked, custom)
PLAN = {"chiro": (8, 7, 8, 11), "water": (7, 8, 7, 12), "photo": (8, 8, 7, 11),
        "farm": (7, 7, 8, 12), "cyber": (8, 8, 7, 11), "meals": (7, 7, 8, 12)}
LONG_CUSTOM = {"chiro": "Injury Consult", "water": "Renter", "photo": "Wedding Lead", "farm": "Service Request",
               "cyber": "Recent Breach", "meals": "Caregiver Decides"}


# ---------------------------------------------------------------- assembly
CYCLES: dict = {}


def make_cycles(rng: random.Random) -> None:
    """Spread the NC / voicemail / null sub-kinds evenly over the whole set."""
    import itertools
    for key, kinds in (("nc", [k for k in NC_KINDS if k not in ("no_answer", "busy", "failed")]),
                       ("vm", VM_KINDS), ("null", NULL_KINDS)):
        seq = []
        for _ in range(6):
            seq += rng.sample(kinds, len(kinds))
        CYCLES[key] = itertools.cycle(seq)


def customs_for(ind: dict, rng: random.Random, keep: set[str]) -> list[dict]:
    cs = [dict(x) for x in ind["customs"]]
    if rng.random() < 0.2:
        droppable = [x for x in cs if x["label"] not in keep]
        if droppable:
            cs.remove(pick(rng, droppable))
    return cs


def specs_for(ind_key: str, rng: random.Random) -> list[dict]:
    ind = IND[ind_key]
    n_ai, n_ni, n_ab, n_cu = PLAN[ind_key]
    specs: list[dict] = []
    # built-in stances, near-misses first
    counts = {AI: n_ai, NI: n_ni, AB: n_ab}
    for frag, out, lab in ind["near"]:
        specs.append(dict(kind="near", outcome=out, body=frag, full=frag[0].startswith("X:"), keep={lab}, tag="near_" + lab.lower().replace(" ", "_").replace("-", "_")))
        counts[out] -= 1
    for out, n in counts.items():
        for i in range(n):
            specs.append(dict(kind="std", outcome=out, long=(i == 0), keep=set()))
    # custom outcomes: spread over labels, each fragment used at most once
    labels = [x["label"] for x in ind["customs"]]
    pools = {lab: rng.sample(ind["cfrags"][lab], len(ind["cfrags"][lab])) for lab in labels}
    chosen: list[tuple[str, list[str]]] = []
    li = 0
    while len(chosen) < n_cu:
        lab = labels[li % len(labels)]
        li += 1
        if pools[lab]:
            chosen.append((lab, pools[lab].pop()))
    long_done = 0
    for lab, frag in chosen:
        full = frag[0].startswith("X:")
        want_long = not full and ((lab == LONG_CUSTOM[ind_key] and long_done == 0) or
                                  (n_cu == 12 and long_done == 1 and lab != LONG_CUSTOM[ind_key] and lab != "Pain Gone"))
        if want_long:
            long_done += 1
        specs.append(dict(kind="custom", outcome=lab, body=frag, full=full, long=want_long, keep={lab},
                          tag="custom_" + lab.lower().replace(" ", "_").replace("-", "_")))
    tel = pick(rng, ["no_answer", "no_answer", "busy", "failed"])
    for k in [tel] + [next(CYCLES["nc"]) for _ in range(5)]:
        specs.append(dict(kind="nc", sub=k, outcome=NC, keep=set()))
    for k in [next(CYCLES["vm"]) for _ in range(4)]:
        specs.append(dict(kind="vm", sub=k, outcome=VM, keep=set()))
    for k in [next(CYCLES["null"]) for _ in range(6)]:
        specs.append(dict(kind="null", sub=k, outcome=None, keep=set()))
    rng.shuffle(specs)
    return specs


def build(ind_key: str, spec: dict, rng: random.Random) -> tuple[list[tuple[str, str]], dict, str]:
    ind = IND[ind_key]
    c = mkctx(ind, rng)
    kind = spec["kind"]
    if kind == "nc":
        msgs, kw = nc_call(ind_key, rng, spec["sub"], c)
        return msgs, kw, "nc_" + spec["sub"]
    if kind == "vm":
        msgs, kw = vm_call(ind_key, rng, spec["sub"], c)
        return msgs, kw, "vm_" + spec["sub"]
    if kind == "null":
        msgs, kw = null_call(ind_key, rng, spec["sub"], c)
        return msgs, kw, "null_" + spec["sub"]
    kw = {"end_reason": "completed"}
    if spec.get("full"):
        lines = spec["body"]
        first_agent = next(x for x in lines if x.startswith("A:"))
        direction = "inbound" if ("Thanks for calling" in first_agent or first_agent.startswith("A: {co}")) else "outbound"
        msgs, st = conv(lines, c), spec["tag"]
    else:
        lines, direction, st = std_call(ind_key, rng, spec["outcome"], long=spec.get("long", False),
                                        body=spec.get("body"), subtag=spec.get("tag"))
        msgs = conv(lines, c)
    kw["direction"] = direction
    kw["duration_seconds"] = int(len(msgs) * rng.uniform(6, 11)) + 5
    return msgs, kw, st


def main() -> None:
    rng = random.Random(SEED)
    make_cycles(rng)
    rows = []
    n = 0
    for ind_key in ["chiro", "water", "photo", "farm", "cyber", "meals"]:
        ind = IND[ind_key]
        for spec in specs_for(ind_key, rng):
            msgs, kw, st = build(ind_key, spec, rng)
            use_asr = rng.random() < 0.4
            if use_asr:
                lvl = rng.uniform(0.3, 0.9)
                msgs = [(r, asr(t, rng, lvl)) for r, t in msgs]
            n += 1
            rows.append(record(f"heldout8-{n:04d}", ind["name"], customs_for(ind, rng, spec["keep"]), msgs,
                               spec["outcome"], f"{st}/{'asr' if use_asr else 'typed'}", **kw))
    write(OUT, rows)
    print(Counter(r["outcome"] for r in rows).most_common())


if __name__ == "__main__":
    main()
