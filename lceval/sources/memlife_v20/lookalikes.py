"""Look-alikes: lines that name the asked holder and a value of its register, but the value never took effect.

``LOOKALIKES[name] = (marker, wordings)``: two one-line wordings (fields ``{thing}``, ``{Thing}``, ``{role}``,
``{value}``), and the words, present in both, that tell a careful reader why the value is in force nowhere. None of
them leans on a negation: the reason is a supposition, a lost vote, a sandbox, a worked example, a rollback, a
dream, a projection, a corrected read-back, an overtaken draft, a role-play, a wager, a wish, a lapsed request, a
story or a rumour. ``documents`` sets the line in any of its formats.
"""

from __future__ import annotations

__all__ = ["LOOKALIKES"]

LOOKALIKES: dict[str, tuple[str, tuple[str, str]]] = {
    "supposition": ("Suppose", (
        "Suppose, purely for the planning exercise, that {thing} were given {role} {value}: who would then redo the rota?",
        "Suppose {thing} took {value} as its {role}; the exercise asks what else would have to move.",
    )),
    "motion lost": ("motion was lost", (
        "Proposal at the quarterly meeting that {thing} take {role} {value}: the motion was lost, four votes to nine.",
        "Members debated giving {thing} the {role} {value}, and the motion was lost on a show of hands.",
    )),
    "sandbox": ("sandbox", (
        "[sandbox] {thing} -> {role} {value} (written to the sandbox copy, which is wiped every night)",
        "In the sandbox only, {thing} was given {role} {value} to try out the new screens.",
    )),
    "worked example": ("Worked example", (
        "Worked example for new volunteers: to enter {role} {value} against {thing}, type it in the second column.",
        "Worked example from the handbook, with made-up figures: {thing} shown with {role} {value}.",
    )),
    "rollback": ("rolled back", (
        "{Thing} briefly showed {role} {value} this morning; that edit was rolled back within the hour.",
        "An import gave {thing} the {role} {value} at 03:10, and operations rolled back the whole import at 03:40.",
    )),
    "dream": ("dreamt", (
        "Strangest thing, I dreamt {thing} had {role} {value} and the whole yard was knee-deep in custard.",
        "Last night I dreamt the office handed {thing} the {role} {value}, then I woke up laughing.",
    )),
    "projection": ("Projection", (
        "Projection for next season, to be revisited in spring: {thing} may end up with {role} {value}.",
        "Projection only, model run 7: {value} as the {role} of {thing} by the autumn, give or take.",
    )),
    "corrected read-back": ("read-back was corrected", (
        "On the radio the read-back for {thing} came out as {value}; the read-back was corrected on the spot and the earlier entry stands.",
        "Caller repeated {role} {value} for {thing}, the read-back was corrected at once, and the ledger keeps what it had before.",
    )),
    "overtaken draft": ("overtaken by the signed", (
        "Draft 2 of the allocation, overtaken by the signed version: {thing}, {role} {value}.",
        "From an early draft, later overtaken by the signed text, listing {value} as the {role} for {thing}.",
    )),
    "role-play": ("role-play", (
        "Induction role-play, trainee playing the caller: 'Please put {thing} down for {role} {value}.' Trainer: 'Good, now fill in the form.'",
        "Script for the role-play session: the pretend customer asks for {value} as the {role} of {thing}.",
    )),
    "wager": ("wager", (
        "Friendly wager in the crew room: a fiver says {thing} ends up with {role} {value} before June.",
        "Pinned up as a wager, winner buys the cakes: {value} as {role} of {thing} by the summer.",
    )),
    "wish list": ("wish list", (
        "From the volunteers' wish list on the corkboard: {thing} with {role} {value}, one fine day.",
        "Top of somebody's wish list: {value} as the {role} of {thing}. Dream big, says the note.",
    )),
    "lapsed request": ("request lapsed", (
        "Request to give {thing} the {role} {value} sat in the queue past month end, and the request lapsed.",
        "Application for {value} as {role} of {thing}: the request lapsed when the deadline passed unsigned.",
    )),
    "story": ("serial story", (
        "In chapter nine of the newsletter's serial story, {thing} is handed the {role} {value} by a mysterious stranger.",
        "The club's serial story, part three: our hero finds {thing} carrying {role} {value}, to everyone's alarm.",
    )),
    "rumour": ("gossip", (
        "Word at the tea urn is that {thing} will get {role} {value}; the office calls that gossip and leaves the entry alone.",
        "Pure gossip from the car park: {value} as {role} for {thing}, supposedly from someone's cousin.",
    )),
}
