"""Generate heldout5.jsonl: the sealed final test set for the call-outcome classifier.

About 300 synthetic calls across six industries (hearing-aid clinic, pool and spa maintenance,
vacation club / timeshare, apartment leasing office, physical therapy clinic, food bank and
charity volunteer coordination), each with its own custom outcomes (label + description only,
no examples). Gold labels follow /work/shared/spec/outcome-guidelines.md. About 40% of calls
are rendered in raw speech-recognition style via ``_common.asr``.

Deterministic (fixed seed). Run from anywhere:

    python data/eval/gen_heldout5.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import asr, record, write  # noqa: E402

SEED = 50505
OUT = Path(__file__).resolve().parent / "heldout5.jsonl"

IB, NI, BK, VM, NC = "Interested", "Not Interested", "Appointment Booked", "Voicemail", "Not Connected"

# --------------------------------------------------------------------------------------------
# Shared pools
# --------------------------------------------------------------------------------------------
AGENTS = ["Dana", "Marcus", "Priya", "Jordan", "Elena", "Tom", "Keisha", "Sam", "Nora", "Luis",
          "Grace", "Devon", "Ava", "Ben", "Rosa", "Caleb"]
FIRSTS = ["Linda", "Harold", "Maria", "Kevin", "Denise", "Robert", "Tanya", "Gary", "Angela",
          "Frank", "Shirley", "Tyler", "Monica", "Walter", "Brenda", "Derek", "Carol", "Javier",
          "Paula", "Steve", "Yolanda", "Ray", "Megan", "Curtis", "Irene", "Hector", "Julie", "Don"]
LASTS = ["Henderson", "Okafor", "Nguyen", "Walsh", "Ramirez", "Kowalski", "Brooks", "Patel",
         "Sullivan", "Moreno", "Fischer", "Coleman", "Lindqvist", "Hayes", "Duarte", "Baker"]
MALE = ["Harold", "Kevin", "Robert", "Gary", "Frank", "Walter", "Derek", "Javier", "Steve", "Ray", "Curtis", "Hector", "Don"]
FEMALE = ["Linda", "Maria", "Denise", "Tanya", "Angela", "Shirley", "Monica", "Brenda", "Carol", "Paula", "Yolanda", "Irene", "Julie"]
PARTNERS = ["wife", "husband", "partner", "daughter", "son", "roommate", "sister"]
SLOTS = ["Thursday at 2", "tomorrow morning at 9:30", "Tuesday the 14th at 11", "Monday at 4:15",
         "Friday at 10 am", "the 22nd at noon", "Wednesday at 3:30", "Saturday at 9",
         "next Tuesday at 1 pm", "this Friday at 4", "Monday the 3rd at 8:45",
         "Thursday the 9th at 10:30", "Wednesday at 5:30 pm", "tomorrow at 1:45"]
CALLBACKS = ["tomorrow at 4:30", "Monday at 11", "this evening at 7", "Friday at noon",
             "Wednesday at 9 am", "tomorrow at 2:15", "Thursday at 6 pm"]
LATER = ["Can you call me back next month? This month is crazy.",
         "Try me after the holidays, I'll have more time to think about it then.",
         "Call me in March, I'll know more about my schedule by then.",
         "I'm interested, just not right now. Maybe check back in the spring?",
         "Give me a few weeks and call me back, okay? Things are hectic.",
         "Reach out again sometime next month and we'll see."]
INFO_ASK = ["Can you just email me the details?",
            "Could you text me that info? I'll look at it tonight.",
            "Do you have a brochure or something you could mail me?",
            "Send me a link or something, I'll read through it when I get a sec.",
            "Is there a website? Or just email it, that's easier."]
PARTNER = ["It sounds good, but I need to run it by my {partner} first.",
           "Let me talk to my {partner}, they keep the calendar in this house.",
           "I'd have to check with my {partner}. Can I get back to you?",
           "Hmm. I like the sound of it, but my {partner} would kill me if I decided without them."]
NONCOMMIT = ["I don't want to commit to a day yet. Let me look at my calendar and I'll call you.",
             "Not yet, I need to think it over. Can you send me something in writing?",
             "Let me check a couple things first and I'll get back to you.",
             "Hold off on booking for now. I am interested though, I'll call you back.",
             "I can't pin anything down this week. Just send me the info and I'll reach out."]
PRICE_REACT = ["Hm, okay. That's not terrible.", "Okay, that's about what I figured.",
               "Oof. Okay. Let me think on it.", "Alright, that's good to know.",
               "Huh, cheaper than I thought, actually."]
ACK = ["Okay.", "Uh-huh.", "Oh, right.", "Mm-hm.", "Okay...", "Yeah?", "Oh.",
       "Oh yeah, I think I got something in the mail about that."]
BYE = ["Okay, bye.", "Thanks, bye-bye.", "Alright, you too. Bye.", "Thank you, take care.",
       "Okay, thanks. Bye now.", "Sounds good, bye.", "Yep. Bye."]
AG_BYE = {
    "book": ["Perfect, we'll see you then. Have a great day!",
             "You're all set. You'll get a reminder text the day before. Take care!",
             "Great, thanks {first}, talk soon.", "Wonderful. Enjoy the rest of your day!"],
    "int": ["Thanks for your time, {first}!", "Have a good one!", "Thanks, {first}, I appreciate it.",
            "Take care, {first}!", "Talk soon!"],
    "cb": ["Talk to you then!", "Great, talk soon. Have a good day!", "Perfect. Talk to you then, {first}."],
    "ni": ["Understood. Thanks for your time, have a good day.", "No problem, sorry to bother you.",
           "Okay, I appreciate you letting me know. Take care.", "Alright. Have a nice day."],
    "neutral": ["Okay, thank you.", "Alright, have a good day.", "Thanks so much, take care."],
}
NI_FIRM = ["No, really, I'm fine.", "Yeah, I'm sure. Thanks though.", "No. I've made up my mind.",
           "I appreciate it, but no.", "Nope, still no."]
NI_HOSTILE = ["I'm not interested. Goodbye.", "Nope. Not interested, don't want it, bye.",
              "How did you even get this number? I'm not interested.",
              "Look, I'm in the middle of dinner. Not interested.",
              "No. No, no. I don't want it. Bye."]
NI_LIST = ["Please take me off your list.", "Don't call me again about this, okay?",
           "I'm not interested, and please stop calling this number.",
           "Put me on your do-not-call list, please. Thanks."]
NI_SOFT = ["Eh, I don't know, I don't think I need that.", "Nah, I'm probably okay.",
           "I wasn't really planning on it.", "Honestly I'm not sure it's worth it."]
DRIVING = ["I'm driving right now, I can't really talk.", "Sorry, I'm on the highway, I can't do this now.",
           "I'm at work, I can't talk right now.", "Oh, I'm in the middle of something, I can't talk."]
CONFLICT = ["my grandson's recital", "a dentist appointment", "jury duty", "a work trip",
            "my sister's surgery that week"]

CHAT = [  # stance-free detours used to stretch some calls; alternate user / agent
    ("Sorry, can you hold on a second? The dog's going crazy.", "Of course, take your time.", "Okay, sorry, I'm back."),
    ("Sorry, what was your name again?", "It's {agent}."),
    ("You're breaking up a little, can you say that again?", "Sure, sorry about that. Can you hear me better now?", "Yeah, that's better."),
    ("How's your day going, by the way?", "Oh, it's going well, thanks for asking! Busy morning."),
    ("Is it supposed to rain all week? Ugh.", "I think so, through Thursday at least.", "Figures."),
    ("Sorry, I'm walking into the other room, it's loud in here.", "No problem.", "Okay. Go ahead."),
    ("Is this a recorded line?", "Calls may be recorded for quality, yes."),
    ("Hang on, let me grab a pen.", "Sure thing.", "Okay, go ahead."),
    ("Wait, sorry, my other line is beeping. ... Okay, ignore it, go on.", "No worries."),
]

VM_PERSONAL = ["Hi, you've reached {first}. I can't get to the phone right now, so leave me a message and I'll call you back.",
               "Hey, it's {first}, leave it at the beep.",
               "You've reached the {last} residence. We're not available, please leave your name and number.",
               "Hi, this is {first} {last}. Sorry I missed you! Leave a message or just shoot me a text.",
               "Hello, you have reached {first}. Please leave a brief message after the tone. God bless."]
VM_CARRIER = ["The person you are calling is not available. Please leave a message after the tone.",
              "Your call has been forwarded to an automated voice message system. 5 5 5 0 1 9 3 is not available. At the tone, please record your message. When you are finished recording, you may hang up.",
              "The subscriber you have dialed is not available. Please leave your message after the tone."]
VM_FULL = ["The mailbox is full and cannot accept any new messages. Goodbye.",
           "Hi, you've reached {first}... The mailbox you are trying to reach is full. Please try again later.",
           "Sorry, the voice mailbox for this number is full. Goodbye."]
VM_AFTER = ["Thank you for calling {biz}. Our office is currently closed. Our hours are Monday through Friday, 8 to 5. Please leave a message and we'll return your call the next business day.",
            "You've reached {biz}. We're closed for the evening. Leave your name and number after the tone and someone will get back to you tomorrow."]
BIZ = ["Hansen Plumbing", "Lakeside Dental", "Brooks & Patel Accounting", "Midtown Auto Body"]
CARRIER = ["We're sorry, the number you have dialed is not in service. Please check the number and try again.",
           "Your call cannot be completed as dialed. Please check the number and dial again.",
           "The party you are trying to reach does not accept calls from unknown numbers. Goodbye.",
           "The number you have reached has been disconnected or is no longer in service."]
SCREEN = [("Hi, the person you're calling is using a screening service from Google and will get a copy of this conversation. Go ahead and say your name and why you're calling.",
           "Thanks. Please stay on the line."),
          ("This call is being screened. Please state your name and the reason for your call after the tone, and the person will decide whether to pick up.",
           "Thank you. Trying to connect you now. ... The person you are trying to reach is unavailable."),
          ("Hello, this is an automated call assistant. Who's calling and what is this regarding?",
           "Okay. I'll let them know. Goodbye.")]
IVR = ["Welcome. If you know your party's extension, dial it now. For the operator, press zero.",
       "Thank you for calling. Please listen carefully as our menu options have changed. For billing, press 1. For support, press 2."]
ROOM = [["Hello?", "Hang on. -- Kevin, turn that down, I can't hear anything!", "What? No, the blue one, it's in the dryer.", "Mom, can you get the door? I'm on the -- ugh, never mind."],
        ["Yeah, hello?", "Jayden, put that down. Put it DOWN.", "No, you're not having cookies before dinner, I said no."],
        ["Hello?", "Babe, is that the pizza guy at the door? Can you grab my wallet?", "No, it's on the counter, by the keys."],
        ["Hi -- hold on. -- Grandpa, sit down, I'll get it for you.", "Where did you put your glasses? Check your shirt pocket."]]


class Ctx:
    def __init__(self, rng: random.Random, ind: dict[str, Any]):
        self.rng = rng
        self.P = ind
        self.used: set[str] = set()
        self.long = rng.random() < 0.2  # some calls get extra small talk and detours
        s1, s2 = rng.sample(SLOTS, 2)
        first = rng.choice(FIRSTS)
        last = rng.choice(LASTS)
        self.v = {
            "agent": rng.choice(AGENTS), "org": rng.choice(ind["orgs"]), "first": first, "last": last,
            "partner": rng.choice(PARTNERS), "s1": s1, "s2": s2, "cb": rng.choice(CALLBACKS),
            "email": f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@gmail.com",
            "biz": rng.choice(BIZ), "conflict": rng.choice(CONFLICT),
            "doctor": rng.choice(["Dr. Patel", "Dr. Greene", "Dr. Alvarez", "Dr. Chu"]),
        }

    def f(self, s: str) -> str:
        class D(dict):
            def __missing__(self, k):
                return "{" + k + "}"
        return s.format_map(D(self.v))

    def c(self, pool: list[Any]) -> Any:
        return self.rng.choice(pool)

    def a(self, s: str) -> tuple[str, str]:
        return ("agent", self.f(s))

    def u(self, s: str) -> tuple[str, str]:
        return ("user", self.f(s))


# --------------------------------------------------------------------------------------------
# Industries
# --------------------------------------------------------------------------------------------
HEARING = {
    "name": "hearing-aid clinic",
    "orgs": ["Clearwave Hearing", "Bayside Audiology", "SoundPath Hearing Center"],
    "purpose": [
        "I'm calling because our records show your hearing aids are due for their yearly clean and check.",
        "We're reaching out to patients whose hearing aid warranty is ending soon, and yours is up in about two months.",
        "We just got the new rechargeable models in, and we're inviting existing patients to come try them. There's a trade-in credit on your current pair.",
        "We're offering free hearing screenings this month for people in the area, and I wanted to see if that's something you'd like.",
        "You filled out a card at the senior expo about hearing loss, and I'm just following up on that.",
    ],
    "book_ctx": [
        ("I'm calling because our records show your hearing aids are due for their yearly clean and check.", "a clean and check"),
        ("We're reaching out to patients whose hearing aid warranty is ending soon, and yours is up in about two months.", "a warranty check on your aids"),
        ("We just got the new rechargeable models in, and we're inviting existing patients to come try them.", "a demo of the rechargeable models"),
        ("{doctor} wanted to follow up on the adjustment she made to your left aid last month.", "a follow-up adjustment"),
    ],
    "qa": [
        ("How long does that take?", "About thirty to forty-five minutes, start to finish."),
        ("Where are you located again?", "We're at 410 Elm Street, right next to the pharmacy, with parking in the back."),
        ("Do I need to bring anything?", "Just your hearing aids, the charger if you have one, and a list of your medications."),
        ("Is {doctor} still there?", "She is, she's in Tuesday through Friday."),
        ("Can they fix the whistling in my right one? It drives me nuts.", "That's usually a fit or wax issue, and the audiologist can almost always sort it out right there."),
        ("Do you take Medicare?", "We bill Medicare for diagnostic testing, and a lot of the Advantage plans have hearing benefits too."),
        ("Sorry, you'll have to speak up, my batteries are low.", "Of course! I said we'd love to get you in to see us."),
    ],
    "price_qa": [
        ("What do the new ones run?", "They start around $1,800 a pair, and with the trade-in credit it's a few hundred less."),
        ("Is there a charge for the check?", "The clean and check is $45 once you're out of warranty."),
        ("How much are we talking for a new pair?", "Our basic rechargeable pair is $2,200, and we have payment plans."),
    ],
    "pos": ["Oh, that's actually good timing, the left one's been sounding kind of tinny.",
            "Huh. Yeah, my wife says I've got the TV up too loud again.",
            "Okay, I have been meaning to get them looked at.",
            "Oh, okay. Yeah, my hearing's not what it used to be."],
    "ni": ["No, thank you, they're working fine and I don't want to fuss with them.",
           "I'm not interested, honey. I hear well enough.",
           "We're all set. I'm happy with the ones I have.",
           "No, I don't want new hearing aids, these cost me a fortune already.",
           "Not interested. I don't go in for those sales things.",
           "I'm going to pass. I just had them cleaned at Costco."],
    "rebuttal": ["I totally get it. The check is quick, though, and catching a problem before the warranty ends could save you a repair bill.",
                 "Understood. A lot of folks are surprised how much clearer things sound after a simple cleaning."],
    "prep": ["Bring both aids and the charger.", "Plan on about half an hour.",
             "We'll send a reminder text the day before.", "Just check in at the front desk when you get here."],
    "in_book": [("Hi, my hearing aid stopped working this morning, can I get in to have someone look at it?", "a repair check"),
                ("Yes, I need to get my aids cleaned, I think they're full of wax. When can you see me?", "a clean and check"),
                ("I was told to call and set up a follow-up for my new hearing aids. I got them two weeks ago.", "a two-week follow-up")],
    "in_info": [("Hi, I saw your ad in the paper about the rechargeable ones. How much are those?", "They start around $1,800 a pair, and we have twelve-month financing."),
                ("Yes, hi, do you guys sell the kind that go all the way in the ear? What do they cost?", "We do. The invisible-in-canal ones start at $2,400 a pair.")],
    "unrelated": [("Hi, I think I left my reading glasses in your waiting room on Tuesday? Brown case?", "Let me check... yes, we have a brown case here. You can pick it up at the front desk anytime.", "Oh, thank goodness. Okay, thanks."),
                  ("Yes, I'm trying to get a copy of my audiogram sent to my ENT. Who do I talk to?", "I can take care of that. I just need the ENT office's fax number.", "Let me find it and call you back."),
                  ("Are you open on Columbus Day?", "We're closed that Monday, regular hours on Tuesday.", "Okay, thank you.")],
    "dropq": ["Wait, which office is this, the one on Elm?", "Hold on, let me turn my hearing aid up, say that again?"],
    "nm_int": [("My brother gets his hearing aids through the VA for free, lucky guy. I have to pay for mine. What would the new ones cost me?", "Our rechargeable pairs start around $1,800, and there's a trade-in credit for your old pair."),
               ("My old hearing aid finally died on me, the battery door snapped off. What are my options?", "We can see if it's repairable, and if not, we have new models starting around $1,200 a pair.")],
    "nm_ni": ["My husband went to the VA for his, but I'm not a veteran, and anyway I'm happy with mine. No thanks.",
              "These ones are about dead, honestly, but I'm not buying new ones at my age. No thank you."],
    "list_ok": True,
    "customs": [
        {"label": "Free Screening Booked", "kind": "book", "rebuttal": "I understand. It's completely free, takes about twenty minutes, and gives you a baseline to compare to later.",
         "description": "Booked the free hearing screening at a set day/time (not a repair, cleaning or fitting visit).",
         "ctx": [("We're offering free hearing screenings this month for people in the area, and I wanted to see if you'd like one.", "a free hearing screening"),
                 ("You filled out a card at the senior expo about hearing loss, and I'm following up. We can do a complimentary hearing test.", "the complimentary hearing test"),
                 ("Your daughter called last week and said you might want your hearing checked, so I'm following up. The screening is free.", "a free screening")],
         "inbound": ["Hi, I got a flyer about a free hearing test. Is that still going on? My family says I'm going deaf.",
                     "Yes, I'd like to sign up for one of those free screenings. My wife is making me."]},
        {"label": "VA benefits", "kind": "fact", "tail": ["So I'm all taken care of, but thanks.", "So yeah, I'm covered.", "Mm-hm."], "description": "Gets hearing care through the VA.",
         "lines": ["Oh, I get all my hearing stuff through the VA. They take care of me.",
                   "I'm a veteran. The VA clinic up in Fairview fitted these for me, so I don't go anywhere else.",
                   "Uncle Sam paid for these. I go to the veterans' hospital for my ears.",
                   "I don't pay for my hearing aids, the VA even sends me batteries in the mail.",
                   "Army, Vietnam. Lost most of my hearing to artillery. The VA handles all of it.",
                   "My audiologist is over at the VA medical center, I've been going there for years."],
         "react": ["Oh, that's great that you have that benefit. Thank you for your service.",
                   "Understood, the VA takes good care of a lot of our neighbors. I'll make a note on your file.",
                   "Got it, that makes sense. If you ever need something between VA visits, we're here."],
         "inbound": ["Hi, I got a letter from you about my warranty, but I think it's a mistake. My hearing aids are from the VA, I never bought anything from you."]},
        {"label": "Patient deceased", "kind": "dead", "description": "",
         "lines": [("m", "Oh... {first} passed away in January. I'm his wife."),
                   ("f", "My mother died back in the spring. I'm her son, I've been handling her phone."),
                   ("m", "{first}'s no longer with us, sweetheart. We lost him right before Christmas."),
                   ("f", "She passed. We're just closing out her accounts now."),
                   ("m", "I'm sorry, Dad died a few weeks ago. You can take him off whatever list this is."),
                   ("f", "Oh, honey, Grandma passed last month. This is her granddaughter.")],
         "react": ["Oh, I'm so sorry for your loss. I'll update our records so you don't get any more calls about this.",
                   "I'm very sorry to hear that. Thank you for letting us know, and please accept our condolences.",
                   "I apologize for calling. I'm sorry for your loss, I'll make sure the file is closed."],
         "follow": [("Do I need to do anything with the hearing aids? They're still in the drawer.", "Nothing at all. Some families donate them to the Lions Club, they refurbish them for people who can't afford them."),
                    ("There's still a balance on the account, isn't there?", "Let me have our billing manager look at that and reach out to you. Please don't worry about it today.")]},
    ],
}

POOL = {
    "name": "pool and spa maintenance",
    "orgs": ["BlueLagoon Pool Care", "Crystal Clear Pool & Spa", "Sunbelt Pool Service"],
    "purpose": [
        "We're putting together the spring opening schedule, and I wanted to see if you'd like to get on it.",
        "You had us out last season for a couple of service calls, and we've got openings for weekly service this summer.",
        "We're running a free water test and equipment inspection in your neighborhood this month.",
        "I'm calling because your heater was flagged on our last visit as needing a closer look.",
        "We're booking fall closings now, and I wanted to get you on the calendar before it fills up.",
    ],
    "book_ctx": [
        ("We're running a free water test and equipment inspection in your neighborhood this month.", "a free water test and equipment check"),
        ("I'm calling because your heater was flagged on our last visit as needing a closer look.", "a heater inspection"),
        ("We're booking fall closings now, and I wanted to get you on the calendar before it fills up.", "your pool closing"),
        ("We service hot tubs now too, and we're doing drain-and-clean visits this month.", "a hot tub drain and clean"),
    ],
    "qa": [
        ("Do you guys take the cover off and store it too?", "Yep, we take it off, clean it, fold it and store it wherever you like."),
        ("How long does that take?", "Usually two to three hours, depending on how the water looks."),
        ("Do I need to be home?", "No, as long as the gate's unlocked and we can get to the equipment pad."),
        ("Do you bring the chemicals or do I need to buy them?", "We bring everything, it's included."),
        ("Do you work on saltwater pools?", "We do, we service the salt cells and the whole system."),
        ("The pump's been making a grinding sound. Is that something you'd look at?", "Definitely, the tech can check the pump bearings while they're out there."),
        ("Is it the same guy as last year? Tall guy, beard?", "That's probably Mike, and yes, he's still with us."),
    ],
    "price_qa": [
        ("What's the price on that?", "It's $275 for an in-ground pool, chemicals included."),
        ("How much is weekly service?", "It's $45 a visit, or $165 a month if you sign up for the season."),
        ("What do you charge for the hot tub?", "$149, and that includes a filter soak."),
    ],
    "pos": ["Oh, good, I was just thinking I needed to call somebody.",
            "Yeah, actually, the kids keep asking when the pool's going to be ready.",
            "That'd be nice. I did it myself last year and it was a nightmare.",
            "Okay, the water's been looking a little cloudy, so maybe."],
    "ni": ["Not interested. We're not running the heater this year anyway, too expensive.",
           "No thank you, we're all set.",
           "I don't want it. Last time you guys left the gate open and the dog got out.",
           "We'll pass. Money's tight this year.",
           "Nah, we barely use it, not worth paying for service.",
           "No thanks, I'm not interested in any of that."],
    "rebuttal": ["I understand. It's a quick visit, and catching small problems early saves a lot of money later.",
                 "Totally fair. We can do it on a day that works for you, and there's no commitment after that."],
    "prep": ["Just leave the side gate unlocked.", "Make sure the breaker to the equipment is on.",
             "We'll text you when the tech is on the way.", "If you have a dog, keep it inside that morning."],
    "in_book": [("Hi, my hot tub won't heat up. Can somebody come look at it?", "a service visit on the hot tub"),
                ("Yeah, my pool filter's leaking all over the pad. I need someone out here.", "a repair visit"),
                ("We want to get the pool closed for the winter, when can you come?", "your pool closing")],
    "in_info": [("Hi, I'm calling to find out what you charge for weekly cleaning.", "It's $45 a visit, or $165 a month if you sign up for the season."),
                ("Yeah, do you guys do salt systems? And what would that run me?", "We do. Weekly service is the same price as chlorine, $45 a visit, and a salt cell cleaning is $85.")],
    "unrelated": [("Hi, do you guys sell pool toys, like floats and stuff? Is the store open today?", "We're just a service company, no retail store, sorry! Leslie's on Main should have them.", "Oh, okay. Thanks."),
                  ("I'm calling about the invoice I got. I already paid that by check, I think it crossed in the mail.", "Thanks for letting us know, I'll note it on your account.", "Great, thank you."),
                  ("Are you hiring for the summer? My son's looking for work.", "We are, he can apply on our website under careers.", "Okay, I'll tell him.")],
    "dropq": ["Wait, is this the company that did the Hendersons' pool?", "Hold on, who did you say you were with?"],
    "nm_int": [("We almost filled the pool in last year, honestly, but the kids talked us out of it. So what would an opening cost?", "It's $275 for an in-ground pool, chemicals included."),
               ("I've been doing it myself since our old pool company went out of business, and I'm sick of it. What do you charge?", "Weekly service is $45 a visit, or $165 a month for the season.")],
    "nm_ni": ["No thanks, I do it myself now. Bought one of those robot cleaners and it works great.",
              "The pool's under the cover till June and I'll deal with it myself then. Not interested."],
    "list_ok": True,
    "customs": [
        {"label": "Opening Scheduled", "kind": "book", "rebuttal": "Totally fair. The opening includes the chemicals and a full equipment check, so you're swimming the day it gets warm.",
         "description": "Customer booked a spring pool opening visit for a specific date.",
         "ctx": [("We're putting together the spring opening schedule, and I wanted to see if you'd like to get on it.", "your spring opening"),
                 ("It's that time of year again, time to get the cover off and the pool running.", "the pool opening"),
                 ("We opened your pool last April and wanted to see if you'd like us to do it again this year.", "the opening visit")],
         "inbound": ["Hi, I want to get on your list to have the pool opened this spring.",
                     "Yeah, we need the cover off and the pool up and running before Memorial Day. When can you come?"]},
        {"label": "No pool", "kind": "fact", "tail": ["Yeah, no more pool, no more problems, ha.", "So, yeah. Nothing to clean."], "description": "",
         "lines": ["We don't have a pool anymore. Had it filled in last fall.",
                   "Oh, that pool's gone. We tore it out, it's a patio and a fire pit now.",
                   "We sold that house in October. The new place doesn't have a pool.",
                   "It cracked over the winter and we decided not to fix it. It's all dirt and grass now.",
                   "The above-ground one came down two years ago. There's nothing back there but lawn.",
                   "There's no pool here, hon. I think you've got old information."],
         "react": ["Oh, got it, then I'll take you off the schedule.", "Ah, okay, makes sense. I'll update our records.",
                   "Oh! Okay, sorry about that. Enjoy the patio."]},
        {"label": "Switched companies", "kind": "fact", "tail": ["Yeah, so we're good for now.", "So, yeah. Sorry."], "description": "Customer says they now use a different pool service.",
         "lines": ["Oh, we've got a guy now. He comes every Tuesday.",
                   "We went with AquaBlue this year, they were cheaper.",
                   "My neighbor's nephew has been doing our pool since last summer, so we're covered.",
                   "We switched services. No offense, the other company just had better hours.",
                   "Yeah, we're using Sparkle Pools now, signed up with them in March.",
                   "Somebody else handles it now. My husband set it up with a company from his work."],
         "react": ["Oh, okay, thanks for letting me know.", "Totally understand. If anything changes, we'd love to have you back.",
                   "No problem at all, I'll update your account."]},
    ],
}

TIMESHARE = {
    "name": "vacation club / timeshare",
    "orgs": ["Harbor Point Vacation Club", "Silver Sands Owners Club", "Vista Azul Vacation Club"],
    "purpose": [
        "I'm calling with an owner update. We've added two new resorts to the exchange network, including one in Sedona.",
        "You have some bonus points expiring at the end of the year, and I wanted to make sure you got a chance to use them.",
        "We're inviting owners to an upgrade preview at the resort, with a complimentary two-night stay.",
        "We noticed you haven't booked a stay in a while and wanted to check in and see how we can help.",
    ],
    "book_ctx": [
        ("You have some bonus points expiring at the end of the year, and I wanted to make sure you got a chance to use them.", "a call with our reservations specialist to use those points"),
        ("We noticed you haven't booked a stay in a while and wanted to check in.", "a points review call with your owner advisor"),
        ("I'm calling with an owner update. We've added two new resorts to the exchange network.", "a phone walkthrough of the new exchange options"),
    ],
    "qa": [
        ("Is this the same club we bought into back in 2015?", "Yes, same membership, we're just adding new locations."),
        ("Can we use our points for a cruise?", "Some of the exchange partners do cruises, yes, though availability is limited."),
        ("How many points do we have left?", "I'm showing 4,200 points available through December."),
        ("Is the Myrtle Beach resort still part of it?", "It is, and they just renovated the pools."),
        ("Do the points roll over?", "You can bank them once, for one year, if you request it before they expire."),
        ("Wait, is this a sales call?", "It's an owner services call, but I do have a couple of offers to mention if you're open to it."),
    ],
    "price_qa": [
        ("What are the maintenance fees going to be next year?", "They're set at $1,340 for your tier, about a three percent increase."),
        ("How much is an upgrade?", "It depends on the tier, but most owners are looking at around $8,000, financed over five years."),
        ("Is there a fee to exchange?", "It's $229 per exchange."),
    ],
    "pos": ["Oh, okay. We have been meaning to plan something.",
            "Huh. Good to know, actually.",
            "We did love that place in Orlando, honestly.",
            "Oh, okay, we've been wondering what to do with our points."],
    "ni": ["No, thanks. We're happy with what we've got, we don't need to upgrade.",
           "Not interested. We're not traveling at all this year with my husband's knee.",
           "No, we're not doing another one of those presentations. It went three hours last time.",
           "I'm going to pass, we have plenty of points as it is.",
           "No thank you, not interested in any upgrades.",
           "We're good. No new purchases for us."],
    "rebuttal": ["I understand. This one's really just to help you use what you already own, no purchase needed.",
                 "Fair enough. It's a short call, and a lot of owners find weeks they didn't know they could get."],
    "prep": ["The specialist will call you from an 800 number.", "Have your member number handy if you can.",
             "I'll send a calendar invite to the email on file."],
    "in_book": [("Hi, I'm an owner and I got your letter about the expiring points. Can someone help me book something?", "a call with a reservations specialist"),
                ("Yeah, I need help planning an exchange to Hawaii, can I set up a time with somebody?", "a call with an exchange advisor")],
    "in_info": [("Hi, I got a postcard about the new Sedona resort. How many points is a week there?", "A one-bedroom there is about 3,200 points for a week, depending on the season."),
                ("Yes, I'm an owner, and I wanted to ask about the upgrade you mentioned in the newsletter. What does it cost?", "It depends on your tier, but most owners are looking at around $8,000, financed over five years.")],
    "unrelated": [("I just need to update my mailing address, we moved to Tucson.", "Sure, I can do that. What's the new address?", "It's 1120 West Saguaro Lane, Tucson, 85745."),
                  ("I'm trying to log into the owner portal and it keeps locking me out.", "I can reset that. I'll send a link to the email on file.", "Okay, got it. Thanks."),
                  ("Is the pool at the Myrtle Beach resort open in October?", "It's heated and open year-round.", "Oh, perfect. Thanks.")],
    "dropq": ["Wait, is this about our reservation in June?", "Hang on, is this Harbor Point or the other one?"],
    "nm_int": [("The maintenance fees went up again, which is annoying, but we do love the place. What's open in Sedona in the fall?", "October and November both have availability right now, about 3,000 points for a one-bedroom."),
               ("We thought about selling it a few years back, but now the grandkids love going. How many points would Sedona be?", "A two-bedroom there is about 4,500 points for a summer week.")],
    "nm_ni": ["My brother-in-law got out of his timeshare, but we're keeping ours. We just don't want the upgrade, thanks.",
              "No, we're not interested in the preview. We'll use our week like we always do."],
    "list_ok": False,
    "customs": [
        {"label": "Tour Booked", "kind": "book", "rebuttal": "I get it. This one's ninety minutes, tops, and you get the two free nights whether or not you buy anything.",
         "description": "Agreed to attend the resort preview / owner update sales presentation on a specific date.",
         "ctx": [("We're inviting owners to an upgrade preview at the resort, with a complimentary two-night stay.", "the owner preview presentation"),
                 ("We're hosting a tour of our new Lake Geneva property, and owners get a free dinner and a $100 resort credit for attending.", "the Lake Geneva property tour"),
                 ("We have an owner update presentation at our downtown sales gallery. It's ninety minutes, and there's a gift for coming.", "the owner update presentation")],
         "inbound": ["Hi, I got an invitation for the preview weekend with the free stay. I'd like to sign up for that.",
                     "Yeah, my wife saw something about a tour of the new property with a free dinner. Can we get in on that?"]},
        {"label": "Wants Exit", "kind": "fact", "tail": ["Please do. We're serious about it.", "Okay. I'll watch for that email.", "The sooner the better."], "description": "Owner says they want to get out of, sell or cancel their membership.",
         "lines": ["Honestly, we want out. How do we get rid of this thing?",
                   "We've been trying to sell our week for two years and nobody wants it.",
                   "These maintenance fees are killing us. Is there any way we can just give it back to you?",
                   "We're getting older and we don't travel anymore. I'd like to cancel the membership.",
                   "My kids don't want to inherit it, so we're looking for a way out of the contract.",
                   "I'm not upgrading anything. What I want to know is how to get out of it. Do you have an exit program?",
                   "We've been talking to one of those exit companies, actually. We're done with it."],
         "react": ["I understand. I can't process that on this call, but I'll have owner services reach out about the deed-back program.",
                   "I hear you. There's a resale and surrender process, and I'll email you the information.",
                   "Okay. I'll flag your account for the owner relations team, they handle those requests."],
         "inbound": ["Hi, I want to talk to someone about getting out of our timeshare. We can't keep paying these fees."]},
        {"label": "DNC", "kind": "fact", "description": "",
         "pre": ["", "Okay, you know what? ", "Look, I've had enough of these calls. ", "Hm. No. "],
         "lines": ["Take me off your list. I mean it.",
                   "Do not call this number again.",
                   "Put me on your do-not-call list, please.",
                   "This is the fourth time this week. Stop calling me.",
                   "Lose my number, okay? I don't want these calls anymore.",
                   "I want this number removed from your call list, right now."],
         "react": ["Understood, I'll remove your number right away.", "I'm sorry about that. I'm adding you to our do-not-call list now.",
                   "Okay, you won't get any more calls from us."]},
    ],
}

APARTMENT = {
    "name": "apartment leasing office",
    "orgs": ["Maple Court Apartments", "The Residences at Riverbend", "Parkline Lofts"],
    "purpose": [
        "You filled out an inquiry on our website about a two-bedroom, and I wanted to follow up.",
        "You toured with us a couple of weeks ago, and I wanted to see if you had any questions about the one-bedroom.",
        "A one-bedroom with a balcony just opened up, and you'd asked to be on the waitlist.",
        "We're running a move-in special this month, one month free on a 13-month lease, and I wanted to let you know.",
    ],
    "book_ctx": [
        ("You filled out an inquiry on our website about a two-bedroom, and I wanted to follow up.", "a tour with one of our leasing agents"),
        ("A one-bedroom with a balcony just opened up, and you'd asked to be on the waitlist.", "an in-person showing of the unit with me"),
        ("We're running a move-in special this month, one month free on a 13-month lease.", "a live video tour with me"),
        ("You toured with us a couple of weeks ago, and I wanted to see if you had any questions.", "a time to come in and go over the lease paperwork"),
    ],
    "qa": [
        ("Is the two-bedroom on the ground floor?", "It's on the third floor, and there's an elevator."),
        ("Do you allow dogs?", "We do, up to two pets, with a $300 pet deposit and $35 a month in pet rent."),
        ("Is parking included?", "One spot is included, a second is $50 a month."),
        ("Does it have in-unit laundry?", "Yes, full-size washer and dryer in the unit."),
        ("How's the noise? I work nights.", "It's a pretty quiet building, and the bedrooms face the courtyard."),
        ("When would it be available?", "It's available the first of next month."),
    ],
    "price_qa": [
        ("What's the rent on that one?", "It's $1,650 a month, and with the special it averages out to about $1,525."),
        ("What are the move-in costs?", "First month, a $500 deposit, and a $50 application fee per adult."),
        ("Are utilities included?", "Water and trash are included. Electric and internet are separate."),
    ],
    "pos": ["Oh nice, that's actually good timing.",
            "Okay, yeah, I'm still looking. My lease is up in June.",
            "Oh, okay. Yeah, I'm still in the market.",
            "Yeah, I liked what I saw online."],
    "ni": ["No, I'm not moving after all. My plans changed.",
           "It's too expensive for me, honestly. I'm not interested anymore.",
           "No thanks, it's too far from my job.",
           "I read the reviews about the parking situation. I'll pass.",
           "Not interested. The units are way too small for what you're charging.",
           "No thanks, I'm not looking anymore."],
    "rebuttal": ["I understand. With the special, it's actually one of the better deals in the area right now.",
                 "Totally fair. Seeing it in person really helps, though, and it only takes about twenty minutes."],
    "prep": ["Bring a photo ID.", "Park in the visitor spots by the leasing office.",
             "I'll text you the gate code the morning of.", "Just check in at the front office."],
    "in_book": [("Hi, I saw your listing on Zillow for the one-bedroom. Can I come see it?", "a tour"),
                ("Yes, hi, I'm relocating for work and I'd like to see a two-bedroom this week.", "a showing")],
    "in_info": [("Hi, I'm calling about the two-bedroom listing. Is it still available, and what's the rent?", "It is! It's $1,650 a month, and we have a move-in special right now."),
                ("Hi, do you have any studios? What are they going for?", "We have two studios open, both at $1,150 a month.")],
    "unrelated": [("Hi, I live in 4B and my kitchen sink is leaking under the cabinet.", "Sorry about that. I'm putting in a maintenance request right now, and someone will be by today.", "Okay, thank you."),
                  ("I'm a resident and I got locked out of the package room.", "I can reset your code, give me one second.", "Thanks."),
                  ("Hey, I'm with Fios, we're trying to get into the utility room in building C for an install.", "I'll meet you there in five minutes with the key.", "Great, thanks.")],
    "dropq": ["Sorry, which apartment complex is this?", "Wait, is this about the application I sent in?"],
    "nm_int": [("To be honest I'm about to sign somewhere else, unless you've got something cheaper. What's your lowest rent on a one-bedroom?", "Our smallest one-bedroom is $1,395, and the move-in special takes a month off."),
               ("Can I do one of those self-guided tours? I'd rather look around on my own. How does that work?", "Sure! You pick a time online, we verify your ID, and we text you a code for the door.")],
    "nm_ni": ["My friend signed a lease with you guys and hated it, so no thanks.",
              "No, I'm going to stay with my parents for a while and save money. Not interested."],
    "nm_book": "I don't want to do the self-guided thing, I'd rather have somebody walk me through it.",
    "nm_book_event": "a tour with one of our leasing agents",
    "list_ok": True,
    "customs": [
        {"label": "Self-Guided Tour", "kind": "book", "rebuttal": "No pressure at all. Nobody follows you around, you just let yourself in and look.",
         "description": "Prospect booked a self-guided tour (lets themselves in with a code) for a specific time, rather than a tour with an agent.",
         "ctx": [("You'd asked about touring on your own schedule. We now do self-guided tours, where you get a door code and walk through on your own.", "a self-guided tour"),
                 ("You filled out an inquiry about a two-bedroom. If it's easier, you can tour it on your own, we text you an access code.", "a self-guided tour with a code"),
                 ("Since you mentioned you work late, we have tours you can do on your own until 8 pm, no agent needed.", "a self-tour")],
         "inbound": ["Hi, your website says I can tour the apartment by myself with a code? I'd like to set that up.",
                     "Hey, can I book one of those tours where I just let myself in? I don't really want a salesperson."]},
        {"label": "Signed elsewhere", "kind": "fact", "tail": ["Thanks. Sorry for the runaround.", "Yeah, thanks anyway."], "description": "Already signed a lease somewhere else.",
         "lines": ["Oh, we actually already signed somewhere else. Sorry!",
                   "We ended up going with a place over on Fifth Street. Put the deposit down and signed last weekend.",
                   "I'm good. I found a place closer to work and signed the lease on Saturday.",
                   "We got approved at Lakeview Commons and moved in on the first.",
                   "Yeah, I'm locked into a twelve-month lease across town now.",
                   "I just signed for a townhouse in Westgate, so I'm off the market, ha."],
         "react": ["Oh, congratulations on the new place!", "No problem, I'll close out your inquiry. Best of luck with the move.",
                   "Totally understand. Enjoy the new place!"]},
        {"label": "Section 8", "kind": "fact", "can_book": True, "book_event": "a tour of the unit", "tail": ["Okay, good. My caseworker will want that form.", "Great, that's a relief."], "description": "",
         "lines": ["Before we go any further, do you take Section 8? I have a voucher.",
                   "I'm on the Housing Choice Voucher program, so the unit would have to pass inspection.",
                   "My rent is partly covered by the housing authority. Is that something you all accept?",
                   "I have a two-bedroom voucher from HUD, that's how I'd be paying.",
                   "I've got my Section 8 paperwork ready, my caseworker says I have sixty days to find a place."],
         "react": ["Yes, we do accept vouchers. I'll note that and send you the request for tenancy approval form.",
                   "We do work with the housing authority. The inspection usually takes about two weeks.",
                   "We do. Let me make a note on your file so the manager knows."],
         "inbound": ["Hi, I'm calling about the two-bedroom. I have a Section 8 voucher, do you accept those?"]},
    ],
}

PT = {
    "name": "physical therapy clinic",
    "orgs": ["Motion Plus Physical Therapy", "Cornerstone PT & Rehab", "Peak Recovery Physical Therapy"],
    "purpose": [
        "You've got four visits left on your plan of care, and I noticed you don't have anything scheduled, so I wanted to check in.",
        "You missed your appointment on Tuesday and I wanted to see if you'd like to reschedule.",
        "Your therapist, Kim, asked me to call and get your next few sessions on the calendar.",
        "We received a referral from {doctor}'s office for therapy on your shoulder, and I'm calling to get you set up.",
        "Your surgeon's office sent over a prescription for post-op therapy on your knee, so I'm reaching out.",
    ],
    "book_ctx": [
        ("You've got four visits left on your plan of care, and I noticed you don't have anything scheduled.", "your next session"),
        ("You missed your appointment on Tuesday and I wanted to see if you'd like to reschedule.", "a make-up visit"),
        ("Your therapist, Kim, asked me to call and get your next few sessions on the calendar.", "your next visit with Kim"),
        ("Kim wants to do a progress check before your plan of care runs out.", "a re-assessment with Kim"),
    ],
    "qa": [
        ("How long are the sessions?", "About forty-five minutes to an hour."),
        ("Should I wear anything special?", "Something loose and comfortable, and sneakers are good."),
        ("Can I see the same therapist every time?", "We try to keep you with the same therapist, yes."),
        ("Do you have early morning appointments?", "We open at 6:30 on weekdays."),
        ("Is there parking?", "Free parking right out front."),
        ("Will I have to do exercises at home?", "Yes, your therapist will give you a short home program."),
    ],
    "price_qa": [
        ("How much is my copay going to be?", "With your plan it looks like $30 a visit."),
        ("What if my insurance doesn't cover it?", "Our self-pay rate is $95 a session."),
        ("Do I pay anything at the visit?", "Just your specialist copay, which is $40 on your plan."),
    ],
    "pos": ["Okay, yeah, the knee's still stiff in the mornings.",
            "Oh good, I was wondering when you'd call.",
            "Yeah, I figured I needed to get that going.",
            "Right, my doctor said something about that."],
    "ni": ["No, I'm going to do the exercises on my own. I don't have time to come in.",
           "Not interested. Honestly, it wasn't helping.",
           "No thanks, I'm going to go somewhere closer to my house.",
           "I'm not going to continue. The copays are too much.",
           "I don't want to schedule anything else, I've decided to stop.",
           "I'd rather not. I'm trying a chiropractor instead."],
    "rebuttal": ["I understand. Most people notice a real difference within a few visits, and your doctor did recommend it.",
                 "Totally fair. Even a handful of sessions can make a big difference."],
    "prep": ["Wear something comfortable.", "Come ten minutes early to check in.",
             "Bring your insurance card if it's changed.", "Bring a list of your medications."],
    "in_book": [("Hi, I need to reschedule my Thursday appointment, something came up at work.", "your rescheduled visit"),
                ("I'm a patient of Kim's, I need to get my next couple of visits on the books.", "your next visit with Kim")],
    "in_info": [("Hi, do you guys do dry needling? How much is it?", "We do. It's part of a regular session, so it's usually just your copay, or $95 self-pay."),
                ("Yes, I'm wondering if you take Blue Cross, and what the visits usually cost.", "We're in network with Blue Cross. Most patients pay a $30 to $40 copay per visit.")],
    "unrelated": [("I need a receipt for my HSA for the visits I paid for in March.", "Sure, I can email that to you today.", "Perfect, thanks."),
                  ("I think I left my water bottle in the gym area yesterday. Green one?", "We've got a green one at the front desk with your name on it, actually.", "Oh good. I'll grab it."),
                  ("Do you validate parking for the garage?", "We don't, but the lot out front is free.", "Oh, okay.")],
    "dropq": ["Wait, which location is this, the one on Route 9?", "Sorry, is this about my knee or my wife's shoulder?"],
    "nm_int": [("It's a little better, but it still hurts going down stairs. How many more visits do you think I need?", "Kim usually likes to finish the plan, so probably four more, but she'll reassess as you go."),
               ("My doctor already sent the referral over, right? So what would my copay be?", "Yes, we have it on file. Your copay would be $40 a visit.")],
    "nm_ni": ["The referral's fine, my doctor sent it. I just don't want to come in. Not interested.",
              "It's not healed, but I'm done paying for this. No thanks."],
    "nm_book": "It's a lot better, but not all the way there.",
    "nm_book_reply": "That's good progress! Let's keep it going, then.",
    "list_ok": True,
    "customs": [
        {"label": "Initial Eval Booked", "kind": "book", "rebuttal": "I understand. The evaluation is how we figure out if therapy will even help, and your doctor did recommend it.",
         "description": "A new patient booked their first evaluation visit for a specific day and time.",
         "ctx": [("We received a referral from {doctor}'s office for therapy on your shoulder, and I'm calling to get you set up with an evaluation.", "your initial evaluation"),
                 ("Your surgeon's office sent over a prescription for post-op therapy on your knee, so we need to get your first visit scheduled.", "your first evaluation visit"),
                 ("Your primary care doctor referred you to us for lower back pain, and the first step is an evaluation.", "an eval with one of our therapists")],
         "inbound": ["Hi, my doctor referred me for physical therapy on my ankle. I've never been there before, how do I get started?",
                     "Yes, hi, I just had rotator cuff surgery and the surgeon said to call you guys to set up my first appointment."]},
        {"label": "Feels better", "kind": "fact", "tail": ["Thanks. Tell Kim I said hi.", "Yep, I'm good."], "description": "Says the pain/injury has resolved and they no longer need therapy.",
         "lines": ["Honestly, my knee's been fine for a couple of weeks. I think I'm done.",
                   "The shoulder doesn't bother me anymore, so I don't think I need to come back.",
                   "I'm back to running five miles, no pain at all. I think I'm good.",
                   "It healed up on its own, believe it or not. I don't need the therapy anymore.",
                   "Oh, my back's totally better. The exercises worked.",
                   "I feel great, actually. There's nothing to work on anymore."],
         "react": ["That's great news! I'll let Kim know and close out your plan of care.",
                   "Glad to hear it. If anything flares up, give us a call.",
                   "Wonderful. I'll pass that along to your therapist."]},
        {"label": "Needs referral", "kind": "fact", "tail": ["Okay, thanks. I'll call when I have it.", "That would help, thanks."],
         "description": "Can't come in until their doctor sends a new referral or prescription (or insurance authorization).",
         "lines": ["My insurance told me I need a new prescription after the first twelve visits, and {doctor} hasn't sent it yet.",
                   "I can't come in until my surgeon signs off on a new order. I see him on the 20th.",
                   "They said my authorization ran out, so I need a new referral before I can schedule anything.",
                   "My HMO won't pay unless my primary doctor refers me, and I haven't gotten that done yet.",
                   "I'm waiting on the doctor's office to fax over the script. As soon as they do, I'll come in."],
         "react": ["Got it. We can reach out to the doctor's office too, to speed things up.",
                   "Okay, once we have the new referral on file, we'll give you a call.",
                   "That makes sense. I'll make a note that we're waiting on the paperwork."],
         "inbound": ["Hi, I was supposed to start therapy, but my insurance says I need a new referral first. I'm just letting you know I can't come Monday."]},
    ],
}

FOODBANK = {
    "name": "food bank and charity volunteer coordination",
    "orgs": ["Riverside Community Food Bank", "Second Harvest of the Valley", "Hope Pantry Network"],
    "purpose": [
        "We're calling past volunteers because our fall food drive is coming up and we need help sorting.",
        "You signed up on our website as a volunteer a while back, and I'm following up to see if you're still interested.",
        "We're short on drivers for our Saturday home deliveries to seniors.",
        "We're putting together our holiday meal distribution and looking for people to help pack boxes.",
    ],
    "book_ctx": [
        ("You signed up on our website as a volunteer a while back. Before we place you anywhere, our coordinator likes to have a quick chat.", "a quick call with our volunteer coordinator, Renee"),
        ("You'd mentioned on your form that you had a big donation of canned goods. We do pickups for larger donations.", "a donation pickup at your house"),
        ("You'd asked about hosting a collection bin at your business.", "a visit from our outreach person to drop off the bin"),
    ],
    "qa": [
        ("Do I need any training?", "There's a short ten-minute orientation at the start of your first shift."),
        ("What should I wear?", "Closed-toe shoes, and layers. The warehouse gets cold."),
        ("Is there a minimum age?", "Fourteen with a parent, sixteen on your own."),
        ("Where do I park?", "There's volunteer parking behind the warehouse on Cedar."),
        ("How long are the shifts?", "Most of them are three hours."),
        ("Do I need my own car for deliveries?", "Yes, and we give you a route of about eight stops."),
    ],
    "price_qa": [
        ("Do I have to pay for the background check?", "No, we cover that."),
        ("Do you reimburse mileage for the deliveries?", "We do, forty cents a mile."),
    ],
    "pos": ["Oh, yeah, I had a good time last year.", "Sure, I've been meaning to get back into it.",
            "Yeah, I've got more free time now that I'm retired.", "Oh, I love doing that kind of thing."],
    "ni": ["No, I can't right now. I'm working two jobs.",
           "I'm going to pass. My back can't handle the warehouse stuff anymore.",
           "Not interested, thanks. I already volunteer at the animal shelter, that's all I can do.",
           "No thanks, I'm not interested.",
           "I'd rather not, I've got too much going on.",
           "No, I don't think so. I'm not really into that anymore."],
    "rebuttal": ["I understand. Whatever you can do really helps, even something small.",
                 "Totally fair. There's no commitment, and we can work around your schedule."],
    "price_react": ["Oh, good.", "Okay, that's good to know.", "Oh nice, okay."],
    "prep": ["You'll get a confirmation email in a few minutes.", "We'll send you a reminder the day before.",
             "If anything changes, just give us a call."],
    "book_pos": ["Oh, good, that'd help a lot.", "Oh, sure, that works.", "Oh, okay, great."],
    "book_small": False,
    "in_book": [("Hi, we did a canned food drive at my office and we've got like twenty boxes. Can someone pick them up?", "a pickup"),
                ("Yes, I'd like to talk to someone about setting up a monthly donation from my restaurant.", "a call with our partnerships manager")],
    "in_info": [("Hi, I'm interested in volunteering. What kind of things do you need help with?", "We have warehouse sorting, pantry shifts, and Saturday delivery routes."),
                ("Hi, my company matches volunteer hours with a donation. How does that work with you guys?", "We sign off on your hours after each shift, and we're registered with most of the matching programs.")],
    "unrelated": [("Hi, what are your hours for dropping off donations?", "We take drop-offs Monday to Friday, 9 to 4.", "Okay, great."),
                  ("I need a tax receipt for the donation I made in December.", "I can email that to you. What's the best address?", "It's the one you have on file."),
                  ("Do you take expired canned food? My mom's cleaning out her pantry.", "We can't take anything past its date, unfortunately.", "Ah, okay. Thanks.")],
    "dropq": ["Wait, is this the food bank on Cedar or the one downtown?", "Sorry, who is this again?"],
    "nm_int": [("You guys helped my family a lot when I was laid off a couple years ago, so I'd like to give back. What shifts do you have?", "We've got warehouse sorting Tuesday and Thursday evenings, and delivery routes on Saturdays."),
               ("I used to come with my church group, but I'd be coming on my own now. What days do you need people?", "Saturday mornings are our biggest need, and weekday evenings too.")],
    "nm_ni": ["My whole office did a sorting day with you last year, it was fun, but I personally don't have time now. No thanks.",
              "We used to get food boxes from you, actually, but we're doing fine now. And I can't volunteer, sorry."],
    "list_ok": True,
    "customs": [
        {"label": "Shift Signup", "kind": "book", "rebuttal": "Totally understand. Even one shift really helps, and they're only three hours.",
         "description": "Volunteer committed to a specific volunteer shift (date and time).",
         "ctx": [("We're short on drivers for our Saturday home deliveries to seniors.", "a delivery route"),
                 ("We're calling past volunteers because our fall food drive is coming up and we need help sorting.", "a sorting shift in the warehouse"),
                 ("We're putting together our holiday meal distribution and looking for people to help pack boxes.", "a packing shift")],
         "inbound": ["Hi, I'd like to volunteer. Do you have anything open this week?",
                     "Yes, I saw on Facebook you need help packing holiday boxes. I can help, when do you need people?"]},
        {"label": "Needs food assistance", "kind": "fact", "tail": ["Thank you so much. Really.", "Okay. Thank you, that helps a lot."], "description": "The person asks for food help for themselves or their household.",
         "lines": ["Honestly, I'm not in a position to volunteer. We're the ones who could use some help right now. Do you know where I can get groceries?",
                   "I lost my job last month and we're running low on food. Is there a pantry near me?",
                   "Can I come pick up a food box? I've got three kids and money's really tight.",
                   "Is there any way to get food delivered? I'm disabled and I can't drive to the pantry.",
                   "We haven't had much in the fridge this week, to be honest. Do you still do the Tuesday distribution?"],
         "react": ["Of course. Our pantry at 200 Cedar is open Tuesdays and Thursdays from 10 to 2, and you don't need an appointment.",
                   "I'm sorry you're going through that. Let me text you the pantry closest to your zip code.",
                   "Absolutely, that's what we're here for. You can come by tomorrow, just bring something with your address."],
         "inbound": ["Hi, I was told you might be able to help with food? My SNAP benefits got cut off.",
                     "Hello, um, I've never done this before. I need some food for my family this week. How does it work?"]},
        {"label": "Group volunteering", "kind": "fact", "tail": ["Perfect, the email you have is fine.", "Great, I'll look out for it."], "description": "",
         "lines": ["Actually, my company gives us a volunteer day. Could I bring my whole team, like twelve of us?",
                   "I run a Girl Scout troop. Do you take groups of kids?",
                   "Our church youth group has been looking for a service project. Could we come as a group?",
                   "Could I bring a bunch of people from work? We're doing a team-building thing this fall.",
                   "My book club wants to do something together, there's eight of us."],
         "react": ["We'd love that. Group shifts go through our group coordinator, I'll send you the request form.",
                   "Absolutely, we have group slots on weekday mornings for up to twenty people. I'll email you the details.",
                   "That's wonderful. Let me get your email and I'll send over the group sign-up info."]},
    ],
}

INDUSTRIES = [HEARING, POOL, TIMESHARE, APARTMENT, PT, FOODBANK]


def custom_defs(ind: dict[str, Any]) -> list[dict[str, str]]:
    return [{"label": c["label"], "description": c["description"]} for c in ind["customs"]]


# --------------------------------------------------------------------------------------------
# Conversation pieces
# --------------------------------------------------------------------------------------------
def opening(x: Ctx) -> list[tuple[str, str]]:
    r = x.rng.randrange(5)
    if r == 0:
        ans = x.c(["Yes, speaking.", "This is {first}.", "Yeah, that's me.", "Who's asking?", "Yes, who's this?"])
        m = [x.a("Hi, is this {first}?"), x.u(ans)]
        m.append(x.a("This is {agent} calling from {org}." if "?" in ans else "Hi {first}, this is {agent} with {org}."))
        return m
    if r == 1:
        return [x.a("Hello, this is {agent} from {org}. Am I speaking with {first} {last}?"),
                x.u(x.c(["Yep.", "Yes.", "That's me.", "Mm-hm, what can I do for you?"]))]
    if r == 2:
        return [x.u("Hello?"), x.a("Hi there, I'm looking for {first}."), x.u("That's me. What's this about?"),
                x.a("Hi {first}, it's {agent} from {org}.")]
    if r == 3:
        return [x.a("Good afternoon! May I speak with {first}, please?"), x.u("Speaking. Who's calling?"),
                x.a("It's {agent} at {org}. How are you doing today?"),
                x.u(x.c(["I'm alright, thanks.", "Eh, hanging in there.", "Fine, fine. What's up?", "Good, and you?"]))]
    return [x.u(x.c(["Hello?", "Yeah?", "Hi, this is {first}."])),
            x.a("Hi {first}! This is {agent} calling from {org}, do you have a quick minute?"),
            x.u(x.c(["A quick one, sure.", "I guess, what is it?", "Yeah, go ahead.", "Depends what it is."]))]


def inbound_open(x: Ctx) -> list[tuple[str, str]]:
    return [x.a(x.c(["Thank you for calling {org}, this is {agent}. How can I help you?",
                     "{org}, {agent} speaking, how can I help?",
                     "Hi, thanks for calling {org}! This is {agent}, what can I do for you today?"]))]


def pitch(x: Ctx, purpose: str | None = None, ack: bool = True) -> list[tuple[str, str]]:
    m = [x.a(purpose or x.c(x.P["purpose"]))]
    if ack and x.rng.random() < 0.6:
        m.append(x.u(x.c(ACK)))
    return m


def small(x: Ctx, k: int) -> list[tuple[str, str]]:
    """k small-talk question/answer pairs, never repeating one within a call."""
    pool = [qa for qa in x.P["qa"] if qa[0] not in x.used]
    m: list[tuple[str, str]] = []
    if x.long:
        k += 2
        for seq in x.rng.sample([c for c in CHAT if c[0] not in x.used], 2):
            x.used.add(seq[0])
            m += [x.u(t) if i % 2 == 0 else x.a(t) for i, t in enumerate(seq)]
    for q, a in x.rng.sample(pool, min(k, len(pool))):
        x.used.add(q)
        m += [x.u(q), x.a(a)]
    return m


def close(x: Ctx, kind: str, user_last: bool = True) -> list[tuple[str, str]]:
    m = [x.a(x.c(AG_BYE[kind]))]
    if user_last and x.rng.random() < 0.8:
        m.append(x.u(x.c(BYE)))
    return m


def offer(x: Ctx, event: str) -> tuple[str, str]:
    return x.a(x.c(["Would {s1} or {s2} work for " + event + "?",
                    "I can set up " + event + " for you. I've got {s1}, or {s2} if that's better.",
                    "Let's get " + event + " on the calendar. Does {s1} work, or is {s2} better?",
                    "The soonest I have for " + event + " is {s1}. There's also {s2}."]))


def pick(x: Ctx) -> tuple[str, str]:
    s = x.v["s2"] if x.rng.random() < 0.5 else x.v["s1"]
    x.v["slot"] = s
    return x.u(x.c(["{slot} works for me.", "Let's do {slot}.", "Um, {slot} is better, I think. Yeah, {slot}.",
                    "I can do {slot}.", "Put me down for {slot}.", "Hmm, okay, {slot}, I guess. Yeah, that's fine."]))


def confirm(x: Ctx, event: str) -> tuple[str, str]:
    return x.a(x.c(["Perfect, I've got you down for " + event + ", {slot}. " + x.c(x.P["prep"]),
                    "Great, you're booked for {slot}. " + x.c(x.P["prep"]),
                    "Okay, " + event + ", {slot}. You're all set. " + x.c(x.P["prep"])]))


def booking(x: Ctx, event: str) -> list[tuple[str, str]]:
    m = [offer(x, event), pick(x), confirm(x, event)]
    if x.rng.random() < 0.5:
        m.append(x.u(x.c(["Okay, great.", "Got it. Thanks.", "Sounds good.", "Alright, I wrote it down.",
                          "Okay, {slot}. I'll put it on the fridge."])))
    return m


# --------------------------------------------------------------------------------------------
# Flows: each returns (messages, outcome, extra call fields)
# --------------------------------------------------------------------------------------------
def f_nc(x: Ctx, v: str):
    P = x.P
    if v == "tel":
        return [], NC, {"end_reason": x.c(["no_answer", "busy", "failed"]), "duration_seconds": 0}
    if v == "hello":
        m = [x.u("Hello?")]
        if x.rng.random() < 0.5:
            m += [x.a("Hi, is this {first}?"), x.u("Hello? ... Hello?")]
        else:
            m += [x.u("Hello? Anybody there?")]
        return m, NC, {"end_reason": "hangup", "duration_seconds": x.rng.randint(4, 9)}
    if v == "room":
        lines = x.c(ROOM)
        m = [x.u(lines[0]), x.a("Hi, this is {agent} calling from {org}, is this {first}?")] + [x.u(l) for l in lines[1:]]
        return m, NC, {"end_reason": "hangup", "duration_seconds": x.rng.randint(12, 30)}
    if v == "carrier":
        m = [x.u(x.c(CARRIER))]
        if x.rng.random() < 0.4:
            m = [x.a("Hi, this is {agent} from {org}.")] + m
        return m, NC, {"end_reason": x.c(["completed", "hangup"]), "duration_seconds": x.rng.randint(5, 14)}
    if v == "screen":
        a, b = x.c(SCREEN)
        m = [x.u(a), x.a("Hi, this is {agent} from {org}, calling for {first} about " +
                         x.c(["an upcoming appointment.", "an offer for existing customers.", "a follow-up on your inquiry.", "a quick update."])),
             x.u(b)]
        return m, NC, {"end_reason": "hangup", "duration_seconds": x.rng.randint(20, 45)}
    if v == "ivr":
        if x.rng.random() < 0.5:
            return [x.u(x.c(IVR)), x.a("Hi, I'm trying to reach {first} {last}."), x.u(x.c(IVR))], NC, {"end_reason": "hangup"}
        return [x.u("Hello?"), x.a("Hi, this is {agent} calling from {org}, is this")], NC, {"end_reason": "hangup", "duration_seconds": 3}
    raise ValueError(v)


def f_vm(x: Ctx, v: str):
    leave = x.rng.random() < 0.6
    msg = x.a("Hi {first}, this is {agent} from {org}. " + x.c(x.P["purpose"]) +
              " Give us a call back at 555-0142 when you get a chance. Thanks!")
    kw: dict[str, Any] = {"duration_seconds": x.rng.randint(15, 50)}
    if v == "personal":
        m = [x.u(x.c(VM_PERSONAL))] + ([msg] if leave else [])
    elif v == "carrier":
        m = [x.u(x.c(VM_CARRIER))] + ([msg] if leave else [])
    elif v == "full":
        m = [x.u(x.c(VM_FULL))]
    elif v == "after":
        m = [x.u(x.c(VM_AFTER))] + ([msg] if leave else [])
    elif v == "detected":
        m = [x.u("Hello?"), x.a("Hi, is this {first}?"), x.u("Hello...? Hello?")]
        if leave:
            m.append(msg)
        kw["voicemail_detected"] = True
    else:
        raise ValueError(v)
    kw["end_reason"] = "completed"
    return m, VM, kw


def f_int(x: Ctx, v: str):
    P = x.P
    m = opening(x)
    if v == "price":
        m += pitch(x)
        if x.rng.random() < 0.6:
            m.append(x.u(x.c(P["pos"])))
        q, a = x.c(P["price_qa"])
        m += [x.u(q), x.a(a), x.u(x.c(P.get("price_react", PRICE_REACT)))] + small(x, x.rng.randint(0, 2))
        m += [x.a("Would you like me to set something up? I have {s1} or {s2}."), x.u(x.c(NONCOMMIT))]
        m += [x.a("No problem. I'll send you the details so you have them."), *close(x, "int")]
    elif v == "info":
        m += pitch(x) + small(x, x.rng.randint(0, 2)) + [x.u(x.c(INFO_ASK))]
        m += [x.a("Sure. Is {email} still the best email?"),
              x.u(x.c(["Yep, that's it.", "Yeah, that's the one.", "Mm-hm. I'll keep an eye out for it."]))]
        m += [x.a("Great, I'm sending it now. Feel free to call us with any questions."), *close(x, "int")]
    elif v == "later":
        m += pitch(x)
        if x.rng.random() < 0.5:
            m.append(x.u(x.c(P["pos"])))
        m += [x.u(x.c(LATER))]
        if x.rng.random() < 0.5:
            m += [x.a("Sure. Would you like to pick a date now, just so it's on the calendar?"),
                  x.u("No, no, just give me a call then. I'll know more.")]
        m += [x.a("Absolutely, I'll make a note to reach back out then."), *close(x, "int")]
    elif v == "partner":
        m += pitch(x) + small(x, x.rng.randint(1, 2)) + [x.u(x.c(PARTNER))]
        m += [x.a("Of course. Want me to send over the details so you can both look?"),
              x.u(x.c(["Yeah, that'd be great.", "Sure, text it to this number.", "Please, yes."])), *close(x, "int")]
    elif v == "cancel":
        purpose, event = x.c(P["book_ctx"])
        m += pitch(x, purpose) + booking(x, event) + small(x, x.rng.randint(0, 1))
        m += [x.u("Oh shoot, wait. I just remembered I've got {conflict} that week. Can we cancel that?"),
              x.a("Of course, I've taken it off. Would you like to pick another time?"),
              x.u(x.c(["Not right now. I do still want to do it, I'll call you once I know my schedule.",
                       "Let me figure out my schedule first. I definitely want to come in, I'll call you back.",
                       "I'll have to call you. But yes, I want to do it, just not that week."])),
              x.a("Sounds good, just give us a call whenever you're ready."), *close(x, "int")]
    elif v == "flip":
        m += pitch(x, ack=False) + [x.u(x.c(NI_SOFT)), x.a(x.c(P["rebuttal"]))]
        q, a = x.c(P["price_qa"])
        m += [x.u("Hmm. Well... " + q), x.a(a),
              x.u(x.c(["Okay. Send me the info and I'll think about it.", "Huh. Alright, email me something and I'll look it over.",
                       "Okay, that's actually not bad. Let me think about it and get back to you."])),
              x.a("Will do."), *close(x, "int")]
    elif v == "nearmiss":
        q, a = x.c(P["nm_int"])
        m += pitch(x) + [x.u(q)]
        m += [x.a(a), x.u(x.c(["Hm. Okay, can you send me that in an email?", "Okay, let me think about it. Send me the details?",
                               "Interesting. Text me the info and I'll talk it over at home.",
                               "Okay, cool. Send me the link and I'll look at it later."])),
              x.a("Absolutely, I'll send it today."), *close(x, "int")]
    elif v == "inbound":
        q, a = x.c(P["in_info"])
        m = inbound_open(x) + [x.u(q), x.a(a)] + small(x, x.rng.randint(1, 2))
        m += [x.a("Would you like to set up a time? I have {s1} or {s2}."),
              x.u(x.c(["I'm just gathering information right now, but I'll probably call back.",
                       "Not yet, I'm still comparing a few places. But this sounds good.",
                       "Let me think about it. Can you email me all that?"])),
              x.a("Of course. We're here whenever you're ready."), *close(x, "int")]
        return m, IB, {"direction": "inbound"}
    else:
        raise ValueError(v)
    return m, IB, {}


def f_ni(x: Ctx, v: str):
    P = x.P
    m = opening(x)
    if v == "polite":
        m += pitch(x) + [x.u(x.c(P["ni"]))]
        if x.rng.random() < 0.6:
            m += [x.a(x.c(P["rebuttal"])), x.u(x.c(NI_FIRM))]
        m += close(x, "ni")
    elif v == "hostile":
        m = [x.a("Hi, is this {first}?"), x.u(x.c(["Yeah.", "Yes?", "Who's this?"])),
             x.a("Hi {first}, this is {agent} with {org}, I'm calling because " + x.c(["we have", "there's", "we're running"]) + " a special for"),
             x.u(x.c(NI_HOSTILE))]
        if x.rng.random() < 0.5:
            m.append(x.a("Sorry to bother you, have a good day."))
    elif v == "list":
        if P["list_ok"]:
            m += pitch(x) + [x.u(x.c(NI_LIST)), x.a("Understood, I'll make sure you're removed. Sorry for the bother.")]
        else:
            m += pitch(x) + [x.u(x.c(P["ni"])), x.a("Okay, no problem."), x.u(x.c(NI_FIRM)), *close(x, "ni")]
    elif v == "flip":
        m += pitch(x)
        if x.rng.random() < 0.6:
            m.append(x.u(x.c(P["pos"])))
        q, a = x.c(P["price_qa"])
        m += small(x, 1) + [x.u(q), x.a(a)]
        m += [x.u(x.c(["Yeah, no. You know what, I'm going to pass. Not interested.",
                       "Hmm. I was thinking about it, but honestly, no. I don't want to do it.",
                       "Okay, I've thought about it, and no thank you. It's not for me."])),
              *close(x, "ni")]
    elif v == "cancel":
        purpose, event = x.c(P["book_ctx"])
        m += pitch(x, purpose) + booking(x, event)
        m += [x.u(x.c(["Actually, wait. I'm sorry, cancel that. I've thought about it and I don't want to do this.",
                       "Hmm, you know what, scratch that. I'm not interested after all, sorry.",
                       "Hang on, my {partner} is shaking their head at me. Cancel it, we're not doing it. Sorry."])),
              x.a("No problem, I've cancelled it."), x.u("Thanks. And no, I won't be rescheduling."), *close(x, "ni")]
    elif v == "nearmiss":
        m += pitch(x) + [x.u(x.c(P["nm_ni"]))]
        if x.rng.random() < 0.5:
            m += [x.a(x.c(P["rebuttal"])), x.u(x.c(NI_FIRM))]
        m += close(x, "ni")
    else:
        raise ValueError(v)
    return m, NI, {}


def f_bk(x: Ctx, v: str):
    P = x.P
    purpose, event = x.c(P["book_ctx"])
    m = opening(x)
    if v == "direct":
        m += pitch(x, purpose)
        if x.rng.random() < 0.6:
            m.append(x.u(x.c(P.get("book_pos", P["pos"]))))
        if P.get("book_small", True):
            m += small(x, x.rng.randint(0, 2)) + booking(x, event) + small(x, x.rng.randint(0, 1))
        else:
            m += booking(x, event)
        m += close(x, "book")
    elif v == "callback":
        m += pitch(x, purpose)
        m += [x.u(x.c(["Oh, I'm actually about to walk into a meeting. Can you call me back {cb}?",
                       "I can't talk right now, I'm at the store. Call me {cb}?",
                       "Ugh, bad timing. Try me {cb}, I'll be home then.",
                       "I'm interested, but I'm cooking. Could you call back {cb}?"])),
              x.a("Sure, I'll call you {cb}. Is this the best number?"),
              x.u(x.c(["Yep, this one's fine.", "Yeah, this is my cell.", "Mm-hm. Yeah, this number."])), *close(x, "cb")]
    elif v == "tentative":
        m += pitch(x, purpose) + small(x, x.rng.randint(0, 2) if P.get("book_small", True) else 0) + [offer(x, event)]
        x.v["slot"] = x.v["s1"]
        m += [x.u(x.c(["Um, pencil me in for {slot}, but I might have to move it. I'll confirm with you.",
                       "Put me down for {slot} for now. Tentatively. I have to double-check with work.",
                       "Let's say {slot}, but I'll call if it doesn't work."])),
              x.a("No problem, I'll hold {slot} for you. Just let us know if anything changes."), *close(x, "book")]
    elif v == "flip":
        m += pitch(x, purpose, ack=False) + [x.u(x.c(NI_SOFT)), x.a(x.c(P["rebuttal"]))]
        m += [x.u(x.c(["Well... okay, fine. What do you have?", "Hmm. Alright, I suppose it can't hurt. When?",
                       "Ugh, you're persuasive. Okay, what days do you have?"]))]
        m += booking(x, event) + close(x, "book")
    elif v == "inbound":
        opener, event = x.c(P["in_book"])
        m = inbound_open(x) + [x.u(opener), x.a("I can help with that. Can I get your name?"), x.u("{first} {last}."),
                               x.a("Thanks, {first}.")]
        m += booking(x, event) + small(x, x.rng.randint(0, 1)) + close(x, "book")
        return m, BK, {"direction": "inbound"}
    elif v == "nearmiss":
        # a booking that is NOT the industry's custom kind of booking
        m += pitch(x, purpose)
        if "nm_book" in P:
            m.append(x.u(P["nm_book"]))
            m.append(x.a(P.get("nm_book_reply", "Of course, no problem at all.")))
            event = P.get("nm_book_event", event)
        m += small(x, x.rng.randint(0, 1) if P.get("book_small", True) else 0) + booking(x, event) + close(x, "book")
    else:
        raise ValueError(v)
    return m, BK, {}


def f_null(x: Ctx, v: str):
    P = x.P
    if v == "driving":
        m = [x.u(x.c(["Hello?", "Yeah, hello?", "This is {first}."])), x.a("Hi {first}, this is {agent} from {org}, do you have a minute?"),
             x.u(x.c(DRIVING)), x.a("Oh, no problem at all, sorry to catch you at a bad time."),
                              x.u(x.c(["Yep.", "Yeah. Bye.", "Mm-hm."]))]
    elif v == "whois":
        m = [x.u("Hello?"), x.a("Hi, this is {agent} from {org}, is this {first}?"), x.u("Who is this?"),
             x.a("It's {agent}, from {org}. " + x.c(P["purpose"])),
             x.u(x.c(["...Okay.", "Oh. Okay.", "Huh. Alright.", "Okay. Well, I've got to go."]))]
    elif v == "wrong":
        m = [x.a("Hi, is this {first}?"),
             x.u(x.c(["No, you've got the wrong number.", "There's no {first} here.", "Who? No, I think you have the wrong number, hon.",
                      "No, this is a business line. Wrong number."])),
             x.a("Oh, I'm so sorry about that."), x.u(x.c(["No problem.", "It's fine. Bye.", "Happens all the time."]))]
    elif v == "dropped":
        m = opening(x) + pitch(x, ack=False) + [x.u(x.c(P["dropq"]))]
        if x.rng.random() < 0.5:
            m += [x.a(x.c(["Sorry, this is {org}. So I was calling to", "Right, so what I was calling about is"])),
                  x.u("Sorry, you're breaking up, I can't")]
        return m, None, {"duration_seconds": x.rng.randint(20, 60)}
    elif v == "inbound":
        q, a, f = x.c(P["unrelated"])
        m = inbound_open(x) + [x.u(q), x.a(a), x.u(f), x.a("Anything else I can help you with today?"),
                               x.u(x.c(["No, that's it. Thanks.", "Nope, that's all.", "No, thank you."]))]
        if x.rng.random() < 0.6:
            m.append(x.a("Have a great day!"))
        return m, None, {"direction": "inbound"}
    elif v == "robot":
        m = opening(x) + [x.a(x.c(P["purpose"])), x.u("Wait, is this a real person or a recording?"),
                              x.a("I'm an automated assistant calling on behalf of {org}, but I can answer questions or connect you with the team."),
                              x.u(x.c(["Huh. Okay.", "Weird. Alright.", "Oh. Okay then."]))]
    else:
        raise ValueError(v)
    return m, None, {}


# ---- custom flows --------------------------------------------------------------------------
PRE = ["", "", "Oh. Um. ", "Well, here's the thing. ", "Yeah, about that... ", "Oh, no. ", "Hm. "]


def f_custom(x: Ctx, cust: dict[str, Any], v: str):
    P, lab = x.P, cust["label"]
    kind = cust["kind"]
    if kind == "book":
        if v == "inbound":
            purpose, event = x.c(cust["ctx"])
            m = inbound_open(x) + [x.u(x.c(cust["inbound"])), x.a("Happy to help. Can I get your name?"),
                                   x.u("{first} {last}."), x.a("Thanks, {first}.")] + small(x, x.rng.randint(0, 1))
            m += booking(x, event) + close(x, "book")
            return m, lab, {"direction": "inbound"}
        purpose, event = x.c(cust["ctx"])
        m = opening(x) + pitch(x, x.f(purpose), ack=(v != "flip"))
        if v == "flip":
            m += [x.u(x.c(NI_SOFT)), x.a(cust.get("rebuttal") or x.c(P["rebuttal"])),
                  x.u(x.c(["Well... okay. When were you thinking?", "Hmm. Alright, fine, what do you have?"]))]
        elif x.rng.random() < 0.6:
            m.append(x.u(x.c(P["pos"])))
        m += small(x, x.rng.randint(0, 2)) + booking(x, event) + small(x, x.rng.randint(0, 1)) + close(x, "book")
        return m, lab, {}
    if kind == "dead":
        g, line = x.c(cust["lines"])
        x.v["first"] = x.c(MALE if g == "m" else FEMALE)
        m = [x.a("Hi, may I speak with {first} {last}?")]
        if x.rng.random() < 0.5:
            m += [x.u("Who's calling?"), x.a("This is {agent} from {org}, about {first}'s hearing aids.")]
        m += [x.u(x.c(PRE) + line), x.a(x.c(cust["react"]))]
        if x.rng.random() < 0.6:
            q, a = x.c(cust["follow"])
            m += [x.u(q), x.a(a)]
        m += [x.u(x.c(["Thank you.", "Okay. Thanks for understanding.", "I appreciate that. Bye now."]))]
        return m, lab, {}
    # fact customs
    line = x.c(cust["lines"])
    if v == "inbound" and cust.get("inbound"):
        m = inbound_open(x) + [x.u(x.c(cust["inbound"])), x.a(x.c(cust["react"]))] + small(x, x.rng.randint(0, 1))
        m += [x.u(x.c(["Okay, thank you.", "Great, that helps.", "Alright, thanks."]))] + close(x, "neutral", user_last=False)
        return m, lab, {"direction": "inbound"}
    m = opening(x)
    if v == "early":
        m += [x.a(x.f(x.c(P["purpose"]))[:45].rsplit(" ", 1)[0] + "..."), x.u(x.c(PRE) + line)]
    else:
        m += pitch(x)
        if v == "late":
            if x.rng.random() < 0.5 and lab != "DNC":
                m.append(x.u(x.c(P["pos"])))
            m += small(x, x.rng.randint(1, 2))
        m.append(x.u(x.c(cust.get("pre", PRE)) + line))
    m.append(x.a(x.c(cust["react"])))
    if v == "late" and cust.get("can_book"):
        purpose, event = x.c(P["book_ctx"])
        m += [x.u("So can I still come see it?")] + booking(x, cust["book_event"])
        m += close(x, "book")
        return m, lab, {}
    if cust.get("tail") and x.rng.random() < 0.7:
        m.append(x.u(x.c(cust["tail"])))
    elif lab != "DNC" or x.rng.random() < 0.5:
        m.append(x.u(x.c(["Yeah.", "Mm-hm.", "Okay.", "Yep."])))
    m += close(x, "neutral")
    return m, lab, {}


# --------------------------------------------------------------------------------------------
# Plan
# --------------------------------------------------------------------------------------------
NC_V = ["tel", "hello", "room", "carrier", "screen", "ivr"]
VM_V = ["personal", "carrier", "full", "after", "detected"]
INT_V = ["price", "info", "later", "partner", "cancel", "flip", "nearmiss", "inbound"]
NI_V = ["polite", "hostile", "list", "flip", "cancel", "nearmiss", "polite", "nearmiss"]
BK_V = ["direct", "callback", "tentative", "flip", "inbound", "nearmiss", "direct", "nearmiss"]
NULL_V = ["driving", "whois", "wrong", "dropped", "inbound", "robot"]
FACT_V = ["mid", "early", "late", "inbound"]
BOOK_V = ["direct", "flip", "inbound", "direct"]


def plan(i: int, ind: dict[str, Any], rng: random.Random) -> list[tuple[str, Any, str]]:
    n_int = 7 + (i % 2)
    n_ni = 8 - (i % 2)
    n_bk = 7 + ((i + 1) % 2)
    n_cu = 12 - ((i + 1) % 2)
    p: list[tuple[str, Any, str]] = []
    p += [("nc", None, v) for v in NC_V]
    vm = rng.sample(VM_V, 4)
    if i % 2 == 0 and "detected" not in vm:
        vm[0] = "detected"
    p += [("vm", None, v) for v in vm]
    p += [("int", None, v) for v in INT_V[:n_int]]
    p += [("ni", None, v) for v in NI_V[:n_ni]]
    p += [("bk", None, v) for v in BK_V[:n_bk]]
    p += [("null", None, v) for v in NULL_V]
    custs = ind["customs"]
    counts = [4, 4, 4] if n_cu == 12 else [4, 4, 3]
    rng.shuffle(counts)
    for c, n in zip(custs, counts):
        vs = BOOK_V if c["kind"] == "book" else FACT_V
        for k in range(n):
            v = vs[k % len(vs)]
            if v == "inbound" and c["kind"] != "book" and not c.get("inbound"):
                v = "mid"
            p.append(("cu", c, v))
    return p


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    items = []
    for i, ind in enumerate(INDUSTRIES):
        for cat, cust, v in plan(i, ind, rng):
            items.append((ind, cat, cust, v))
    rng.shuffle(items)
    rows = []
    for n, (ind, cat, cust, v) in enumerate(items, 1):
        x = Ctx(rng, ind)
        if cat == "nc":
            m, out, kw = f_nc(x, v)
        elif cat == "vm":
            m, out, kw = f_vm(x, v)
        elif cat == "int":
            m, out, kw = f_int(x, v)
        elif cat == "ni":
            m, out, kw = f_ni(x, v)
        elif cat == "bk":
            m, out, kw = f_bk(x, v)
        elif cat == "null":
            m, out, kw = f_null(x, v)
        else:
            m, out, kw = f_custom(x, cust, v)
        kw.setdefault("direction", "outbound")
        if cat not in ("nc", "vm") and "end_reason" not in kw and v != "dropped":
            if rng.random() < 0.7:
                kw["end_reason"] = rng.choice(["completed", "hangup"])
        if "duration_seconds" not in kw and m and rng.random() < 0.7:
            kw["duration_seconds"] = int(8 + 6.5 * len(m) + rng.randint(-5, 15))
        style = "typed"
        if m and rng.random() < 0.4:
            lvl = rng.uniform(0.3, 0.9)
            m = [(r, asr(t, rng, lvl)) for r, t in m]
            style = "asr"
        cat_tag = f"{cat}_{v}" if cat != "cu" else f"custom_{cust['kind']}_{v}"
        rows.append(record(f"heldout5-{n:04d}", ind["name"], custom_defs(ind), m, out, f"{cat_tag}/{style}", **kw))
    return rows


if __name__ == "__main__":
    write(OUT, build())
