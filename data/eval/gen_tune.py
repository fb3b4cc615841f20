"""Generate the TUNING set for the call-outcome classifier: data/eval/tune.jsonl.

About 600 synthetic, labelled calls used to set the classifier's thresholds. Breadth is the
point: 12 industries, 3 custom outcomes each (36 in all: booking sub-cases, refusal sub-cases,
facts the person states, urgent situations, short/opaque labels, some with no description),
and every built-in outcome plus null, with the hard cases of
/work/shared/spec/outcome-guidelines.md. About 30% of calls have a custom outcome as gold;
each industry also has near-miss calls that mention a custom outcome's topic without meeting it
(gold is then the built-in or null). About 40% of calls are in raw speech-recognition style.

Deterministic (fixed seed). Run from the repo root:

    .venv/bin/python data/eval/gen_tune.py
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import asr, record, write  # noqa: E402

SEED = 20250611
OUT = Path(__file__).resolve().parent / "tune.jsonl"

BUILTINS = ["Interested", "Not Interested", "Appointment Booked", "Voicemail", "Not Connected"]

# Gold counts for the calls that are not custom-outcome matches (near-misses included).
TARGETS = {
    "Interested": 82,
    "Not Interested": 82,
    "Appointment Booked": 82,
    "Voicemail": 48,
    "Not Connected": 64,
    None: 64,
}
CUSTOM_CALLS_PER_OUTCOME = 5

# ---------------------------------------------------------------------------------------------
# Entry notation used in the phrase pools below: turns separated by "|", roles alternate and
# start with the person ("user"). A first turn starting with "A>" is spoken by the agent (after
# the normal opening); "A0>" is an agent turn that replaces the agent's pitch (the person only
# says hello first). Placeholders: {name} {agent} {org} {t} {t2} (two different time slots),
# and pronouns {pr} {Pr} {obj} {pos} {mom} {rel} (the donor in charity calls, the patient in
# home health calls).
# ---------------------------------------------------------------------------------------------

INDUSTRIES: list[dict] = [
    # ----------------------------------------------------------------------------- pharmacy
    {
        "name": "pharmacy refills",
        "org": ["CareWell Pharmacy", "Main Street Drug"],
        "pitch": [
            "This is {agent} calling from {org}. Your prescription for lisinopril is due for a refill, and I wanted to see if you'd like us to get that ready for you.",
            "It's {agent} with {org}. We show your metformin is coming up for a refill this week. Can I go ahead and put that in?",
            "This is {agent} from the pharmacy team at {org}. I'm calling about your atorvastatin refill, and also to let you know we're doing flu shots this month.",
        ],
        "hook": [
            "we can have your refill ready the same day, and delivery is free in town.",
            "your copay on the ninety-day supply is actually lower than the monthly one.",
        ],
        "ab_offer": [
            "Our pharmacist does free fifteen-minute medication reviews. I have {t} or {t2} open.",
            "We're also booking flu shots this week. Would {t} or {t2} work for you?",
        ],
        "interested": [
            "Yeah, go ahead and refill it. How much is it going to be this time?|It should be your usual ten dollar copay.|Okay, good. I'll come by sometime this week.",
            "Sure, just let me know when it's ready, okay? I'll pick it up after work one of these days.",
            "Does my insurance still cover the ninety-day supply? I'd rather do that.|Let me check... yes, it does.|Alright then, let's do the ninety days.",
            "The flu shot, do I need an appointment or can I just walk in?|Walk-ins are fine, or we can book you a time.|Okay, I'll think about it and maybe swing by.",
            "Is there a generic for that one? It was pricey last time.|There is, I can ask the pharmacist about switching.|Yeah, please look into that for me.",
            "You guys deliver? I don't drive much anymore.|We do free delivery in town.|Oh, that'd be wonderful. Tell me how that works.",
        ],
        "ni": [
            "No thanks, I don't want the automatic reminders. I'll call in my own refills.",
            "I'm not interested in the flu shot, and I don't need these calls.",
            "Please stop calling me about this. I'm not interested.",
            "No. I don't do vaccines, thank you.",
            "We're all set, honey. Take me off the call list, please.",
            "Not interested, thank you. Bye.",
        ],
        "qa": [
            "What are your hours on Sunday?|We're open ten to four on Sundays.|Okay.",
            "Is this the same pharmacist as before, the tall guy?|That's probably Dev. Yes, he's still here.|Oh good, he's nice.",
            "Wait, which medication did you say?|The lisinopril, your blood pressure one.|Oh, right, right.",
            "How did you get this number?|It's the number on your pharmacy profile.|Oh, okay.",
        ],
        "inbound_null": [
            "Hi, I'm just calling to see what time you close today.|We close at nine tonight.|Great, thanks.",
            "Yeah, do you guys sell those COVID test kits? Are they in stock?|Yes, aisle four, near the front.|Okay, thanks.",
        ],
        "inbound_int": [
            "Hi, I'm wondering how much my refill would be if I switched to the ninety-day supply.|With your plan, it would be twenty dollars for ninety days.|Oh, that's better. Let me think about it.",
        ],
        "inbound_book": ["Hi, I'd like to get a flu shot this week, can I make an appointment?"],
        "customs": [
            {
                "label": "Transferred Prescriptions",
                "description": "The person says they now get their prescriptions filled at a different pharmacy.",
                "kind": "fact",
                "ack": ["Oh, I see. Thanks for letting me know, I'll update your profile.", "Got it, I'll make a note so we stop the reminders."],
                "cont": ["ni"],
                "match": [
                    "Oh, I don't use you guys anymore. I switched everything over to the Costco pharmacy.",
                    "My daughter set me up with one of those mail-order places, so they just send it to me now.",
                    "Honey, I moved all my scripts to the Walgreens by my work back in January.",
                    "We go to the pharmacy inside the hospital now. It's just easier with his appointments.",
                    "Yeah, CVS has had that one for a few months now. They transferred it over.",
                    "I get it through the VA now, they mail it to me. So you can take me off that.",
                    "I think you've got an old file. I fill my prescriptions at a different pharmacy these days.",
                ],
                "near": [
                    ("Interested", "I was thinking about moving my prescriptions to CVS, honestly, because of the wait times. What can you do about that?|We have online ordering now, so you can skip the line.|Hm, okay, that might help. Tell me more about that."),
                    ("Appointment Booked", "My sister transferred hers to you guys and she loves it. Can I get a flu shot while I'm there?|Of course. I have {t} or {t2}.|Put me down for {t}.|You're all set for {t}."),
                ],
            },
            {
                "label": "Doctor Stopped Med",
                "description": "The person says their doctor discontinued or replaced this medication.",
                "kind": "fact",
                "ack": ["Okay, thank you. I'll mark that as discontinued.", "Thanks for telling me. I'll cancel the refill on our end."],
                "cont": ["int"],
                "match": [
                    "Oh, I'm not on that one anymore. My cardiologist took me off it in the spring.",
                    "The doctor switched me to something else, a different pill for the pressure. So no, I don't need that one.",
                    "Dr. Patel said my numbers are good enough now that I don't need it.",
                    "Yeah, they stopped that after the surgery and gave me a new one instead.",
                    "I had a bad reaction, so my doctor pulled me off of it. You can cancel that refill.",
                    "Nope, that's been discontinued. My physician changed my prescription at my last visit.",
                    "My kidney doctor told me to quit taking that one. Said it was hard on my kidneys.",
                ],
                "near": [
                    ("Interested", "I'm still taking it, yes. The doctor just said keep going. Go ahead and get it ready.|Will do, I'll put it in right now."),
                    ("Not Interested", "The doctor never said to stop, I just don't want to take it anymore. And I don't want these calls either."),
                    ("Interested", "I see my doctor next week and she might change the dose. Can you hold off until after that and remind me?|Of course, we'll check back after your appointment."),
                ],
            },
            {
                "label": "Out Of Medication",
                "description": "",
                "kind": "urgent",
                "ack": ["Okay, I'll get that filled right away so you can pick it up today.", "Let's fix that. I'm putting a rush on it now."],
                "cont": [],
                "match": [
                    "Oh, thank goodness you called, I took my last pill yesterday morning.",
                    "I've been without it since Sunday. I didn't realize it ran out.",
                    "The bottle's empty. I've been out for like three days now, is that bad?",
                    "I actually have none left. Can you get it ready today?",
                    "I ran out over the weekend and the doctor's office was closed.",
                    "I missed my doses the last two days because I didn't have any.",
                ],
                "inbound": [
                    "Hi, I'm calling because I'm completely out of my blood pressure pills and my refill says it's not due yet.",
                    "Yes, hi. I ran out of my insulin this morning. Is there anything you can do today?",
                ],
                "near": [
                    ("Interested", "I've still got about a week's worth, so no rush, but yeah, go ahead and fill it when it's due."),
                    ("Interested", "I'm running a little low, maybe five or six left. Can you get it going?|Sure, I'll put it in now."),
                    ("Appointment Booked", "I'm not out yet, I've got a few. But while I have you, can I book that flu shot?|Sure, I have {t} or {t2}.|{t} works.|Great, you're booked for {t}."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- auto repair
    {
        "name": "auto repair shop",
        "org": ["Precision Auto Care", "Dave's Garage"],
        "pitch": [
            "This is {agent} from {org}. Our records show your Camry is due for its 60,000-mile service, and I wanted to see if you'd like to get that taken care of.",
            "This is {agent} calling from {org}. You were in with us back in March for brakes, and you're due for an oil change and tire rotation.",
            "It's {agent} with {org}. We're running a fall inspection special, forty-nine dollars for a full multipoint check. Is that something you'd be interested in?",
        ],
        "hook": [
            "the inspection special is only forty-nine dollars and includes a free tire rotation.",
            "we have free loaner cars this month for any service over two hundred dollars.",
        ],
        "ab_offer": [
            "If you'd rather not lose the car for the day, our mobile tech can do the oil change at your home or office. I've got {t} or {t2}.",
            "Our service manager can give you a call to walk through the estimate. Would {t} or {t2} work?",
        ],
        "interested": [
            "How much is the 60,000-mile service usually?|It runs about three-forty, depending on what we find.|Okay, that's not terrible. Let me see what my week looks like.",
            "Yeah, it's probably due. Can you email me what's included?|Sure, I'll send the checklist over.",
            "Do you guys do loaner cars? Because I can't really be without it.|We have two loaners, first come first served.|Good to know. I'll call you when I figure out my schedule.",
            "I've been meaning to get it done, honestly. Maybe next month once things calm down at work.",
            "Is the forty-nine dollar thing still going in November? I might do it then.",
            "Let me check with my husband, he usually deals with the cars. Can you send me the details?",
        ],
        "ni": [
            "No thanks, I do my own oil changes.",
            "We're good. The dealership handles all our maintenance.",
            "Not interested, man. Thanks.",
            "Honestly, after what you guys charged me last time, no. Not interested.",
            "Please don't call me about specials, I'm not interested.",
            "I appreciate it, but we're all set.",
        ],
        "qa": [
            "Are you guys still on Route 9 or did you move?|Still on Route 9, right by the car wash.|Okay.",
            "How long does a rotation take?|About forty-five minutes.|Oh, that's quick.",
            "Is Dave still working there?|He sure is, he's out in the bay right now.|Ha, tell him I said hi.",
            "Do you take Apple Pay?|We do.|Cool.",
        ],
        "inbound_null": [
            "Hi, I think I left my sunglasses in your waiting room last week. Did anybody turn them in?|Let me check... yes, we have a pair of black Ray-Bans.|That's them! Thanks.",
            "Yeah, I'm just calling to get a copy of my invoice from last month for my taxes.|I can email that to you.|Perfect, thanks.",
        ],
        "inbound_int": [
            "Hi, I'm getting a squeak when I back out of the driveway, and I'm wondering what a brake check costs.|A brake inspection is free with any service, or thirty-nine on its own.|Okay, good to know. I'll think about it.",
        ],
        "inbound_book": ["Hi, I saw you have a mobile mechanic now. Can I set up an oil change at my office?"],
        "customs": [
            {
                "label": "Drop-Off Scheduled",
                "description": "The person agreed to bring the vehicle into the shop on a specific day and time.",
                "kind": "booking",
                "ack": ["You'll get a reminder the day before.", "We'll text you when it's ready."],
                "cont": [],
                "match": [
                    "Yeah, let's do it. Can I drop it off {t}?|{t} is open, we'll see you then.|Great, I'll bring it by before work.",
                    "A>I have openings in the shop {t} or {t2}.|Put me down for {t2}. I'll leave the car with you for the day.|You're all set for {t2}.",
                    "I can have my wife bring the truck over {t}, does that work?|Yes, {t} works. She can leave the keys at the front desk.",
                    "Okay, I'll swing it by {t}. I'll just wait in the lobby while you guys do it.|Perfect, see you {t}.",
                    "Honestly, just book me in. {t}, I'll drop it and grab an Uber to work.|Done, you're on the schedule for {t}.",
                    "Let's say {t}. I'll bring it to the shop and you guys can do the whole thing.|Great, I've got you down for {t}.",
                    "Fine, fine, {t}, I'll have it there. Don't upsell me this time, okay?|Ha, no promises. You're booked for {t}.",
                ],
                "near": [
                    ("Interested", "I'll probably swing by sometime next week, I don't know which day yet.|No problem, just call ahead."),
                    ("Appointment Booked", "Can your mobile guy just come to my office {t}? I can't get the car over to you.|Yes, he can be there {t}.|Perfect."),
                    ("Appointment Booked", "Have the service manager call me {t} and we'll figure out when I can bring it in.|Will do, he'll call you {t}."),
                ],
            },
            {
                "label": "Safety Issue",
                "description": "The person describes a problem that makes the car unsafe to drive right now, such as failing brakes, smoke, or steering trouble.",
                "kind": "urgent",
                "ack": ["Okay, please don't drive it if you can avoid it. I can arrange a tow.", "That's definitely not safe. I'm flagging this for our service manager right now."],
                "cont": [],
                "match": [
                    "Actually, yeah, the brake pedal's been going almost to the floor. I'm kind of scared to drive it.",
                    "There's smoke coming out from under the hood every time I stop at a light.",
                    "The steering wheel shakes so bad on the highway I can barely hold it straight.",
                    "Funny you should call. Something in the front went clunk and now it pulls hard to the left and wobbles.",
                    "I smell gas inside the car, like really strong. Is that normal?",
                    "The brakes are grinding metal on metal, and yesterday it took forever to stop.",
                ],
                "inbound": [
                    "Hi, my check engine light is flashing and the whole car's shuddering. I'm pulled over on the shoulder right now.",
                    "Yeah, hi, my brakes just went really soft on the way here and I almost rear-ended someone.",
                ],
                "near": [
                    ("Interested", "The check engine light's on, but it's driving fine, no noises or anything. What would it cost to read the code?|Diagnostic is eighty-nine.|Okay, I'll think about it."),
                    ("Not Interested", "There's a little squeak when I brake in the morning but it goes away. My brother-in-law will look at it. Not interested, thanks."),
                    ("Interested", "I had a brake problem last year but you guys fixed it, it's been perfect since. What's the price on the inspection?|Forty-nine dollars.|Okay, send me the details."),
                ],
            },
            {
                "label": "Sold Vehicle",
                "description": "They no longer own the car.",
                "kind": "fact",
                "ack": ["Oh, okay. Thanks for letting me know, I'll update our records.", "Got it, I'll take that car off your file."],
                "cont": ["ni"],
                "match": [
                    "Oh, I don't have that Camry anymore. Traded it in back in May.",
                    "That old Civic? Gone. Sold it to some guy off Craigslist.",
                    "My son's got that car now. He took it with him to Denver, it's in his name.",
                    "The insurance company totaled it after the accident, so I don't have it anymore.",
                    "Yeah, no, that car's not mine anymore. I signed the title over last month.",
                    "I donated it to the public radio thing. It barely ran anyway.",
                ],
                "near": [
                    ("Not Interested", "I'm thinking about selling it, so I really don't want to put any more money into it. No thanks."),
                    ("Interested", "I just bought a new truck, but I'm keeping the Camry for my daughter. How much for the service on that?|About three-forty.|Okay, send me a quote."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- wedding venues
    {
        "name": "wedding venues",
        "org": ["The Willow Barn", "Lakeside Manor Events"],
        "pitch": [
            "This is {agent} from {org}. You filled out an inquiry on our website about a fall wedding, and I wanted to follow up and see if you had any questions.",
            "This is {agent} with {org}. Congratulations on your engagement! I'm calling because we still have a few Saturdays open next October.",
            "{agent} here from {org}. I saw you stopped by our booth at the bridal expo, and I wanted to tell you about our all-inclusive packages.",
        ],
        "hook": [
            "we have a Saturday in October open that just came back on the calendar.",
            "our all-inclusive package covers catering, bar and DJ, and it's ten percent off if you book this month.",
        ],
        "ab_offer": [
            "Our coordinator, Jess, can do a video call to walk you through the packages. Would {t} or {t2} work?",
            "I can set up a phone consultation with our planner to go over pricing. Does {t} or {t2} work?",
        ],
        "interested": [
            "Yes! What's the capacity of the barn? We're looking at about 150 people.|The barn seats up to 180.|Oh, perfect. Can you send me the pricing sheet?",
            "We're still super early, honestly. Maybe call me after the holidays?",
            "Is the October date a Saturday? And is catering included or separate?|It's a Saturday, and catering is included in the all-inclusive.|Okay, that's really helpful. I need to talk to my fiancé first.",
            "Can you email me some photos of the ceremony site? My mom wants to see.|Absolutely.",
            "What does the all-inclusive cover, like does it include a DJ?|It includes the DJ, catering, and the bar.|Hmm, okay, that sounds good. We're comparing a few places, send me the brochure.",
            "I love your Instagram, honestly. We just haven't set a budget yet. I'll get back to you.",
        ],
        "ni": [
            "It's way over our budget. Not interested, sorry.",
            "No, thank you. We're not interested.",
            "Honestly, it's a little too rustic for us. We'll pass.",
            "Please take my email off your list, I only filled that out by accident.",
            "We want something way smaller, like twenty people. This isn't for us. Thanks anyway.",
            "Nope, not interested. Bye.",
        ],
        "qa": [
            "Is there parking on site?|Yes, we have space for about a hundred cars.|Oh, good.",
            "Do you allow dogs at the ceremony? We want our dog as ring bearer.|We do, as long as someone is handling him.|Aw, amazing.",
            "Is there a rain backup?|Yes, the covered pavilion.|Okay.",
            "Sorry, which venue is this again?|{org}, the one by the lake.|Oh, right, right.",
        ],
        "inbound_null": [
            "Hi, I'm a guest at the Thompson wedding this weekend. What's the address for the GPS?|It's 400 Lakeshore Drive.|Great, thank you.",
            "Hey, this is the florist for Saturday's event. What time can we load in?|Anytime after ten.|Perfect, thanks.",
        ],
        "inbound_int": [
            "Hi, we're getting married next summer and I wanted to ask about your availability in June.|We have two Saturdays left in June.|Oh wow, okay. Can you send me the pricing?",
        ],
        "inbound_book": ["Hi, I'd like to set up a video call with your coordinator to go over packages."],
        "customs": [
            {
                "label": "Tour Booked",
                "description": "The couple agreed to come visit the venue in person on a specific day and time.",
                "kind": "booking",
                "ack": ["I'll send you directions and parking info.", "You'll get a confirmation email with the address."],
                "cont": [],
                "match": [
                    "We'd love to see it in person! Could we come out {t}?|Yes, {t} is perfect. I'll meet you at the front gate.",
                    "A>Would you like to come walk the grounds? I have {t} or {t2}.|{t2}. My mom's coming too, is that okay?|Of course, see you both {t2}.",
                    "Let's do a walkthrough. {t} works for both of us.|Wonderful, you're on the calendar for {t}.",
                    "We're driving up that weekend anyway, so {t} we could stop by and look around.|Great, I'll have the barn set up so you can see it.",
                    "Can we see the lake ceremony spot before we decide? {t}, maybe?|Absolutely, {t} it is.",
                    "My fiancé really wants to see the ballroom. Can we swing by {t}?|Sure thing, see you {t}.",
                ],
                "near": [
                    ("Appointment Booked", "Can we just do a video call first? {t} works for us.|Sure, Jess will send you a link for {t}."),
                    ("Interested", "We'd love to come see it sometime, maybe next month when we're in town?|Just let me know when you're coming."),
                    ("Interested", "Okay, {t} for the tour.|Great, you're booked.|Oh wait, my fiancé just said he's working that day. Can you cancel that? We'll call you back once we figure out a day.|No problem, I've cancelled it."),
                ],
            },
            {
                "label": "Already Booked Elsewhere",
                "description": "The person says they have already booked a different venue.",
                "kind": "fact",
                "ack": ["Oh, congratulations! Thanks for letting me know.", "That's wonderful, I'll update our notes."],
                "cont": [],
                "match": [
                    "Oh, we actually already signed with a place in Sonoma. Sorry!",
                    "We put the deposit down at the country club last week, so we're set.",
                    "That's sweet of you to call, but we locked in the Grand Hotel back in June.",
                    "We found our spot already, a winery up north. Contract's signed.",
                    "Ah, we went with Riverside Gardens. We booked it the day after we toured.",
                    "We've already booked a different venue, sorry. It's done.",
                ],
                "near": [
                    ("Interested", "We're also looking at two other places, so we haven't decided. What's your price for a Saturday?|Saturdays start at twelve thousand.|Okay, send me the details."),
                    ("Not Interested", "My sister had her wedding at your place last year and it was a mess. We're not interested."),
                ],
            },
            {
                "label": "Wedding Cancelled",
                "description": "",
                "kind": "fact",
                "ack": ["Oh, I'm so sorry. I'll take you off our list.", "I'm sorry to hear that. Thank you for telling me."],
                "cont": [],
                "match": [
                    "Oh. Um. We actually called it off.",
                    "There's not going to be a wedding. We split up in the spring.",
                    "He and I aren't together anymore, so you can take me off that list.",
                    "Yeah, that's not happening anymore. The engagement's off.",
                    "We decided not to get married after all. It's a long story.",
                    "I gave the ring back. So, yeah, no venue needed.",
                ],
                "near": [
                    ("Interested", "We're pushing the wedding back a year because of money. Maybe call me next spring?"),
                    ("Interested", "We cancelled the hall we had booked, but we're still getting married, just somewhere cheaper. What's your price range?|Packages start at eight thousand.|Okay, send me the info."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- pest control
    {
        "name": "pest control",
        "org": ["BugOff Pest Solutions", "Guardian Pest Control"],
        "pitch": [
            "This is {agent} with {org}. We're in your neighborhood this week doing quarterly treatments and wanted to see if you'd like us to stop by your home.",
            "It's {agent} from {org}. Your last treatment was about four months ago, so you're due for your quarterly service.",
            "This is {agent} calling from {org}. We're offering free termite inspections this spring for homeowners in the area.",
        ],
        "hook": [
            "the termite inspection is completely free, and there's no obligation.",
            "if you renew the quarterly plan this month, the first visit is half off.",
        ],
        "ab_offer": [
            "I can get a technician out for the quarterly service {t} or {t2}.",
            "Our inspector has openings {t} or {t2} for the free termite inspection.",
        ],
        "interested": [
            "How much is the quarterly plan?|It's one-twenty per visit.|Hmm, okay. Can you email me the details?",
            "Is the termite thing actually free? Like, no catch?|No catch, it's a free inspection.|Okay, I'm interested. Let me check my calendar and call you back.",
            "Maybe. We're going away for two weeks, so call me after that.",
            "Do you guys do mosquitoes too? We have a party coming up in July.|We do, we have a yard mosquito treatment.|Oh, nice. Send me info on that.",
            "I'd have to ask my husband first, he handles the house stuff. But it sounds good.",
            "What's the difference between the basic and the premium plan?|Premium adds rodents and termites.|Okay, email me both and I'll compare.",
        ],
        "ni": [
            "No, thanks, we're good.",
            "We haven't had any problems. Not interested.",
            "Not interested. Please don't call back.",
            "I cancelled that service on purpose. I don't want it.",
            "Nah. Money's tight right now, we'll pass.",
            "No thank you, we already have a company that comes out.",
        ],
        "qa": [
            "Is this the same company that does the Hendersons' house?|Yes, we service a few homes on your street.|Okay.",
            "How long does the treatment take?|About thirty to forty minutes.|Okay, not bad.",
            "Do I need to be home for it?|Not for the outside, just for the inside.|Got it.",
            "Wait, what company did you say?|{org}.|Oh, right.",
        ],
        "inbound_null": [
            "Hi, I need to update the credit card you have on file.|I can do that for you, or you can do it online under Account Settings.|Oh, I'll just do it online. Thanks.",
            "Hey, is your office open on Saturday?|No, we're Monday through Friday.|Okay, thanks.",
        ],
        "inbound_int": [
            "Hi, my neighbor said you do termite inspections. What does that involve?|A technician checks the foundation, the crawl space and the wood trim.|Okay. Let me talk to my husband about it.",
        ],
        "inbound_book": ["Hi, I got your flyer about the free termite inspection. Can I set one up?"],
        "customs": [
            {
                "label": "Active Infestation",
                "description": "The person reports pests in the home right now that need treatment soon.",
                "kind": "urgent",
                "ack": ["Okay, let's get someone out there as soon as possible.", "That's no fun. I'm marking this as priority."],
                "cont": ["ab"],
                "match": [
                    "Oh, perfect timing. I saw two mice run across the kitchen last night.",
                    "We've got ants all over the bathroom counter, like a whole trail of them. Can somebody come?",
                    "There's droppings in the pantry and something's been chewing through the cereal boxes.",
                    "I keep hearing scratching in the walls at night. I think it's rats.",
                    "My daughter woke up covered in bites. I'm pretty sure it's bed bugs.",
                    "Roaches. In the kitchen. I turned the light on and they scattered. I need someone out here.",
                ],
                "inbound": [
                    "Hi, there's a wasp nest right over our front door and they're going nuts. Can you send someone?",
                    "Yes, hello, the termites are swarming out of my window frame right now. What do I do?",
                ],
                "near": [
                    ("Not Interested", "We haven't seen a single bug since your guy came last time. So no, we don't need it."),
                    ("Appointment Booked", "No bugs right now, knock on wood, but let's keep it up.|Great. I have {t} or {t2}.|{t} is fine.|Perfect, you're booked for {t}."),
                    ("Interested", "We had mice last winter, but they're long gone now. What does the prevention plan cost?|It's forty a month.|Okay, send me that."),
                ],
            },
            {
                "label": "Chemical Concerns",
                "description": "The person declines because they don't want pesticides or chemicals used around their family, pets or garden.",
                "kind": "refusal",
                "ack": ["Totally understand. I'll make a note of that.", "That's completely fair. Thanks for explaining."],
                "cont": [],
                "match": [
                    "No, I don't want any of that spray around my kids. They play in the yard all day.",
                    "We've got a koi pond and two cats. I'm not putting poison down, sorry.",
                    "We went all organic. No pesticides, period.",
                    "My son has asthma and the last treatment made him wheeze for days. We're done with that stuff.",
                    "I keep bees in the backyard. Whatever you spray would kill them, so no thank you.",
                    "Honestly, with a newborn in the house, I'm not comfortable with anything toxic. We'll pass.",
                ],
                "near": [
                    ("Interested", "What's in the treatment, is it safe for kids? Mine are little.|Our products are EPA registered, and we keep everyone off the treated area until it dries.|Okay, that's good to know. Send me the product sheet and I'll look."),
                    ("Not Interested", "It's not the chemicals or anything, it's the price. It's just too expensive. Not interested."),
                    ("Appointment Booked", "Do you have a pet-safe option? Because if so, I'm in.|We do, our green line is pet safe. I have {t} or {t2}.|{t}, then.|You're booked for {t}."),
                ],
            },
            {
                "label": "DIY",
                "description": "Does their own pest control.",
                "kind": "fact",
                "ack": ["Fair enough! If you ever want a hand, give us a call.", "Got it, thanks for letting me know."],
                "cont": [],
                "match": [
                    "Nah, I just pick up the stuff at Home Depot and spray it myself.",
                    "I do my own. I've got a sprayer in the garage.",
                    "My husband takes care of it. He puts out traps and the granules every spring.",
                    "We just use the bait stations from Amazon, they work fine.",
                    "I'm a retired exterminator, believe it or not. I handle my own house.",
                    "I bought a gallon of the professional concentrate online. Saves me a fortune.",
                ],
                "near": [
                    ("Not Interested", "We use Terminix. Been with them for years. Not interested."),
                    ("Interested", "I tried the Home Depot spray and it did nothing. How much would you charge?|The first treatment is one-fifty.|Hmm. Send me a quote."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- charity
    {
        "name": "charity fundraising",
        "org": ["Hope Harbor Children's Fund", "Northside Food Bank"],
        "pitch": [
            "This is {agent} calling on behalf of {org}. I'm calling to thank you for your support last year and to tell you about our winter meal drive.",
            "My name is {agent}, I'm a volunteer with {org}. We're trying to raise fifty thousand dollars by the end of the month for our after-school program.",
            "It's {agent} from {org}. You've been such a generous supporter, and I wanted to tell you about our matching gift week.",
        ],
        "hook": [
            "every gift this week is matched dollar for dollar by a local business.",
            "twenty-five dollars feeds a family of four for a week.",
        ],
        "ab_offer": [
            "Our director would love to give you a tour of the kitchen. Are you free {t} or {t2}?",
            "Could our donor relations director give you a quick call? I have {t} or {t2}.",
        ],
        "interested": [
            "Oh, sure, I remember you guys. Can you send me something in the mail? I like to give by check.",
            "What does the money go to, exactly?|It funds hot meals for about four hundred kids.|That's wonderful. Let me talk to my husband and we'll see what we can do.",
            "Maybe. It's been a tight year. Can you call me back in December?",
            "Is it tax deductible?|Yes, we're a registered charity.|Okay, good. Email me the link.",
            "Tell me more about the after-school program. My grandson went to one of those.|It's three afternoons a week, with tutoring and a hot meal.|That's lovely. Send me the information.",
            "The matching thing, how long does that go on?|Through Sunday.|Okay. I'll think about it before then.",
        ],
        "ni": [
            "I'm sorry, we're just not in a position to give this year.",
            "No, thank you. Please take me off your calling list.",
            "I don't give over the phone. Ever. Goodbye.",
            "We support other causes. Not interested, sorry.",
            "Not interested, thanks.",
            "Please stop calling. This is the third time this month.",
        ],
        "qa": [
            "Are you a volunteer or do they pay you?|I'm a volunteer, actually.|Oh, that's nice of you.",
            "Where are you located?|We're on Fifth Street, next to the library.|Oh, okay.",
            "How much of the donation actually goes to the kids?|About eighty-eight cents of every dollar.|Hm, not bad.",
            "Sorry, who did you say you're with?|{org}.|Oh, right.",
        ],
        "inbound_null": [
            "Hi, are you still accepting clothing drop-offs at the Fifth Street location?|Not anymore, just food, I'm afraid.|Oh, okay, thanks.",
            "Hi, this is the delivery driver, I've got a pallet for you. Which door do I use?|Use the loading dock around back.|Got it.",
        ],
        "inbound_int": [
            "Hi, I got your letter about the winter drive. How does the matching work?|Every gift this week is matched by a local business.|Oh, that's nice. I'll think about it.",
        ],
        "inbound_book": ["Hi, I'd love to see the kitchen before I give. Can I set up a tour?"],
        "customs": [
            {
                "label": "Pledge Made",
                "description": "The person commits to donating a specific amount.",
                "kind": "commit",
                "ack": ["Thank you so much! That makes a real difference.", "That's so generous, thank you. I'll send a confirmation."],
                "cont": [],
                "match": [
                    "Okay, you know what, put me down for fifty.|Thank you! I'll send you a pledge card for fifty dollars.",
                    "Let's do twenty-five a month, automatically. Can you set that up?",
                    "Same as last year. A hundred dollars. I'll mail the check this week.",
                    "I can do two hundred. My wife would kill me if I did more, ha.",
                    "Sign me up for the ten dollars a month.",
                    "Alright, alright, you got me. Seventy-five dollars, put it on my Visa.",
                    "I'll pledge two-fifty, in my mother's name. She loved that program.",
                ],
                "near": [
                    ("Interested", "How much do people usually give?|Most people give between twenty-five and a hundred.|Okay, let me think about it, and I'll maybe give online."),
                    ("Not Interested", "Last year I gave a hundred, but I can't this year. Not interested, sorry."),
                ],
            },
            {
                "label": "Deceased Donor",
                "description": "The person says the donor the call was for has died.",
                "kind": "death",
                "ack": ["I'm so sorry for your loss. I'll update our records.", "I'm very sorry. We won't call about this again."],
                "cont": [],
                "match": [
                    "A0>Hi, is this {name}?|No, this is {pos} daughter. {mom} passed away in March.",
                    "A0>Hello, may I speak with {name}?|{Pr}'s no longer with us. {Pr} died last fall.",
                    "A0>Hi, I'm looking for {name}.|Oh. {Pr}'s... {pr}'s no longer with us, honey. It's been a year.",
                    "A0>Hi, is {name} available?|We lost {obj} in the spring. This is {pos} sister.",
                    "A0>Hi there, may I speak with {name}?|{mom} went to be with the Lord last month.",
                    "A0>Hello, is this {name}?|No. {name} was my {rel}. The funeral was two weeks ago.",
                    "A0>Good evening, is {name} there?|{Pr} won't be, I'm afraid. {Pr} passed. I'm handling {pos} mail and calls now.",
                ],
                "near": [
                    ("null", "A0>Hi, is this {name}?|No, {pr}'s at the hospital visiting my dad right now. Can I take a message?|That's okay, I'll try another time.|Okay, bye."),
                    ("Interested", "My husband passed last year, and he was always the one who gave to you. I'd like to keep that going. Can you send me the form?|Of course, and I'm so sorry."),
                ],
            },
            {
                "label": "Already Gave",
                "description": "",
                "kind": "fact",
                "ack": ["Oh, thank you so much! I'll make sure that's recorded.", "Thank you, I really appreciate that."],
                "cont": [],
                "match": [
                    "I already sent a check last month, didn't you get it?",
                    "We gave online at the gala, honey. Twice, actually.",
                    "I donate through payroll at work. It comes out of every paycheck already.",
                    "I just gave on Giving Tuesday. You should have it.",
                    "Oh, I mailed in the envelope last week with a hundred in it.",
                    "My husband already took care of our donation to you this year.",
                ],
                "near": [
                    ("Interested", "I haven't given yet this year, actually. Send me an envelope and I'll think about it."),
                    ("Not Interested", "I gave to you once, years ago, and I've been hounded ever since. Not interested."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- coworking
    {
        "name": "coworking spaces",
        "org": ["Hive Workspace", "Foundry Cowork"],
        "pitch": [
            "This is {agent} from {org}. You signed up for our newsletter, and I wanted to let you know we just opened a new floor with private offices.",
            "It's {agent} with {org} downtown. We're offering your first month of a dedicated desk at half price.",
            "This is {agent} calling from {org}. I saw you requested info on meeting room rentals, and I wanted to follow up.",
        ],
        "hook": [
            "the first month of a dedicated desk is half price right now.",
            "members get ten free hours of meeting rooms every month.",
        ],
        "ab_offer": [
            "I'd love to show you around. I have tour slots {t} or {t2}.",
            "Our community manager can hop on a call with you {t} or {t2}.",
        ],
        "interested": [
            "What's the price for a dedicated desk?|Three-fifty a month, and half off the first month.|That's not bad. Send me the membership options.",
            "Do you have phone booths? I'm on calls all day.|We have six of them.|Oh nice. Okay, I'm interested, just email me.",
            "We might need something in the new year. Can you check back in January?",
            "Is there parking, and is it 24/7 access?|Yes and yes.|Cool, let me run it by my business partner.",
            "How does the meeting room booking work, is it by the hour?|By the hour, or with the credits that come with membership.|Gotcha. Send me the rates.",
            "I've walked by your place, it looks cool. What's included in the hot desk thing?|Wifi, coffee, printing and the lounge.|Okay, that sounds good. I'll think about it.",
        ],
        "ni": [
            "We're locked into a lease for two more years. Not interested.",
            "No, I've got my own office. We're good.",
            "Not interested, thanks. Please remove me from the newsletter too.",
            "Too expensive for us. No thanks.",
            "We just renewed with WeWork, so no.",
            "I'm not interested, goodbye.",
        ],
        "qa": [
            "Is there coffee?|Unlimited, and it's good coffee.|Ha, okay.",
            "Are dogs allowed?|We're dog-friendly on the second floor.|Oh, nice.",
            "What part of downtown are you in?|Corner of Fourth and Main.|Okay, I know where that is.",
            "Is this the place on Main? I thought you guys closed.|No, still here and growing.|Ah, okay.",
        ],
        "inbound_null": [
            "Hi, I'm a member and the wifi password isn't working on the third floor.|Let me reset it for you. Try it now.|Okay, that worked, thanks.",
            "Hi, I'm expecting a package at your front desk. Has it arrived?|Yes, it came this morning.|Great, I'll grab it.",
        ],
        "inbound_int": [
            "Hi, I'm a freelancer and I'm curious what a hot desk costs per month.|It's two hundred a month.|Hmm, okay. That's doable. Let me think about it.",
        ],
        "inbound_book": ["Hi, I'd like to come see the space. Can I book a tour?"],
        "customs": [
            {
                "label": "Trial Day Booked",
                "description": "The person agreed to come in for a free trial day on a specific date.",
                "kind": "booking",
                "ack": ["Just check in at the front desk when you arrive.", "I'll send you the wifi details ahead of time."],
                "cont": [],
                "match": [
                    "A>We do a free trial day where you just come work from here. Want to try it {t}?|Yeah, let's do {t}. I'll bring my laptop.|Great, I'll have a desk ready for you.",
                    "Can I just try it out for a day first? Like {t}?|Absolutely, {t} is yours, free of charge.",
                    "I'll come work from there {t} and see how I like it.|Perfect, you're signed up for a trial day {t}.",
                    "Put me down for the free day {t}. If I like it, I'll sign up.|Done.",
                    "A>Do you want to test it out for a day at no cost?|Sure, how about {t}? I've got calls all day, so I'll need a booth.|I'll reserve one. See you {t}.",
                    "My cofounder and I want to spend {t} working there before we commit. Is that okay?|Of course, two trial passes for {t}.",
                ],
                "near": [
                    ("Appointment Booked", "Can I just come see the place {t}? A quick tour, I don't want to work there yet.|Sure, I'll show you around {t}."),
                    ("Interested", "I'll probably try a day pass sometime, I'm not sure when.|Just let us know."),
                    ("Interested", "Okay, {t} for the trial day.|Great, you're in.|Actually wait, I have jury duty that week. Cancel that, and I'll email you when I know my schedule.|No problem, cancelled."),
                ],
            },
            {
                "label": "Team Size 10+",
                "description": "The person says they need space for ten or more people.",
                "kind": "fact",
                "ack": ["We have private suites that fit that. I'll send you the floor plans.", "Okay, that's helpful to know, we can definitely work with that."],
                "cont": ["ab", "int"],
                "match": [
                    "We'd need room for about fifteen people. Is that even possible?",
                    "There's twenty of us now after the merger, so desks for everyone.",
                    "We're a team of twelve, mostly engineers.",
                    "Honestly, we're looking at a private suite for a dozen folks, maybe more by summer.",
                    "It'd be the whole sales team, which is eleven, plus me.",
                    "We need a spot for thirty-ish people on Tuesdays and Thursdays.",
                ],
                "near": [
                    ("Interested", "It's just me and my cofounder, maybe a third person soon. What's the price for a two-person office?|About nine hundred a month.|Okay, send me the details."),
                    ("Interested", "We've got about forty people at the company, but I'd only need a desk for myself in your city. How much is that?|Three-fifty a month.|Okay, email me."),
                    ("Appointment Booked", "We're a team of eight. Could we see the suite {t}?|Yes, I'll show you the suite {t}."),
                ],
            },
            {
                "label": "Went Remote",
                "description": "",
                "kind": "fact",
                "ack": ["Ah, got it. Thanks for letting me know.", "Makes sense, a lot of companies have. Thanks."],
                "cont": ["ni"],
                "match": [
                    "We don't have an office anymore. Everyone works from home now.",
                    "The company gave up our lease during the pandemic and we never went back.",
                    "We're fully distributed now, people are in six different states.",
                    "Oh, we closed the office. It's all Zoom these days.",
                    "Leadership decided we're remote-first permanently, so no need for desks.",
                    "Honestly, we went virtual two years ago and we're saving a ton. So, no.",
                ],
                "near": [
                    ("Interested", "We're hybrid right now, people come in like two days a week. Do you have flexible plans for that?|We do, our flex plan is ten days a month.|Okay, send me that."),
                    ("Not Interested", "We're actually moving everyone back into our own office full time, so we're all set. Not interested."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- medical billing
    {
        "name": "medical billing",
        "org": ["Riverside Medical Center billing office", "Summit Health billing"],
        "pitch": [
            "This is {agent} from the {org}. I'm calling about a balance on your account from your visit in August, and to let you know about options we have to help.",
            "This is {agent} with {org}. You have a remaining balance of three hundred and twelve dollars, and I wanted to go over some ways we can help with that.",
            "It's {agent} calling from {org}. It looks like you might qualify for our financial assistance program, and I wanted to see if you'd like to apply.",
        ],
        "hook": [
            "you may qualify for financial assistance that could reduce the balance.",
            "there's a ten percent discount if the balance is settled this month.",
        ],
        "ab_offer": [
            "I can set you up with one of our financial counselors by phone. Would {t} or {t2} work?",
            "A financial counselor can go over the assistance application with you. I have {t} or {t2}.",
        ],
        "interested": [
            "Oh, okay. Can you email me an itemized statement so I can see what it's for?|Sure, I'll send that today.",
            "What's the financial assistance thing? How do I qualify?|It's based on household income.|Okay, send me the application.",
            "I'll have to check with my insurance first and see what they paid. I'll get back to you.",
            "Can I pay online? Send me the link and I'll take a look.",
            "Hmm, okay. I didn't know I still owed anything. Mail me the details.",
            "The assistance program, does it cover past bills too?|It can, up to six months back.|Oh, good. I'd like to look into that.",
        ],
        "ni": [
            "I'm not interested in any program, I'll deal with it myself. Thanks.",
            "I don't discuss financial stuff over the phone. No thanks.",
            "No, I don't need assistance. Please don't call about this again.",
            "Not interested. Just send the bill in the mail like normal.",
            "I'm all set, thanks.",
            "No thank you, I'm not interested.",
        ],
        "qa": [
            "Which visit was this?|Your emergency room visit on August 3rd.|Oh, right, the ankle thing.",
            "Is this a real call? I get a lot of scams.|Yes, you can call the number on the back of your statement to verify.|Okay.",
            "What's the account number?|It ends in 4471.|Okay.",
            "Are you the hospital or a collections agency?|We're the hospital's own billing office.|Okay, good.",
        ],
        "inbound_null": [
            "Hi, I need to get a copy of my medical records sent to my new doctor.|That's the records department, I'll transfer you.|Okay, thanks.",
            "Hi, what's the fax number for your billing department? My insurance wants it.|It's 555-0143.|Got it, thanks.",
        ],
        "inbound_int": [
            "Hi, I got a letter about financial assistance. Can you tell me how that works?|It's based on household income, and it can reduce or remove your balance.|Okay. Can you mail me the application?|Of course.",
        ],
        "inbound_book": ["Hi, I'd like to talk to a financial counselor about my bill. Can I set up a time?"],
        "customs": [
            {
                "label": "Payment Plan Requested",
                "description": "The person asks to pay their balance in installments over time.",
                "kind": "fact",
                "ack": ["Yes, we can set that up. I'll send you the paperwork.", "Absolutely, we do interest-free plans."],
                "cont": ["ab"],
                "match": [
                    "Is there any way I could split that up over a few months?",
                    "I can't do it all at once. Could I do like fifty a month?",
                    "Can we set up some kind of monthly thing? I'm on a fixed income.",
                    "I get paid every two weeks. Can I just send something each paycheck until it's gone?",
                    "Three hundred's a lot right now. Could I pay it off little by little?",
                    "If I could spread it out over six months, I could manage that.",
                ],
                "inbound": [
                    "Hi, I got a bill for eight hundred dollars and I want to know if you do installments.",
                    "Yes, hi, I'm calling to set up a payment plan for my son's hospital bill.",
                ],
                "near": [
                    ("Interested", "Is there a discount if I pay the whole thing up front?|We offer ten percent for paying in full.|Oh, interesting. Let me look at my budget and call you back."),
                    ("Appointment Booked", "I'd like to talk to a counselor about my options.|Sure, I have {t} or {t2}.|{t}, please.|You're all set with a financial counselor {t}."),
                ],
            },
            {
                "label": "Disputes Charge",
                "description": "The person says the bill is wrong or that they should not owe it.",
                "kind": "fact",
                "ack": ["I understand. I'll open a billing review on that charge.", "Okay, let me flag that for our billing review team."],
                "cont": [],
                "match": [
                    "Wait, I never had an MRI. That's not right.",
                    "My insurance was supposed to cover that whole thing. I shouldn't owe anything.",
                    "I already paid that in September. I have the receipt.",
                    "You charged me twice for the same visit. Look at the dates.",
                    "That's not my bill. I wasn't even in the state in August.",
                    "There's a charge on there for a private room. I was in the hallway the whole time.",
                ],
                "inbound": [
                    "Hi, I'm calling because my statement has a charge for a test the doctor told me was free with my plan.",
                ],
                "near": [
                    ("Interested", "Yeah, that sounds about right, I just haven't gotten around to it. Send me the link."),
                    ("Interested", "I'm not sure what that charge is for. Can you send me an itemized bill so I can look?|Of course, I'll email it today."),
                ],
            },
            {
                "label": "Escalate",
                "description": "",
                "kind": "opaque",
                "ack": ["I understand. I'll get this to a supervisor.", "Okay. I'm noting this and passing it up right away."],
                "cont": [],
                "match": [
                    "I want to speak to a supervisor. Right now.",
                    "This is ridiculous. Put your manager on the phone.",
                    "My lawyer's going to be calling you about this.",
                    "I'm filing a complaint with the state attorney general.",
                    "I've called four times and nobody fixes it. Who's above you? I want someone with actual authority.",
                    "Get me someone from patient advocacy. I'm done talking to billing.",
                ],
                "inbound": [
                    "Hi, I need to talk to whoever runs your billing department. This is the third statement with the same mistake.",
                ],
                "near": [
                    ("Appointment Booked", "Could someone from the financial team call me back {t}? I'm at work right now.|Sure, I'll have a counselor call you {t}."),
                    ("Not Interested", "You've been polite, I'll give you that, but I'm not interested in any of the programs. Bye."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- car rental
    {
        "name": "car rental",
        "org": ["Swift Car Rental", "Coastline Rent-A-Car"],
        "pitch": [
            "This is {agent} from {org}. I noticed you started a reservation online for next weekend but didn't finish it, and I wanted to see if I could help.",
            "It's {agent} with {org}. As a past customer, you've got twenty percent off your next rental this month.",
            "This is {agent} calling from {org}. We're following up on your recent rental, and I wanted to tell you about our long-term monthly rates.",
        ],
        "hook": [
            "you've got twenty percent off any rental this month.",
            "our monthly rate is about half of what the daily rate adds up to.",
        ],
        "ab_offer": [
            "Our long-term rental specialist can call you {t} or {t2} to go over the options.",
            "I can set up a call with our fleet manager to talk about monthly rates. {t} or {t2}?",
        ],
        "interested": [
            "Yeah, I was trying to see the price for an SUV. Is the discount on that too?|It applies to all classes.|Cool, I'll finish it online later.",
            "What's the monthly rate for, like, a compact?|About nine hundred a month, insurance not included.|Hmm, okay. Email me a quote.",
            "Do you have anything with a third row? We're a family of seven.|We have minivans and full-size SUVs.|Okay, send me the options.",
            "Maybe. My trip's not confirmed yet. Call me in a couple of weeks?",
            "Is there a young driver fee? My son's twenty-two.|There is, twenty-five a day.|Ugh. Okay, let me talk to him.",
            "The twenty percent, does that stack with AAA?|It doesn't stack, but you get whichever is higher.|Okay, send me the code.",
        ],
        "ni": [
            "No, I ended up just driving my own car. Thanks, though.",
            "Not interested, I always go with Enterprise.",
            "I'm not interested, please take me off your list.",
            "Honestly, the last car smelled like smoke. I'm not renting from you again.",
            "No thank you.",
            "The trip got cancelled, so no. Not interested.",
        ],
        "qa": [
            "Are you at the airport location or downtown?|Both, actually.|Oh, okay.",
            "Do you guys have Teslas?|We have a few Model 3s.|Oh, cool.",
            "Is gas included?|No, you return it full.|Okay.",
            "Wait, who is this again?|{agent} from {org}.|Oh, okay.",
        ],
        "inbound_null": [
            "Hi, I think I left my phone charger in the car I returned yesterday.|Let me check with the lot... yes, we have it.|Great, I'll pick it up.",
            "Hi, what time does the airport counter open on Sunday?|Six a.m.|Thanks.",
        ],
        "inbound_int": [
            "Hi, I'm moving here for a three-month contract and wondering what you charge for a monthly rental.|About nine hundred a month for a compact.|Okay, that's helpful. I'll think about it.",
        ],
        "inbound_book": ["Hi, I'd like someone to walk me through the monthly rental options. Can your specialist call me?"],
        "customs": [
            {
                "label": "Pickup Booked",
                "description": "The person reserved a car to pick up at a specific date and time.",
                "kind": "booking",
                "ack": ["Your confirmation number is on its way by email.", "Just bring your license and a credit card."],
                "cont": [],
                "match": [
                    "Okay, yeah, let's do the SUV. I'll pick it up {t} at the airport.|Perfect, it's reserved for {t}.",
                    "A>Would you like me to finish that reservation for you? I can do pickup {t}.|Yes, please. {t} is perfect.|Done, confirmation's on the way.",
                    "Book me the compact. Pickup {t}, drop off Sunday night.|Got it, you're confirmed.",
                    "I need something {t} for a funeral out of town. Midsize is fine, just reserve it.|I'm so sorry. It's reserved for {t}.",
                    "Reserve the minivan for {t}, downtown location. I'll be there right when you open.|All set.",
                    "Go ahead and lock in the monthly rate. I'll grab the car {t}.|You got it, {t}, monthly rate.",
                ],
                "near": [
                    ("Interested", "I'll probably just book it online later tonight.|Sounds good, the discount code will be applied automatically."),
                    ("Appointment Booked", "Can the long-term specialist call me {t} to go over the monthly rate?|Sure, she'll call you {t}."),
                    ("Not Interested", "Fine, pickup {t}.|Great, I've reserved it. The total comes to nine-forty.|Nine-forty? No, cancel it. That's way too much. I'm not interested.|Okay, I've cancelled it."),
                ],
            },
            {
                "label": "Damage Claim",
                "description": "The person reports damage or an accident involving a rental car.",
                "kind": "urgent",
                "ack": ["Okay, I'm going to open a damage report. Are you safe?", "Thanks for telling us. I'll connect you with our claims team."],
                "cont": [],
                "match": [
                    "Actually, glad you called. Someone dinged the door in a parking lot while I had the car.",
                    "I backed into a pole at the gas station. There's a dent in the bumper. What do I do?",
                    "The windshield got a crack from a rock on the highway.",
                    "I got rear-ended on the way back from the airport. The police report's done.",
                    "I hit a pothole and the tire blew, and the rim's bent pretty bad.",
                ],
                "inbound": [
                    "Hi, the car I have from you right now got broken into. They smashed the back window.",
                    "Yes, hi, I scraped the side of the rental on a parking garage pillar. What do I need to do?",
                ],
                "near": [
                    ("Interested", "The car was perfect, no issues at all. What's the discount on the next one?|Twenty percent.|Nice, send me the code."),
                    ("Not Interested", "I had a fender bender in my own car, that's why I rented from you last time. I don't need another rental now, thanks. Not interested."),
                ],
            },
            {
                "label": "Corporate Account",
                "description": "Renting for business; wants company billing.",
                "kind": "fact",
                "ack": ["Absolutely, I'll have our business accounts team reach out.", "We can do that. I'll send you the corporate account form."],
                "cont": ["ab", "int"],
                "match": [
                    "This would be for work. Can you bill my company directly?",
                    "Everything goes on the corporate card, and I need the invoice sent to accounts payable.",
                    "We have a bunch of consultants traveling every month. Can we set up a business account?",
                    "Can my employer be billed instead of me? They reimburse anyway, but it's a pain.",
                    "It's for the firm. Our office manager will want a company account with monthly invoicing.",
                    "Is there a business program? I'd want it billed to Acme Logistics, not my personal card.",
                ],
                "near": [
                    ("Interested", "It's a personal trip, but I travel a lot for work too. What's the weekend rate?|About sixty a day.|Okay, send me that."),
                    ("Not Interested", "My company uses Hertz exclusively for business travel, so I can't use you. Not interested."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- tutoring
    {
        "name": "private tutoring",
        "org": ["BrightPath Tutoring", "Apex Learning Tutors"],
        "pitch": [
            "This is {agent} from {org}. You filled out a form about math tutoring for your son, and I wanted to follow up.",
            "It's {agent} with {org}. We're starting our fall sessions and I'm reaching out to families from last year.",
            "This is {agent} calling from {org}. We have a few openings with our chemistry tutors, and I thought of your daughter.",
        ],
        "hook": [
            "the first lesson is free, and you can switch tutors anytime.",
            "our fall packages are fifteen percent off until the end of the month.",
        ],
        "ab_offer": [
            "Our academic director does a free consultation call with parents. Would {t} or {t2} work?",
            "I can set up a phone call with our director to match you with a tutor. {t} or {t2}?",
        ],
        "interested": [
            "How much is it per hour?|Sixty-five an hour, or less with a package.|Okay. Can you send me the packages?",
            "Is it in person or online?|Either one.|Online would be easier. Let me talk to her about it.",
            "Maybe after the holidays. He's got basketball right now.",
            "Do your tutors have teaching degrees?|Most of them are certified teachers.|Good. Email me some tutor profiles.",
            "Yes, her grades have been slipping. Send me some information and I'll look tonight.",
            "What subjects do you cover? He's struggling in a few things.|Math, science, English, and history.|Okay, that's great. I need to check our budget.",
        ],
        "ni": [
            "No, we're fine. His grades are good now.",
            "Not interested, thank you.",
            "It's too expensive for us. Sorry.",
            "She's in college now, so no, we don't need it.",
            "Please take us off your list.",
            "He doesn't want a tutor and I'm not going to force him. No thanks.",
        ],
        "qa": [
            "Where are you guys located?|We're in the plaza on Elm Street.|Okay.",
            "Is it one-on-one?|Always one-on-one.|Oh, okay, good.",
            "How'd you get my number?|You filled out the form on our website in August.|Oh, right.",
            "Do you do weekends?|Saturdays, yes.|Okay.",
        ],
        "inbound_null": [
            "Hi, my daughter left her calculator there after her session. Is it at the front desk?|Yes, it is.|Thanks.",
            "Hi, I'm calling to see if you're hiring tutors. I'm a grad student.|We are, you can apply online.|Okay, thanks.",
        ],
        "inbound_int": [
            "Hi, my son's struggling in chemistry. What do you charge?|Sixty-five an hour, less with a package.|Okay. Let me talk to my husband.",
        ],
        "inbound_book": ["Hi, I'd like to set up a call with your director about tutoring for my son."],
        "customs": [
            {
                "label": "Trial Lesson Booked",
                "description": "The parent or student agreed to a free trial lesson on a specific day and time.",
                "kind": "booking",
                "ack": ["I'll email you the tutor's profile before the lesson.", "She'll get a reminder the day before."],
                "cont": [],
                "match": [
                    "A>We offer a free first lesson. Would {t} work?|Yes, let's try it {t}.|Great, Ms. Hart will see her then.",
                    "Can he do the free sample session {t}? After school.|Absolutely, {t} it is.",
                    "Let's do the trial. {t}, online is fine.|Wonderful, I'll send the link.",
                    "Sign her up for the free one {t}. If she likes it, we'll do the package.|Done.",
                    "Okay, book the first lesson {t}. He's a little nervous, so go easy on him.|Of course, we'll see him {t}.",
                    "We'll give the free session a shot {t}.|Great, you're all set.",
                ],
                "near": [
                    ("Appointment Booked", "Before he tries anything, I want to talk to the director. Can she call me {t}?|Yes, she'll call you {t}."),
                    ("Interested", "I'd like to try a free lesson sometime, but his schedule's all over the place. I'll get back to you."),
                    ("Interested", "Let's do {t} for the trial.|Great.|Oh no, wait, that's his dentist appointment. Cancel that, I'll call you to pick another day.|No problem."),
                ],
            },
            {
                "label": "Test Prep",
                "description": "",
                "kind": "opaque",
                "ack": ["We have tutors who specialize in exactly that.", "Great, that's one of our most popular programs."],
                "cont": ["ab", "int"],
                "match": [
                    "She's taking the SAT in October and her math score needs to come up.",
                    "He needs help getting ready for the ACT. He freezes on timed tests.",
                    "Do you do MCAT? My son's applying to med school.",
                    "We're looking for someone to help with the AP Chem exam in May.",
                    "She's retaking the LSAT, she was a few points short.",
                    "Honestly, it's the state exam in the spring. He failed it last year and he needs it to graduate.",
                ],
                "near": [
                    ("Interested", "He's just struggling with his algebra homework, nothing big. How much per hour?|Sixty-five.|Okay, send me the info."),
                    ("Not Interested", "She already took the SAT and she's done, thank God. So we don't need anything now."),
                ],
            },
            {
                "label": "Already Has Tutor",
                "description": "The family already works with another tutor or tutoring company.",
                "kind": "fact",
                "ack": ["Totally understand. Glad he has support.", "That's great, thanks for letting me know."],
                "cont": ["ni"],
                "match": [
                    "We've got someone from Kumon already, thanks.",
                    "My sister-in-law teaches math, she helps him every week.",
                    "She goes to Sylvan twice a week.",
                    "Oh, we found a college student down the street who comes over on Tuesdays.",
                    "His teacher does private sessions with him after school already.",
                    "We already have a tutor through another company, it's working well.",
                ],
                "near": [
                    ("Interested", "We had a tutor last year, but she moved away. So yes, we need someone. What do you charge?|Sixty-five an hour.|Okay, send me the details."),
                    ("Not Interested", "He used to have a tutor and he hated it. Not interested."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- landscaping
    {
        "name": "landscaping",
        "org": ["GreenScape Landscaping", "Evergreen Yard Company"],
        "pitch": [
            "This is {agent} from {org}. We're booking spring cleanups and mulching right now and wanted to see if you'd like us to take care of your yard.",
            "It's {agent} with {org}. We did your neighbor's patio last month, and we're offering free design consultations on your street.",
            "This is {agent} calling from {org}. We're reaching out to past customers about weekly mowing for the season.",
        ],
        "hook": [
            "we're giving ten percent off the whole season if you sign up this month.",
            "the design consultation is free, and you keep the drawings either way.",
        ],
        "ab_offer": [
            "Our designer can do a phone consultation {t} or {t2} to talk through ideas.",
            "I can have our account manager call you {t} or {t2} to go over the season plan.",
        ],
        "interested": [
            "How much for weekly mowing?|It starts at forty-five per cut for a standard lot.|Okay. Send me a quote.",
            "We've been thinking about redoing the backyard. What kind of stuff do you do?|Patios, plantings, lighting, irrigation.|Nice. Let me talk to my wife and we'll reach out.",
            "Maybe in the spring. Call me in March.",
            "Do you guys do irrigation repair? One of the zones isn't working.|We do.|Okay, can you send me your rates?",
            "Can you email me some photos of patios you've done?",
            "Hmm, maybe. What's the price range for mulching?|Usually three to five hundred.|Okay, I'll think about it.",
        ],
        "ni": [
            "We do our own yard, thanks.",
            "Not interested.",
            "My nephew mows for us. We're set.",
            "No, please don't call again.",
            "We're all set for the season, thank you.",
            "No thanks, we're happy with the company we have.",
        ],
        "qa": [
            "Are you the company with the green trucks?|That's us.|Okay, I see you guys around.",
            "Are you licensed and insured?|Fully.|Good.",
            "How big is your crew?|Usually three people per job.|Okay.",
            "Which neighbor was that?|The Parkers, two houses down.|Oh, right, it looks great.",
        ],
        "inbound_null": [
            "Hi, one of your trucks is blocking my driveway on Oak Street. Can someone move it?|I'm so sorry, I'll call the crew right now.|Thanks.",
            "Hi, do you guys sell mulch by the bag, like retail?|No, sorry, we only do installs.|Okay.",
        ],
        "inbound_int": [
            "Hi, I saw your truck at my neighbor's. What do you charge for a spring cleanup?|Usually between two and four hundred.|Okay. I'll think about it.",
        ],
        "inbound_book": ["Hi, I'd like to talk to your designer on the phone about some ideas for the backyard."],
        "customs": [
            {
                "label": "Site Visit Scheduled",
                "description": "The person agreed to a specific date and time for someone to come to the property to look at it and give an estimate.",
                "kind": "booking",
                "ack": ["He'll call when he's on his way.", "You'll get a reminder text the day before."],
                "cont": [],
                "match": [
                    "Sure, have someone come by and take a look. {t}?|Yes, our estimator can be there {t}.",
                    "A>Our designer can walk the property and give you a quote. {t} or {t2}?|{t2}, I'll be home.|Great, see you {t2}.",
                    "Come out {t} and measure the backyard, then we'll talk price.|Perfect, {t} it is.",
                    "Yeah, I need to see what it costs. Send the guy {t}, I'll leave the gate open.|Got it, {t}.",
                    "{t} works for someone to come look at the drainage problem.|Booked.",
                    "Okay, you can swing by {t} and check out the front beds.|You're all set for {t}.",
                ],
                "near": [
                    ("Appointment Booked", "Can the designer just call me {t}? I don't need anyone walking around out there yet.|Sure, a phone consultation {t}."),
                    ("Interested", "Maybe someone could come out and look at it sometime next month? No rush.|Sure, just call us when you're ready."),
                ],
            },
            {
                "label": "Sold The House",
                "description": "The person says they sold the property or are moving out of it.",
                "kind": "fact",
                "ack": ["Oh, congratulations! Thanks for letting me know.", "Got it, I'll update our records."],
                "cont": [],
                "match": [
                    "Oh, we sold that house in June.",
                    "We closed last month, so that's not our yard anymore.",
                    "New owners got the keys Friday. You'll want to talk to them.",
                    "We're moving to Arizona in three weeks. The house is under contract.",
                    "We don't live there anymore. We moved in with my daughter.",
                    "The place is sold. We're packing boxes as we speak.",
                ],
                "near": [
                    ("Interested", "We just bought the house in April, actually, and the yard's a disaster. What do you charge?|It depends on the lot, but cleanups start around three hundred.|Okay, send me something."),
                    ("Not Interested", "We're thinking about putting it on the market, so we're not spending money on the yard. Not interested."),
                ],
            },
            {
                "label": "Referral",
                "description": "Gives a name or number of someone else who might want the service.",
                "kind": "opaque",
                "ack": ["Oh, that's great, thank you so much.", "Thank you! I'll reach out to them."],
                "cont": ["ni", "int"],
                "match": [
                    "I'm all set, but you should call my neighbor Linda, her yard is a mess.",
                    "My brother just bought a place on Elm, he definitely needs someone. I'll give you his number.",
                    "Try the folks at 42 Maple, they were asking me who does our lawn.",
                    "Not me, but my mother-in-law needs help. Let me give you her cell.",
                    "Call Dan at the church, they need someone for the grounds. His number's 555-0198.",
                    "My coworker was just complaining about her hedges. Her name's Tasha, want her email?",
                ],
                "near": [
                    ("Interested", "I heard about you from my neighbor, actually. How much for a spring cleanup?|Usually two to four hundred.|Okay, send me a quote."),
                    ("Not Interested", "I don't know anybody who'd want that. And I'm not interested either."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- roofing
    {
        "name": "roofing",
        "org": ["Summit Roofing", "Peak Roof & Gutter"],
        "pitch": [
            "This is {agent} with {org}. After last week's hailstorm, we're offering free roof inspections in your neighborhood.",
            "It's {agent} from {org}. Our records show your roof is about eighteen years old, and we wanted to check in about a replacement quote.",
            "This is {agent} calling from {org}. We're doing gutter cleaning and roof tune-ups before winter and wanted to see if you'd like a spot.",
        ],
        "hook": [
            "the inspection is free and takes about thirty minutes.",
            "we have zero percent financing for twelve months on replacements.",
        ],
        "ab_offer": [
            "I can have an inspector out {t} or {t2} for the free inspection.",
            "Our crew has gutter cleaning openings {t} or {t2}.",
        ],
        "interested": [
            "How much is a full replacement, roughly?|Usually between nine and fifteen thousand.|Wow. Okay. Email me something.",
            "Is the inspection really free?|Totally free.|Okay, I might be interested. Let me talk to my husband.",
            "We've been thinking about new gutters. Call me in a couple of weeks.",
            "Do you do metal roofs?|We do.|Interesting. Send me some info.",
            "What warranty do you offer?|Lifetime on materials, ten years on labor.|Okay, that's good. I'll think about it.",
            "Do you guys do financing?|Zero percent for twelve months.|Hm, okay. Mail me a brochure.",
        ],
        "ni": [
            "Our roof's fine. Not interested.",
            "We just had it replaced two years ago. No thanks.",
            "Not interested, and please don't call again.",
            "I don't deal with storm chasers. Goodbye.",
            "No thank you, we're all set.",
            "We're renting, it's not my roof. Not interested.",
        ],
        "qa": [
            "Are you a local company?|Yes, based in town for twenty years.|Okay.",
            "How long does an inspection take?|About half an hour.|Okay.",
            "Were you the ones with the sign on the Johnsons' lawn?|That was us.|Oh, okay.",
            "Do you need to get up on the roof?|Usually, yes, or we use a drone.|Huh, a drone.",
        ],
        "inbound_null": [
            "Hi, one of your ladders fell into my yard from the job next door.|Oh no, I'll have the crew grab it right away.|Okay, thanks.",
            "Hi, I'm looking for your mailing address to send a check.|It's PO Box 210.|Got it.",
        ],
        "inbound_int": [
            "Hi, I saw your sign down the street. What does a gutter cleaning run?|About one-fifty for most homes.|Okay. Let me think about it.",
        ],
        "inbound_book": ["Hi, I'd like to get one of those free roof inspections."],
        "customs": [
            {
                "label": "Has Insurance Claim Open",
                "description": "The person says they already have an open insurance claim for roof damage.",
                "kind": "fact",
                "ack": ["Okay, we work with insurance companies all the time.", "Good to know. We can meet the adjuster if that helps."],
                "cont": ["ab", "int"],
                "match": [
                    "The adjuster's coming out Tuesday to look at it.",
                    "State Farm already has a claim number on it, we're just waiting.",
                    "We filed after the hailstorm, and insurance is supposed to send somebody.",
                    "My insurance company is handling it. They've got a case open.",
                    "We're in the middle of a claim with Allstate right now. Can you work with them?",
                    "The claim's been open since June and they still haven't paid out.",
                ],
                "near": [
                    ("Interested", "I don't know if insurance would even cover it. How does that work?|We can help you figure that out.|Okay, send me something."),
                    ("Not Interested", "I filed a claim years ago and it was a nightmare. I'm not doing that again. Not interested."),
                ],
            },
            {
                "label": "Emergency Leak",
                "description": "Water is coming in through the roof right now.",
                "kind": "urgent",
                "ack": ["Okay, I'm getting an emergency crew to you today.", "Let's get a tarp on that right away."],
                "cont": [],
                "match": [
                    "There's a bucket in my living room catching drips right now.",
                    "The ceiling in the bedroom is bulging and wet. It's raining in there.",
                    "Water's coming through the light fixture in the hallway as we speak.",
                    "It's raining right now and it's pouring into the attic. Can someone come today?",
                    "We've got towels all over the kitchen floor. It's leaking through the ceiling.",
                ],
                "inbound": [
                    "Hi, I need someone today. There's water dripping through my ceiling onto the bed.",
                    "Yes, hello, a branch came down on the roof and now it's leaking into the kids' room.",
                ],
                "near": [
                    ("Interested", "We had a leak a few years back, but it's been fine since. What would an inspection cost?|It's free.|Okay, maybe. Send me the info."),
                    ("Appointment Booked", "No leaks or anything, I just want it checked before winter.|Sure, I have {t} or {t2}.|{t}.|You're on the schedule for {t}."),
                ],
            },
            {
                "label": "Wants No Texts",
                "description": "The person asks not to receive text messages.",
                "kind": "refusal",
                "ack": ["Got it, I'll turn off text messages for your number.", "Understood, no more texts."],
                "cont": [],
                "match": [
                    "And please stop texting me. I get like three of those a day from you.",
                    "Calls are fine, but no more texts, okay?",
                    "Quit sending messages to my cell phone. I never signed up for that.",
                    "I don't want any texts. Take my number off the texting list.",
                    "You can leave a voicemail, but I don't want those text reminders.",
                    "Yeah, go ahead and book me for {t}, but please, no text messages. Just call.|Got it, {t}, and I'll turn off texts.",
                    "Whatever you do, don't text me. My phone plan charges me for every one.",
                ],
                "near": [
                    ("Interested", "Can you text me the estimate for the gutter cleaning?|Sure, I'll text it over.|Thanks, I'll look at it tonight."),
                    ("Not Interested", "I don't want any calls from you guys. Not interested."),
                ],
            },
        ],
    },
    # ----------------------------------------------------------------------------- home health
    {
        "name": "home health care",
        "org": ["Comfort Keepers Home Health", "Sunrise Home Care"],
        "patient": True,
        "pitch": [
            "This is {agent} from {org}. Your {rel}'s doctor referred {obj} to us for in-home nursing, and I wanted to talk about getting started.",
            "It's {agent} with {org}. I'm following up on your inquiry about home care for your {rel}.",
            "This is {agent} calling from {org}. We're checking in about the companion care services you asked about for your {rel}.",
        ],
        "hook": [
            "we can usually have an aide in the home within forty-eight hours.",
            "Medicare may cover part of the skilled nursing visits.",
        ],
        "ab_offer": [
            "Our care coordinator can do a phone consultation {t} or {t2}.",
            "I can set up a call with our intake nurse to go over the referral, {t} or {t2}.",
        ],
        "interested": [
            "What does it cost per hour?|It starts at thirty-two an hour.|Okay. Does Medicare pay any of that?|Some services, yes.|Send me the details.",
            "{Pr}'s pretty independent still, but it might be time. Let me talk to my brother.",
            "Do you have Spanish-speaking aides? {Pr}'s more comfortable in Spanish.|We do.|Oh, that's great. Email me some info.",
            "Can you check back in a month? We're waiting to see how {pos} recovery goes.",
            "What's the minimum number of hours?|Four hours per visit.|Okay, I need to think about the schedule.",
            "Yes, we definitely need help. Mail me the paperwork.",
        ],
        "ni": [
            "No, we've got it covered. My sister moved in with {obj}.",
            "We're not interested, thanks.",
            "{Pr} refuses to have strangers in the house. So no.",
            "Please don't call again, we're handling it as a family.",
            "We're going with the agency from {pos} church. Not interested.",
            "No thank you.",
        ],
        "qa": [
            "Are your caregivers background checked?|Every one of them.|Good.",
            "Is there a contract?|No long-term contract.|Okay.",
            "Which doctor referred us?|Dr. Ramos at County General.|Oh, yes.",
            "Do you do overnight?|We do.|Good to know.",
        ],
        "inbound_null": [
            "Hi, I'm one of your aides. I need to call out sick tomorrow.|Okay, I'll update the schedule.|Thanks.",
            "Hi, is this the pharmacy? I think I dialed wrong.|No, this is {org}. I think you have the wrong number.|Oh, sorry.",
        ],
        "inbound_int": [
            "Hi, I'm calling to ask what kind of help you offer for someone recovering from a hip replacement.|We do skilled nursing visits and daily aides.|Okay. Can you send me something about that?|Of course.",
        ],
        "inbound_book": ["Hi, I'd like to set up a phone consultation about care for my {rel}."],
        "customs": [
            {
                "label": "Assessment Scheduled",
                "description": "The family agreed to an in-home nursing assessment on a specific day and time.",
                "kind": "booking",
                "ack": ["The nurse will bring all the paperwork.", "She'll call about thirty minutes before she arrives."],
                "cont": [],
                "match": [
                    "A>Our nurse would come to the house to evaluate {pos} needs. I have {t} or {t2}.|{t} is good. I'll make sure I'm there too.|Perfect.",
                    "Yes, have the nurse come out {t} and meet {obj}.|You're set for {t}.",
                    "Okay, the evaluation at {pos} apartment, {t}. {Pr}'s on the second floor.|Got it, {t}.",
                    "Let's do the home visit {t}. My brother will be there too.|Great.",
                    "Send the nurse {t}, I'll take the morning off.|Booked.",
                    "{t} for the assessment at the house is fine. Just ring the bell, {pr}'s slow to the door.|Will do.",
                ],
                "near": [
                    ("Appointment Booked", "Can the coordinator just call me {t} first? I have questions.|Sure, she'll call you {t}."),
                    ("Interested", "We'd want a nurse to come see {obj}, but not until {pr}'s out of rehab. I don't know when that'll be yet."),
                ],
            },
            {
                "label": "Passed Away",
                "description": "",
                "kind": "death",
                "ack": ["I'm so sorry for your loss.", "Oh, I'm so sorry. Please accept our condolences."],
                "cont": [],
                "match": [
                    "A0>Hi, this is {agent} from {org}, I'm calling about your {rel}'s care.|{mom} passed on Sunday.",
                    "{Pr}'s no longer with us. It happened last week.",
                    "We lost {mom} in the hospital on Tuesday, so... we won't need anything.",
                    "{Pr}'s gone. The funeral was Saturday.",
                    "Oh. You didn't hear? {Pr} died in {pos} sleep.",
                    "I'm afraid it's too late. {Pr} went peacefully on Thursday.",
                ],
                "near": [
                    ("null", "{Pr}'s in the hospital right now, I really can't talk.|I understand, take care."),
                    ("Interested", "{mom}'s doing okay. It's my husband who passed last year, and since then I'm the only one looking after {obj}. What do you charge?|It starts at thirty-two an hour.|Okay, send me the details."),
                ],
            },
            {
                "label": "Moved To Facility",
                "description": "The patient now lives in a nursing home or assisted living facility.",
                "kind": "fact",
                "ack": ["I understand. I'll close out the referral.", "Thanks for letting me know, I'll update the file."],
                "cont": [],
                "match": [
                    "We moved {obj} into Sunrise assisted living last month.",
                    "{Pr}'s at a memory care place now. It got to be too much at home.",
                    "{Pr}'s in a nursing home over in Tulsa, near my sister.",
                    "After the fall, {pr} went into a skilled nursing facility, and {pr}'s staying there.",
                    "{mom} lives at Brookdale now. They have nurses there around the clock.",
                    "We had to place {obj} in a care home. {Pr} needed twenty-four-hour supervision.",
                ],
                "near": [
                    ("Interested", "We're touring assisted living places, but we haven't decided anything. In the meantime, what would home care cost?|It starts at thirty-two an hour.|Okay, send me that."),
                    ("Interested", "{Pr}'s in rehab for two weeks after the hip surgery, then coming home. Can you call back then?|Of course, we'll check in then."),
                ],
            },
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Shared pools
# ---------------------------------------------------------------------------------------------

NAMES_F = ["Linda", "Priya", "Denise", "Grace", "Rachel", "Mei", "Sofia", "Joanne", "Beth", "Tanya", "Carmen", "Diane"]
NAMES_M = ["Marcus", "Tom", "Carlos", "Ahmed", "Dwayne", "Frank", "Kevin", "Luis", "Omar", "Gary", "Raymond", "Hiro"]
AGENTS = ["Ava", "Jordan", "Sam", "Riley", "Nora", "Eli", "Maya", "Chris"]
TIMES = [
    "Thursday at 2", "tomorrow morning at 9", "Tuesday at 3:30", "the 14th at noon", "Saturday at 10 am",
    "Monday at 11", "Friday at 1:30", "Wednesday at 4 pm", "next Tuesday at 10:30", "the 22nd at 3 pm",
    "Thursday at 8 am", "Monday at 2:15", "tomorrow at 5:45", "Friday morning at 9:30",
]

GREET = ["Hello?", "Hello.", "Yeah, hello?", "Hi, who's this?", "This is {name}.", "Hello, {name} speaking.", "Yep?", "Good afternoon."]
CONFIRM = ["Yes, speaking.", "Yeah, that's me.", "This is {name}. Who's calling?", "Yes?", "Speaking. What's this about?", "Mm-hm."]
WHO = ["Sorry, who did you say this is?", "Wait, who's calling?", "Who is this again?", "Sorry, what company?"]
INBOUND_GREET = [
    "Thank you for calling {org}, this is {agent}. How can I help you?",
    "{org}, this is {agent} speaking. What can I do for you today?",
    "Hi, you've reached {org}. This is {agent}, how can I help?",
]
AGENT_CLOSE = [
    "Thanks so much for your time, {name}. Have a great day.",
    "Alright, I appreciate it. Take care.",
    "Thank you, {name}. Bye now.",
    "Okay, thanks for chatting with me. Have a good one.",
]
AGENT_CLOSE_NI = [
    "Understood. Sorry to bother you, have a good day.",
    "No problem at all. Take care.",
    "Okay, I'll make a note of that. Bye now.",
    "I understand. Thanks for your time.",
]
USER_CLOSE = ["You too, bye.", "Okay, bye.", "Thanks, bye-bye.", "Mm-hm. Bye.", "Alright, take care.", "Yep. Bye."]
AGENT_FOLLOW_INT = [
    "Great, I'll send that over today.",
    "Perfect, I'll get that to you.",
    "Sounds good, I'll follow up then.",
    "Wonderful. I'll put it all in an email for you.",
]
SMALL = [
    "Sorry, can you hold on one second?|Of course.|Okay, sorry about that, go ahead.",
    "You're breaking up a little, what was that?|Sorry, I said I'm calling from {org}.|Oh, okay.",
    "Is this going to take long? I'm about to head out.|Just a minute or two, I promise.|Okay.",
    "Ha, you're the second call I've gotten today.|Oh no, I'm sorry!|It's fine, it's fine.",
    "Are you a real person or one of those robots?|I'm an AI assistant calling on behalf of {org}.|Oh. Huh. Okay, well, go on.",
    "What's your name again?|It's {agent}.|Okay, {agent}.",
    "Sorry, the dog is barking like crazy, one sec.|No problem, take your time.|Okay, I'm back.",
]
BRIDGE = [
    "Anything else you'd like to know?",
    "Happy to answer whatever you need.",
    "No problem at all.",
    "Glad I could clear that up.",
    "So, anyway.",
    "Sure thing.",
    "Of course. What else can I tell you?",
]
GENERIC_INT = [
    "Let me talk to my {spouse} about it and get back to you.",
    "Send me an email with the details and I'll take a look.",
    "Now's not great, but call me next month, okay?",
    "Maybe. Try me again in March, after things settle down.",
    "I'm interested, I just need to look at my budget first.",
]
GENERIC_NI = [
    "I'm not interested, thanks.",
    "Please take me off your list.",
    "Don't call this number again.",
    "No thank you, we're all set.",
    "Look, I get these calls every day. Not interested.",
    "No. Goodbye.",
]
ACCEPT = [
    "{slot} works for me.",
    "Let's do {slot}.",
    "Um, {slot}, I guess. Yeah, {slot} is fine.",
    "Put me down for {slot}.",
    "Okay, {slot}. That should work.",
    "The {which} one, {slot}.",
]
CONFIRM_BOOK = [
    "Perfect, you're all set for {slot}.",
    "Great, I've got you down for {slot}. You'll get a confirmation.",
    "Done. {slot} it is.",
    "Wonderful, {slot} is booked.",
]
CALLBACK = [
    "I can't really talk right now, but call me back {t}.|Sure, I'll call you {t}.|Okay, thanks.",
    "Can you try me {t}? I'll be home then.|Absolutely, I'll give you a call {t}.|Great.",
    "I'm at work. Call me back tomorrow at 4:30 and we can go over it.|Tomorrow at 4:30, you got it.|Okay, bye.",
    "Give me a ring {t}, I'll have my calendar in front of me.|Will do, I'll call {t}.|Thanks.",
]
TENTATIVE = [
    "Pencil me in for {t}, but I might need to move it. I'll confirm.|No problem, you're tentatively set for {t}.",
    "Let's say {t} for now. I'll let you know if something comes up.|Sounds good, I've got you down for {t}.",
    "Okay, tentatively {t}. I have to double-check with work.|That's fine, I'll hold {t} for you.",
]

VM_GREETINGS = [
    "Hi, you've reached {name}. I can't come to the phone right now, so leave a message after the beep.",
    "Hey, it's {name}. Leave me a message and I'll call you back.",
    "Hi, this is {name}'s phone. I'm probably out on the boat. Leave it at the beep.",
    "You have reached the voicemail of {name}. Please leave your name, number, and a brief message.",
    "Thank you for calling Hillside Dental. Our office is currently closed. Our hours are Monday through Friday, eight to five. Please leave your name and number and we'll return your call the next business day.",
    "You've reached Carter and Sons Plumbing. We're out on a job right now. Leave a message and we'll get back to you as soon as we can.",
    "The person you are calling is not available. Please leave a message after the tone.",
    "Your call has been forwarded to an automated voice messaging system. 555-0123 is not available. At the tone, please record your message.",
    "The mailbox of the person you are trying to reach is full and cannot accept any messages at this time. Goodbye.",
    "Hi! You've reached the Hendersons. We're not home, so leave us a message! Beep!",
    "Thank you for calling. Our office is closed for the holiday weekend. Please leave a message and we will return your call on Tuesday.",
]
VM_FULL_IDX = 8
CARRIER_NC = [
    "The number you have dialed is not in service. Please check the number and dial again.",
    "We're sorry, your call cannot be completed as dialed. Please check the number and try again.",
    "The person you are trying to reach does not accept calls from unknown numbers. Goodbye.",
    "The number you have reached has been disconnected or is no longer in service.",
    "All circuits are busy now. Please try your call again later.",
]
SCREENING = [
    ("Hi, the person you're calling is using a screening service from Google. Go ahead and say your name and why you're calling.",
     "Thanks. Stay on the line while I see if this person is available."),
    ("Please state your name and the reason for your call, and I'll see if this person is available.",
     "Thank you. Please hold."),
    ("This call is being screened. Please say your name and the purpose of your call after the tone.",
     "Thanks, one moment while I try to connect you."),
]
IVR = [
    "Thank you for calling Hartley Insurance. If you know your party's extension, you may dial it at any time. For sales, press one. For billing, press two.",
    "Welcome to Bay Area Dental Group. For appointments, press one. For billing questions, press two. To repeat this menu, press nine.",
]
ROOM = [
    "Hello? ... Hang on. Kayla, put that down! No, I said put it DOWN.|Mom, the dog got out! ... Okay, okay, I'm coming.",
    "Yeah? ... Babe, is the oven still on? ... What? I can't hear you, turn the TV down!|Ugh, forget it.",
    "Hello? ... Wait, Jimmy, grab the other bag. No, the blue one. ... Yeah, just put it in the trunk.",
    "Hi, hold on. ... Two lattes and a, um, blueberry muffin. ... No, that's it.",
]
NULL_SHORT = [
    "I'm driving right now, I can't talk.|No problem, sorry to catch you at a bad time.",
    "Can't talk, I'm at work.|Understood, sorry about that.",
    "I'm in the middle of something, sorry.|Oh, no worries.",
    "I'm literally walking into a meeting.|Of course, sorry to bother you.",
]
WHO_OKAY = [
    "Who is this?|It's {agent} from {org}.|...Okay.",
    "Who's calling?|This is {agent}, with {org}.|Huh. Okay.",
    "Sorry, who?|{agent}, from {org}.|Oh. Okay then.",
]
WRONG_NUMBER = [
    "Sorry, you've got the wrong number.|Oh, I apologize. Is this not {name}?|No, there's no {name} here.|Sorry about that.",
    "Who? There's nobody by that name here.|I'm sorry, I must have the wrong number.|Yeah, you do.",
    "I think you've got the wrong number, hon. This is a business line.|My apologies, have a good day.",
]
DROPPED = [
    "Oh yeah, actually, we were just talking about this, my wife and I were saying we—",
    "Okay, so, what I'd want to know is whether you—",
    "Hmm. Well, it depends. The thing is, we—",
    "Oh, I was going to call you guys, because we—",
]


# ---------------------------------------------------------------------------------------------
# Call building
# ---------------------------------------------------------------------------------------------

class Ctx(dict):
    def __missing__(self, key: str) -> str:  # leave unknown braces alone
        return "{" + key + "}"


def new_ctx(ind: dict, rng: random.Random) -> Ctx:
    female = rng.random() < 0.5
    name = rng.choice(NAMES_F if female else NAMES_M)
    pf = female
    if ind.get("patient"):
        pf = rng.random() < 0.5
    t, t2 = rng.sample(TIMES, 2)
    return Ctx(
        name=name,
        agent=rng.choice(AGENTS),
        org=rng.choice(ind["org"]),
        t=t,
        t2=t2,
        spouse=rng.choice(["wife", "husband", "partner"]),
        pr="she" if pf else "he",
        Pr="She" if pf else "He",
        obj="her" if pf else "him",
        pos="her" if pf else "his",
        mom="Mom" if pf else "Dad",
        rel="mother" if pf else "father",
    )


def turns(entry: str, first: str = "user") -> list[tuple[str, str]]:
    segs = entry.split("|")
    role = first
    if segs[0].startswith("A0>") or segs[0].startswith("A>"):
        role = "agent"
        segs[0] = segs[0].split(">", 1)[1]
    out = []
    for s in segs:
        out.append((role, s.strip()))
        role = "agent" if role == "user" else "user"
    return out


def lower_first(s: str) -> str:
    return s[0].lower() + s[1:] if s and not s.startswith(("I ", "I'")) else s


def opening(ind: dict, rng: random.Random, own: bool = False) -> list[tuple[str, str]]:
    if own:
        return [("user", rng.choice(["Hello?", "Hello.", "Yeah?", "Hi, hello?"]))]
    pitch = rng.choice(ind["pitch"])
    v = rng.random()
    if v < 0.45:
        return [("user", rng.choice(GREET)), ("agent", "Hi {name}, " + lower_first(pitch))]
    if v < 0.8:
        return [("user", rng.choice(GREET)), ("agent", "Hi, is this {name}?"), ("user", rng.choice(CONFIRM)),
                ("agent", "Great. " + pitch)]
    return [("user", rng.choice(GREET)), ("agent", "Hi {name}, " + lower_first(pitch)), ("user", rng.choice(WHO)),
            ("agent", "Sorry, it's {agent} with {org}. Just calling because " + rng.choice(ind["hook"]))]


def inbound_opening(rng: random.Random) -> list[tuple[str, str]]:
    return [("agent", rng.choice(INBOUND_GREET))]


def middle(ind: dict, rng: random.Random, n_qa: int, n_small: int = 0) -> list[tuple[str, str]]:
    items = rng.sample(ind["qa"], min(n_qa, len(ind["qa"]))) + rng.sample(SMALL, n_small)
    rng.shuffle(items)
    out: list[tuple[str, str]] = []
    for it in items:
        out += turns(it)
        out.append(("agent", rng.choice(BRIDGE)))
    return out


def n_middle(rng: random.Random) -> tuple[int, int]:
    """How much neutral conversation to add: mostly short, sometimes long."""
    r = rng.random()
    if r < 0.35:
        return 0, 0
    if r < 0.7:
        return 1, rng.choice([0, 0, 1])
    if r < 0.85:
        return 2, 1
    if r < 0.95:
        return 4, 2
    return 4, 3


def closing(rng: random.Random, ni: bool = False, user: bool = True, inbound: bool = False) -> list[tuple[str, str]]:
    pool = AGENT_CLOSE_NI if ni else AGENT_CLOSE
    if inbound:
        pool = [x for x in pool if "{name}" not in x]
    out = [("agent", rng.choice(pool))]
    if user and rng.random() < 0.75:
        out.append(("user", rng.choice(["Bye.", "Yep.", "Mm-hm.", "Okay."]) if ni else rng.choice(USER_CLOSE)))
    return out


def booking_turns(ind: dict, rng: random.Random, ctx: Ctx, negotiate: bool = False) -> list[tuple[str, str]]:
    """Agent offers two of the industry's (non-custom) bookable slots, the person picks one."""
    offer = rng.choice(ind["ab_offer"])
    pick_first = rng.random() < 0.5
    slot = ctx["t"] if pick_first else ctx["t2"]
    which = "first" if pick_first else "second"
    out = [("agent", offer)]
    if negotiate:
        alt = rng.choice([x for x in TIMES if x not in (ctx["t"], ctx["t2"])])
        out += [("user", rng.choice(["Hmm, neither of those works. Anything later in the week?",
                                     "Ugh, I'm slammed both of those. What else do you have?",
                                     "Can we do something else? I work then."])),
                ("agent", f"Let me look... I could do {alt}."),
                ("user", rng.choice(["Yeah, {slot} is better.", "Okay, {slot}, that works.", "Let's do {slot} then."]).replace("{slot}", alt))]
        slot = alt
    else:
        out.append(("user", rng.choice(ACCEPT).replace("{which}", which).replace("{slot}", slot)))
    out.append(("agent", rng.choice(CONFIRM_BOOK).replace("{slot}", slot)))
    return out


def finalize(ind: dict, ctx: Ctx, msgs: list[tuple[str, str]], outcome, cat: str, rng: random.Random,
             custom_list: list[dict], use_asr: bool, direction: str = "outbound", **kw) -> dict:
    level = rng.uniform(0.3, 1.0)
    merged: list[tuple[str, str]] = []
    for role, text in msgs:  # one speaker's consecutive turns become one message
        if merged and merged[-1][0] == role and not kw.get("keep_turns"):
            merged[-1] = (role, merged[-1][1] + " " + text)
        else:
            merged.append((role, text))
    kw.pop("keep_turns", None)
    out = []
    for role, text in merged:
        t = text.format_map(ctx)
        t = re.sub(r"(^|[.!?] +)([a-z])", lambda m: m.group(1) + m.group(2).upper(), t)
        if use_asr:
            t = asr(t, rng, level)
            if not t:
                t = "hello"
        out.append((role, t))
    if "duration_seconds" not in kw:
        words = sum(len(t.split()) for _, t in out)
        kw["duration_seconds"] = round(4 + words * 0.42 + rng.uniform(0, 6), 1) if out else 0
    tag = f"{cat}/{'asr' if use_asr else 'typed'}"
    return record("", ind["name"], custom_list, out, outcome, tag, direction=direction, **kw)


# ---------------------------------------------------------------------------------------------
# Call kinds
# ---------------------------------------------------------------------------------------------

def custom_match(ind, co, entry, rng, ctx, inbound=False):
    msgs: list[tuple[str, str]] = []
    if inbound:
        msgs += inbound_opening(rng)
        msgs += turns(entry)
    else:
        own = entry.startswith("A0>")
        msgs += opening(ind, rng, own=own)
        if not own:
            q, s = n_middle(rng)
            msgs += middle(ind, rng, q, s)
        msgs += turns(entry)
    if msgs[-1][0] == "user":
        msgs.append(("agent", rng.choice(co["ack"])))
    elif rng.random() < 0.5:
        msgs.append(("user", rng.choice(["Okay.", "Yeah.", "Thanks.", "Mm-hm."])))
        msgs.append(("agent", rng.choice(co["ack"])))
    # sometimes the call goes on into a built-in stance; the custom outcome still wins
    if co["cont"] and rng.random() < 0.35:
        c = rng.choice(co["cont"])
        if c == "ab":
            msgs += booking_turns(ind, rng, ctx)
        elif c == "int":
            msgs += turns(rng.choice(ind["interested"]))
            if msgs[-1][0] == "user":
                msgs.append(("agent", rng.choice(AGENT_FOLLOW_INT)))
        elif c == "ni":
            msgs.append(("user", rng.choice(ind["ni"])))
    if co["kind"] == "death":
        msgs += [("agent", rng.choice(["Take care of yourself.", "Again, I'm so sorry. Take care.", "Thank you for telling me. Take care."]))]
        if rng.random() < 0.7:
            msgs.append(("user", rng.choice(["Thank you. Bye.", "Thanks.", "Okay. Bye."])))
        return msgs
    msgs += closing(rng, ni=co["kind"] in ("refusal",), inbound=inbound)
    return msgs


def near_miss(ind, entry, gold, rng, ctx):
    own = entry.startswith("A0>")
    msgs = opening(ind, rng, own=own)
    if gold != "null" and not own:
        q, s = n_middle(rng)
        msgs += middle(ind, rng, q, s)
    msgs += turns(entry)
    if gold == "null":
        return msgs
    if msgs[-1][0] == "user":
        if gold == "Not Interested":
            msgs += closing(rng, ni=True)
            return msgs
        if gold == "Interested":
            msgs.append(("agent", rng.choice(AGENT_FOLLOW_INT)))
    msgs += closing(rng, ni=gold == "Not Interested")
    return msgs


def gen_interested(ind, rng, ctx, variant):
    if variant == "inbound":
        msgs = inbound_opening(rng) + turns(rng.choice(ind["inbound_int"]))
        if msgs[-1][0] == "user":
            msgs.append(("agent", rng.choice(AGENT_FOLLOW_INT)))
        return msgs + closing(rng, inbound=True), "inbound"
    msgs = opening(ind, rng)
    q, s = n_middle(rng)
    msgs += middle(ind, rng, q, s)
    if variant == "plain":
        msgs += turns(rng.choice(ind["interested"]))
    elif variant == "generic":
        msgs += turns(rng.choice(GENERIC_INT))
    elif variant == "flip":
        msgs += [("user", rng.choice(["Eh, I'm not really interested.", "No, I don't think so.", "Nah, not right now."])),
                 ("agent", "Totally understand. Just so you know, " + rng.choice(ind["hook"])),
                 ("user", rng.choice(["Oh. Huh, okay, that's actually not bad. Send me the details.",
                                      "Wait, really? Okay, tell me more then.",
                                      "Hm. Alright, that changes things a little. Email me something and I'll look."]))]
    elif variant == "cancelled":
        msgs += booking_turns(ind, rng, ctx)
        msgs += [("user", rng.choice([
            "Oh wait, actually, can you cancel that? I do want to do it, I just need to check with my {spouse} first. I'll call you back.",
            "Hmm, hold on. Scratch that, I just remembered I have something then. I'm definitely interested, I'll call you when I know my schedule.",
        ])), ("agent", "No problem, I've cancelled it. Call us anytime.")]
    if msgs[-1][0] == "user":
        msgs.append(("agent", rng.choice(AGENT_FOLLOW_INT)))
    return msgs + closing(rng), variant


def gen_not_interested(ind, rng, ctx, variant):
    msgs = opening(ind, rng)
    if variant == "plain":
        if rng.random() < 0.4:
            msgs += middle(ind, rng, 1)
        msgs.append(("user", rng.choice(ind["ni"])))
    elif variant == "generic":
        msgs.append(("user", rng.choice(GENERIC_NI)))
    elif variant == "hostile":
        msgs += [("user", rng.choice(["Are you kidding me? Stop calling this number!", "How many times do I have to tell you people? NO.",
                                      "I'm on the do not call list! Don't ever call here again."])),
                 ("agent", "I'm sorry, I'll make sure you're removed."), ("user", "Yeah. You'd better.")]
        return msgs, variant
    elif variant == "flip":
        q, s = n_middle(rng)
        msgs += middle(ind, rng, q, s)
        msgs += turns(rng.choice(ind["interested"]))
        msgs.append(("agent", rng.choice(AGENT_FOLLOW_INT)))
        msgs.append(("user", rng.choice(["Actually, you know what? Forget it. I'm not interested. Sorry.",
                                         "Hmm, no. Now that I think about it, it's not for us. Don't bother sending anything.",
                                         "Wait, no, I changed my mind. We're not going to do it. Thanks anyway."])))
    elif variant == "cancelled":
        msgs += booking_turns(ind, rng, ctx)
        msgs.append(("user", rng.choice([
            "Hmm, actually, no. Cancel that. I thought about it and it's not worth it for me. I'm not interested.",
            "You know what, cancel it. I don't want to do this after all. Please don't call me again.",
        ])))
        msgs.append(("agent", "Okay, I've cancelled it."))
    return msgs + closing(rng, ni=True), variant


def gen_booked(ind, rng, ctx, variant):
    if variant == "inbound":
        msgs = inbound_opening(rng) + [("user", rng.choice(ind["inbound_book"]))]
        msgs += booking_turns(ind, rng, ctx)
        return msgs + closing(rng, inbound=True), variant
    msgs = opening(ind, rng)
    q, s = n_middle(rng)
    msgs += middle(ind, rng, q, s)
    if variant == "plain":
        qs = [e.split("|")[0] for e in ind["interested"] if e.split("|")[0].endswith("?")]
        if qs and rng.random() < 0.5:
            msgs += turns(rng.choice(qs))
            msgs.append(("agent", "Happy to go over all of that."))
        msgs += booking_turns(ind, rng, ctx)
    elif variant == "negotiate":
        msgs += booking_turns(ind, rng, ctx, negotiate=True)
    elif variant == "callback":
        msgs += turns(rng.choice(CALLBACK))
    elif variant == "tentative":
        msgs.append(("agent", rng.choice(ind["ab_offer"])))
        msgs += turns(rng.choice(TENTATIVE))
    elif variant == "flip":
        msgs += [("user", rng.choice(["No thanks, I'm not interested.", "Nah, I don't think so.", "Not really, no."])),
                 ("agent", "Understood. Just so you know, " + rng.choice(ind["hook"]) + " " + rng.choice(ind["ab_offer"])),
                 ("user", rng.choice(["Well... actually, {t} works. Sure, go ahead.", "Hm. Okay, fine, {t}. Let's do it.",
                                      "You know what, why not. {t}."])),
                 ("agent", rng.choice(CONFIRM_BOOK).replace("{slot}", "{t}"))]
    return msgs + closing(rng), variant


def gen_voicemail(ind, rng, ctx, variant):
    msg = "Hi {name}, this is {agent} from {org}. I'm calling because " + rng.choice(ind["hook"]) + \
        " Give us a call back at 555-0142 when you get a chance. Thanks!"
    if variant == "detected_hello":
        return [("agent", "Hi, is this {name}?"), ("user", "Hello?"), ("agent", "Hi, this is {agent} from {org}."),
                ("user", "Hello? ... Hello?")], {"voicemail_detected": True, "end_reason": "completed"}
    if variant == "detected_empty":
        return [], {"voicemail_detected": True, "end_reason": "completed", "duration_seconds": round(rng.uniform(8, 30), 1)}
    if variant == "full":
        return [("user", VM_GREETINGS[VM_FULL_IDX])], {"end_reason": "completed"}
    g = rng.choice([x for i, x in enumerate(VM_GREETINGS) if i != VM_FULL_IDX])
    msgs = [("user", g)]
    if variant == "message":
        msgs.append(("agent", msg))
    kw = {"end_reason": "completed"}
    if rng.random() < 0.5:
        kw["voicemail_detected"] = True
    return msgs, kw


def gen_not_connected(ind, rng, ctx, variant):
    if variant == "telephony":
        return [], {"end_reason": rng.choice(["no_answer", "no_answer", "busy", "failed"]), "duration_seconds": 0}
    if variant == "telephony_msgs":  # telephony wins even if something got transcribed
        return [("agent", "Hi, is this {name}?")], {"end_reason": rng.choice(["no_answer", "failed"])}
    if variant == "hello":
        return [("user", "Hello?"), ("agent", "Hi, is this {name}?"), ("user", "Hello? ... Hello?")], {"end_reason": "hangup"}
    if variant == "quick_hangup":
        return [("user", rng.choice(["Hello?", "Yeah?"])), ("agent", "Hi {name}, " + lower_first(rng.choice(ind["pitch"])))], {"end_reason": "hangup"}
    if variant == "silent":
        return [("agent", "Hi, is this {name}?"), ("agent", "Hello? Are you there?"), ("agent", "I'm having trouble hearing you. I'll try again later.")], {"end_reason": "completed", "keep_turns": True}
    if variant == "carrier":
        return [("user", rng.choice(CARRIER_NC))], {"end_reason": "completed"}
    if variant == "screening":
        a, b = rng.choice(SCREENING)
        return [("user", a), ("agent", "Hi, this is {agent} from {org}, calling for {name}."), ("user", b)], {"end_reason": "completed"}
    if variant == "ivr":
        return [("user", rng.choice(IVR)), ("agent", "Hi, I'm trying to reach {name}."),
                ("user", "I'm sorry, I didn't get that. For sales, press one. For billing, press two.")], {"end_reason": "completed"}
    if variant == "room":
        t = turns(rng.choice(ROOM))
        return [t[0], ("agent", "Hi, is this {name}?")] + [("user", x) for _, x in t[1:]], {"end_reason": "hangup"}
    raise ValueError(variant)


def gen_null(ind, rng, ctx, variant):
    if variant == "inbound":
        return inbound_opening(rng) + turns(rng.choice(ind["inbound_null"])), {"direction": "inbound"}
    if variant == "wrong":
        return [("user", rng.choice(GREET[:4])), ("agent", "Hi, is this {name}?")] + turns(rng.choice(WRONG_NUMBER)), {}
    if variant == "who":
        return [("user", "Hello?"), ("agent", "Hi {name}, " + lower_first(rng.choice(ind["pitch"])))] + turns(rng.choice(WHO_OKAY)), {"end_reason": "hangup"}
    msgs = opening(ind, rng)
    if variant == "short":
        return msgs + turns(rng.choice(NULL_SHORT)), {"end_reason": "hangup"}
    if variant == "dropped":
        return msgs + [("user", rng.choice(DROPPED))], {"end_reason": "hangup"}
    if variant == "one_question":
        q = turns(rng.choice(ind["qa"]))[:2]
        return msgs + q, {"end_reason": "hangup"}
    raise ValueError(variant)


# ---------------------------------------------------------------------------------------------

def main() -> None:
    rng = random.Random(SEED)
    rows: list[dict] = []

    def custom_list(ind):
        return [{"label": c["label"], "description": c["description"]} for c in ind["customs"]]

    # 1. custom-outcome matches and near-misses
    for ind in INDUSTRIES:
        cl = custom_list(ind)
        for co in ind["customs"]:
            plan = [(e, False) for e in co["match"]]
            rng.shuffle(plan)
            inb = [(e, True) for e in co.get("inbound", [])]
            if inb:  # one or two inbound calls where the outcome fits inbound
                k = min(len(inb), rng.choice([1, 2]))
                plan = inb[:k] + plan
            for entry, inbound in plan[:CUSTOM_CALLS_PER_OUTCOME]:
                ctx = new_ctx(ind, rng)
                msgs = custom_match(ind, co, entry, rng, ctx, inbound=inbound)
                rows.append(finalize(ind, ctx, msgs, co["label"], "custom_match", rng, cl, rng.random() < 0.4,
                                     direction="inbound" if inbound else "outbound", end_reason="completed"))
            for gold, entry in co["near"]:
                ctx = new_ctx(ind, rng)
                msgs = near_miss(ind, entry, gold, rng, ctx)
                outcome = None if gold == "null" else gold
                rows.append(finalize(ind, ctx, msgs, outcome, "custom_near", rng, cl, rng.random() < 0.4,
                                     end_reason="hangup" if outcome is None else "completed"))

    # 2. generic calls, round-robin over industries, up to the target counts
    have = Counter(r["outcome"] for r in rows)
    variants = {
        "Interested": ["plain", "plain", "plain", "generic", "flip", "cancelled", "inbound"],
        "Not Interested": ["plain", "plain", "plain", "generic", "hostile", "flip", "cancelled"],
        "Appointment Booked": ["plain", "plain", "negotiate", "callback", "callback", "tentative", "flip", "inbound"],
        "Voicemail": ["message", "message", "greeting", "full", "detected_hello", "detected_empty", "message"],
        "Not Connected": ["telephony", "telephony", "telephony", "telephony_msgs", "hello", "quick_hangup", "silent",
                          "carrier", "carrier", "screening", "ivr", "room"],
        None: ["inbound", "wrong", "who", "short", "dropped", "one_question", "inbound", "short"],
    }
    k = 0
    for label, target in TARGETS.items():
        need = target - have.get(label, 0)
        vs = variants[label]
        for i in range(need):
            ind = INDUSTRIES[k % len(INDUSTRIES)]
            k += 1
            ctx = new_ctx(ind, rng)
            v = vs[i % len(vs)]
            if label == "Not Interested" and v == "hostile" and ind["name"] == "medical billing":
                v = "plain"  # a hostile outburst there would read like the "Escalate" custom outcome
            kw: dict = {}
            direction = "outbound"
            if label == "Interested":
                msgs, v = gen_interested(ind, rng, ctx, v)
                direction = "inbound" if v == "inbound" else "outbound"
                kw["end_reason"] = "completed"
            elif label == "Not Interested":
                msgs, v = gen_not_interested(ind, rng, ctx, v)
                kw["end_reason"] = rng.choice(["completed", "hangup"])
            elif label == "Appointment Booked":
                msgs, v = gen_booked(ind, rng, ctx, v)
                direction = "inbound" if v == "inbound" else "outbound"
                kw["end_reason"] = "completed"
            elif label == "Voicemail":
                msgs, kw = gen_voicemail(ind, rng, ctx, v)
            elif label == "Not Connected":
                msgs, kw = gen_not_connected(ind, rng, ctx, v)
            else:
                msgs, kw = gen_null(ind, rng, ctx, v)
                direction = kw.pop("direction", "outbound")
                kw.setdefault("end_reason", "completed")
            cat = {"Interested": "interested", "Not Interested": "not_interested", "Appointment Booked": "booked",
                   "Voicemail": "vm", "Not Connected": "nc", None: "null"}[label] + "_" + v
            rows.append(finalize(ind, ctx, msgs, label, cat, rng, custom_list(ind), rng.random() < 0.4,
                                 direction=direction, **kw))

    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"tune-{i:04d}"
    check(rows)
    write(OUT, rows)
    dist = Counter(r["outcome"] if r["outcome"] in BUILTINS or r["outcome"] is None else "(custom)" for r in rows)
    for lab, n in sorted(dist.items(), key=lambda x: -x[1]):
        print(f"  {str(lab):20s} {n:4d}  {100 * n / len(rows):.0f}%")
    print("  asr:", sum(r["tag"].endswith("/asr") for r in rows), " inbound:",
          sum(r["call"]["direction"] == "inbound" for r in rows))


def check(rows: list[dict]) -> None:
    for r in rows:
        labels = {c["label"] for c in r["custom_outcomes"]}
        assert r["outcome"] is None or r["outcome"] in BUILTINS or r["outcome"] in labels, r
        for m in r["call"]["messages"]:
            assert "{" not in m["content"] and "}" not in m["content"], m
            assert m["role"] in ("agent", "user")


if __name__ == "__main__":
    main()
