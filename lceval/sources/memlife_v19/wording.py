"""The questions: {thing} is the holder as prose ("film can CAN-40719K"), {role} what its value is; the k-th value
questions also take {ordinal} ("second") or {k} (2)."""

CURRENT = (
    "Going by every document above, what is the {role} of {thing} now?",
    "After the last piece of paperwork, which {role} does {thing} have?",
    "If somebody checked {thing} today, which {role} would the register show?",
    "What {role} is currently in force for {thing}?",
    "Reading to the end, where does {thing} stand: what is its {role}?",
)
FIRST = (
    "What was the very first {role} recorded for {thing}?",
    "Before any later paperwork, which {role} did {thing} start out with?",
    "Which {role} was {thing} originally given?",
    "Name the earliest {role} on record for {thing}.",
)
KTH = (
    "Counting from the first, what was the {ordinal} {role} that {thing} had?",
    "In the order the paperwork gives them, which {role} did {thing} hold {ordinal}?",
    "Number the values of {thing} from 1: which {role} is number {k}?",
    "What was the {ordinal} {role} ever assigned to {thing}?",
)
PREVIOUS = (
    "Which {role} did {thing} have just before its present one?",
    "What was the {role} of {thing} immediately before the most recent replacement?",
    "Leaving the latest aside, which {role} did {thing} hold last?",
    "What {role} did {thing} give up when it took on its current one?",
)
IN_PASSING = (
    "Somewhere in the text {thing} is mentioned along with its {role}. What is it?",
    "According to the passage, which {role} goes with {thing}?",
    "What {role} is {thing} said to have?",
    "From what is said about {thing}, name its {role}.",
)
GENUINE = (
    "Several documents mention {thing}, but only one took effect. What {role} did it give?",
    "Setting aside drafts, quotes, drills and mistakes, which {role} does {thing} really have?",
    "What is the {role} of {thing} that was genuinely put into effect?",
    "Of the {role} values floated for {thing}, which one actually stands?",
)
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
