"""Where memlife_v31 tells a holder's value in passing: six everyday genres that mention it on the way to something
else and decide nothing. Each genre is a frame (a heading, a sentence before and a sentence after ``{told}``) and two
wordings of the sentence that tells ``{thing}`` and ``{value}``; the samples use the genres in turn and each genre's
two wordings alternately."""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES = {
    "quiz_recap": (
        "Thursday quiz, the morning after\nThe picture round was harder than anyone expected. {told} The Owls won on the "
        "tie-break by a single point.",
        ("Somebody on table six swore the bonus answer was {value} for {thing}, which got a round of groans.",
         "Between rounds the chat drifted to {thing} and whether {value} is still its {role}."),
    ),
    "garden_column": (
        "From the potting shed\nThe dahlias need lifting before the first frost. {told} Mulch the rhubarb crowns while "
        "the soil is still warm.",
        ("My neighbour, who works with the {office}, mentioned {value} in connection with {thing} over the fence.",
         "Over tea I heard that {thing} and {value} go together these days, though I only half listened."),
    ),
    "vlog_caption": (
        "Video description, episode 41\nThanks for watching and for all the lovely comments last week. {told} Links to the "
        "camera gear are pinned below.",
        ("At minute nine you can spot {thing} in the background, and yes, that is {value} on the sign.",
         "A few of you asked about {value} by {thing}; it just happened to be in shot."),
    ),
    "knitting_pattern": (
        "Pattern notes, cabled mittens\nCast on forty stitches and join in the round. {told} Work the thumb gusset on the "
        "next twelve rows.",
        ("I named this colourway after {thing}, where my cousin saw {value} last spring.",
         "The chart was drafted on a bench beside {thing}, with {value} for company."),
    ),
    "lost_and_found": (
        "Found: one blue umbrella\nIt was left on the bench by the ticket office on Sunday. {told} Ask at the front desk "
        "to claim it.",
        ("Whoever owns it was chatting about {value} and {thing} just before they hurried off.",
         "The handle has a tag that mentions {thing} and {value}, so it may belong to someone from there."),
    ),
    "bus_stop_chat": (
        "Overheard at the bus stop\nThe number twelve was late again, as usual. {told} Then the bus came and the "
        "conversation moved on to the weather.",
        ("One of the pair said {thing} has {value} these days, as if everyone knew.",
         "The older man was sure that {value} was at {thing}, and his friend just nodded."),
    ),
}
