#!/usr/bin/env python3
"""Independent widths for TextMeasurerTests: reads the fonts directly with fontTools (not the Swift table).

For each string: sum over characters of max(DejaVu Sans, Noto Sans CJK SC) advance, rounded up per
character as the table does, times size/1000. Run: python3 Tests/Fixtures/render/measure-expectations.py
"""
import math
from fontTools.ttLib import TTFont, TTCollection

dejavu = {"regular": TTFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
          "bold": TTFont("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")}


def noto(path):
    return next(f for f in TTCollection(path).fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")


notos = {"regular": noto("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
         "bold": noto("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")}


def adv(font, ch):
    g = font.getBestCmap().get(ord(ch))
    return None if g is None else font["hmtx"][g][0] * 1000 / font["head"].unitsPerEm


def width(text, size, weight):
    total = 0
    for ch in text:
        values = [v for v in (adv(dejavu[weight], ch), adv(notos[weight], ch)) if v is not None]
        total += math.ceil(max(values))
    return total * size / 1000


for text, size, weight in [("Hi", 10, "regular"), ("Onboarding", 13, "regular"), ("Week 1", 15, "bold"),
                           ("“OK”", 12, "regular"), ("café", 10, "regular"), ("n=240", 11, "regular")]:
    print(f"{text!r} {size} {weight}: {width(text, size, weight):.4f}")
