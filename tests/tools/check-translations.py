#!/usr/bin/env python3
"""Every shipped translation is complete for the code as it is now.

    check-translations.py LUPDATE PROJECT-CMAKE GENERATOR TS-FILE...

Runs lupdate over the sources (the project that qt_add_translations writes) into a copy of
each .ts file, as "ninja update_translations" would, then fails on any message that is
unfinished (also a string added to the code but never translated), vanished or obsolete (a
string the code no longer has), empty, with placeholders (%1, %n) other than its source's, or
with the wrong number of plural forms (a plural form may leave out %n: "The last backup"). ostshelf_en.ts holds only the English plural forms, so
only its plural messages are checked.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL_FORMS = {"ko": 1, "ja": 1, "en": 2}
PLACEHOLDER = re.compile(r"%L?(\d+|n)")


def placeholders(text):
    return set(PLACEHOLDER.findall(text or ""))


def check(ts: Path, language: str):
    problems, counted = [], 0
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            if language == "en" and not numerus:
                continue
            counted += 1
            where = f"{ts.name}: [{name}] {source[:70]!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "missing"):
                problems.append(f"{where}: not translated")
                continue
            if kind in ("vanished", "obsolete"):
                problems.append(f"{where}: {kind} (the code no longer has this string)")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
            if numerus and len(forms) != PLURAL_FORMS[language]:
                problems.append(f"{where}: {len(forms)} plural forms, {language} has {PLURAL_FORMS[language]}")
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                elif placeholders(form) - {"n"} != placeholders(source) - {"n"} or (
                        not numerus and placeholders(form) != placeholders(source)):
                    problems.append(f"{where}: placeholders {sorted(placeholders(form))} where the source has "
                                    f"{sorted(placeholders(source))}")
    return counted, problems


def main():
    lupdate, project_cmake, generator, *ts_files = sys.argv[1:]
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project.json"
        subprocess.run(["cmake", f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={project}", "-P", generator],
                       check=True, stdout=subprocess.DEVNULL)
        for ts in map(Path, ts_files):
            language = ts.stem.split("_")[-1]
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            subprocess.run([lupdate, "-project", str(project), "-ts", str(copy), "-silent"], check=True,
                           stdout=subprocess.DEVNULL)
            counted, problems = check(copy, language)
            print(f"check-translations: {ts.name}: {counted} messages checked, {len(problems)} problems")
            for p in problems[:40]:
                print("  " + p)
            if len(problems) > 40:
                print(f"  ... and {len(problems) - 40} more")
            failed |= bool(problems)
    if failed:
        print("check-translations: run 'ninja update_translations' in the build folder, translate what it "
              "marks unfinished in translations/*.ts, and build again")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
