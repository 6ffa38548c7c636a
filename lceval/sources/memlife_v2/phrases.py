"""How each document format words each act on a key.

Acts: ``set`` (a first value), ``change`` (a new value replaces ``old``),
``withdraw`` (``old`` is withdrawn and nothing replaces it), the look-alikes
``rumour``, ``draft``, ``rejected``, ``hypothetical`` (a value that never took
effect) and ``prose`` (a fact told in passing, with no record-keeping wording).
Fields: K the key in running text, L the key as a label, S its configuration
name, v the value, old the value before, who/who2 people, day the block's date.
Table rows are (value cell, status cell, note cell).
"""

from __future__ import annotations

LOG = {
    "set": [
        "{L} registered as {v}",
        "assigned {v} to {K}",
        "{S} := {v}",
        "{who} booked {v} as {K}",
        "record created: {K} -> {v}",
        "{who} reserved {v} for {K} (confirmation #{n})",
    ],
    "change": [
        "{L}: {old} => {v}",
        "{K} bumped to {v} (from {old})",
        "{K} superseded: {old} replaced by {v}",
        "{who} repointed {S} at {v}",
        "{K} now {v}; previous entry {old} archived",
        "migrated {K} off {old} onto {v}",
    ],
    "withdraw": [
        "{K} revoked; {old} released and nothing assigned in its place",
        "rollback: {S} cleared ({old} void), left empty on purpose, no earlier value restored",
        "{who} retired {K} -- no successor configured",
        "{L} decommissioned, entry {old} deleted, slot intentionally vacant",
        "{K} withdrawn by {who}; do not use {old}, there is no replacement",
    ],
    "draft": [
        "autosave of an unsent draft by {who}: \"{K} is {v}\" (never submitted)",
        "draft change for {S} = {v} discarded before review",
    ],
    "rejected": [
        "change request to set {K} to {v} REJECTED by {who}",
        "review #{n}: proposal {S} -> {v} closed as won't-do",
    ],
}

CHAT = {
    "set": [
        "ok writing it down: {K} is {v}",
        "confirmed with {who2} just now, {K} = {v}",
        "fyi we've got {v} as {K}, locked in",
        "{K}? it's {v}. I set it up this morning",
        "for anyone searching later: {K} is {v}",
    ],
    "change": [
        "heads up, {K} got bumped to {v}",
        "we moved {K} off {old}, it's {v} now",
        "small update: {v} replaces {old} as {K}",
        "{K} switched over to {v} as of today, so {old} is history",
        "correction from earlier, {K} is {v} now, not {old}",
    ],
    "withdraw": [
        "we're rolling back {K} entirely. {old} is dead and nothing replaces it, not even the old one",
        "please stop using {old} for {K}; it's been pulled and there's no new one",
        "{K} is cancelled outright, {old} included. no substitute",
        "{who2} just killed {K} ({old}). we don't have one anymore",
    ],
    "withdraw_after_set": [  # two turns ("||"): a value given, then taken back by the next speaker
        "{K} is {old}||scratch that, there is no {thing} for {owner} right now. forget {old}",
        "going with {old} for {K}||hold on, that's off. {K} got cancelled an hour ago, nothing assigned",
        "{owner} {thing}: {old}||nope, struck that this morning. {owner} has no {thing} until further notice",
    ],
    "rumour": [
        "heard in the hallway that {K} might end up {v}?? nobody's confirmed",
        "rumour is {K} is going to be {v} but {who2} says that's wishful thinking",
        "{who2} swears {K} is changing to {v}. I'll believe it when it's in writing",
        "unverified gossip: {K} becomes {v}. don't repeat it",
    ],
    "hypothetical": [
        "if legal signs off, {K} would be {v}",
        "worst case, {K} becomes {v}, but we're not there",
        "say the vendor slips again, then {K} would have to move to {v}",
    ],
    "draft": [
        "pasting from a draft I never sent, so don't rely on it: \"{K} is {v}\"",
    ],
    "rejected": [
        "{who2} floated {v} for {K} and it got shot down",
        "nope, the ask to make {K} {v} was vetoed",
    ],
    "prose": ["{P}"],
}

CHAT_FILLER = (
    "anyone else's vpn flaky today?", "brb, coffee", "+1", "thanks!", "on it", "lol", "who has the slides from tuesday",
    "ok", "can someone review my PR when free", "lunch at 12:30?", "👍", "the printer on 3 is jammed again",
    "sorry, was in another call", "does anyone know the wifi password for guests", "nice", "will do",
)

EMAIL = {
    "set": [
        "For the record, {K} is {v}.",
        "Confirming what we agreed on the call: {K} will be {v}.",
        "I've registered {v} as {K}; please use it from now on.",
        "Quick note so it's written somewhere: {K} = {v}.",
        "{who2} has locked in {v} as {K}, so that's settled.",
    ],
    "change": [
        "Small correction to my earlier note: {K} is now {v}, not {old}.",
        "Please update your notes. {K} has been changed from {old} to {v}.",
        "We've swapped {K} over to {v}; {old} is no longer in use.",
        "Following the review, {old} has been superseded by {v} as {K}.",
    ],
    "withdraw": [
        "We are withdrawing {K} ({old}) effective immediately. Nothing has been issued to replace it.",
        "Please strike {old} from your notes: {K} has been revoked and there is currently none.",
        "Heads-up that {K} no longer exists. {old} was cancelled and will not be replaced.",
        "As of this morning {K} ({old}) is struck from the record. Nobody has proposed a successor.",
    ],
    "rumour": [
        "Not official, but I keep hearing that {K} is about to become {v}. Has anyone actually confirmed that?",
        "There's a rumour going round that {K} will be {v}; {who2} thinks it's nonsense.",
    ],
    "hypothetical": [
        "Purely hypothetically: if the budget passes, {K} could become {v}. Nothing is decided.",
        "Should the move happen, {K} would be {v}, but that is a big if.",
    ],
    "rejected": [
        "{who2}'s proposal to use {v} for {K} was turned down at the review.",
        "The request to set {K} to {v} has been declined, so please don't act on it.",
    ],
    "draft": ["{K} is {v}."],  # inside an email marked as an unsent draft
    "disown_quote": [
        "Careful: the figure quoted below was never confirmed, please don't circulate it.",
        "Ignore the suggestion below, it went nowhere.",
        "The thread below is stale and the idea in it was dropped.",
    ],
    "quote": [
        "Could we perhaps use {v} for {K}? Just a thought.",
        "I think {K} is {v}, but I'm going from memory.",
        "Tentatively pencilling in {v} as {K}, pending sign-off.",
    ],
    "prose": ["{P}"],
}

EMAIL_FILLER = (
    "Hope the trip back went smoothly.", "Thanks for covering on Friday.", "Slides are attached.",
    "Let me know if anything is unclear.", "I'll be out on Thursday afternoon.", "Apologies for the delay in replying.",
)

TABLE = {
    "set": [("{v}", "active", ""), ("{v}", "confirmed", "set {day}"), ("{v}", "in effect", "")],
    "change": [
        ("{v}", "current", "replaces {old}"),
        ("{v}", "active", "was {old} until {day}"),
        ("{v}", "updated", "bumped from {old}"),
    ],
    "withdraw": [
        ("~~{old}~~", "withdrawn", "no replacement"),
        ("(none)", "retired", "{old} struck {day}"),
        ("-", "revoked", "{old} void, intentionally unassigned"),
    ],
    "draft": [("{v}", "draft, unpublished", "not live"), ("{v}", "proposed (unsent)", "")],
    "rejected": [("{v}", "proposed -> declined", "see review"), ("{v}", "rejected", "{who} objected")],
    "hypothetical": [("{v}", "contingent", "only if the lease is renewed"), ("{v}", "scenario B", "not adopted")],
}

TABLE_HEADERS = (("Item", "Value", "Status", "Note"), ("What", "Current", "State", "Comment"), ("Key", "Setting", "Status", "Remarks"))

CONFIG = {
    "set": ["{S}{eq}{q}{v}{q}"],
    "change": [
        "{S}{eq}{q}{v}{q}  # bumped from {old} on {day}",
        "{S}{eq}{q}{v}{q}  # {who}: superseded {old}",
        "{S}{eq}{q}{v}{q}  # was {old}",
    ],
    "withdraw": [
        "# {S}{eq}{q}{old}{q}  # removed {day}: retired, deliberately left unset",
        "# {S} withdrawn by {who} ({old} is void), no replacement",
    ],
    "draft": ["# {S}{eq}{q}{v}{q}  # DRAFT, never applied"],
    "rejected": ["# {S}{eq}{q}{v}{q}  # proposed in review, rejected by {who}"],
    "hypothetical": ["# if the migration lands: {S}{eq}{q}{v}{q}"],
}

CONFIG_FILLER = ("log_level", "retries", "timeout_s", "max_workers", "feature_flags", "cache_ttl")

MINUTES = {
    "set": [
        "Decision: {K} is {v}.",
        "Agreed: {v} for {K}. {who} to update the wiki.",
        "{K} confirmed as {v} (no objections).",
        "{who} announced {K}: {v}. Noted.",
    ],
    "change": [
        "{K}: {old} superseded by {v}, carried unanimously.",
        "Resolved to move {K} from {old} to {v} with immediate effect.",
        "{who} reported that {K} was switched to {v}; {old} retired.",
    ],
    "withdraw": [
        "Motion to strike {K} ({old}) from the record: carried. No replacement named.",
        "{K} withdrawn; {old} is void and the group chose not to assign another.",
        "Rolled back {K} altogether: {old} no longer applies and no earlier value was restored.",
    ],
    "rumour": [
        "AOB: {who} had heard {K} might become {v}; unconfirmed, not minuted as a decision.",
        "Hallway talk that {K} is {v} was raised and dismissed as speculation.",
    ],
    "hypothetical": [
        "Discussed: should the vendor slip, {K} would move to {v}. No decision taken.",
        "Scenario only: in the event of a hiring freeze {K} could be {v}. Parked.",
    ],
    "rejected": [
        "Proposal: change {K} to {v}. Outcome: rejected.",
        "{who} suggested {v} as {K}; voted down 4 to 2.",
    ],
    "prose": ["Notes: {P}"],
}

MINUTES_FILLER = (
    "Budget review deferred to next week.", "Action: {who} to circulate the slides.", "Round of updates, nothing blocking.",
    "Retro format stays as is.", "Hiring: two interviews scheduled.", "Next meeting moved to Thursday.",
)

LOG_FILLER = (
    "healthcheck ok ({n}ms)", "rotated audit log", "user {who} logged in", "nightly backup finished in {n}s",
    "cache warmed", "cron job sync-calendars completed", "disk usage at {n}%",
)

# Facts told in passing: no "set", "update", "assign"-style wording, no record format.
PROSE = [
    "When {who} gave me the tour last week, they mentioned in passing that {K} is {v}, which explained a lot.",
    "I only found out that {K} is {v} because {who} grumbled about it over lunch.",
    "{who} keeps a sticky note on the monitor, and all it says is that {K} is {v}.",
    "It turns out {K} is {v}; {who} knew all along and never thought to bring it up.",
    "Everyone on the floor knows {K} is {v}, mostly thanks to {who}'s long stories.",
    "On the train home {who} told me, apropos of nothing, that {K} is {v}.",
    "Oddly enough {K} is {v}, a detail {who} finds endlessly funny.",
    "{who} still has {v} scribbled on a napkin, right under the words \"{L}\".",
    "For {owner}, the {thing} has long been {v}, as {who} will happily tell anyone who asks.",
    "{v} turned out to be {K}, which {who} discovered the hard way.",
    "Ask anyone about {K} and you will hear the same answer: {v}.",
    "{who} laughed that {owner} somehow ended up with {v} as its {thing}.",
]
