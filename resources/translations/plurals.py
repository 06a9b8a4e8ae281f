#!/usr/bin/env python3
"""Fills arwain_en.ts (plural forms only) from the "(s)" in each %n string: "1 person", "2 people"."""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"person": "people", "entry": "entries"}

def forms(source):
    singular = re.sub(r"(\w+)\(s\)", lambda m: m.group(1), source)
    plural = re.sub(r"(\w+)\(s\)", lambda m: IRREGULAR.get(m.group(1), m.group(1) + "s"), source)
    singular = singular.replace("were already", "was already") if "%n" in source.split("were")[0] else singular
    return singular, plural

def main(path):
    tree = ET.parse(path)
    done = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        translation.attrib.pop("type", None)
        translation.text = None
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{done} plural messages")

main(sys.argv[1] if len(sys.argv) > 1 else "arwain_en.ts")
