"""Generate heldout7.jsonl: the final, sealed test set for the call-outcome classifier.

About 300 synthetic phone calls across six industries (kitchen remodeling, dog grooming and
boarding, B2B payroll software, blood donation center outreach, language school enrollment,
storage unit rentals), each with its own custom outcomes. Gold labels follow
/work/shared/spec/outcome-guidelines.md (precedence, settled cases). ~40% of calls are rendered
in raw speech-recognition style with `_common.asr`.

Run:  python data/eval/gen_heldout7.py   (deterministic, fixed seed; writes next to this file)
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import asr, record, write  # noqa: E402

SEED = 7707
OUT = Path(__file__).resolve().parent / "heldout7.jsonl"

M = list[tuple[str, str]]

# --------------------------------------------------------------------------------------------
# Generic pools
# --------------------------------------------------------------------------------------------

AGENTS = ["Maya", "Jordan", "Priya", "Sam", "Elena", "Marcus", "Nina", "Theo", "Ava", "Leo", "Grace", "Omar"]
PEOPLE = ["Karen", "Dave", "Luis", "Tamika", "Brian", "Sofia", "Greg", "Hannah", "Raj", "Donna",
          "Mike", "Jessica", "Tom", "Angela", "Kevin", "Rosa", "Phil", "Monique", "Steve", "Linda"]
TIMES = ["Thursday at 2pm", "tomorrow morning at 9", "the 14th at noon", "Saturday at 10:30am",
         "Monday at 3pm", "Wednesday at 11am", "Friday at 4pm", "Tuesday evening at 6",
         "next Tuesday at 1:30pm", "the 22nd at 9am", "Thursday at 8:15am", "Saturday at 1pm"]

USER_HELLO = ["Hello?", "Yeah, hello?", "Hi, who's this?", "Hello, this is {name}.", "Yeah?",
              "{name} speaking.", "Hello-o?", "Mm-hm, hello?"]

AGENT_OPEN = [
    "Hi, is this {name}? This is {agent} calling from {company}.",
    "Hi {name}, it's {agent} with {company}, how are you doing today?",
    "Hello, may I speak with {name}? My name is {agent}, I'm with {company}.",
    "Hey there, this is {agent} from {company}. Am I speaking with {name}?",
    "Good afternoon, this is {agent} over at {company}. Is {name} available?",
]
USER_ACK = [
    "Yeah, this is {name}.", "Speaking.", "Yes, that's me. What's this about?", "Uh-huh, go ahead.",
    "Mm, that's me.", "Yep. Who'd you say you were with?", "Doing okay. What's up?",
    "Yeah, hi. I've got a minute.", "That's me, yeah.", "Fine, thanks. What can I do for you?",
    "Oh, hi. Yeah.", "Mm, yes?",
]

HEDGES = [
    "Hmm. Okay.", "I see.", "Right, right.", "Okay, go on.", "Huh. I didn't know that.",
    "Mm-hm.", "Okay, that makes sense.", "Sure.", "Yeah, I figured.", "Alright.",
    "I don't know, I'm still on the fence.", "Hm, that's not bad actually.",
    "I'm not sure it's for us, but keep going.", "Interesting.",
]
SMALLTALK = [
    ("Sorry, it's loud here, the kids just got home.", "No problem at all, take your time."),
    ("Hold on one sec... okay, sorry, the dog was barking at the mailman.", "Ha, no worries, I totally get it."),
    ("You sound like you've got a cold, you okay?", "Just allergies, thanks for asking! Spring is rough."),
    ("Where are you guys located again?", "We're right off the main road downtown, across from the library."),
    ("Sorry, I missed your name.", "It's {agent}, with {company}."),
    ("Is this a recorded line?", "It may be recorded for quality purposes, yes."),
    ("Can you speak up a little? I'm on speaker.", "Sure, is this better?"),
    ("How did you get my number, by the way?", "You'd shared it with us on a form a while back, but I'm happy to take it off if you want."),
    ("Ugh, it's been such a week.", "I hear you, I'll keep this quick."),
    ("Wait, are you a real person or one of those AI things?", "I'm an automated assistant for {company}, but I can answer most questions and get a person for you if you like."),
]
Q_PREFIX = ["", "", "", "Okay, quick question. ", "Wait, ", "Hang on, ", "Sorry, before you go on, ",
            "And ", "Alright, so ", "Let me ask you this: "]

# Interested: no concrete time, positive engagement.
INT_CLOSE = [
    ("Okay. Can you email me all of that? I want to look at it when I'm not running around.",
     "Absolutely, I'll send it over in the next few minutes."),
    ("Text me the details, I'll have a proper look tonight.", "Will do, you'll get a text from us shortly."),
    ("That sounds pretty good. Let me talk it over with my wife and we'll get back to you.",
     "Of course, take your time. I'll send a summary so you both have it."),
    ("Honestly I'm interested, I just can't pick a day right now. Can you try me again next month?",
     "Sure thing, I'll make a note to reach out next month."),
    ("Could you send me a brochure or something? Old-fashioned, I know.", "Not at all, I'll put one in the mail this week."),
    ("Yeah, I think we'd do it. Maybe after the holidays though. Call me in January?",
     "Happy to, I'll call you in January."),
    ("Let me check with my husband, he handles the schedule. But it sounds good.",
     "Perfect, I'll follow up with an email you can forward to him."),
    ("Okay, I'm definitely curious. Send me the price list and I'll think it over.",
     "Great, sending it right now."),
    ("It's on my list, for sure. Just not this month. Try me again in the spring?",
     "Absolutely, I'll reach out in the spring."),
    ("Mm, okay. Yeah, I like the sound of that. What's the website? I'll go through it this weekend.",
     "It's on the email I'm sending you, and you can reply there with any questions."),
    ("Alright, you've sold me on looking into it. Shoot me the info.", "Love to hear it. Info's on its way."),
    ("Let me sleep on it. I'll call you guys back when I've figured out my schedule.",
     "Sounds good, and I'll email our number so you have it handy."),
]
PRICE_Q = ["So what does something like that cost?", "How much are we talking?", "Ballpark, what's the price?",
           "And is that expensive? Like, what would I be paying?", "Is there a charge for that, or...?",
           "What's that run these days?"]

# Not interested: generic explicit refusals.
NI_LINES = [
    "No thanks, we're all set.", "I'm not interested, sorry.", "Please take me off your list.",
    "Don't call this number again, okay?", "Nah, that's not something I need.",
    "Look, I get these calls every day. Not interested.", "We're good, thank you.",
    "I'm gonna pass on that.", "It's really not for me, but thanks for calling.",
    "How did you even get this number? Stop calling me.", "No. Thank you. Bye.",
    "I appreciate it, but no, we've decided against it.", "Yeah, I'm gonna say no on that one.",
    "Honestly? Not interested. Have a good day.", "Please remove me, I don't want any more calls about this.",
    "Nope, not for us.", "I don't want it, and I don't want another call about it.",
]
NI_AGENT = ["Understood, thanks for your time.", "No problem, I'll make a note of that. Have a good day.",
            "Got it, I'll take you off our list. Sorry to bother you.", "Okay, thanks for letting me know.",
            "Of course. Take care."]

BOOK_OFFER = [
    "Would you like to set up {appt}? I have {t1} or {t2} open.",
    "The easiest next step is {appt}. Does {t1} work, or is {t2} better?",
    "I can get you in for {appt}. I've got {t1} and {t2} available.",
    "How about {appt}? Maybe {t1}?",
]
BOOK_ACCEPT = [
    "{t} works for me.", "Let's do {t}.", "Uh, I can do {t} I think. Yeah, put me down.",
    "Sure, {t} is fine.", "Okay. {t}. Let's go with that.", "Yeah, {t} is good, I'm off that day.",
    "Hmm, the other one's bad for me, but {t} I can make.", "Book it. {t}.",
]
BOOK_CONFIRM = [
    "Perfect, you're all set for {appt} on {t}. You'll get a confirmation text.",
    "Great, I've got you down for {t}. We'll send a reminder the day before.",
    "Done, {appt}, {t}. Thanks so much!",
    "Wonderful, that's booked for {t}.",
]
BOOKED_BYE = ["Okay, see you then.", "Got it, see you then.", "Alright, it's in my calendar."]
USER_BYE = ["Great, thanks.", "Sounds good. Bye.", "Thanks, bye-bye.", "Alright, take care.",
            "Cool, thank you.", "Okay, bye."]
AGENT_BYE = ["Thanks so much for your time, have a great day!", "Thank you, bye now.", "Take care!",
             "Appreciate it, have a good one."]

# --------------------------------------------------------------------------------------------
# Industries
# --------------------------------------------------------------------------------------------

IND: dict[str, dict] = {}

IND["kitchen remodeling"] = dict(
    companies=["Brightline Kitchens", "Oak & Tile Remodeling", "Hearthstone Kitchens"],
    custom=[
        {"label": "In-Home Measure", "description": "Booked a designer visit to the home to measure the kitchen."},
        {"label": "Renter", "description": ""},
        {"label": "Project Done", "description": "Kitchen was already remodeled recently."},
    ],
    pitch=[
        "We're doing free kitchen design consultations this month, and I saw you'd filled out a form on our site about new cabinets a while back.",
        "We've been working on a few homes in your neighborhood and we're offering ten percent off cabinet refacing and countertops through the end of the month.",
        "I'm following up on the quote request you sent in about updating your kitchen.",
        "We're a local remodeling company and we've got a couple of openings in our install schedule this summer, so I'm reaching out to folks who asked about kitchens.",
    ],
    qa=[
        ("How long does a full remodel usually take?", "Most kitchens take four to six weeks once demo starts, and we set up a temporary sink so you're not totally without a kitchen."),
        ("Do you guys do the permits or do I have to?", "We pull all the permits ourselves, that's included."),
        ("What about countertops, do you do quartz?", "Yes, quartz, granite, butcher block. We have a slab yard you can walk through."),
        ("Are you licensed and insured?", "Fully licensed and insured, with a five-year workmanship warranty."),
        ("Can you do just the cabinets and leave the rest alone?", "Absolutely, a lot of people just reface or replace the cabinets and keep the layout."),
        ("Do you do financing?", "We do, there's a twelve-month same-as-cash option and longer plans through our lender."),
        ("Would we have to move out while you work?", "Almost nobody does. We seal the work area off with plastic and clean up every day."),
        ("What's the wait on cabinets right now?", "Stock cabinets are about two weeks; custom is more like eight to ten."),
        ("Do you handle the plumbing and electrical too?", "Yes, we have licensed trades on our team, so it's all one contract."),
        ("Can I see some of your past work?", "Sure, there's a gallery on our site, and we can give you a couple of finished jobs nearby to drive past."),
        ("Is the design part free?", "The first design meeting is free, and if you go ahead the design fee is credited to the project."),
        ("Could you move the sink to the island? We've always wanted that.", "Usually yes, it depends on the floor and the drain run, but it's very common."),
    ],
    how="A designer looks at your space, we draw up a 3D plan with a few price options, and you pick what fits. No pressure at any step.",
    price="A cabinet refresh usually starts around fifteen thousand; full gut remodels tend to land between thirty-five and sixty depending on size and finishes.",
    appts=["a visit to our showroom on Elm Street", "a video call with one of our designers",
           "a phone consultation with our project manager"],
    ni=["We like our kitchen the way it is, honestly.", "We're not planning any work on the house this year, so no.",
        "We already picked a contractor, thanks.", "I'm not spending that kind of money on cabinets, no thank you."],
    unrelated=[
        ("Hi, I'm calling about the dumpster your crew left in front of my house. When is somebody picking that up?",
         "I'm sorry about that. I'm the sales line, but I can pass a note to the project team so they call you."),
        ("Yeah, hi, I'm one of your subcontractors, I haven't gotten my 1099 yet for last year.",
         "I'll forward that to our bookkeeping office, they'll reach out to you."),
    ],
)

IND["dog grooming and boarding"] = dict(
    companies=["Pawsome Lodge", "Happy Tails Grooming & Boarding", "The Wagging Inn"],
    custom=[
        {"label": "Boarding Reservation", "description": "The person reserved overnight boarding for their dog for specific dates."},
        {"label": "No Longer Has Dog", "description": "The person doesn't have a dog anymore (it died or was rehomed)."},
        {"label": "Too Expensive", "description": "Declines because of price."},
    ],
    pitch=[
        "We're reaching out to past customers because we have grooming openings this month and a spring special on bath-and-tidy packages.",
        "We just opened our new boarding suites and I wanted to tell you about them before the summer rush.",
        "It's been a few months since {dog}'s last groom, so I wanted to check in and see if you'd like to get {dog} back on the books.",
        "We're calling folks in the area about our grooming and boarding services, we just expanded with a second play yard.",
    ],
    qa=[
        ("Do you guys do just nail trims?", "We do, walk-in nail trims are fifteen dollars."),
        ("Is somebody actually there overnight with the dogs?", "Yes, we have staff on site twenty-four hours."),
        ("{dog} gets really anxious around other dogs, is that a problem?", "Not at all, we have private play times and quiet suites for nervous pups."),
        ("Do you need shot records?", "We do, rabies, distemper and bordetella. You can just email them to us."),
        ("Can I bring {dog}'s own food?", "Please do, we'd rather keep them on their normal food."),
        ("Do you do de-shedding? {dog}'s a husky mix, the fur is everywhere.", "Yes, we have a de-shedding treatment, it makes a big difference with double coats."),
        ("How long does a groom take?", "Usually two to three hours depending on size and coat."),
        ("Do you send pictures?", "We post daily photos for boarding guests, and you get a picture after every groom."),
        ("Is there a webcam for the play area?", "There is. You get a login when you check in."),
        ("Do you do teeth brushing?", "Yes, it's an add-on, eight dollars."),
        ("Are the groomers certified?", "All of our groomers are certified and have at least three years' experience."),
    ],
    how="You book online or by phone, drop off in the morning, and we text you when your pup is ready. For boarding you get daily photos.",
    price="A full groom for a medium dog is ninety-five, that's bath, haircut, nails and ears. Boarding is sixty a night.",
    appts=["a grooming appointment", "a full groom and nail trim", "a bath-and-tidy appointment",
           "a free meet-and-greet visit so {dog} can see the place"],
    ni=["I groom {dog} myself, thanks.", "We've got a neighbor who watches {dog} when we travel, so we don't need it.",
        "{dog}'s fine, we don't really do the groomer thing.", "We're happy with the place we go now. Thanks though."],
    unrelated=[
        ("Hi, I think I left {dog}'s leash there on Saturday, a red one? Did anybody find it?",
         "Let me check the lost and found... I'll have the front desk call you back about it."),
        ("Hey, I'm calling because I got charged twice on my card for last week's groom.",
         "I'm sorry about that, I'll send it to our billing team to reverse the duplicate."),
    ],
)

IND["B2B payroll software"] = dict(
    companies=["Ledgerly Payroll", "PayCrest", "Northwind Payroll Cloud"],
    custom=[
        {"label": "Under Contract", "description": "Tied into a contract with their current payroll provider and can't switch yet."},
        {"label": "Not Decision Maker", "description": "Not the one who decides."},
        {"label": "Trial Started", "description": "The person asked to sign up for the free 30-day trial account."},
    ],
    pitch=[
        "We help small businesses run payroll in about two minutes, with taxes and filings handled automatically.",
        "A lot of companies your size are switching to us after tax season; we do multi-state filings and benefits deductions in one place.",
        "I saw someone from your company downloaded our payroll compliance checklist last week, and I wanted to see if I could answer any questions.",
        "We're a payroll and HR platform for businesses under a hundred employees, and I wanted to see how you're handling payroll today.",
    ],
    qa=[
        ("Do you handle state filings? We've got people in three states.", "Yes, federal, state and local filings, including multi-state."),
        ("Does it sync with QuickBooks?", "It does, two-way sync with QuickBooks Online and Xero."),
        ("What about contractors, the 1099s?", "We pay contractors and file the 1099s at year end."),
        ("How painful is it to switch mid-year?", "Usually about a week; we import your year-to-date numbers so nothing gets lost."),
        ("Can employees pull their own pay stubs?", "Yes, they get their own login and a mobile app."),
        ("Do you do time tracking?", "Time tracking is built in and flows straight into payroll."),
        ("What happens if there's a tax penalty because of your mistake?", "If it's our error, we pay the penalty. That's in the service agreement."),
        ("Is next-day direct deposit a thing with you?", "Next-day is standard, and two-day if you prefer."),
        ("Can we run bonuses off-cycle?", "Yes, unlimited off-cycle runs at no extra cost."),
        ("Do you do workers' comp too?", "We partner with carriers for pay-as-you-go workers' comp, it plugs right in."),
        ("Is there a setup fee?", "No setup fee, and we do the data migration for you."),
    ],
    how="We import your employee data, you approve each payroll with one click, and we file all the taxes for you automatically.",
    price="It's a forty-dollar monthly base plus six dollars per employee.",
    appts=["a twenty-minute demo with one of our specialists", "a screen-share walkthrough of the dashboard",
           "a call with our onboarding team"],
    ni=["We're happy with who we've got, thanks.", "We do payroll in-house with our bookkeeper and it works fine.",
        "We've only got four people, it's not worth switching anything.", "We use Gusto and honestly we love it. So no."],
    unrelated=[
        ("Hi, I'm locked out of my account, I need a password reset. It keeps saying my link expired.",
         "I'm sorry about that. I'll open a ticket with our support team; they'll email you a fresh reset link."),
        ("Yeah, I'm an employee at one of your client companies, my W-2 has the wrong address on it.",
         "You'll want your employer's payroll admin to update that, but I can pass a note to support too."),
    ],
)

IND["blood donation center outreach"] = dict(
    companies=["Riverside Community Blood Center", "LifeStream Blood Services", "Valley Regional Blood Bank"],
    custom=[
        {"label": "Platelet Appointment", "description": "Booked to give platelets."},
        {"label": "Can't Donate", "description": "Medically ineligible right now (recent tattoo, pregnancy, low iron, medication, recent travel)."},
    ],
    pitch=[
        "We're calling past donors because our O-negative supply is really low right now, and we'd love to get you back in.",
        "It's been about four months since your last donation, so you're eligible to give again.",
        "We're hosting a donation drive at the community center next week and I wanted to see if you'd like to save a spot.",
        "Local hospitals have asked us to boost supply before the holiday weekend, so we're reaching out to our donors.",
    ],
    qa=[
        ("How long does it take?", "About an hour total for whole blood; the actual donation is eight to ten minutes."),
        ("Do I need to eat before?", "Yes, please have a good meal and plenty of water beforehand."),
        ("Can my daughter come too? She's sixteen.", "Sixteen-year-olds can donate with a signed parental consent form."),
        ("Where do I park?", "There's free parking behind the building, right by the donor entrance."),
        ("Do you give anything for donating?", "Everyone gets a T-shirt this month, and snacks of course."),
        ("How often can I even donate?", "Whole blood every fifty-six days."),
        ("Will I find out my blood type?", "Yes, it shows in the donor app after your donation."),
        ("Do you have weekend hours?", "We're open Saturdays eight to two."),
        ("Does it hurt much? I always get woozy.", "Just a pinch, and we'll have you lie back and take it slow. Lots of juice afterwards."),
        ("Is it the same building as last time?", "Yes, same place on Fourth Street."),
    ],
    how="You come in, we do a quick health check, the donation takes about ten minutes, and then juice and cookies.",
    price="There's no cost at all, it's a donation, and we cover parking.",
    appts=["a whole blood donation appointment", "a spot at the community center drive", "a double red cell donation"],
    ni=["I don't think I'm gonna do that, sorry.", "It's not for me.", "I've done my share, I'm gonna sit this one out.",
        "No, I'd rather not. Please don't keep calling about it."],
    unrelated=[
        ("Hi, I donated last Tuesday and I left my sunglasses on the snack table. Black Ray-Bans?",
         "Let me put a note in for the center staff, they'll check the lost and found and call you."),
        ("Hello, I'm calling from Mercy Hospital's lab about a courier pickup that didn't show this morning.",
         "I'll transfer you to our hospital services desk, one moment."),
    ],
)

IND["language school enrollment"] = dict(
    companies=["Lingua Casa Language School", "Polyglot Institute", "Babel Bridge Academy"],
    custom=[
        {"label": "Placement Test Booked", "description": "Scheduled the level placement test."},
        {"label": "Company Sponsored", "description": "Their employer will pay for the course."},
        {"label": "Enrolled Elsewhere", "description": ""},
    ],
    pitch=[
        "You'd asked about our {lang} courses on our website, and our new evening term starts on the 3rd.",
        "We're enrolling for the summer intensive, and I wanted to see if you're still thinking about learning {lang}.",
        "We have a few spots left in our small-group {lang} classes, eight students max.",
        "You'd downloaded our {lang} starter guide, so I wanted to tell you about our fall classes.",
    ],
    qa=[
        ("How big are the classes?", "Eight students max, so everybody gets to talk a lot."),
        ("Is it online or in person?", "Both. We have in-person classes downtown and live online groups."),
        ("Are the teachers native speakers?", "All our teachers are native speakers with teaching certification."),
        ("How long is a term?", "Ten weeks, two evenings a week, ninety minutes each."),
        ("What if I miss a class?", "You can join a make-up session with another group that week."),
        ("Do you do exam prep? Like the official certificates?", "Yes, we have an exam prep track for the official certificates."),
        ("Do you have anything for kids?", "Saturday morning classes for kids seven to twelve."),
        ("Is there a lot of homework?", "A little, usually twenty minutes between classes, plus our app."),
        ("Do you do private lessons?", "We do, one-on-one lessons are sixty-five an hour."),
        ("Are the books included?", "Materials are included in the term fee."),
        ("What are the evening times?", "Six to seven thirty or seven forty-five to nine fifteen."),
    ],
    how="You join a small group at your level, two evenings a week, with a native-speaking teacher and our practice app between classes.",
    price="A ten-week term is four hundred twenty dollars, materials included.",
    appts=["a free trial class", "a call with our academic advisor", "a tour of the school"],
    ni=["I think I'm gonna drop the idea, I don't have time for a class.", "I'm not really into it anymore.",
        "No, I was just browsing when I filled that out.", "Not interested, I'll stick with my podcasts."],
    unrelated=[
        ("Hi, I'm a current student, I left my umbrella in room three last night. Is anyone there who can grab it?",
         "I'll leave a note for reception, they'll hold it at the front desk for you."),
        ("Hello, are you guys hiring teachers? I'm a native Portuguese speaker.",
         "I'll pass your details to our academic director, or you can send a CV to the jobs email."),
    ],
)

IND["storage unit rentals"] = dict(
    companies=["StoreSafe Self Storage", "Keystone Storage", "Granite Ridge Storage"],
    custom=[
        {"label": "Unit Reserved", "description": "Reserved a storage unit with a move-in date."},
        {"label": "Has Storage", "description": "Already rents a unit somewhere else."},
        {"label": "Business Use", "description": "For a business."},
    ],
    pitch=[
        "You'd started a reservation on our website for a ten-by-ten and didn't finish, so I wanted to see if I could help.",
        "We've got a first-month-for-a-dollar special on climate-controlled units right now.",
        "We just opened a new location off Route 9 and I wanted to tell you about our move-in specials.",
        "You'd asked for a quote on a storage unit last week, so I'm following up.",
    ],
    qa=[
        ("Is it climate controlled?", "We have both; climate-controlled units are about twenty dollars more a month."),
        ("What are the gate hours?", "Gate access is six a.m. to ten p.m. every day with your personal code."),
        ("Do I need my own lock?", "You can bring one or buy a disc lock from us for twelve dollars."),
        ("How big is a ten by ten, really?", "About the size of a small bedroom. It fits a one-bedroom apartment's furniture."),
        ("Is there a contract, like a year minimum?", "No, it's month to month, just give us ten days' notice."),
        ("Do you have cameras?", "Cameras in every hallway and at the gate, and a manager on site during office hours."),
        ("Can I get a truck up to it?", "We have drive-up units, and a free moving truck with move-in."),
        ("Do I need insurance?", "You need some coverage; our protection plan is nine dollars a month, or your homeowner's policy may cover it."),
        ("Is there an elevator? Some of this stuff is heavy.", "Yes, two freight elevators and flatbed carts."),
        ("Can somebody else access it, like my son?", "Sure, you can add authorized users with their own gate code."),
    ],
    how="You pick a size online or with me, sign the lease in ten minutes, and you get a gate code the same day.",
    price="A ten-by-ten is a hundred twenty-nine a month, and five-by-tens are sixty-nine right now.",
    appts=["a tour of the facility", "a walk-through with our site manager"],
    ni=["We found room in the garage after all, so I don't need the space.", "Changed my mind, I'm just gonna get rid of the stuff.",
        "We're not moving after all, so no.", "No, I'm not paying monthly for a box of junk. Thanks."],
    unrelated=[
        ("Hi, my gate code stopped working this morning, I'm standing outside the gate right now.",
         "I'm sorry about that, let me get the site manager to reset it for you."),
        ("Hey, I'm calling about my autopay, it still has my old card on it.",
         "You can update that in the tenant portal, or I can have the office call you to change it."),
    ],
)

DOGS = ["Biscuit", "Luna", "Max", "Bella", "Cooper", "Daisy", "Murphy", "Pepper", "Rosie", "Tucker"]
LANGS = ["Spanish", "French", "Italian", "German", "Japanese", "Portuguese"]

# --------------------------------------------------------------------------------------------
# Custom-outcome scenes: each is a list of (role, text) placed after the pitch.
# --------------------------------------------------------------------------------------------

CUSTOM_SCENES: dict[str, list[M]] = {
    # kitchen
    "In-Home Measure": [
        [("agent", "The next step would be having one of our designers come out to measure and look at the layout. It's free, about an hour."),
         ("user", "Sure, somebody can come look at the space. Thursday after 4 works, say 4:30?"),
         ("agent", "Thursday at 4:30, perfect. Our designer Rosa will come to the house with her tape measure and some samples."),
         ("user", "Great. Tell her to park in the driveway.")],
        [("agent", "Would it help to have someone come by and measure?"),
         ("user", "Honestly yes, it'd be easier if someone just came out and saw how weird the corner is. Can they come Monday at 9?"),
         ("agent", "Monday at 9 works. I'll have our designer come to your place and get measurements of the whole kitchen."),
         ("user", "Okay, good.")],
        [("user", "What do you need from me to get an actual number?"),
         ("agent", "We'd send a designer out to your home to measure everything. Then you'd get a real quote."),
         ("user", "My husband's home Wednesday, so if your guy wants to come measure, Wednesday at 1 is fine."),
         ("agent", "Wednesday at 1 it is, at your house. You'll get a text with the designer's name."),
         ("user", "Perfect.")],
        [("agent", "We could get a designer out to your house to take measurements this week."),
         ("user", "Yes, let's get the tape measure out here. The 14th at noon?"),
         ("agent", "The 14th at noon, booked. They'll measure the kitchen and talk through options with you.")],
        [("user", "I've drawn something on graph paper but I'm sure it's wrong."),
         ("agent", "Ha, that's a great start. Our designer can come over and measure properly, then we'd draw it up in 3D."),
         ("user", "Yeah, come on over and take a look. Friday at 3 I'm home."),
         ("agent", "Friday at 3, at your home. Bring out the graph paper, she'll love it."),
         ("user", "Will do.")],
    ],
    "Renter": [
        [("user", "Oh, I'd love a new kitchen, but it's not my call. I'd have to ask my landlord and he won't spend a dime."),
         ("agent", "Ah, I understand. Would it help if we sent some info you could pass along?"),
         ("user", "You can try, but I wouldn't hold your breath.")],
        [("user", "We're just leasing this place, so I can't really tear out the cabinets."),
         ("agent", "Got it, that makes sense. Thanks for letting me know.")],
        [("user", "I don't own the house, I rent it. You'd have to talk to the property management company."),
         ("agent", "Understood. Sorry for the confusion.")],
        [("user", "Ha, I wish. This is an apartment, the building handles all that stuff."),
         ("agent", "Oh, I see. Well, if you ever buy a place, keep us in mind."),
         ("user", "Sure, someday.")],
        [("user", "Hmm, the owner would have to approve any of that. Our lease is up in August anyway."),
         ("agent", "Makes sense. I'll update our records.")],
    ],
    "Project Done": [
        [("user", "We literally just finished redoing it in March. New cabinets, new everything."),
         ("agent", "Oh, congratulations! Then you're definitely set for a while.")],
        [("user", "Oh, you're about a year too late, we had the whole kitchen gutted last summer."),
         ("agent", "Ha, timing is everything. Glad it's done!"),
         ("user", "Yeah, never again, it was a nightmare.")],
        [("user", "My brother-in-law and I redid it ourselves over the winter, so we're good there."),
         ("agent", "Nice, a DIY job! I'll update our notes.")],
        [("user", "The kitchen was done right before we bought the place two years ago. It's basically brand new."),
         ("agent", "Oh nice, then there's nothing for us to do there.")],
        [("user", "We just had the counters and cabinets replaced. Like, the contractor left last week."),
         ("agent", "Oh wow, fresh off the job! Enjoy it.")],
    ],
    # dog
    "Boarding Reservation": [
        [("user", "Actually, we're going to my sister's wedding. Can {dog} stay with you from Friday the 19th to Sunday the 21st?"),
         ("agent", "Let me check... yes, I've got a suite. {dog} is booked for boarding Friday the 19th through Sunday the 21st."),
         ("user", "Oh, great, that's a relief.")],
        [("user", "Yeah, we're away Thanksgiving week. Can you hold a spot for {dog} from Tuesday the 25th through Sunday the 30th?"),
         ("agent", "Done, {dog} is reserved from Tuesday the 25th to Sunday the 30th. Drop-off is after 8 a.m."),
         ("user", "Perfect, thank you.")],
        [("agent", "Do you have any trips coming up where {dog} might need a place to stay?"),
         ("user", "We fly out on the 12th, back the 16th. Does that work for a sleepover?"),
         ("agent", "It does. I've reserved a suite for {dog} the nights of the 12th through the 16th."),
         ("user", "Awesome. {dog}'ll think it's a vacation.")],
        [("user", "I need somewhere for {dog} while I'm in the hospital, the 5th through the 9th. Can you book that?"),
         ("agent", "Of course. {dog} is booked with us from the 5th to the 9th. I hope everything goes well."),
         ("user", "Thanks, me too.")],
        [("user", "Put {dog} down for the nights of the 3rd to the 8th, I'll drop {dog} off the morning of the 3rd."),
         ("agent", "All set, boarding from the 3rd to the 8th. We'll email the check-in form."),
         ("user", "Great.")],
    ],
    "No Longer Has Dog": [
        [("user", "Oh... um, we lost {dog} in January. Fifteen years old."),
         ("agent", "I'm so sorry to hear that. Thank you for telling me, I'll update our records."),
         ("user", "Thanks. Yeah.")],
        [("user", "We actually had to rehome {dog}, my son developed allergies. A family in Ohio has {dog} now."),
         ("agent", "That must have been hard. I'll make sure we don't keep calling about her.")],
        [("user", "{dog} crossed the rainbow bridge last fall, so... yeah."),
         ("agent", "Oh, I'm sorry. We loved having {dog} here.")],
        [("user", "{dog} went to live with my mom after we moved into the apartment, so {dog}'s not with us anymore."),
         ("agent", "Got it, thanks for letting me know.")],
        [("user", "We don't have a dog anymore, sorry. You can take us off the list."),
         ("agent", "Understood, I'll take care of that.")],
    ],
    "Too Expensive": [
        [("user", "{price_q}"), ("agent", "{price}"),
         ("user", "Ninety-five dollars? For a haircut? No, that's nuts, I'll pass."),
         ("agent", "I understand. Thanks anyway.")],
        [("user", "{price_q}"), ("agent", "{price}"),
         ("user", "Honestly, that's more than I spend on my own hair. No thank you."),
         ("agent", "Fair enough, thanks for your time.")],
        [("user", "{price_q}"), ("agent", "{price}"),
         ("user", "Sixty a night is way out of our budget, we'll figure something else out."),
         ("agent", "Totally understand.")],
        [("user", "{price_q}"), ("agent", "{price}"),
         ("user", "I'd love to, but money's really tight right now. I just can't swing that."),
         ("agent", "I understand, no pressure at all.")],
        [("user", "{price_q}"), ("agent", "{price}"),
         ("user", "Yeah, no. The place down the road does it for half that."),
         ("agent", "Okay, thanks for letting me know.")],
        [("user", "{price_q}"), ("agent", "{price}"),
         ("user", "It's too expensive for us, sorry."),
         ("agent", "No worries.")],
    ],
    # payroll
    "Under Contract": [
        [("user", "We just signed a two-year agreement with ADP in January, so we're stuck with them for now."),
         ("agent", "Got it. Would it be okay to check in closer to the end of that term?"),
         ("user", "I guess, sure.")],
        [("user", "There's an early termination fee on our Paychex deal. Doesn't make sense to move until that runs out next year."),
         ("agent", "That's fair, those fees can be steep.")],
        [("user", "Our renewal isn't until 2026, so... maybe talk to me then."),
         ("agent", "Will do, I'll note your renewal date.")],
        [("user", "We're locked in with our PEO through the end of the year, they do payroll and benefits together."),
         ("agent", "Understood. We can revisit once that's up.")],
        [("user", "We're under contract with our current provider, so we can't switch right now."),
         ("agent", "Makes sense, thanks for being upfront.")],
    ],
    "Not Decision Maker": [
        [("user", "Oh, I just answer the phones. That'd be Greg, he's the owner, he's not in today."),
         ("agent", "No problem. Is there a good time to reach Greg?"),
         ("user", "Try his email, it's on the website.")],
        [("user", "You'd want our controller for that. I don't have any say in what software we use."),
         ("agent", "Got it, could you share the best way to reach them?"),
         ("user", "I'll give him your number.")],
        [("user", "I'm only the office manager, all that stuff goes through corporate in Dallas."),
         ("agent", "Understood. Do you know who handles it there?"),
         ("user", "Not offhand, sorry.")],
        [("user", "That's really my business partner's area, she picks all the vendors."),
         ("agent", "Okay, is she available by chance?"),
         ("user", "She's traveling. I'll tell her you called.")],
        [("user", "{price_q}"), ("agent", "{price}"),
         ("user", "Hm, I can't sign off on anything like that. Above my pay grade, you know?"),
         ("agent", "Of course. Who would be the right person?"),
         ("user", "Our CFO, Linda. I'll pass it along.")],
    ],
    "Trial Started": [
        [("user", "Can I just poke around in it myself first? Set me up with that free trial."),
         ("agent", "Absolutely, I've created the trial account, the login is on its way to your email."),
         ("user", "Got it, thanks.")],
        [("user", "Go ahead and send me the trial link, I'll get the account going today."),
         ("agent", "Done, you've got thirty days free, no card needed.")],
        [("agent", "We do have a thirty-day free trial if you'd like to try it."),
         ("user", "You know what, sign me up for the thirty days. I'll load our crew in this weekend."),
         ("agent", "Great, your trial account is set up. I'll email the login.")],
        [("user", "I'd rather just try it than sit through a presentation. Can you open one of those trial accounts for us?"),
         ("agent", "Sure, I've opened the trial under your company name."),
         ("user", "Perfect.")],
        [("user", "Let's start the free trial. My email's the one on the form."),
         ("agent", "Great, I'm activating the trial now.")],
    ],
    # blood
    "Platelet Appointment": [
        [("agent", "We especially need platelet donors right now. It's the two-hour donation on the machine that returns your red cells."),
         ("user", "Okay, I'll do the platelet one. Is Tuesday at 8 in the morning open?"),
         ("agent", "Yes, you're booked for a platelet donation Tuesday at 8 a.m."),
         ("user", "I'll bring a book.")],
        [("agent", "Would you consider giving platelets this time? It helps cancer patients the most."),
         ("user", "Sure, I've done the machine one before. Put me down for Saturday at 9."),
         ("agent", "Great, platelets Saturday at 9. Wear something with short sleeves.")],
        [("agent", "We have a real shortage of platelets for the cancer ward."),
         ("user", "Yeah, if the cancer ward needs platelets, I can come Thursday at 1."),
         ("agent", "Thursday at 1, platelet donation, booked. Thank you!")],
        [("user", "What's that apheresis thing I keep seeing on your posters?"),
         ("agent", "That's platelet donation, about two hours, and you can watch a movie while you give."),
         ("user", "Huh. I'll try it. The 14th at noon?"),
         ("agent", "You're set for a platelet donation on the 14th at noon.")],
        [("agent", "Your blood type makes you a great platelet donor, would you like to try that?"),
         ("user", "Sign me up for platelets. Monday at 3 works."),
         ("agent", "Done, platelets Monday at 3.")],
    ],
    "Can't Donate": [
        [("user", "Ah, I just got a new tattoo on my arm a couple weeks ago, so I think I have to wait."),
         ("agent", "You're right, there can be a waiting period after a new tattoo. Thanks for letting us know.")],
        [("user", "I'm actually expecting, due in June, so not this time."),
         ("agent", "Congratulations! We'll check in after you're cleared by your doctor.")],
        [("user", "Last time they turned me away because my iron was too low, and the doctor has me on supplements now."),
         ("agent", "Okay, we'll wait until your levels are back up.")],
        [("user", "I started on blood thinners after my surgery, so I don't think they'd take me."),
         ("agent", "Understood, and I hope your recovery is going well.")],
        [("user", "We just got back from three weeks in Nigeria. Don't they make you wait after malaria areas?"),
         ("agent", "Yes, there's a deferral after travel to malaria-risk areas. Thanks for telling me.")],
        [("user", "I'm not eligible right now, my doctor said no donating for a while."),
         ("agent", "Okay, thanks for letting me know. We'll update your file.")],
    ],
    # language
    "Placement Test Booked": [
        [("agent", "We'd start with a short placement test with a teacher, about twenty minutes, to find your level."),
         ("user", "Yeah, let me do the level test so I know where I stand. Is Wednesday at 6 okay?"),
         ("agent", "Wednesday at 6, placement test, booked.")],
        [("agent", "First step is a placement assessment, you can do it online with a teacher."),
         ("user", "Sure, I'll take the assessment thing online. Thursday at 7pm?"),
         ("agent", "Thursday at 7pm, you'll get the video link by email.")],
        [("user", "I took two years in high school, do I have to start from zero?"),
         ("agent", "Not necessarily, we'd do a quick placement test to see."),
         ("user", "Okay, book me for that quick test. Monday at noon."),
         ("agent", "Monday at noon, you're set for the placement test.")],
        [("agent", "Would you like to schedule the placement exam? It's free."),
         ("user", "Put me down for Saturday at 10:30."),
         ("agent", "Placement exam Saturday at 10:30, done.")],
        [("agent", "To know which group fits, we do a little level check first."),
         ("user", "Let's do the level check. How about tomorrow at 5:30?"),
         ("agent", "Tomorrow at 5:30 works, I've scheduled your level test.")],
    ],
    "Company Sponsored": [
        [("user", "My company has a learning stipend, so they'd cover it. I just need an invoice with the company name on it."),
         ("agent", "Easy, we invoice employers all the time."),
         ("user", "Great, send me the details.")],
        [("user", "Work's paying for it actually. We're opening an office overseas and they want a few of us conversational."),
         ("agent", "That's exciting. We can set up the billing with your employer directly.")],
        [("user", "{price_q}"), ("agent", "{price}"),
         ("user", "Oh, that doesn't matter much, HR said they'll reimburse the tuition."),
         ("agent", "Perfect, I'll send a receipt format that works for reimbursement.")],
        [("user", "It's through my job. They want me talking to the clients in {lang} by fall, so it's on their dime."),
         ("agent", "Great, we'll put together the paperwork for your company.")],
        [("user", "My employer is sponsoring the course, so can you bill them directly?"),
         ("agent", "Yes, just send me your HR contact.")],
    ],
    "Enrolled Elsewhere": [
        [("user", "Oh, I actually signed up at another institute already. Classes start Monday."),
         ("agent", "Ah, good for you! Best of luck with it.")],
        [("user", "I ended up going with the community college. I'm in their {lang} 101."),
         ("agent", "That's great, enjoy it.")],
        [("user", "I'm already taking classes with another school, but thanks."),
         ("agent", "No problem, good luck!")],
        [("user", "I found a program at the university extension and already paid for it."),
         ("agent", "Understood, thanks for letting me know.")],
        [("user", "My sister got me into her {lang} school, I started there last week."),
         ("agent", "Oh nice, learning with family is fun. Best of luck.")],
    ],
    # storage
    "Unit Reserved": [
        [("user", "Okay, hold a ten by ten for me. I'll move in on the 1st."),
         ("agent", "Done, unit 214 is reserved for you with move-in on the 1st."),
         ("user", "Good.")],
        [("user", "Let's lock in that climate-controlled five by ten. I'll be there Saturday morning with the truck."),
         ("agent", "Reserved, move-in Saturday morning. Bring your ID and we'll have the paperwork ready.")],
        [("user", "Reserve the drive-up one. I'm moving the 28th."),
         ("agent", "Got it, the drive-up unit is reserved for a move-in on the 28th.")],
        [("agent", "Would you like me to reserve the unit? There's no charge until move-in."),
         ("user", "Yeah, go ahead and reserve it, move-in on the 15th works."),
         ("agent", "All set, reserved with a move-in date of the 15th.")],
        [("user", "Put my name on that unit. I'll come in Monday after work to move the boxes in."),
         ("agent", "Reserved for you, move-in Monday. See you then.")],
    ],
    "Has Storage": [
        [("user", "We've got a unit at the CubeSmart on Main already, it's full of my dad's stuff."),
         ("agent", "Got it. If you ever want to consolidate, give us a call.")],
        [("user", "Oh, I already got a place. I rented one across town last week."),
         ("agent", "Ah, okay, thanks for letting me know.")],
        [("user", "We've been paying for a locker over at Extra Space for three years now, so we're set."),
         ("agent", "Understood.")],
        [("user", "My stuff's already in storage. Found one near my mom's house."),
         ("agent", "Great, glad you found something.")],
        [("user", "I already have a storage unit elsewhere, thanks."),
         ("agent", "No problem, have a good day.")],
    ],
    "Business Use": [
        [("user", "It'd be for my landscaping company. I need somewhere for the mowers and trailers over the winter."),
         ("agent", "We have large drive-up units that are perfect for equipment."),
         ("user", "Okay, send me what you've got in the bigger sizes.")],
        [("user", "I run an online store, it's for overflow inventory. Mostly boxes of candles."),
         ("agent", "Climate-controlled would be best for candles. I'll send some options."),
         ("user", "Yeah, they melt. Send them over.")],
        [("user", "We're a small law firm. We have to keep old case files for seven years and the office is bursting."),
         ("agent", "We have a lot of firms storing records with us, I'll email you sizes and pricing.")],
        [("user", "It's for my contracting business, tools and materials between jobs."),
         ("agent", "Got it, a drive-up ten by twenty is usually what contractors go for.")],
        [("user", "Mostly for the restaurant. Extra chairs, the patio heaters, seasonal stuff."),
         ("agent", "Makes sense, we can do that. Let me send you a quote.")],
    ],
}

# Near-miss scenes: topic of a custom outcome comes up but gold is a built-in.
NEAR_MISS: dict[str, list[tuple[M, str]]] = {
    "kitchen remodeling": [
        ([("user", "We redid the bathroom last year, and the kitchen's next on the list actually. What would that run?"),
          ("agent", "{price}"),
          ("user", "Okay, that's in the range we figured. Email me some examples, will you?"),
          ("agent", "Sending them today.")], "Interested"),
        ([("user", "My daughter rents, she's always complaining about her kitchen. But for us? No, we're not interested."),
          ("agent", "Understood, thanks.")], "Not Interested"),
        ([("user", "Could the designer just call me instead of coming over? Thursday at 2 I'm at my desk."),
          ("agent", "Sure, I'll have the designer call you Thursday at 2 to go over ideas."),
          ("user", "Good.")], "Appointment Booked"),
        ([("user", "We bought the house last year and the kitchen is original from 1978. It's time."),
          ("agent", "Then you're exactly who we love to work with. Want to come see the showroom?"),
          ("user", "Sure, Saturday at 1pm we can swing by."),
          ("agent", "Great, Saturday at 1pm at the showroom.")], "Appointment Booked"),
    ],
    "dog grooming and boarding": [
        ([("user", "{price_q}"), ("agent", "{price}"),
          ("user", "That's a bit steep... but honestly {dog} really needs it. Fine. Saturday at 10:30am?"),
          ("agent", "Saturday at 10:30am for a full groom. See you then.")], "Appointment Booked"),
        ([("user", "Our old dog passed last year, but we just got a puppy! How old does he have to be to get groomed?"),
          ("agent", "Congratulations! Puppies can come in once they've had their shots, usually around four months."),
          ("user", "Oh cool. Send me the puppy package info then.")], "Interested"),
        ([("user", "How much is boarding? We might travel this summer, I'm not sure when yet."),
          ("agent", "It's sixty a night. Just call when you have dates."),
          ("user", "Okay, I'll let you know once we book flights.")], "Interested"),
        ([("user", "We're going away in July, but my neighbor's kid is watching {dog}. And no, we don't need grooming either."),
          ("agent", "Got it, thanks.")], "Not Interested"),
    ],
    "B2B payroll software": [
        ([("user", "We use Gusto and honestly we're pretty happy with it. So no, thanks."),
          ("agent", "Understood, thanks for your time.")], "Not Interested"),
        ([("user", "Is there a free trial or something?"),
          ("agent", "There is, thirty days free."),
          ("user", "Okay. I'm not signing up for anything today, but send me the info and I'll look.")], "Interested"),
        ([("user", "Our contract with Paychex actually ended last month, so good timing. What's the next step?"),
          ("agent", "A quick demo. I have Thursday at 2pm."),
          ("user", "Thursday at 2 is fine."),
          ("agent", "Great, demo Thursday at 2.")], "Appointment Booked"),
        ([("user", "I'm the owner, I make these calls. And the answer's no, we're fine."),
          ("agent", "Fair enough, thank you.")], "Not Interested"),
    ],
    "blood donation center outreach": [
        ([("user", "What's the difference with platelets? I've seen that on the flyer."),
          ("agent", "Platelets take about two hours on a machine; whole blood is under an hour."),
          ("user", "Two hours is a lot. I'll do the regular blood. Saturday at 10:30am?"),
          ("agent", "Saturday at 10:30am, whole blood donation. Thank you!")], "Appointment Booked"),
        ([("user", "My tattoo was like five years ago, that's fine, right?"),
          ("agent", "Yes, that's no problem at all."),
          ("user", "Great, then sign me up. Thursday at 2pm."),
          ("agent", "You're booked Thursday at 2pm.")], "Appointment Booked"),
        ([("user", "I got a flu shot yesterday, does that matter?"),
          ("agent", "No, a flu shot doesn't stop you from donating."),
          ("user", "Oh good. Then I'll probably come in sometime next month, I'll book online.")], "Interested"),
    ],
    "language school enrollment": [
        ([("user", "I was hoping work would cover it, but they said no, so it'd be out of my own pocket. How much is it?"),
          ("agent", "{price}"),
          ("user", "Okay, that's doable. Send me the schedule.")], "Interested"),
        ([("user", "I used an app for a year, but I want a real class with real people."),
          ("agent", "Then a trial class would be perfect. Tuesday at 6?"),
          ("user", "Tuesday at 6, yes."),
          ("agent", "You're booked for the trial class Tuesday at 6.")], "Appointment Booked"),
        ([("user", "I took classes at another school years ago and hated it. I'm done with classes. Not interested."),
          ("agent", "Understood, thanks for your time.")], "Not Interested"),
        ([("user", "Do I need to take a test first?"),
          ("agent", "There's an optional placement test, but you can also just join a trial class."),
          ("user", "I'll skip the test. Just put me in the trial class Wednesday at 11am."),
          ("agent", "Trial class Wednesday at 11am, done.")], "Appointment Booked"),
    ],
    "storage unit rentals": [
        ([("user", "I used to have a unit at Public Storage, but I cleared it out last year. Now we're moving again, ugh. How much for a ten by ten?"),
          ("agent", "{price}"),
          ("user", "Okay. Email me that, I'll compare.")], "Interested"),
        ([("user", "I'm not ready to reserve anything, I don't know my move date yet. Can you email me the sizes?"),
          ("agent", "Of course, sending them now.")], "Interested"),
        ([("user", "Can I see it first before I commit?"),
          ("agent", "Sure, want to come for a tour? Friday at 4pm?"),
          ("user", "Friday at 4 works."),
          ("agent", "Great, tour Friday at 4.")], "Appointment Booked"),
    ],
}

# --------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------


class Ctx(dict):
    def __missing__(self, k: str) -> str:  # leave unknown placeholders visible during dev
        return "{" + k + "}"


def fmt(s: str, ctx: Ctx) -> str:
    return s.format_map(ctx)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# Lines that would hint at someone else deciding: kept out of payroll calls (custom "Not Decision Maker").
DECIDER_WORDS = ("wife", "husband", "partner", "shaking her head")


def allowed(ind: str, text: str) -> bool:
    if ind == "B2B payroll software" and any(w in text for w in DECIDER_WORDS):
        return False
    if ind == "blood donation center outreach" and any(w in text for w in ("price", "at that price", "how much")):
        return False
    return True


def pick(rng: random.Random, ind: str, pool: list):
    """Choose from pool, skipping entries that would blur another label in this industry."""
    ok = [x for x in pool if allowed(ind, x if isinstance(x, str) else " ".join(x))]
    return rng.choice(ok)


def new_ctx(ind: str, rng: random.Random) -> Ctx:
    d = IND[ind]
    return Ctx(agent=rng.choice(AGENTS), company=rng.choice(d["companies"]), name=rng.choice(PEOPLE),
               dog=rng.choice(DOGS), lang=rng.choice(LANGS), price=d["price"], price_q=rng.choice(PRICE_Q))


def opening(ind: str, rng: random.Random, ctx: Ctx) -> M:
    d = IND[ind]
    m: M = []
    if rng.random() < 0.5:
        m.append(("user", rng.choice(USER_HELLO)))
    m.append(("agent", rng.choice(AGENT_OPEN)))
    m.append(("user", rng.choice(USER_ACK)))
    m.append(("agent", rng.choice(d["pitch"])))
    return [(r, fmt(t, ctx)) for r, t in m]


def middle(ind: str, rng: random.Random, ctx: Ctx, n_qa: int, smalltalk: int = 0) -> M:
    """n_qa question/answer pairs plus optional small talk and hedges."""
    d = IND[ind]
    pairs = rng.sample(d["qa"], min(n_qa, len(d["qa"])))
    extra = rng.sample(SMALLTALK, min(smalltalk, len(SMALLTALK)))
    items = [(q, a, True) for q, a in pairs] + [(q, a, False) for q, a in extra]
    rng.shuffle(items)
    m: M = []
    for q, a, is_qa in items:
        pre = rng.choice(Q_PREFIX) if is_qa else ""
        m.append(("user", pre + (q[:1].lower() + q[1:] if pre and not q.startswith(("I ", "I'", "{")) else q)))
        m.append(("agent", a))
        if is_qa and rng.random() < 0.25:
            m.append(("user", rng.choice(HEDGES)))
            m.append(("agent", rng.choice(["Sure. Anything else I can answer?", "No pressure at all.",
                                           "Happy to go into more detail on any of it.", "What else is on your mind?",
                                           "Of course. Take your time."])))
    return [(r, fmt(t, ctx)) for r, t in m]


def closing(rng: random.Random, booked: bool = False, last_user: bool = False) -> M:
    m: M = []
    if rng.random() < 0.6 and not last_user:
        pool = USER_BYE + BOOKED_BYE if booked else USER_BYE
        m.append(("user", rng.choice(pool)))
    if rng.random() < 0.7:
        m.append(("agent", rng.choice(AGENT_BYE)))
    return m


def n_mid(rng: random.Random, long: bool) -> tuple[int, int]:
    if long:
        return rng.randint(7, 9), rng.randint(1, 3)
    return rng.choice([0, 0, 1, 1, 2, 3]), rng.choice([0, 0, 0, 1])


def booking_seg(ind: str, rng: random.Random, ctx: Ctx, appt: str | None = None) -> M:
    d = IND[ind]
    appt = fmt(appt or rng.choice(d["appts"]), ctx)
    t1, t2 = rng.sample(TIMES, 2)
    offer = rng.choice(BOOK_OFFER)
    if "{t2}" in offer:
        t, accept = rng.choice([t1, t2]), rng.choice(BOOK_ACCEPT)
    else:
        t, accept = t1, rng.choice([a for a in BOOK_ACCEPT if "other one" not in a])
    return [
        ("agent", offer.format(appt=appt, t1=t1, t2=t2)),
        ("user", cap(accept.format(t=t))),
        ("agent", rng.choice(BOOK_CONFIRM).format(appt=appt, t=t)),
    ]


# ---- Not Connected ----------------------------------------------------------------------

CARRIER = [
    "The number you have dialed is not in service. Please check the number and dial again.",
    "We're sorry, your call cannot be completed as dialed. Please check the number and try again.",
    "The party you are trying to reach does not accept calls from unknown numbers. Goodbye.",
    "This number has been disconnected or is no longer in service.",
    "All circuits are busy now. Please try your call again later.",
]
SCREEN_BOT = [
    ["Hi, the person you're calling is using a screening service from Google. Go ahead and say your name and why you're calling.",
     "Thanks. Please stay on the line while I see if this person is available.", "..."],
    ["Hello, this call is being screened. Please state your name and the reason for your call.",
     "Thank you. One moment.", "Sorry, this person can't take your call. Goodbye."],
    ["Before I try to connect you, can I ask what you're calling about?",
     "Okay, I'll let them know. Please hold.", ""],
    ["This is an automated assistant. Record your name and purpose of the call after the chime.",
     "Connecting... ", "The caller did not accept. Goodbye."],
]


def gen_nc(ind: str, rng: random.Random, sub: str) -> tuple[M, dict]:
    ctx = new_ctx(ind, rng)
    kw: dict = {}
    if sub == "tel":
        reason = rng.choice(["no_answer", "no_answer", "busy", "failed"])
        kw["end_reason"] = reason
        kw["duration_seconds"] = 0 if reason != "no_answer" else rng.choice([0, 28, 31, 45])
        m: M = []
        if rng.random() < 0.25:  # agent started talking into nothing
            m = [("agent", fmt(rng.choice(AGENT_OPEN), ctx))]
        return m, kw
    if sub == "hello":
        m = [("user", rng.choice(["Hello?", "Hello?", "Yeah, hello?", "Hi?"])),
             ("agent", fmt(rng.choice(AGENT_OPEN), ctx)),
             ("user", rng.choice(["Hello? ... Hello?", "Hello? I can't hear you. Hello?", "Hello?? ...",
                                  "Hello? Anybody there? ... Hello?"]))]
        if rng.random() < 0.4:
            m.append(("agent", "Hi, can you hear me now?"))
        kw.update(end_reason="hangup", duration_seconds=rng.randint(6, 14))
        return m, kw
    if sub == "room":
        variants = [
            ["Hello? — Jake, get off the counter! No, I said the BLUE one. Mom's on the — ugh, hold on.",
             "Babe, can you grab the door? ... No, the door! Oh my God."],
            ["Yeah? — Hang on. Mike, is the oven still on? ... What? I can't hear you over the vacuum.",
             "Turn it off! — okay, I gotta go."],
            ["Hello — sorry, hold on — no sweetie, you can't have that right now — put it down —",
             "(to someone else) Did you feed the cat? ... Okay, okay."],
            ["Hello? — Tony, it's for... I don't know who it is. You want it? ... No? Fine.", ""],
        ]
        v = rng.choice(variants)
        m = [("user", v[0]), ("agent", fmt(rng.choice(AGENT_OPEN), ctx))]
        if v[1]:
            m.append(("user", v[1]))
        kw.update(end_reason="hangup", duration_seconds=rng.randint(10, 25))
        return m, kw
    if sub == "carrier":
        m = [("user", rng.choice(CARRIER))]
        if rng.random() < 0.3:
            m.insert(0, ("agent", fmt(rng.choice(AGENT_OPEN), ctx)))
        kw.update(end_reason=rng.choice(["completed", "hangup", None]), duration_seconds=rng.randint(4, 12))
        return m, kw
    if sub == "screen":
        b = rng.choice(SCREEN_BOT)
        m = [("user", b[0]),
             ("agent", fmt(rng.choice(["Hi, this is {agent} from {company}, calling for {name} about a quick follow-up.",
                                       "{agent} with {company}, returning {name}'s inquiry."]), ctx)),
             ("user", b[1])]
        if b[2]:
            m.append(("user", b[2]))
        kw.update(end_reason="hangup", duration_seconds=rng.randint(20, 45))
        return m, kw
    if sub == "hang":
        m = [("user", rng.choice(["Hello?", "Yeah?", "Hello, who's this?"])),
             ("agent", fmt(rng.choice(AGENT_OPEN), ctx))]
        kw.update(end_reason="hangup", duration_seconds=rng.randint(3, 7))
        return m, kw
    if sub == "silent":
        m = [("agent", fmt(rng.choice(AGENT_OPEN), ctx)), ("agent", "Hello? Are you there?"),
             ("agent", "I'm not hearing anything, I'll try back another time.")]
        kw.update(end_reason="completed", duration_seconds=rng.randint(15, 25))
        return m, kw
    raise ValueError(sub)


# ---- Voicemail --------------------------------------------------------------------------

VM_PERSONAL = [
    "Hi, you've reached {name}. I can't come to the phone right now, leave a message after the beep.",
    "Hey, it's {name}. Sorry I missed you. Leave your name and number and I'll call you back.",
    "You've reached the Hendersons! We're not home right now, so leave us a message. Beep!",
    "This is {name}, I'm probably on the other line or out walking the dog. Leave a message.",
    "Hi, this is {name}'s cell. Text me, I never check these. Or leave a message, I guess.",
]
VM_BUSINESS = [
    "Thank you for calling Hollis and Sons Plumbing. We're with other customers right now; please leave your name, number and a brief message.",
    "You've reached the front desk of Maple Dental. Please leave a message and we'll return your call within one business day.",
    "Hi, you've reached Castillo Consulting. Leave a message at the tone.",
    "Thanks for calling Tri-County Logistics, accounts department. Please leave a detailed message.",
]
VM_AFTER = [
    "You have reached our office after hours. Our hours are Monday through Friday, eight to five. Please leave a message and we will call you back the next business day.",
    "Our office is currently closed for the holiday. Please leave a message after the tone.",
    "Thank you for calling. Nobody is available to take your call right now, it's outside business hours. Please leave your name and number.",
]
VM_FULL = [
    "The mailbox of the person you are trying to reach is full and cannot accept new messages. Goodbye.",
    "Sorry, the voice mailbox is full. Please try again later.",
    "The subscriber's mailbox is full. Goodbye.",
]
VM_CARRIER = [
    "The person you are calling is not available. Please leave your message after the tone.",
    "Your call has been forwarded to an automatic voice message system. {digits} is not available. At the tone, please record your message.",
    "The Verizon Wireless customer you are trying to reach is unavailable. Please leave a message after the tone.",
]
VM_LEAVE = [
    "Hi {name}, this is {agent} from {company}. Just following up, give us a call back when you get a chance. Thanks!",
    "Hey {name}, {agent} with {company} here. No rush, call us back whenever works. Have a great day.",
    "Hi, this message is for {name}. It's {agent} at {company}, we'd love to chat, please call us back.",
]


def gen_vm(ind: str, rng: random.Random, sub: str) -> tuple[M, dict]:
    ctx = new_ctx(ind, rng)
    ctx["digits"] = "Five five five, two one three, eight eight four oh"
    kw: dict = {"end_reason": rng.choice(["completed", "hangup"]), "duration_seconds": rng.randint(18, 50)}
    pool = {"personal": VM_PERSONAL, "business": VM_BUSINESS, "after": VM_AFTER, "full": VM_FULL,
            "carrier": VM_CARRIER}.get(sub)
    if sub == "detected":
        m = [("user", rng.choice(["Hello?", "Hello", "Hi"])), ("agent", fmt(rng.choice(AGENT_OPEN), ctx)),
             ("user", rng.choice(["Hello? ... hello?", "...hello?", "Hello... hello"]))]
        kw["voicemail_detected"] = True
        return m, kw
    if sub == "tone":
        m = [("user", "[beep]"), ("agent", fmt(rng.choice(VM_LEAVE), ctx))]
        return m, kw
    m = [("user", fmt(rng.choice(pool), ctx))]
    if sub != "full" and rng.random() < 0.65:
        m.append(("agent", fmt(rng.choice(VM_LEAVE), ctx)))
    if rng.random() < 0.2:
        kw["voicemail_detected"] = True
    return m, kw


# ---- null -------------------------------------------------------------------------------

DRIVING = [
    ("Hey, I'm driving right now, I can't really talk.", "No problem, sorry to bother you. Drive safe."),
    ("I'm on the highway, I can't do this now.", "Understood, I'll let you go."),
    ("Sorry, I'm behind the wheel, gotta go.", "Of course, take care."),
    ("Can't talk, I'm literally pulling into a parking garage, you're gonna cut out.", "Okay, sorry about that!"),
    ("Uh, I'm driving the kids to school, this isn't a good time.", "Totally understand, have a good day."),
]
WHO = [
    ["Who is this?", "This is {agent} from {company}.", "...Okay.", None],
    ["Sorry, who?", "{agent}, with {company}.", "Uh-huh. Okay.", "Is now a good time to talk for a minute?"],
    ["What company did you say?", "{company}.", "Hm. Okay.", None],
    ["Wait, who's calling?", "It's {agent} at {company}, I was following up on something.", "Oh. Alright.", None],
    ["Who is this? How'd you get this number?", "I'm {agent} with {company}, your number was on our contact list.", "Okay...", None],
]
WRONG = [
    ("No, there's no {name} here. You've got the wrong number.", "Oh, I'm so sorry about that."),
    ("I think you have the wrong number, hon. This is a pharmacy.", "My apologies, have a good day."),
    ("{name}? She hasn't had this number in years.", "Oh, sorry to bother you then."),
    ("Nope, wrong number. This is my cell, no {name} here.", "Sorry about that!"),
    ("You must've dialed wrong, this is Rick's Auto Body.", "Ah, my mistake, sorry."),
]
DROP_ENDS = [
    "Sorry, you're breaking up — hello? Hello?", "Wait, what was that last part? I lost y—",
    "Okay, and how much did you say the—", "Hold on, I'm going into a tunnel—",
    "Sorry, my battery's about to die, can you—", "Hm, okay, and if I—",
]


def gen_null(ind: str, rng: random.Random, sub: str) -> tuple[M, dict]:
    ctx = new_ctx(ind, rng)
    d = IND[ind]
    kw: dict = {"end_reason": rng.choice(["hangup", "completed"])}
    if sub == "driving":
        u, a = rng.choice(DRIVING)
        m = [("agent", fmt(rng.choice(AGENT_OPEN), ctx)), ("user", u), ("agent", a)]
        if rng.random() < 0.5:
            m.insert(0, ("user", "Hello?"))
    elif sub == "who":
        w = rng.choice(WHO)
        m = [("user", rng.choice(["Hello?", "Yeah?"])), ("agent", fmt(rng.choice(AGENT_OPEN), ctx)),
             ("user", w[0]), ("agent", fmt(w[1], ctx)), ("user", w[2])]
        if w[3]:
            m.append(("agent", w[3]))
        kw["end_reason"] = "hangup"
    elif sub == "wrong":
        u, a = rng.choice(WRONG)
        m = [("user", "Hello?"), ("agent", fmt(rng.choice(AGENT_OPEN), ctx)), ("user", fmt(u, ctx)), ("agent", a)]
        if rng.random() < 0.5:
            m.append(("user", rng.choice(["No problem.", "Mm-hm. Bye.", "Yep."])))
    elif sub == "dropped":
        m = opening(ind, rng, ctx)
        q, a = rng.choice(d["qa"])
        m += [("user", fmt(q, ctx)), ("agent", fmt(a, ctx))]
        if rng.random() < 0.5:
            m.append(("user", rng.choice(["Okay.", "Hm.", "Huh, alright."])))
            m.append(("agent", "And the other thing I wanted to mention is—"))
        m.append(("user", rng.choice(DROP_ENDS)))
        kw["end_reason"] = rng.choice(["hangup", "completed", None])
    elif sub == "onequestion":
        q, a = rng.choice(d["qa"])
        m = opening(ind, rng, ctx) + [("user", fmt(q, ctx)), ("agent", fmt(a, ctx)),
                                      ("user", rng.choice(["Okay.", "Got it.", "Hm, alright."]))]
        kw["end_reason"] = "hangup"
    elif sub == "inbound":
        u, a = rng.choice(d["unrelated"])
        m = [("agent", fmt(rng.choice(["Thanks for calling {company}, this is {agent}. How can I help?",
                                        "{company}, {agent} speaking.",
                                        "Hi, you've reached {company}. How can I help you today?"]), ctx)),
             ("user", fmt(u, ctx)), ("agent", fmt(a, ctx))]
        if rng.random() < 0.6:
            m += [("user", rng.choice(["Okay, thanks.", "Alright, please do.", "Okay. Appreciate it."])),
                  ("agent", "You're welcome, have a good day.")]
        kw["direction"] = "inbound"
        kw["end_reason"] = "completed"
    else:
        raise ValueError(sub)
    kw["duration_seconds"] = 6 * len(m) + rng.randint(0, 10)
    return m, kw


# ---- Interested / Not Interested / Appointment Booked -------------------------------------

def gen_int(ind: str, rng: random.Random, sub: str, long: bool) -> M:
    d = IND[ind]
    ctx = new_ctx(ind, rng)
    nq, ns = n_mid(rng, long)
    m = opening(ind, rng, ctx) + middle(ind, rng, ctx, nq, ns)
    if sub == "price" and ind == "blood donation center outreach":
        m += [("user", "Okay, so how does it work now, do I just walk in?"),
              ("agent", "You can walk in, but an appointment is faster. Donation itself takes about ten minutes.")]
    elif sub == "price":
        m += [("user", rng.choice(PRICE_Q)), ("agent", d["price"])]
    elif sub == "cancel":  # booked, then withdrawn, still positive
        m += booking_seg(ind, rng, ctx)
        m += [("user", rng.choice([
            "Oh shoot, wait. Actually cancel that, I just remembered we're traveling. I do want to do this though, I'll call you when we're back.",
            "Hmm, you know what, take that off the calendar, my schedule's a mess. But I'm still interested, I'll reach out.",
            "Ugh, sorry, scratch that appointment. I need to check with my partner first. It sounds great though, I'll get back to you.",
            "Hmm, actually, can you un-book that? I really want to do it, I just can't commit to a day yet. I'll call you back.",
        ] if ind != "B2B payroll software" else [
            "Oh shoot, wait. Cancel that, I just remembered I'm at a conference that week. I do want to see it though, I'll reach out when I'm back.",
            "Hmm, actually, can you un-book that? I really want to do it, I just can't commit to a day yet. I'll call you back.",
        ])), ("agent", "No problem, I've cancelled it. Just reach out whenever you're ready.")]
    elif sub == "flip":  # negative first, then positive, no time
        m += [("user", rng.choice(["Eh, I don't know, I'm not really looking for anything right now.",
                                   "Probably not for us... ", "I mean, I wasn't planning on it."])),
              ("agent", "Totally understand. Can I just mention one thing?"),
              ("user", "Go ahead."), ("agent", rng.choice(d["pitch"]).format_map(ctx)),
              ("user", rng.choice(["Oh, huh. Okay, that actually changes things.", "Well, okay, that's more interesting than I thought.",
                                   "Hm. Alright, maybe I was too quick."])),
              ("user", "Tell me more, then. How would it work for me?"),
              ("agent", d["how"])]
    elif sub == "near":
        scene, gold = rng.choice([s for s in NEAR_MISS[ind] if s[1] == "Interested"])
        m += [(r, fmt(t, ctx)) for r, t in scene]
        return m + closing(rng, last_user=m[-1][0] == "user")
    u, a = pick(rng, ind, INT_CLOSE)
    m += [("user", u), ("agent", a)]
    return [(r, fmt(t, ctx)) for r, t in m] + closing(rng, last_user=m[-1][0] == "user")


def gen_ni(ind: str, rng: random.Random, sub: str, long: bool) -> M:
    d = IND[ind]
    ctx = new_ctx(ind, rng)
    nq, ns = n_mid(rng, long)
    if sub == "quick":
        m = opening(ind, rng, ctx)
        line = rng.choice(NI_LINES + d["ni"])
        m += [("user", line), ("agent", rng.choice(NI_AGENT))]
        return [(r, fmt(t, ctx)) for r, t in m]
    m = opening(ind, rng, ctx) + middle(ind, rng, ctx, nq, ns)
    if sub == "plain":
        m += [("user", rng.choice(d["ni"] + NI_LINES)), ("agent", rng.choice(NI_AGENT))]
        if rng.random() < 0.4:
            m += [("agent", "Is there anything that would change your mind?"),
                  ("user", rng.choice(["No. Like I said, not interested.", "Nope. Thanks.", "No, really. We're fine.",
                                       "I said no. Please don't call back."]))]
    elif sub == "flip":  # seemed interested, then declines
        m += [("user", rng.choice(["Okay, that sounds kind of nice actually.", "Huh. Maybe.", "Yeah, I could see that."])),
              ("agent", "Great! Would you like to set something up?"),
              ("user", rng.choice(["Actually... no. Now that I think about it, it's not something we need. Sorry.",
                                   "Hmm. No, on second thought I'm gonna pass.",
                                   "Let me be honest, I'm not going to do it. Please don't follow up."])),
              ("agent", rng.choice(NI_AGENT))]
    elif sub == "cancel":  # booked, then cancelled with refusal (never on price for dog industry)
        m += booking_seg(ind, rng, ctx)
        if ind == "dog grooming and boarding":
            why = "Actually, cancel that. I just talked to my wife and we decided we don't want it. Sorry."
        else:
            why = pick(rng, ind, [
                "Wait, how much did you say it was? ... Yeah no, not at that price. Cancel it, sorry.",
                "Actually, cancel that. I'm not doing this, I don't know why I said yes. Sorry.",
                "Hold on, my wife's shaking her head at me. Cancel it, we're not interested.",
            ])
        m += [("user", why), ("agent", "Okay, I've cancelled it. Thanks for letting me know.")]
    elif sub == "hostile":
        m = opening(ind, rng, ctx)
        m += [("user", rng.choice(["This is the third time you people called this week. Take me off your list or I'm reporting you.",
                                   "Are you kidding me? I'm at work. Don't ever call me again.",
                                   "No! Stop calling! How many times do I have to say it?",
                                   "Put me on your do-not-call list. Now."])),
              ("agent", "I'm sorry, I'll remove your number right away.")]
        if rng.random() < 0.5:
            m.append(("user", "Good."))
    elif sub == "near":
        scene, gold = rng.choice([s for s in NEAR_MISS[ind] if s[1] == "Not Interested"])
        m += [(r, fmt(t, ctx)) for r, t in scene]
    m = [(r, fmt(t, ctx)) for r, t in m]
    if m[-1][0] == "agent" and rng.random() < 0.4:
        m.append(("agent", rng.choice(AGENT_BYE)))
    return m


CALLBACK = [
    ("Can't talk now, I'm about to go into a meeting. Call me back tomorrow at 4:30?",
     "Absolutely, I'll call you tomorrow at 4:30.", "Yep."),
    ("This is a bad time. Could you try me Thursday at 10am? I'll be at my desk.",
     "Sure, Thursday at 10am, I'll call you then.", "Great."),
    ("I'm in the middle of dinner. Call me back at 7:30 tonight, okay?",
     "Of course, I'll give you a call at 7:30 tonight.", "Okay, bye."),
    ("Honestly, I want to hear this but I'm slammed. Friday at 1pm, call me then.",
     "Friday at 1pm, you got it. Talk then.", "Thanks."),
]
TENTATIVE = [
    ("Pencil me in for {t}. I'll confirm if anything comes up.", "Done, I've penciled you in for {t}."),
    ("Put me down for {t} tentatively. I might have to move it, but let's say that.", "No problem, {t} it is, tentatively."),
    ("I think {t} should work. Go ahead and hold it, I'll call if it doesn't.", "Got it, I'm holding {t} for you."),
]


def gen_ab(ind: str, rng: random.Random, sub: str, long: bool) -> tuple[M, dict]:
    d = IND[ind]
    ctx = new_ctx(ind, rng)
    nq, ns = n_mid(rng, long)
    kw: dict = {}
    if sub == "callback":
        m = opening(ind, rng, ctx)
        u, a, u2 = rng.choice(CALLBACK)
        m += [("user", u), ("agent", a), ("user", u2)]
        return [(r, fmt(t, ctx)) for r, t in m], kw
    if sub == "inbound":
        appt = fmt(rng.choice(d["appts"]), ctx).replace(" our ", " your ").replace("our showroom", "your showroom")
        t = rng.choice(TIMES)
        m = [("agent", fmt(rng.choice(["Thanks for calling {company}, this is {agent}. How can I help?",
                                        "{company}, this is {agent}, what can I do for you?"]), ctx)),
             ("user", rng.choice([f"Hi, I'd like to set up {appt}.", f"Hey, I saw your ad and wanted to book {appt}.",
                                  f"Hi, yeah, I was calling to see about {appt}, if you have anything soon."])),
             ("agent", rng.choice(["Sure, I can help with that.", "Absolutely, happy to set that up.",
                                   "Of course. Any questions before we pick a time?"]))]
        m += middle(ind, rng, ctx, rng.randint(0, 2) if not long else 9, 0 if not long else 2)
        m += [("agent", f"I have {t}. Would that work?"),
              ("user", rng.choice(["Yes, perfect.", "That works.", "Great, I'll take it.", "Yeah, do that."])),
              ("agent", f"You're booked for {t}. Can I get a good phone number for the reminder?"),
              ("user", "This one's fine.")]
        kw["direction"] = "inbound"
        return [(r, fmt(t_, ctx)) for r, t_ in m] + closing(rng, booked=True, last_user=m[-1][0] == "user"), kw
    m = opening(ind, rng, ctx) + middle(ind, rng, ctx, nq, ns)
    if sub == "plain":
        m += booking_seg(ind, rng, ctx)
    elif sub == "tentative":
        t = rng.choice(TIMES)
        u, a = rng.choice(TENTATIVE)
        m += [("agent", fmt(f"Would you like to set up {rng.choice(d['appts'])}?", ctx)),
              ("user", u.format(t=t)), ("agent", a.format(t=t))]
    elif sub == "flip":
        t = rng.choice(TIMES)
        m += [("user", rng.choice(["Nah, I don't think so.", "No thanks, I'm good.", "I'm not really interested."])),
              ("agent", "Understood. Just so you know, there's no obligation at all, and it only takes a few minutes to set up."),
              ("user", rng.choice(["Hm. Well... okay, actually, what days do you have?", "Oh, free? Okay, then... when?",
                                   "Hmm. Alright, you talked me into it. When can you do?"])),
              ("agent", fmt(f"I have {t} for {rng.choice(d['appts'])}.", ctx)),
              ("user", rng.choice([f"Fine, {t} works.", f"Okay, {t}. Let's do it.", f"{t}... yeah, alright."])),
              ("agent", f"Great, you're set for {t}.")]
    elif sub == "near":
        scene, gold = rng.choice([s for s in NEAR_MISS[ind] if s[1] == "Appointment Booked"])
        m += scene
    elif sub == "rebook":  # booked, moved to another concrete time
        m += booking_seg(ind, rng, ctx)
        t = rng.choice(TIMES)
        m += [("user", f"Oh wait, actually that's my kid's recital. Can we do {t} instead?"),
              ("agent", f"Sure, I've moved you to {t}."), ("user", "Thanks, sorry about that.")]
    return [(r, fmt(t_, ctx)) for r, t_ in m] + closing(rng, booked=True, last_user=m[-1][0] == "user"), kw


def gen_custom(ind: str, rng: random.Random, label: str, long: bool, used: dict) -> M:
    ctx = new_ctx(ind, rng)
    nq, ns = n_mid(rng, long)
    scenes = CUSTOM_SCENES[label]
    # cycle through scenes so every phrasing is used before any repeats
    order = used.setdefault(label, rng.sample(range(len(scenes)), len(scenes)))
    if not order:
        order.extend(rng.sample(range(len(scenes)), len(scenes)))
    scene = scenes[order.pop()]
    if label in NO_MIDDLE:
        nq, ns = 0, 0
    m = opening(ind, rng, ctx) + middle(ind, rng, ctx, nq, ns)
    if long and label in ("Too Expensive",):
        # long calls: keep the price objection late, preceded by warm interest
        m += [("user", fmt("Okay, this sounds really nice, {dog} would love the play yard.", ctx)),
              ("agent", fmt("Oh, we'd love to have {dog}!", ctx))]
    m += [(r, fmt(t, ctx)) for r, t in scene]
    return m + closing(rng, booked=label in BOOKING_CUSTOMS, last_user=m[-1][0] == "user")


NO_MIDDLE = {"No Longer Has Dog", "Project Done"}
BOOKING_CUSTOMS = {"In-Home Measure", "Boarding Reservation", "Platelet Appointment", "Placement Test Booked",
                   "Unit Reserved"}
LONG_LABELS = {"In-Home Measure", "Renter", "Boarding Reservation", "Too Expensive", "Under Contract",
               "Not Decision Maker", "Platelet Appointment", "Company Sponsored", "Unit Reserved"}


# --------------------------------------------------------------------------------------------
# Plan
# --------------------------------------------------------------------------------------------

PLAN: list[tuple[str, str, int]] = [
    # (family, sub, count)
    ("nc", "tel", 12), ("nc", "hello", 5), ("nc", "room", 4), ("nc", "carrier", 6), ("nc", "screen", 4),
    ("nc", "hang", 3), ("nc", "silent", 2),
    ("vm", "personal", 6), ("vm", "business", 4), ("vm", "after", 3), ("vm", "full", 3), ("vm", "carrier", 3),
    ("vm", "detected", 4), ("vm", "tone", 1),
    ("null", "driving", 6), ("null", "who", 6), ("null", "wrong", 7), ("null", "dropped", 8),
    ("null", "inbound", 7), ("null", "onequestion", 2),
    ("int", "price", 10), ("int", "close", 14), ("int", "cancel", 4), ("int", "flip", 4), ("int", "near", 7),
    ("int", "long", 6),
    ("ni", "quick", 10), ("ni", "plain", 10), ("ni", "flip", 5), ("ni", "cancel", 4), ("ni", "hostile", 5),
    ("ni", "near", 6), ("ni", "long", 5),
    ("ab", "plain", 12), ("ab", "callback", 6), ("ab", "tentative", 4), ("ab", "flip", 4), ("ab", "inbound", 5),
    ("ab", "near", 7), ("ab", "rebook", 2), ("ab", "long", 5),
]
CUSTOM_COUNTS = {  # 69 custom-outcome calls
    "In-Home Measure": 5, "Renter": 4, "Project Done": 4,
    "Boarding Reservation": 5, "No Longer Has Dog": 4, "Too Expensive": 4,
    "Under Contract": 4, "Not Decision Maker": 4, "Trial Started": 4,
    "Platelet Appointment": 4, "Can't Donate": 4,
    "Placement Test Booked": 4, "Company Sponsored": 4, "Enrolled Elsewhere": 3,
    "Unit Reserved": 4, "Has Storage": 4,
}
INDUSTRIES = list(IND)


def label_industry(label: str) -> str:
    for ind, d in IND.items():
        if any(c["label"] == label for c in d["custom"]):
            return ind
    raise KeyError(label)


def main() -> None:
    rng = random.Random(SEED)
    jobs: list[tuple] = []
    ind_cycle = 0
    for fam, sub, n in PLAN:
        for _ in range(n):
            if fam in ("int", "ni", "ab") and sub == "near":
                # only industries that have a near miss of that gold
                gold = {"int": "Interested", "ni": "Not Interested", "ab": "Appointment Booked"}[fam]
                cands = [i for i in INDUSTRIES if any(g == gold for _, g in NEAR_MISS[i])]
                ind = cands[ind_cycle % len(cands)]
            else:
                ind = INDUSTRIES[ind_cycle % len(INDUSTRIES)]
            ind_cycle += 1
            jobs.append((fam, sub, ind))
    # Business Use gets the remaining custom slots so the total is 69
    counts = dict(CUSTOM_COUNTS)
    counts["Business Use"] = 69 - sum(counts.values())
    for label, n in counts.items():
        for i in range(n):
            long = i == 0 and label in LONG_LABELS
            jobs.append(("custom", label, label_industry(label), long))
    rng.shuffle(jobs)

    rows = []
    used: dict = {}

    def build(job: tuple) -> tuple:
        fam, sub, ind = job[0], job[1], job[2]
        long = False
        if fam == "nc":
            m, extra = gen_nc(ind, rng, sub)
            gold, cat = "Not Connected", f"nc_{sub}"
        elif fam == "vm":
            m, extra = gen_vm(ind, rng, sub)
            gold, cat = "Voicemail", f"vm_{sub}"
        elif fam == "null":
            m, extra = gen_null(ind, rng, sub)
            gold, cat = None, f"null_{sub}"
        elif fam == "int":
            long = sub == "long"
            s = rng.choice(["price", "close", "flip"]) if long else sub
            m, extra = gen_int(ind, rng, s, long), {}
            gold, cat = "Interested", f"int_{sub}" if not long else f"int_long_{s}"
        elif fam == "ni":
            long = sub == "long"
            s = rng.choice(["plain", "flip", "cancel"]) if long else sub
            m, extra = gen_ni(ind, rng, s, long), {}
            gold, cat = "Not Interested", f"ni_{sub}" if not long else f"ni_long_{s}"
        elif fam == "ab":
            long = sub == "long"
            s = rng.choice(["plain", "flip", "tentative", "rebook"]) if long else sub
            m, extra = gen_ab(ind, rng, s, long)
            gold, cat = "Appointment Booked", f"ab_{sub}" if not long else f"ab_long_{s}"
        else:
            long = job[3]
            m = gen_custom(ind, rng, sub, long, used)
            extra = {}
            gold = sub
            cat = "custom_" + sub.lower().replace(" ", "_").replace("'", "").replace("-", "_") + ("_long" if long else "")
        return m, extra, gold, cat, long

    for k, job in enumerate(jobs, 1):
        fam, ind = job[0], job[2]
        cid = f"heldout7-{k:04d}"
        kw: dict = {"direction": "outbound"}
        for _ in range(50):  # long calls must land in 25-40 messages
            m, extra, gold, cat, long = build(job)
            if not long or 25 <= len(m) <= 40:
                break
        kw.update(extra)
        if fam in ("int", "ni", "ab", "custom"):
            kw.setdefault("end_reason", rng.choice(["completed", "completed", "hangup"]))
            kw.setdefault("duration_seconds", 7 * len(m) + rng.randint(5, 40))
        style = "asr" if rng.random() < 0.45 else "typed"
        if style == "asr":
            lvl = rng.uniform(0.3, 1.0)
            m = [(r, asr(t, rng, lvl) or t.lower()) for r, t in m]
        rows.append(record(cid, ind, IND[ind]["custom"], m, gold, f"{cat}/{style}", **kw))
    write(OUT, rows)


if __name__ == "__main__":
    main()
