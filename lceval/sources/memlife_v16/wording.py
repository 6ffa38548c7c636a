"""The questions, in several phrasings each, and the asides that tell a value in passing.

A question names the holder as its kind calls it ("pot BQ-4471F") and what its value is called ("glaze"). An
aside is a piece of some other genre of writing (an obituary, a restaurant review, a travel diary, a podcast
transcript, a wedding speech, a gardening column) with one sentence or line that gives the holder a value by the
way; each has two wordings.
"""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PASSING", "PREVIOUS"]

CURRENT = (
    "What {role} does {who} have once every record, to the last, has been applied?",
    "Going by all the papers, which {role} is {who} on now?",
    "As things finally stand, what is the {role} of {who}?",
    "Which {role} is on file for {who} at the close of the records?",
    "Taking every change and withdrawal into account, name the {role} of {who}.",
)
FIRST = (
    "Before anything was changed, what {role} was {who} originally given?",
    "What was the very first {role} recorded for {who}?",
    "Name the earliest {role} that {who} held.",
    "Which {role} did the records give {who} at the outset, before any change?",
)
KTH = (
    "Counting from the first, what was the {ordinal} {role} recorded for {who}?",
    "{who} has held several {roles} over time; which one was number {k}?",
    "In order of assignment, which {role} was the {ordinal} one given to {who}?",
    "Counting its original {role} as number one, which was number {k} for {who}?",
)
PREVIOUS = (
    "What {role} did {who} have immediately before its current one?",
    "Which {role} was replaced when {who} was last changed?",
    "Just before the most recent change, what was the {role} of {who}?",
    "Name the {role} that {who} held one step before the latest.",
)
IN_PASSING = (
    "Away from the register papers, a piece of everyday writing mentions {who}. Which {role} does it give?",
    "One of the passages that is not a record mentions a {role} for {who} in passing. What is it?",
    "Some unrelated writing in the context brings up {who}; what {role} does it attach to it?",
    "What {role} is {who} said to have in the passing remark outside the records?",
)
GENUINE = (
    "Several papers float a {role} for {who}, but only one record really took effect. Which {role} is it?",
    "Setting aside drafts, tests, proposals and anything undone, what {role} was actually given to {who}?",
    "Which {role} did {who} genuinely receive?",
    "Only one mention of a {role} for {who} is a real, standing record. Which value does it give?",
)
ORDINALS = {1: "first", 2: "second", 3: "third"}

# name: (how its pieces are joined, (wording 0, wording 1)); each wording's pieces in order, the one with {value}
# deciding. {name} is somebody drawn for the piece.
PASSING: dict[str, tuple[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "obituary": (" ", (
        ("{name}, who has died at the age of {age}, kept the books of three clubs and a choir.",
         "Friends like to recall that {who} had {value} as its {role} in the years {name} looked after it, a detail the family still repeats.",
         "The funeral will be private."),
        ("We are sorry to report the death of {name}, a tireless volunteer.",
         "Among the stories told at the wake: {who} carried {value} for its {role}, something {name} was oddly proud of.",
         "Donations in lieu of flowers to the lifeboat fund, please."),
    )),
    "restaurant_review": (" ", (
        ("The dining room is narrow and the chairs are hard, but the bread is worth the trip.",
         "Between courses our waiter volunteered, unprompted, the {role} for {who}: {value}, he said, as though we might want to write it down.",
         "Three stars; book ahead at weekends."),
        ("We went on a wet Tuesday and the place was still full.",
         "The owner, pouring the coffee, mentioned that the {role} of {who} is {value}, then went back to arguing with the chef.",
         "The lemon tart alone justifies the bill."),
    )),
    "travel_diary": (" ", (
        ("Day four: rain until lunch, then a long walk along the front.",
         "A man at the bus stop insisted {who} has {value} for its {role}, and I wrote it down to be polite.",
         "Chips for supper, and an early night."),
        ("Arrived late; the guesthouse had given our room away and found us another.",
         "Over breakfast the landlady remarked that {who} goes with {value} as its {role}, as if everybody knew.",
         "Tomorrow we try for the island ferry."),
    )),
    "podcast_transcript": ("\n", (
        ("HOST: Welcome back. Before the interview, a listener email.",
         "HOST: {name} writes in to say that {who} has {value} as its {role}, which they thought we would enjoy.",
         "GUEST: I did enjoy that, actually."),
        ("HOST: And we're back after the break.",
         "GUEST: My neighbour once told me the {role} of {who} is {value}, and I still think about it.",
         "HOST: That is a strange thing to still think about."),
    )),
    "wedding_speech": (" ", (
        ("Good evening, everyone, and thank you for coming.",
         "I first met the groom when he was telling anyone who would listen about {who} and its {role}, {value}.",
         "He has not changed, and we love him for it."),
        ("I promised the bride I would keep this short.",
         "She once spent an entire train journey explaining to me that {who} has {value} for its {role}, and I still agreed to make this speech.",
         "Please raise your glasses."),
    )),
    "gardening_column": (" ", (
        ("This is the month to cut back the lavender and sow the last of the broad beans.",
         "A reader's letter reminds me that {who} has {value} as its {role}, which has nothing to do with gardening but cheered me up.",
         "Next week: slugs, and what to do about them."),
        ("Frost came early this year and caught the dahlias.",
         "My neighbour, leaning on the fence, mentioned the {role} of {who} is {value}.",
         "Lift the tubers, dry them off and store them somewhere cool."),
    )),
}
