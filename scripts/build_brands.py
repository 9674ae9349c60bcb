#!/usr/bin/env python3
"""Rebuild wordlists/brands_nsi.txt from OpenStreetMap's name-suggestion-index.

Usage: python scripts/build_brands.py NSI_CHECKOUT [COMMIT] > wordlists/brands_nsi.txt

NSI_CHECKOUT is a clone of github.com/osmlab/name-suggestion-index (BSD 3-Clause; the notice is
in wordlists/brands_nsi.LICENSE). Every brand NSI lists for the UK, Europe or the whole world
(`locationSet` holding gb, a UK nation, 150, 154 or 001), and the companies that run the UK's
utility networks (electricity lines and substations, street cabinets, exchanges), one name a
line (marked when NSI lists it for the UK itself): the chains and national brands a council post may recommend, which no list of local
business nouns catches (Greggs, Argos, Krispy Kreme), and the companies whose names are
written in capitals without standing for anything a reader needs spelt out (EE, BT, SGN).

Left out: charities' shops and every category that is no trade (places of worship, schools,
community and social centres, scout clubs, public bookcases), and operators that are public
bodies (councils, police, NHS trusts).
"""
import json
import re
import sys
from pathlib import Path

UK = {"gb", "gb-eng", "gb-sct", "gb-wls", "gb-nir"}
NEAR = UK | {"001", "150", "154"}
# Brand categories that are no trade: a charity's shop or a place nobody sells anything.
NOT_TRADE = re.compile(
    r"^(?:shop/charity|amenity/(?:animal_shelter|community_centre|social_centre|social_facility|food_sharing|"
    r"public_bookcase|recycling|place_of_worship|school|university|college|kindergarten|hospital|townhall|"
    r"library|toilets|drinking_water|police|fire_station)|club/.*|office/(?:association|government|ngo)|"
    r"healthcare/rehabilitation|emergency/.*)$"
)
# Operator categories that are utility networks: the companies digging the road or fitting the mast.
UTILITIES = re.compile(r"^(?:power/(?:line|substation)|man_made/(?:street_cabinet|mast|pipeline)|telecom/exchange)$")
PUBLIC = re.compile(r"\b(?:Council|Government|Police|Constabulary|NHS|Hospital|University|Trust|City of|Ministry|"
                    r"Authority|Agency|Network Rail|Scottish Water|Air Traffic|Office)\b")
# Names NSI lists as trades that are charities or public services all the same.
NOT_BUSINESS = {"Jobcentre Plus", "Citizens Advice", "Blue Cross", "Youth Hostels Association", "Hostelling Scotland",
                "Turning Point", "The Royal British Legion", "The Salvation Army", "Greenpeace", "Little Free Library"}


def near(item: dict) -> bool:
    where = item.get("locationSet", {})
    include = {str(code).lower() for code in where.get("include", [])}
    exclude = {str(code).lower() for code in where.get("exclude", [])}
    return bool(include & NEAR) and not exclude & {"gb", "gb-eng", "gb-sct", "gb-wls", "gb-nir"}


def uk(item: dict) -> bool:
    return bool({str(code).lower() for code in item.get("locationSet", {}).get("include", [])} & UK)


def names(checkout: Path) -> dict[str, bool]:
    """Each name, and whether NSI lists it for the UK itself (not only for Europe or the world)."""
    found: dict[str, bool] = {}
    # A charity with shops of several kinds (British Heart Foundation's furniture stores) is a charity in each.
    charities = {item.get("tags", {}).get("brand") or item.get("tags", {}).get("name")
                 for path in (checkout / "data" / "brands" / "shop").glob("charity.json")
                 for item in json.loads(path.read_text(encoding="utf-8")).get("items", [])}
    for kind, key in (("brands", "brand"), ("operators", "operator")):
        for path in sorted((checkout / "data" / kind).rglob("*.json")):
            category = path.relative_to(checkout / "data" / kind).with_suffix("").as_posix()
            if kind == "brands" and NOT_TRADE.match(category) or kind == "operators" and not UTILITIES.match(category):
                continue
            for item in json.loads(path.read_text(encoding="utf-8")).get("items", []):
                tags = item.get("tags", {})
                if not near(item):
                    continue
                for name in {tags.get(key), tags.get("name"), tags.get(f"{key}:en")} - {None}:
                    # Latin letters only (the posts are in English, Welsh or Gaelic), two letters at least.
                    if re.fullmatch(r"[\w&'’.+!@ -]+", name) and re.search(r"[A-Za-z].*[A-Za-z0-9]", name) \
                            and not re.search(r"[^\x00-\u024f]", name) and name not in NOT_BUSINESS and name not in charities \
                            and not (kind == "operators" and PUBLIC.search(name)):
                        found[name.strip()] = found.get(name.strip(), False) or uk(item)
    return found


def main(checkout: str, commit: str = "") -> None:
    print("# Brands and chains trading in the UK, and the companies running its utility networks, one a line,")
    print("# for the endorsement check (a business however it is written) and plain English (a company's")
    print("# name in capitals is no abbreviation). Built by scripts/build_brands.py from OpenStreetMap's")
    print(f"# name-suggestion-index{' at ' + commit if commit else ''} (github.com/osmlab/name-suggestion-index,")
    print("# BSD 3-Clause, notice in brands_nsi.LICENSE). \"<TAB>uk\" after a name: listed for the UK itself,")
    print("# not only for Europe or the world.")
    found = names(Path(checkout))
    for name in sorted(found, key=str.casefold):
        print(f"{name}\tuk" if found[name] else name)


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(*sys.argv[1:])
