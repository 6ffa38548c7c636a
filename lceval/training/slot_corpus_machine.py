"""TRAINING-ONLY machine-format records: API traffic, CLI runs, SQL, diffs, rows, segments, logs, facts, cells.

The four other training corpora are mostly prose and simple records. This
fifth one is written in the formats machines exchange, where the role of a
line is carried by the format's own machinery and its outcome, on the same
line: an HTTP status, a JSON-Patch op, a GraphQL or JSON-RPC result or error,
a gRPC code, a CLI flag (``--dry-run``, ``-WhatIf``, ``--force``, ``unset``,
``revoke``) and its inline result, a SQL statement and whether its transaction
was committed or rolled back, a config diff (``-old`` / ``+new``, merged or
closed unmerged, commented out), a CSV/TSV/fixed-width row's status column
(ALLOCATED, MOVED, RELEASED, REVOKED, VOID, PENDING, PROPOSED, DECLINED,
TENTATIVE, CANCELLED), iCalendar and EDI segments, log levels, Prolog
assert/retract, spreadsheet edits, key=value lines, YAML, TOML, LDIF and
Redis commands.

Roles:

- ``bind``: the record sets the key to a value and took effect (201, 200,
  committed, merged, applied, ALLOCATED); replacements often name the old
  value ({w});
- ``withdraw``: the record takes the value away and gives none (DELETE,
  remove, unset, NULL, RELEASED, REVOKED, VOID, retract, ``-`` line merged),
  sometimes naming the value it takes away;
- ``lookalike``: the same surface shape with the key and a value, but the
  framing says it did not take effect: 4xx/5xx, errors, dry runs,
  simulations, sandboxes, validation only, test transactions rolled back,
  commented out, sample and fixture data, drafts, PROPOSED/PENDING/DECLINED/
  TENTATIVE rows, queries about a value, diffs closed without merging;
- ``other``: the key without a value: GETs, reads, queries, list and history
  commands, headers, counts.

Keys: 27 attributes of nine domains (museum store, wholesale bakery, bee
club, ski school, print shop, restaurant kitchen, vineyard, zoo, cycling
club), three per domain, on holders that come in twins a character or two
apart; values are word values (places, stations, groups, papers) and codes,
numbers, dates and times; no value of an episode contains another.

Written for training only, in new wording, without looking at any
memory-lifecycle family or any selector code;
``tests/unit/test_slot_corpus_machine.py`` checks that no six-word run of a
rendered line occurs in the families' generated samples. It keeps the shared
``Line``/``Episode`` structure and uses ``slot_corpus.ask`` for ``needed`` and
``answers``.

Placeholders: {a} attribute in words, {A} the attribute as an identifier,
{e} holder, {E} the holder as an identifier, {K} holder and attribute as one
ENV_NAME, {v} value, {w} the value being replaced, {u} a user handle,
{t} a timestamp, {d} a date, {dt} an iCalendar date-time, {n} a count or id,
{col} a spreadsheet column, {blank} nothing (for padding), {o} an ordinal
(questions). ``{X:24}`` pads the filled text to 24 characters (fixed width).
"""

from __future__ import annotations

import random
import re

from .slot_corpus import Episode, Line, ask, fresh_values, _merge

# ---- keys -------------------------------------------------------------------------------------------

# domain -> (attribute -> value kind, holder twins). The twins of a pair differ by one or two characters.
DOMAINS = {
    "museum store": ({"display case": "case", "conservator": "name", "storage drawer": "drawer"},
                     [["Ammonite 44", "Ammonite 47"], ["Dodo cast", "Dodo casts"], ["Lantern Slide 9", "Lantern Slide 19"]]),
    "wholesale bakery": ({"drop route": "route", "oven deck": "deck", "starter jar": "jar"},
                         [["Crumb Cellar", "Crumb Collar"], ["Ovenbird Deli", "Ovenbird Dell"], ["Pantry 12", "Pantry 21"]]),
    "bee club": ({"apiary site": "site", "queen tag": "queen", "inspection slot": "halfday"},
                 [["Hive Bramble", "Hive Brambly"], ["Hive Saffron", "Hive Saffran"], ["Colony 6", "Colony 16"]]),
    "ski school": ({"lift pass": "pass", "instructor": "name", "meeting flag": "flag"},
                   [["Group Chamois", "Group Chamoix"], ["Snowplough Club", "Snowplow Club"], ["Class 3B", "Class 3D"]]),
    "print shop": ({"press": "press", "paper stock": "stock", "proof reader": "name"},
                   [["Job Kestrel Menu", "Job Kestrel Menus"], ["Order 5512", "Order 5521"], ["Suite Halloran", "Suite Holloran"]]),
    "restaurant kitchen": ({"prep station": "station", "walk-in shelf": "shelf", "knife locker": "number"},
                           [["Cook Daniela", "Cook Daniele"], ["Cook Oyelaran", "Cook Oyelaren"], ["Cook Marit", "Cook Marta"]]),
    "vineyard": ({"barrel": "barrel", "picking crew": "crew", "press date": "date"},
                 [["Block Ashby", "Block Ashley"], ["Parcel Greystone", "Parcel Greystane"], ["Row 40", "Row 44"]]),
    "zoo": ({"enclosure": "enclosure", "keeper": "name", "feed time": "clock"},
            [["Tapir Nandi", "Tapir Nanda"], ["Macaw Pepe", "Macaw Pepa"], ["Seal Harriet", "Seal Harriot"]]),
    "cycling club": ({"ride group": "group", "frame number": "frame", "ride leader": "name"},
                     [["Rider Oduya", "Rider Odoya"], ["Rider Penhallow", "Rider Penhalow"], ["Rider Quist", "Rider Quast"]]),
}
ATTRIBUTES = {a: kind for attrs, _ in DOMAINS.values() for a, kind in attrs.items()}
ENTITIES = [pair for _, pairs in DOMAINS.values() for pair in pairs]
SYNONYMS = {
    "display case": ["showcase"], "storage drawer": ["store drawer"], "drop route": ["delivery route"],
    "starter jar": ["levain jar"], "apiary site": ["bee yard"], "lift pass": ["ski pass"],
    "paper stock": ["paper"], "proof reader": ["proofer"], "prep station": ["kitchen station"],
    "picking crew": ["harvest crew"], "feed time": ["feeding time"], "frame number": ["frame serial"],
}

# Word values. Lists are long enough for one episode's draws and no entry contains another.
NAMES = ["Aurelie Fontaine", "Bongani Dube", "Cerys Mottram", "Dorota Zielinska", "Emeka Obi", "Fenella Craig",
         "Gustav Lind", "Hyun-woo Park", "Isolde Baker", "Jarrah Whitlock", "Katarina Novak", "Luis Ybarra",
         "Maeve Toner", "Nuno Sequeira", "Olamide Ajayi", "Petronella Vos", "Rashid Karimi", "Solveig Dahl"]
ROUTES = ["Heron Lane loop", "the harbour run", "Canal Side", "the uphill round", "Old Town east", "Station Approach",
          "the ring road run", "Cathedral Close", "the estate loop", "Market Square early", "Beacon Hill",
          "the industrial park", "Riverside north", "the school run", "Tannery Row", "Orchard Way", "the seafront",
          "Abbey Fields"]
DECKS = ["top deck", "bottom deck", "middle deck", "the stone deck", "the steam deck", "the rack oven", "the wood oven",
         "the spare deck", "deck Alpha", "deck Bravo", "deck Kilo", "deck Oscar", "the Rofco", "the Bongard",
         "the tunnel oven", "the convection oven", "the proving deck", "the back deck"]
SITES = ["Heron Lane orchard", "the blue annex roof", "Quarry Top", "Mill Leat meadow", "the allotment corner",
         "Windmill Rise", "the rectory garden", "Long Acre hedge", "Cowslip Bank", "the water tower", "Fox Covert",
         "Gorse Hill", "the cemetery wall", "Lime Avenue", "the old railway cutting", "Pond Farm", "the school roof",
         "Hazel Coppice"]
FLAGS = ["orange flag", "the green flag", "red pennant", "the chair lift hut", "blue annex", "the cable car exit",
         "yellow banner", "the snow cannon", "the piste map", "the crêperie", "the ticket office", "Gondola station",
         "the ice bar", "the top of drag two", "purple flag", "the rescue hut", "the picnic terrace", "the igloo"]
PRESSES = ["the Heidelberg", "press four", "the old Adana", "the Komori", "riso two", "the Vandercook", "the big Roland",
           "press one", "the digital Indigo", "the Chandler", "riso one", "the letterpress", "the plotter", "the Xerox",
           "press six", "the Multilith", "the Ryobi", "the foil press"]
STOCKS = ["Munken 120", "Arcoset 90", "Colorplan 270", "Conqueror laid", "Fedrigoni 350", "Heaven 42", "Keaykolour 300",
          "Munken 80", "Tintoretto Gesso", "Gmund cotton", "Olin smooth", "Rives Design", "Extract 200", "Nautilus 100",
          "Curious Matter", "Favini Crush", "Old Mill 250", "Sirio pearl"]
STATIONS = ["pastry corner", "cold pass", "grill two", "the garnish bench", "fish board", "sauce range", "the wok line",
            "veg prep", "the bread oven", "larder end", "dessert pass", "the fryer bank", "butchery block",
            "stock corner", "the plancha", "salad bar", "the tandoor", "the pizza oven"]
CREWS = ["red crew", "dawn crew", "the Moreno crew", "crew Lark", "the students", "terrace crew", "the night pickers",
         "the volunteers", "hill crew", "crew Sparrow", "the locals", "crew Nine", "the cellar hands", "crew Thistle",
         "the weekenders", "crew Bracken", "the interns", "south slope crew"]
ENCLOSURES = ["blue annex", "Heron Lane paddock", "the night house", "Lagoon Two", "the Kopje", "Bamboo Walk",
              "the old aviary", "Riverside run", "the glasshouse", "South Moat", "the rock pool", "Cedar Yard",
              "Paddock Five", "the quarantine block", "Marsh View", "the tree walk", "Kraal East", "the mud wallow"]
RIDE_GROUPS = ["the chain gang", "coffee pace", "Heron Lane tempo", "the gravel squad", "steady Sunday",
               "the hill repeaters", "social B", "the early birds", "fast A", "the tourers", "mud larks",
               "the recovery spin", "the audax lot", "the novices", "climbers club", "the velodrome lot",
               "the newcomers", "Thursday through-and-off"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# Others: users who run the commands (never values) and spreadsheet columns.
USERS = ["ops.bot", "jdiallo", "mkraus", "svc-sync", "rtanaka", "admin", "lpereira", "ci-runner", "hquinn", "beatriz.m",
         "deploy", "nwalsh"]
HOSTS = ["api.example.org", "svc.internal", "registry.local", "backend:8080"]


def _value(rng: random.Random, kind: str) -> str:
    r = rng.randint
    letter = lambda: rng.choice(LETTERS)  # noqa: E731
    made = {
        "case": lambda: rng.choice([f"DC-{r(10, 99)}", f"Case {r(1, 9)}{letter()}"]),
        "drawer": lambda: f"D{r(1, 9)}-{r(100, 999)}",
        "jar": lambda: f"J-{r(100, 999)}",
        "queen": lambda: f"Q{r(10, 99)}-{letter()}{letter()}",
        "halfday": lambda: f"{rng.choice(WEEKDAYS)} {rng.choice(['morning', 'afternoon', 'evening'])}",
        "pass": lambda: f"LP-{r(10000, 99999)}",
        "shelf": lambda: f"W-{r(1, 9)}{letter()}",
        "number": lambda: str(r(100, 999)),
        "barrel": lambda: f"BRL-{r(1000, 9999)}",
        "date": lambda: f"{r(1, 28):02d} {rng.choice(MONTHS)}",
        "clock": lambda: f"{r(6, 18):02d}:{rng.choice(['00', '15', '30', '45'])}",
        "frame": lambda: f"{letter()}{letter()}{letter()}-{r(100, 999)}-{letter()}",
        "name": lambda: rng.choice(NAMES), "route": lambda: rng.choice(ROUTES), "deck": lambda: rng.choice(DECKS),
        "site": lambda: rng.choice(SITES), "flag": lambda: rng.choice(FLAGS), "press": lambda: rng.choice(PRESSES),
        "stock": lambda: rng.choice(STOCKS), "station": lambda: rng.choice(STATIONS), "crew": lambda: rng.choice(CREWS),
        "enclosure": lambda: rng.choice(ENCLOSURES), "group": lambda: rng.choice(RIDE_GROUPS),
    }
    return made[kind]()


def draw_values(rng: random.Random, attribute: str, k: int, taken: list[str]) -> list[str]:
    """k new values for the attribute, none containing or contained in another value of the episode (``taken`` grows)."""
    return fresh_values(lambda: _value(rng, ATTRIBUTES[attribute]), k, taken, attribute)


# ---- forms, by format -------------------------------------------------------------------------------
# Each format lists first writes, replacements ({w}: the old value, where named), withdrawals (may name the value
# taken away as {v}), look-alikes (the same record, framed as not taking effect) and others (the key, no value).

FORMATS: dict[str, dict[str, list[str]]] = {}

FORMATS["http"] = {
    "first": [
        "POST /api/v1/{E}/{A} {\"value\": \"{v}\"} -> 201 Created",
        "PUT /v2/holders/{E}/{A} body={\"{A}\":\"{v}\"} => 200 OK",
        "{t} POST /{E}/settings  {\"{A}\": \"{v}\"}  201 ({n} ms)",
        "curl -s -X PUT -d '{v}' https://{host}/{E}/{A}  => 204, stored",
    ],
    "replace": [
        "PATCH /api/v1/{E} {\"{A}\": \"{v}\"} -> 200 OK (was \"{w}\")",
        "PUT /v2/holders/{E}/{A} {\"value\":\"{v}\",\"previous\":\"{w}\"} => 200 OK",
        "{t} PATCH /{E}/settings  {\"{A}\": \"{v}\"}  200 ({n} ms)",
    ],
    "withdraw": [
        "DELETE /api/v1/{E}/{A} -> 204 No Content",
        "{t} DELETE /{E}/settings/{A}  204 ({n} ms)",
        "PATCH /api/v1/{E} {\"{A}\": null} -> 200 OK",
        "DELETE /v2/holders/{E}/{A}?value={v} => 200 {\"deleted\": true}",
        "PUT /v2/holders/{E}/{A} {\"value\": null, \"reason\": \"released\"} => 200 OK",
    ],
    "lookalike": [
        "POST /api/v1/{E}/{A} {\"value\": \"{v}\"} -> 409 Conflict",
        "PUT /v2/holders/{E}/{A} body={\"{A}\":\"{v}\"} => 422 Unprocessable Entity, nothing stored",
        "{t} PATCH /{E}/settings  {\"{A}\": \"{v}\"}  403 Forbidden",
        "POST https://sandbox.{host}/{E}/{A} {\"value\": \"{v}\"} -> 201 Created (sandbox tenant)",
        "PATCH /api/v1/{E}?dry_run=true {\"{A}\": \"{v}\"} -> 200 OK (validated, not saved)",
        "{t} PUT /{E}/settings  {\"{A}\": \"{v}\"}  500 Internal Server Error, transaction rolled back",
        "POST /api/v1/{E}/{A} {\"value\": \"{v}\", \"draft\": true} -> 202 Accepted, awaiting approval",
        "# example from the API docs: PUT /v2/holders/{E}/{A} {\"value\": \"{v}\"}",
    ],
    "other": [
        "GET /api/v1/{E}/{A} -> 200 OK",
        "{t} GET /{E}/settings/{A}  200 ({n} ms)",
        "HEAD /v2/holders/{E}/{A} => 304 Not Modified",
        "GET /api/v1/{E}/{A}/history?limit={n} -> 200 OK",
        "OPTIONS /v2/holders/{E}/{A} => 204 Allow: GET, PUT, DELETE",
    ],
}
FORMATS["jsonpatch"] = {
    "first": [
        "[{\"op\": \"add\", \"path\": \"/{E}/{A}\", \"value\": \"{v}\"}]  -> applied",
        "{t} patch {E}: add /{A} = \"{v}\" ok",
        "{\"op\":\"add\",\"path\":\"/holders/{E}/{A}\",\"value\":\"{v}\"}  // status: applied, rev {n}",
    ],
    "replace": [
        "[{\"op\": \"replace\", \"path\": \"/{E}/{A}\", \"value\": \"{v}\"}]  -> applied",
        "{t} patch {E}: replace /{A} \"{w}\" -> \"{v}\" ok",
        "{\"op\":\"replace\",\"path\":\"/holders/{E}/{A}\",\"value\":\"{v}\"}  // status: applied, rev {n}",
    ],
    "withdraw": [
        "[{\"op\": \"remove\", \"path\": \"/{E}/{A}\"}]  -> applied",
        "{t} patch {E}: remove /{A} (was \"{v}\") ok",
        "{\"op\":\"remove\",\"path\":\"/holders/{E}/{A}\"}  // status: applied, rev {n}",
        "[{\"op\": \"test\", \"path\": \"/{E}/{A}\", \"value\": \"{v}\"}, {\"op\": \"remove\", \"path\": \"/{E}/{A}\"}]  -> applied",
        "{t} patch {E}: remove /{A} ok, nothing added in its place",
    ],
    "lookalike": [
        "[{\"op\": \"test\", \"path\": \"/{E}/{A}\", \"value\": \"{v}\"}]  -> test failed",
        "[{\"op\": \"replace\", \"path\": \"/{E}/{A}\", \"value\": \"{v}\"}]  -> rejected, whole patch discarded",
        "{t} patch {E}: replace /{A} -> \"{v}\" FAILED (precondition)",
        "{\"op\":\"add\",\"path\":\"/holders/{E}/{A}\",\"value\":\"{v}\"}  // status: preview only, not applied",
        "{t} patch {E}: add /{A} = \"{v}\" skipped (dry run)",
        "[{\"op\": \"add\", \"path\": \"/{E}/{A}\", \"value\": \"{v}\"}]  -> reverted by the following patch",
    ],
    "other": [
        "{\"op\": \"copy\", \"from\": \"/{E}/{A}\", \"path\": \"/archive/{E}\"}",
        "{t} patch {E}: no op touches /{A}",
        "GET /{E} (json-patch log) -> {n} ops pending for /{A}",
        "// patch {n} for {E} leaves /{A} alone",
    ],
}
FORMATS["graphql"] = {
    "first": [
        "mutation { setAttribute(holder: \"{e}\", key: \"{A}\", value: \"{v}\") { ok } }  -> ok: true",
        "mutation Assign { assign(holder: \"{E}\", {A}: \"{v}\") { id } }  -> data.assign.id = {n}",
        "{t} gql mutation assign {E}.{A}=\"{v}\" result=success",
    ],
    "replace": [
        "mutation { setAttribute(holder: \"{e}\", key: \"{A}\", value: \"{v}\") { ok previous } }  -> ok: true, previous: \"{w}\"",
        "{t} gql mutation update {E}.{A}=\"{v}\" result=success",
        "mutation Reassign { reassign(holder: \"{E}\", {A}: \"{v}\") { id } }  -> data.reassign.id = {n}",
    ],
    "withdraw": [
        "mutation { clearAttribute(holder: \"{e}\", key: \"{A}\") { ok } }  -> ok: true",
        "{t} gql mutation unassign {E}.{A} result=success",
        "mutation Release { release(holder: \"{E}\", field: \"{A}\") { released } }  -> released: \"{v}\"",
        "mutation { setAttribute(holder: \"{e}\", key: \"{A}\", value: null) { ok } }  -> ok: true",
    ],
    "lookalike": [
        "mutation { setAttribute(holder: \"{e}\", key: \"{A}\", value: \"{v}\") { ok } }  -> errors: [FORBIDDEN]",
        "{t} gql mutation assign {E}.{A}=\"{v}\" result=validation_error",
        "mutation Assign { assign(holder: \"{E}\", {A}: \"{v}\", dryRun: true) { id } }  -> data.assign = null (dry run)",
        "# schema docs example: mutation { setAttribute(holder: \"{e}\", key: \"{A}\", value: \"{v}\") { ok } }",
        "{t} gql mutation assign {E}.{A}=\"{v}\" result=success env=playground",
        "mutation { proposeAttribute(holder: \"{e}\", key: \"{A}\", value: \"{v}\") { status } }  -> status: PENDING_REVIEW",
    ],
    "other": [
        "query { holder(id: \"{E}\") { {A} } }",
        "{t} gql query read {E}.{A} result=success",
        "subscription { attributeChanged(holder: \"{e}\", key: \"{A}\") { at } }",
        "query History { history(holder: \"{E}\", field: \"{A}\", last: {n}) { at by } }",
    ],
}
FORMATS["jsonrpc"] = {
    "first": [
        "--> {\"jsonrpc\":\"2.0\",\"method\":\"attr.set\",\"params\":{\"holder\":\"{E}\",\"key\":\"{A}\",\"value\":\"{v}\"},\"id\":{n}}  <-- {\"result\":\"ok\"}",
        "{t} rpc attr.set({E}, {A}, \"{v}\") -> result: true",
        "rpc> set_value(holder=\"{E}\", field=\"{A}\", value=\"{v}\")  => committed",
    ],
    "replace": [
        "--> {\"jsonrpc\":\"2.0\",\"method\":\"attr.replace\",\"params\":{\"holder\":\"{E}\",\"key\":\"{A}\",\"value\":\"{v}\"},\"id\":{n}}  <-- {\"result\":{\"old\":\"{w}\"}}",
        "{t} rpc attr.set({E}, {A}, \"{v}\") -> result: true, replaced \"{w}\"",
        "rpc> set_value(holder=\"{E}\", field=\"{A}\", value=\"{v}\", overwrite=true)  => committed",
    ],
    "withdraw": [
        "--> {\"jsonrpc\":\"2.0\",\"method\":\"attr.unset\",\"params\":{\"holder\":\"{E}\",\"key\":\"{A}\"},\"id\":{n}}  <-- {\"result\":\"ok\"}",
        "{t} rpc attr.delete({E}, {A}) -> result: true",
        "rpc> clear_value(holder=\"{E}\", field=\"{A}\")  => committed",
        "{t} rpc attr.revoke({E}, {A}) -> result: {\"revoked\": \"{v}\"}",
    ],
    "lookalike": [
        "--> {\"jsonrpc\":\"2.0\",\"method\":\"attr.set\",\"params\":{\"holder\":\"{E}\",\"key\":\"{A}\",\"value\":\"{v}\"},\"id\":{n}}  <-- {\"error\":{\"code\":-32602,\"message\":\"invalid params\"}}",
        "{t} rpc attr.set({E}, {A}, \"{v}\") -> error -32000: holder locked",
        "rpc> set_value(holder=\"{E}\", field=\"{A}\", value=\"{v}\", simulate=true)  => simulated, not committed",
        "{t} rpc attr.set({E}, {A}, \"{v}\") -> timeout, call not applied",
        "--> {\"jsonrpc\":\"2.0\",\"method\":\"attr.validate\",\"params\":{\"holder\":\"{E}\",\"key\":\"{A}\",\"value\":\"{v}\"},\"id\":{n}}  <-- {\"result\":\"valid\"}",
    ],
    "other": [
        "--> {\"jsonrpc\":\"2.0\",\"method\":\"attr.get\",\"params\":{\"holder\":\"{E}\",\"key\":\"{A}\"},\"id\":{n}}",
        "{t} rpc attr.history({E}, {A}) -> {n} entries",
        "rpc> describe_field(holder=\"{E}\", field=\"{A}\")",
        "{t} rpc attr.get({E}, {A}) -> pending",
    ],
}
FORMATS["grpc"] = {
    "first": [
        "SetAttribute {holder: \"{E}\" key: \"{A}\" value: \"{v}\"} -> OK",
        "{t} grpc /attrs.v1.Attrs/Set holder={E} {A}=\"{v}\" code=OK",
        "update { holder: \"{E}\" field: \"{A}\" new_value: \"{v}\" }  status: COMMITTED",
    ],
    "replace": [
        "SetAttribute {holder: \"{E}\" key: \"{A}\" value: \"{v}\" if_match: \"{w}\"} -> OK",
        "{t} grpc /attrs.v1.Attrs/Replace holder={E} {A}=\"{v}\" code=OK",
        "update { holder: \"{E}\" field: \"{A}\" old_value: \"{w}\" new_value: \"{v}\" }  status: COMMITTED",
    ],
    "withdraw": [
        "ClearAttribute {holder: \"{E}\" key: \"{A}\"} -> OK",
        "{t} grpc /attrs.v1.Attrs/Delete holder={E} field={A} code=OK",
        "update { holder: \"{E}\" field: \"{A}\" clear: true }  status: COMMITTED",
        "revoke { holder: \"{E}\" field: \"{A}\" old_value: \"{v}\" }  status: COMMITTED",
    ],
    "lookalike": [
        "SetAttribute {holder: \"{E}\" key: \"{A}\" value: \"{v}\"} -> FAILED_PRECONDITION",
        "{t} grpc /attrs.v1.Attrs/Set holder={E} {A}=\"{v}\" code=PERMISSION_DENIED",
        "update { holder: \"{E}\" field: \"{A}\" new_value: \"{v}\" validate_only: true }  status: VALIDATED",
        "update { holder: \"{E}\" field: \"{A}\" new_value: \"{v}\" }  status: ABORTED",
        "{t} grpc /attrs.v1.Attrs/Set holder={E} {A}=\"{v}\" code=DEADLINE_EXCEEDED (not applied)",
        "# testdata/golden.textproto: update { holder: \"{E}\" field: \"{A}\" new_value: \"{v}\" }",
    ],
    "other": [
        "GetAttribute {holder: \"{E}\" key: \"{A}\"} -> OK",
        "{t} grpc /attrs.v1.Attrs/Get holder={E} field={A} code=OK",
        "watch { holder: \"{E}\" field: \"{A}\" }  stream opened",
        "{t} grpc /attrs.v1.Attrs/List holder={E} field={A} code=OK items={n}",
    ],
}
FORMATS["cli"] = {
    "first": [
        "$ attrctl set {E} {A} \"{v}\"   # ok",
        "$ roster assign --holder {E} --field {A} --value \"{v}\"  ✔ assigned",
        "PS> Set-Attribute -Holder {E} -Name {A} -Value \"{v}\"  # Completed",
    ],
    "replace": [
        "$ attrctl set {E} {A} \"{v}\" --force   # ok, overwrote \"{w}\"",
        "$ roster reassign --holder {E} --field {A} --value \"{v}\"  ✔ reassigned (was {w})",
        "PS> Set-Attribute -Holder {E} -Name {A} -Value \"{v}\" -Force  # Completed",
    ],
    "withdraw": [
        "$ attrctl unset {E} {A}   # ok",
        "$ roster release --holder {E} --field {A}  ✔ released",
        "PS> Remove-Attribute -Holder {E} -Name {A}  # Completed",
        "$ attrctl rm {E}/{A} --yes   # removed \"{v}\"",
        "$ roster revoke --holder {E} --field {A} --reason audit  ✔ revoked",
    ],
    "lookalike": [
        "$ attrctl set {E} {A} \"{v}\" --dry-run   # would set, nothing changed",
        "$ roster assign --holder {E} --field {A} --value \"{v}\" --simulate  ✔ simulation passed",
        "PS> Set-Attribute -Holder {E} -Name {A} -Value \"{v}\" -WhatIf  # What if: would set, not performed",
        "$ attrctl set {E} {A} \"{v}\"   # error: permission denied",
        "$ roster assign --holder {E} --field {A} --value \"{v}\"  ✘ refused: holder is locked",
        "$ attrctl --context sandbox set {E} {A} \"{v}\"   # ok (sandbox context)",
    ],
    "other": [
        "$ attrctl get {E} {A}",
        "$ roster show --holder {E} --field {A}",
        "PS> Get-Attribute -Holder {E} -Name {A}",
        "$ attrctl history {E} {A} --limit {n}",
        "$ attrctl describe {E} | grep {A}",
    ],
}
FORMATS["sql"] = {
    "first": [
        "INSERT INTO {A} (holder, value) VALUES ('{e}', '{v}');  -- 1 row inserted",
        "UPDATE holders SET {A} = '{v}' WHERE name = '{e}';  COMMIT;",
        "BEGIN; INSERT INTO assignments VALUES ('{E}', '{A}', '{v}'); COMMIT;",
    ],
    "replace": [
        "UPDATE holders SET {A} = '{v}' WHERE name = '{e}' AND {A} = '{w}';  -- 1 row updated, committed",
        "BEGIN; UPDATE assignments SET value = '{v}' WHERE holder = '{E}' AND field = '{A}'; COMMIT;",
        "INSERT INTO {A} (holder, value) VALUES ('{e}', '{v}') ON CONFLICT (holder) DO UPDATE SET value = EXCLUDED.value;  -- upserted",
    ],
    "withdraw": [
        "DELETE FROM {A} WHERE holder = '{e}';  -- 1 row deleted",
        "UPDATE holders SET {A} = NULL WHERE name = '{e}';  COMMIT;",
        "BEGIN; DELETE FROM assignments WHERE holder = '{E}' AND field = '{A}' AND value = '{v}'; COMMIT;",
        "DELETE FROM {A} WHERE holder = '{e}' RETURNING value;  -- returned '{v}', committed",
    ],
    "lookalike": [
        "BEGIN; UPDATE holders SET {A} = '{v}' WHERE name = '{e}'; ROLLBACK;",
        "INSERT INTO {A} (holder, value) VALUES ('{e}', '{v}');  -- ERROR: duplicate key value violates unique constraint",
        "BEGIN; INSERT INTO assignments VALUES ('{E}', '{A}', '{v}'); ROLLBACK;  -- test transaction",
        "UPDATE holders SET {A} = '{v}' WHERE name = '{e}';  -- 0 rows updated",
        "-- UPDATE holders SET {A} = '{v}' WHERE name = '{e}';  (commented out in migration {n})",
        "INSERT INTO fixtures.{A} (holder, value) VALUES ('{e}', '{v}');  -- seed data for the test suite",
        "EXPLAIN UPDATE holders SET {A} = '{v}' WHERE name = '{e}';",
    ],
    "other": [
        "SELECT {A} FROM holders WHERE name = '{e}';",
        "SELECT count(*) FROM {A} WHERE holder = '{e}';  -- {n}",
        "ALTER TABLE holders ADD COLUMN {A} text;  -- {e} among {n} rows left empty",
        "SELECT value, changed_at FROM assignments WHERE holder = '{E}' AND field = '{A}' ORDER BY changed_at;",
    ],
}
FORMATS["diff"] = {
    "first": [
        "+{E}.{A} = \"{v}\"  (merged)",
        "@@ {E} @@ +{A}: {v}  (deployed)",
        "+ {A}: {v}    # {E}, merged in !{n}",
    ],
    "replace": [
        "-{E}.{A} = \"{w}\"  +{E}.{A} = \"{v}\"  (merged)",
        "@@ {E} @@ -{A}: {w} +{A}: {v}  (deployed)",
        "+ {A}: {v}    # {E}, replaces {w}, merged in !{n}",
    ],
    "withdraw": [
        "-{E}.{A} = \"{v}\"  (merged; no + line)",
        "@@ {E} @@ -{A}: {v}  (deployed, key dropped)",
        "- {A}: {v}    # {E}, removed in !{n}, merged",
        "-{E}.{A} = \"{v}\"  +{E}.{A} =  (merged, left empty)",
    ],
    "lookalike": [
        "+{E}.{A} = \"{v}\"  (PR !{n} closed without merging)",
        "@@ {E} @@ +{A}: {v}  (diff preview, not applied)",
        "+ {A}: {v}    # {E}, suggested in review, declined",
        "+{E}.{A} = \"{v}\"  (merged, then reverted in !{n})",
        "+# {E}.{A} = \"{v}\"  (merged, but only as a comment)",
        "+{E}.{A} = \"{v}\"  (branch wip/{u}, unmerged)",
    ],
    "other": [
        "diff --git a/{E}.conf b/{E}.conf  ({A} section)",
        "@@ {E} @@  {A} unchanged",
        "# {E}.{A}: no diff",
        "--- a/{E}/{A}.yaml",
    ],
}
FORMATS["csv"] = {
    "first": [
        "{e},{A},{v},ALLOCATED",
        "{d}\t{E}\t{A}\t{v}\tACTIVE\tbatch-import",
        "\"{e}\",\"{a}\",\"{v}\",\"CONFIRMED\",{d},\"desk\"",
    ],
    "replace": [
        "{e},{A},{v},MOVED,from {w}",
        "{d}\t{E}\t{A}\t{v}\tREASSIGNED",
        "\"{e}\",\"{a}\",\"{v}\",\"AMENDED\",{d},\"desk\"",
    ],
    "withdraw": [
        "{e},{A},,RELEASED,no successor",
        "{d}\t{E}\t{A}\t{v}\tREVOKED",
        "\"{e}\",\"{a}\",\"{v}\",\"VOID\",{d}",
        "{e},{A},{v},STRUCK OFF",
        "{d}\t{E}\t{A}\t-\tCANCELLED",
    ],
    "lookalike": [
        "{e},{A},{v},PROPOSED,awaiting board",
        "{d}\t{E}\t{A}\t{v}\tDECLINED",
        "\"{e}\",\"{a}\",\"{v}\",\"TENTATIVE\",{d}",
        "{e},{A},{v},PENDING",
        "{d}\t{E}\t{A}\t{v}\tSAMPLE ROW\tdo-not-import",
        "\"{e}\",\"{a}\",\"{v}\",\"REJECTED\",{d}",
    ],
    "other": [
        "{e},{A},,QUERY",
        "{d}\t{E}\t{A}\t\tLOOKUP",
        "\"{e}\",\"{a}\",\"\",\"UNKNOWN\",{d}",
        "{e},{A},count={n},SUMMARY",
    ],
}
FORMATS["fixed"] = {
    "first": [
        "{d:14}{E:22}{A:20}{v:24}ALLOCATED",
        "REC {E:20}{A:20}{v:24}STATUS=ACTIVE",
        "TX{n:6}{E:22}{A:20}{v:24}OK   {d}",
    ],
    "replace": [
        "{d:14}{E:22}{A:20}{v:24}MOVED FROM {w}",
        "REC {E:20}{A:20}{v:24}STATUS=REPLACED",
        "{n:6}{E:22}{A:20}{v:24}CHG  {d}",
    ],
    "withdraw": [
        "ASG {d:14}{E:22}{A:20}{v:24}RELEASED",
        "REC {E:20}{A:20}{blank:24}STATUS=DELETED",
        "{n:6}{E:22}{A:20}{v:24}DEL  {d}",
        "{d:14}{E:22}{A:20}{v:24}VOID",
        "REC {E:20}{A:20}{v:24}STATUS=REVOKED",
    ],
    "lookalike": [
        "{d:14}{E:22}{A:20}{v:24}PENDING",
        "REC {E:20}{A:20}{v:24}STATUS=DECLINED",
        "{n:6}{E:22}{A:20}{v:24}ERR  {d}",
        "{d:14}{E:22}{A:20}{v:24}TENTATIVE",
        "REC {E:20}{A:20}{v:24}STATUS=TEST",
        "ASG {d:14}{E:22}{A:20}{v:24}PROPOSED",
    ],
    "other": [
        "{d:14}{E:22}{A:20}{blank:24}ENQUIRY",
        "REC {E:20}{A:20}{blank:24}STATUS=NOCHANGE",
        "HDR {E:20}{A:20}RECORDS={n}",
        "{n:6}{E:22}{A:20}{blank:24}READ {d}",
    ],
}
FORMATS["ical"] = {
    "first": [
        "BEGIN:VEVENT;SUMMARY={e} {a}: {v};STATUS=CONFIRMED;DTSTART={dt}",
        "X-{K}:{v};STATUS=CONFIRMED",
        "{d} [cal] {e}: {a} {v} (accepted by {u})",
    ],
    "replace": [
        "BEGIN:VEVENT;SUMMARY={e} {a}: {v};STATUS=CONFIRMED;SEQUENCE={n};COMMENT=was {w}",
        "{d} [cal] {e}: {a} moved to {v} (accepted by {u})",
        "X-{K}:{v};STATUS=CONFIRMED;SEQUENCE={n}",
    ],
    "withdraw": [
        "BEGIN:VEVENT;SUMMARY={e} {a}: {v};STATUS=CANCELLED;METHOD=CANCEL",
        "{d} [cal] {e}: {a} cancelled, nothing rebooked",
        "X-{K}:;STATUS=CANCELLED",
        "METHOD:CANCEL;SUMMARY={e} {a};RANGE=THISANDFUTURE",
    ],
    "lookalike": [
        "BEGIN:VEVENT;SUMMARY={e} {a}: {v};STATUS=TENTATIVE;DTSTART={dt}",
        "{d} [cal] {e}: {a} {v} (declined by {u})",
        "X-{K}:{v};STATUS=TENTATIVE",
        "METHOD:COUNTER;SUMMARY={e} {a}: {v};COMMENT=counter-proposal, not accepted",
        "ATTENDEE;PARTSTAT=DECLINED;SUMMARY={e} {a}: {v}",
        "{d} [cal] {e}: {a} {v} (hold only, lapsed unconfirmed)",
    ],
    "other": [
        "BEGIN:VEVENT;SUMMARY={e} {a}: to be confirmed",
        "{d} [cal] {e}: {a} reminder sent to {u}",
        "METHOD:REQUEST;SUMMARY={e} {a}?",
        "X-{K}-NOTES:see thread ({n} replies)",
    ],
}
FORMATS["edi"] = {
    "first": [
        "NAD+HO+{E}'RFF+{A}:{v}'STS+1+ALLOCATED'",
        "BGM+ORIGINAL'NAD+HO+{E}'FTX+{A}+++{v}'STS+ACCEPTED'",
        "ST*ASN*{n}~N1*HO*{E}~REF*{A}*{v}~AK*ACCEPTED~",
    ],
    "replace": [
        "NAD+HO+{E}'RFF+{A}:{v}'RFF+OLD:{w}'STS+1+AMENDED'",
        "BGM+REPLACE'NAD+HO+{E}'FTX+{A}+++{v}'STS+ACCEPTED'",
        "ST*CHG*{n}~N1*HO*{E}~REF*{A}*{v}~AK*ACCEPTED~",
    ],
    "withdraw": [
        "NAD+HO+{E}'RFF+{A}:{v}'STS+1+RELEASED'",
        "BGM+CANCEL'NAD+HO+{E}'FTX+{A}'STS+ACCEPTED'",
        "ST*DEL*{n}~N1*HO*{E}~REF*{A}*~AK*ACCEPTED~",
        "NAD+HO+{E}'RFF+{A}'STS+1+REVOKED'",
    ],
    "lookalike": [
        "NAD+HO+{E}'RFF+{A}:{v}'STS+1+PROPOSED'",
        "BGM+ORIGINAL'NAD+HO+{E}'FTX+{A}+++{v}'STS+REJECTED'",
        "ST*ASN*{n}~N1*HO*{E}~REF*{A}*{v}~AK*REJECTED~",
        "UNB+TEST'NAD+HO+{E}'RFF+{A}:{v}'STS+1+ALLOCATED'  (test interchange)",
        "BGM+DRAFT'NAD+HO+{E}'FTX+{A}+++{v}'STS+HELD'",
    ],
    "other": [
        "NAD+HO+{E}'RFF+{A}'STS+1+ENQUIRY'",
        "BGM+QUERY'NAD+HO+{E}'FTX+{A}'",
        "ST*INQ*{n}~N1*HO*{E}~REF*{A}~",
        "UNT+{n}'NAD+HO+{E}'RFF+{A}'CNT+{n}'",
    ],
}
FORMATS["log"] = {
    "first": [
        "{t} INFO  attrs: {E}.{A} set to \"{v}\" (applied)",
        "{t} [info] assign holder={E} field={A} value=\"{v}\" result=applied",
        "level=info ts={t} msg=\"value stored\" holder={E} {A}=\"{v}\"",
    ],
    "replace": [
        "{t} INFO  attrs: {E}.{A} \"{w}\" -> \"{v}\" (applied)",
        "{t} [info] reassign holder={E} field={A} value=\"{v}\" result=applied",
        "level=info ts={t} msg=\"value replaced\" holder={E} {A}=\"{v}\" old=\"{w}\"",
    ],
    "withdraw": [
        "{t} INFO  attrs: {E}.{A} unset (applied)",
        "{t} [info] release holder={E} field={A} result=applied",
        "level=info ts={t} msg=\"value removed\" holder={E} field={A} old=\"{v}\"",
        "{t} INFO  attrs: {E}.{A} revoked, no successor",
    ],
    "lookalike": [
        "{t} WARN  attrs: {E}.{A} set to \"{v}\" skipped (holder frozen)",
        "{t} [error] assign holder={E} field={A} value=\"{v}\" result=failed",
        "level=debug ts={t} msg=\"dry run\" holder={E} {A}=\"{v}\"",
        "{t} INFO  attrs: {E}.{A} set to \"{v}\" (replay of test fixture)",
        "level=warn ts={t} msg=\"value rejected\" holder={E} {A}=\"{v}\" reason=validation",
        "{t} [info] assign holder={E} field={A} value=\"{v}\" result=rolled_back",
    ],
    "other": [
        "{t} INFO  attrs: {E}.{A} read by {u}",
        "{t} [info] lookup holder={E} field={A} hits={n}",
        "level=info ts={t} msg=\"cache miss\" holder={E} field={A}",
        "{t} DEBUG attrs: {E}.{A} queued for review",
    ],
}
FORMATS["prolog"] = {
    "first": [
        "?- assertz({A}({E}, '{v}')).  true.",
        "{A}({E}, \"{v}\").  % fact loaded",
        "assert {A}({E}, '{v}') -> yes",
    ],
    "replace": [
        "?- retract({A}({E}, '{w}')), assertz({A}({E}, '{v}')).  true.",
        "{A}({E}, \"{v}\").  % fact loaded, supersedes \"{w}\"",
        "update {A}({E}, '{v}') -> yes",
    ],
    "withdraw": [
        "?- retractall({A}({E}, _)).  true.",
        "?- retract({A}({E}, '{v}')).  true.",
        "% fact removed: {A}({E}, \"{v}\").",
        "retract {A}({E}, _) -> yes",
    ],
    "lookalike": [
        "?- {A}({E}, '{v}').  false.",
        "% {A}({E}, \"{v}\").  % commented out",
        "hypothetical({A}({E}, '{v}')).",
        "assert {A}({E}, '{v}') -> no (constraint violated)",
        "?- \\+ {A}({E}, '{v}').  true.",
        "test_fact({A}({E}, \"{v}\")).  % used by unit tests only",
    ],
    "other": [
        "?- {A}({E}, X).",
        "?- aggregate_all(count, {A}({E}, _), N).  N = {n}.",
        ":- dynamic {A}/2.  % {E} and the others",
        "?- listing({A}/2).  % looking for {E}",
    ],
}
FORMATS["sheet"] = {
    "first": [
        "{col}{n} [{e} · {a}] = {v}   saved",
        "Sheet \"{a}\": {e} → {v} (cell {col}{n}, saved)",
        "edit {col}{n}: \"\" → \"{v}\"  ({e}, {a})",
    ],
    "replace": [
        "{col}{n} [{e} · {a}] = {v}   saved, overwrote {w}",
        "edit {col}{n}: \"{w}\" → \"{v}\"  ({e}, {a})",
        "Sheet \"{a}\": {e} → {v} (cell {col}{n}, replaced, saved)",
    ],
    "withdraw": [
        "{col}{n} [{e} · {a}] = (cleared)   saved",
        "edit {col}{n}: \"{v}\" → \"\"  ({e}, {a})",
        "Sheet \"{a}\": row for {e} deleted (cell {col}{n} emptied, saved)",
        "{col}{n} [{e} · {a}] ~~{v}~~ struck through, left blank",
    ],
    "lookalike": [
        "{col}{n} [{e} · {a}] = {v}   (undone with Ctrl+Z)",
        "Sheet \"{a} - scratch copy\": {e} → {v} (cell {col}{n})",
        "comment on {col}{n} ({e}, {a}): \"maybe {v}?\"",
        "edit {col}{n}: \"\" → \"{v}\"  ({e}, {a}) in suggestion mode, not accepted",
        "Sheet \"Template\": {e} → {v} (example row, {a})",
        "{col}{n} [{e} · {a}] = {v}   not saved (file closed without saving)",
    ],
    "other": [
        "{col}{n} [{e} · {a}] = (formula, looked up from sheet {n})",
        "Sheet \"{a}\": filter on {e}, {n} rows",
        "comment on {col}{n} ({e}, {a}): \"who owns this?\"",
        "{col}{n} [{e} · {a}] protected range, view only",
    ],
}
FORMATS["kv"] = {
    "first": [
        "{E}.{A}={v} status=applied",
        "holder={E} key={A} value=\"{v}\" op=set ok=1",
        "{K}={v}  ; live in prod",
    ],
    "replace": [
        "{E}.{A}={v} status=applied prev={w}",
        "holder={E} key={A} value=\"{v}\" op=overwrite ok=1",
        "{K}={v}  ; live, was {w}",
    ],
    "withdraw": [
        "{E}.{A}= status=applied op=unset",
        "holder={E} key={A} op=delete ok=1",
        "{K}=  ; cleared",
        "holder={E} key={A} value=\"{v}\" op=revoke ok=1",
    ],
    "lookalike": [
        "{E}.{A}={v} status=rejected by=policy",
        "holder={E} key={A} value=\"{v}\" op=set ok=0 err=locked",
        "{K}={v}  ; sample, not loaded",
        "{E}.{A}={v} status=pending_approval",
        "holder={E} key={A} value=\"{v}\" op=set mode=dry-run",
        ";{K}={v}  ; disabled",
    ],
    "other": [
        "holder={E} key={A} op=get ok=1",
        "{E}.{A}=? status=unknown",
        "holder={E} key={A} op=list count={n}",
        "{K}_CHECKED_AT={t}",
    ],
}
FORMATS["yaml"] = {
    "first": [
        "{E}: { {A}: \"{v}\" }   # live, synced",
        "- {holder: {E}, {A}: \"{v}\", state: active}",
        "{A}: {v}   # {E}, deployed {d}",
    ],
    "replace": [
        "- {holder: {E}, {A}: \"{v}\", state: active, replaced: \"{w}\"}",
        "{A}: {v}   # {E}, deployed {d}, was {w}",
        "{E}: { {A}: \"{v}\" }   # live since {d}",
    ],
    "withdraw": [
        "- {holder: {E}, {A}: null, state: released}",
        "{A}: ~   # {E}, cleared {d}",
        "{E}: { {A}: null }   # deployed",
        "- {holder: {E}, {A}: \"{v}\", state: revoked}",
    ],
    "lookalike": [
        "- {holder: {E}, {A}: \"{v}\", state: proposed}",
        "# {A}: {v}   # {E}, disabled",
        "{E}: { {A}: \"{v}\" }   # examples/sample.yaml, not deployed",
        "- {holder: {E}, {A}: \"{v}\", state: declined, by: review}",
        "{A}: {v}   # {E}, staging overlay only",
    ],
    "other": [
        "- {holder: {E}, {A}: TBD}",
        "{A}: !include {E}/private.yaml",
        "# {E}: {A} documented in the runbook",
        "{E}: { {A}: !env {K} }",
    ],
}
FORMATS["toml"] = {
    "first": [
        "[{E}] {A} = \"{v}\"  # active profile",
        "[holders.{E}]  {A} = \"{v}\"   # loaded",
        "{E}.{A} = \"{v}\"  # set by {u} on {d}",
    ],
    "replace": [
        "[{E}] {A} = \"{v}\"  # active profile, replaced \"{w}\"",
        "[holders.{E}]  {A} = \"{v}\"   # reloaded after edit",
        "{E}.{A} = \"{v}\"  # changed by {u} on {d}",
    ],
    "withdraw": [
        "[{E}] # {A} removed, no value",
        "[holders.{E}]  {A} = \"\"   # blanked, reloaded",
        "# {E}.{A} deleted by {u} on {d} (was \"{v}\")",
    ],
    "lookalike": [
        "# [{E}] {A} = \"{v}\"  # commented out",
        "[{E}] {A} = \"{v}\"  # parse error at line {n}, file not loaded",
        "[holders.{E}]  {A} = \"{v}\"   # in config.example.toml",
        "{E}.{A} = \"{v}\"  # proposed by {u}, PR declined",
        "[{E}] {A} = \"{v}\"  # test profile only, not active",
    ],
    "other": [
        "[{E}] # {A} = ?  (ask {u} in chat)",
        "[holders.{E}]  # {A} lives in the vault",
        "{E}.{A}_ttl = {n}",
        "# {E}.{A}: {n} lookups this week",
    ],
}
FORMATS["ldif"] = {
    "first": [
        "dn: cn={E} | changetype: modify | add: {A} | {A}: {v} -> result: 0 success",
        "ldapadd: cn={E} {A}={v} (entry added)",
    ],
    "replace": [
        "dn: cn={E} | changetype: modify | replace: {A} | {A}: {v} -> result: 0 success",
        "ldapmodify: cn={E} {A}: {w} => {v} (modified)",
    ],
    "withdraw": [
        "dn: cn={E} | changetype: modify | delete: {A} -> result: 0 success",
        "ldapmodify: cn={E} delete {A} (was {v}) (modified)",
        "dn: cn={E} | changetype: modify | delete: {A} | {A}: {v} -> result: 0 success",
    ],
    "lookalike": [
        "dn: cn={E} | changetype: modify | replace: {A} | {A}: {v} -> result: 50 insufficient access rights",
        "ldapmodify -n: cn={E} {A}: {v} (no-op mode, not sent)",
        "dn: cn={E} | changetype: modify | add: {A} | {A}: {v} -> result: 19 constraint violation",
        "# sample.ldif: dn: cn={E} | add: {A} | {A}: {v}",
    ],
    "other": [
        "ldapsearch -b cn={E} {A}",
        "dn: cn={E} | {A}: (not returned, {n} entries matched)",
        "ldapcompare: cn={E} {A} -> undefined",
    ],
}
FORMATS["redis"] = {
    "first": [
        "redis:6379> SET {E}:{A} \"{v}\"  OK",
        "> HSET {E} {A} \"{v}\"  (integer) 1",
    ],
    "replace": [
        "> GETSET {E}:{A} \"{v}\"  \"{w}\"",
        "redis:6379> SET {E}:{A} \"{v}\" XX  OK",
        "> HSET {E} {A} \"{v}\"  (integer) 0 (field overwritten)",
    ],
    "withdraw": [
        "> DEL {E}:{A}  (integer) 1",
        "> HDEL {E} {A}  (integer) 1",
        "> GETDEL {E}:{A}  \"{v}\"",
    ],
    "lookalike": [
        "> SET {E}:{A} \"{v}\" NX  (nil)",
        "> MULTI; SET {E}:{A} \"{v}\"; DISCARD  OK",
        "redis:6379> SET {E}:{A} \"{v}\"  (error) READONLY replica, write refused",
        "sandbox:6379> HSET {E} {A} \"{v}\"  (integer) 1",
    ],
    "other": [
        "redis:6379> GET {E}:{A}",
        "> TTL {E}:{A}  (integer) {n}",
        "> HEXISTS {E} {A}  (integer) 1",
        "> OBJECT FREQ {E}:{A}  (integer) {n}",
    ],
}

FORMAT_NAMES = tuple(FORMATS)
SLOTS = ("first", "replace", "withdraw", "lookalike", "other")


def _all(slot: str) -> list[str]:
    return [f for name in FORMAT_NAMES for f in FORMATS[name][slot]]


BIND_FIRST = _all("first")
BIND_REPLACE = _all("replace")
WITHDRAW = _all("withdraw")
LOOKALIKE = _all("lookalike")
OTHER = _all("other")
FORMS = {"bind": BIND_FIRST + BIND_REPLACE, "withdraw": WITHDRAW, "lookalike": LOOKALIKE, "other": OTHER}

QUESTIONS = {
    "latest": [
        "Going by these records, what is {e}'s {a} now?",
        "After all the requests above, which {a} does {e} hold?",
        "What {a} did the last successful change leave {e} with?",
        "Which {a} is live for {e} once everything is applied?",
        "Reading only what took effect, what is the {a} of {e}?",
    ],
    "nth": [
        "In these records, which {a} was the {o} to go through for {e}?",
        "Counting committed changes only, what was {e}'s {o} {a}?",
        "What {a} did {e} get in the {o} change that went through?",
        "Of the {a}s applied to {e}, which came {o}?",
    ],
    "previous": [
        "What was {e}'s {a} before the last change that went through?",
        "Which {a} did the most recent applied change for {e} overwrite?",
        "Before its latest committed update, what {a} did {e} have?",
        "What {a} was live for {e} just before the current one?",
    ],
    "all": [
        "List each {a} that took effect for {e}, oldest first.",
        "Which {a}s were actually applied to {e}, in order?",
        "Every committed {a} of {e}, from first to last?",
        "Give all the {a}s {e} really held, earliest first.",
    ],
}
ORDINALS = {1: "first", 2: "second", 3: "third"}


# ---- rendering --------------------------------------------------------------------------------------

IDENT_STYLES = {
    "snake": lambda ws: "_".join(w.lower() for w in ws),
    "kebab": lambda ws: "-".join(w.lower() for w in ws),
    "camel": lambda ws: ws[0].lower() + "".join(w.capitalize() for w in ws[1:]),
    "pascal": lambda ws: "".join(w.capitalize() for w in ws),
}
PLACEHOLDER = re.compile(r"\{([A-Za-z]\w*)(?::(\d+))?\}")


def _ident(text: str, style: str) -> str:
    return IDENT_STYLES[style](re.findall(r"[A-Za-z0-9]+", text))


def render(form: str, attribute: str, entity: str, value: str, rng: random.Random, style: str | None = None, **extra: str) -> str:
    """Fill a form's placeholders (``{X:24}`` pads to 24 characters); identifiers take one style per line."""
    words = rng.choice(SYNONYMS[attribute]) if attribute in SYNONYMS and rng.random() < 0.3 else attribute
    style = style or rng.choice(sorted(IDENT_STYLES))
    r = rng.randint
    year, month, day = r(2024, 2031), r(1, 12), r(1, 28)
    fill = {
        "a": words, "A": _ident(words, style), "e": entity, "E": _ident(entity, style),
        "K": _ident(f"{entity} {words}", "snake").upper(), "v": value, "u": rng.choice(USERS), "host": rng.choice(HOSTS),
        "t": rng.choice([f"{year}-{month:02d}-{day:02d}T{r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}Z",
                         f"{year}-{month:02d}-{day:02d} {r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d},{r(0, 999):03d}"]),
        "d": f"{year}-{month:02d}-{day:02d}", "dt": f"{year}{month:02d}{day:02d}T{r(6, 20):02d}{rng.choice(['00', '30'])}00",
        "n": str(r(2, 9999)), "col": rng.choice("BCDEFGHJK"), "blank": "", **extra,
    }

    def fill_in(m: re.Match) -> str:
        if m.group(1) not in fill:
            return m.group(0)
        text = fill[m.group(1)]
        return text.ljust(int(m.group(2))) if m.group(2) else text

    return PLACEHOLDER.sub(fill_in, form)


# ---- episodes ---------------------------------------------------------------------------------------

HOUSE_SHARE = 0.6  # share of an episode's lines in its house format, as in one log or one dump
HOUSE_STYLE = 0.7  # share of lines writing identifiers in the episode's style
WITHDRAW_SHARE = 0.5  # episodes whose key is withdrawn at the end


def _form(rng: random.Random, house: str, slot: str, used: list[str] | None) -> str:
    name = house if rng.random() < HOUSE_SHARE else rng.choice(FORMAT_NAMES)
    if used is not None:
        used.append(name)
    return rng.choice(FORMATS[name][slot])


def episode(rng: random.Random, used: list[str] | None = None) -> Episode:
    """One holder's writes, replacements, maybe a withdrawal, look-alikes, reads and confusers, then a question.

    ``used``, when given, collects the format of every line drawn (for tests)."""
    domain = rng.choice(sorted(DOMAINS))
    attributes, pairs = DOMAINS[domain]
    attribute = rng.choice(sorted(attributes))
    entity, twin = rng.sample(rng.choice(pairs), 2)
    house = rng.choice(FORMAT_NAMES)
    house_style = rng.choice(sorted(IDENT_STYLES))
    taken: list[str] = []
    n_writes = rng.randint(1, 4)
    n_look = rng.randint(1, 3)
    values = draw_values(rng, attribute, n_writes + n_look, taken)
    writes, spare = values[:n_writes], values[n_writes:]

    def line(slot: str, a: str, e: str, v: str, role: str, about: str, **extra: str) -> Line:
        style = house_style if rng.random() < HOUSE_STYLE else None
        text = render(_form(rng, house, slot, used), a, e, v, rng, style, **extra)
        return Line(text, role, about, v if role == "bind" else "")

    own = [line("first", attribute, entity, writes[0], "bind", "key")]
    own += [line("replace", attribute, entity, new, "bind", "key", w=old) for old, new in zip(writes, writes[1:])]
    if rng.random() < WITHDRAW_SHARE:  # a withdrawal, which may name the value it takes away
        own.append(line("withdraw", attribute, entity, writes[-1], "withdraw", "key"))
    extra = [line("lookalike", attribute, entity, v, "lookalike", "key") for v in spare]
    extra += [line("other", attribute, entity, "", "other", "key") for _ in range(rng.randint(1, 2))]

    other = rng.choice([e for pair in pairs for e in pair if e not in (entity, twin)])
    other_attribute = rng.choice([a for a in sorted(attributes) if a != attribute])
    for about, a, e in (("near", attribute, twin), ("other entity", attribute, other), ("other attribute", other_attribute, entity)):
        for _ in range(rng.randint(1 if about != "other entity" else 0, 2)):
            role = rng.choices(["bind", "withdraw", "lookalike", "other"], [0.4, 0.25, 0.25, 0.1])[0]
            slot = rng.choice(["first", "replace"]) if role == "bind" else role
            v, *w = draw_values(rng, a, 2 if slot == "replace" else 1, taken)  # a replacement names an old value too
            extra.append(line(slot, a, e, v if role != "other" else "", role, about, w=w[0] if w else ""))
    lines = _merge(rng, own, extra)

    def phrase(q_kind: str, k: int) -> str:
        return render(rng.choice(QUESTIONS[q_kind]), attribute, entity, "", rng, o=ORDINALS.get(k, ""))

    return ask(rng, lines, phrase)
