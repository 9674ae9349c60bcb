#!/usr/bin/env python3
"""Rebuild wordlists/parties.csv from the Electoral Commission register and a short-form list.

Usage: python scripts/build_parties.py REGISTER.csv SHORT_FORMS.csv > wordlists/parties.csv
(REGISTER: columns ec_id, party_name; SHORT_FORMS: party_name, short_forms (`;`-separated),
register, ec_id_in_gb_file.) Each output row is one way of writing a party's name and its
`sense`: `always` when the words can only mean the party, `context` when they are also everyday
words or other acronyms (Labour, Green, Reform, Alliance, LD, PC...) and need a political
neighbour to count.
"""
import csv
import re
import sys

# A register name with one of these is unmistakably a party; any other name (Forward, Life,
# Community First, X Residents Association) is also ordinary English and needs context.
POLITICAL = re.compile(
    r"\b(Party|Democrats?|Democratic|Socialists?|Socialism|Communist|Conservative|Labour|Liberal|Unionist|"
    r"Independents|Independence|UKIP|SNP|National Front|Reform UK|Loony)\b"
)
# Short forms that are everyday words or other acronyms (see the note column of the source).
CONTEXT = {
    "Conservative", "Labour", "Lab", "Con", "Cons", "CUP", "LD", "Green", "Greens", "Plaid", "PC",
    "Reform", "Alba", "WEP", "Liberals", "MK", "CPA", "Heritage", "Aspire", "Alliance", "SF",
    "Co-op", "PBP", "Nats", "WPB", "SDP", "TUSC",
}
# Common ways of writing a party that neither source lists.
EXTRA = [
    ("Liberal Democrats", "Liberal Democrat", "GB", "PP90"),
    ("Liberal Democrats", "Lib Dem", "GB", "PP90"),
    ("Conservative and Unionist Party", "Conservative Party", "GB", "PP52"),
    ("Sinn Féin", "Sinn Féin", "NI", ""),
    ("Reform UK", "Reform UK", "GB", "PP7931"),
]


def main(register: str, short: str) -> None:
    out = csv.writer(sys.stdout, lineterminator="\n")
    print("# Ways of writing the names of UK political parties, for the `political` check.")
    print("# Source: the Electoral Commission's register of political parties (Great Britain register,")
    print("# snapshot of November 2021), Open Government Licence v3.0; common short forms and the")
    print("# Northern Ireland parties compiled for postcheck from common usage. Rebuilt by")
    print("# scripts/build_parties.py. sense: always = only ever the party; context = also an everyday")
    print("# word, counted as the party only next to a political word (councillor, vote, -led...).")
    print("# Add a party registered since by appending a row.")
    out.writerow(["party", "form", "sense", "register", "ec_id"])
    seen = set()

    def emit(party, form, sense, reg, ec_id):
        form = form.strip()
        if form and form not in seen:
            seen.add(form)
            out.writerow([party, form, sense, reg, ec_id])

    with open(short, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            party = row["party_name"]
            emit(party, party, "context" if party in CONTEXT else "always", row["register"], row["ec_id_in_gb_file"])
            for form in row["short_forms"].split(";"):
                emit(party, form, "context" if form.strip() in CONTEXT else "always", row["register"], row["ec_id_in_gb_file"])
    for party, form, reg, ec_id in EXTRA:
        emit(party, form, "always", reg, ec_id)
    with open(register, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = " ".join(row["party_name"].split())
            forms = [name]
            # "Scottish National Party (SNP)" is also written without its bracket; "Plaid Cymru -
            # The Party of Wales" by its first half.
            bare = re.sub(r"\s*\([^)]*\)\s*$", "", name)
            forms += [bare, bare.split(" - ")[0]]
            for form in forms:
                if len(form) > 2:
                    emit(name, form, "always" if POLITICAL.search(form) else "context", "GB", row["ec_id"])


if __name__ == "__main__":
    main(*sys.argv[1:3])
