#!/usr/bin/env python3
"""Test helper: a reviewer's edits made by LibreOffice itself, with track changes on.

Usage: lo_review_edits.py <bridge-dir> <soffice> <in.docx> <out.docx> <edits.json>

<bridge-dir> holds the product's UNO bridge, whose lo_office.Office starts and stops
soffice with an isolated profile. The edits are a JSON list, applied in order:
  {"op": "author", "name": "Legal Reviewer"}                     who the changes are by
  {"op": "replace", "find": "7 am", "with": "6 am"}              words changed in place
  {"op": "append", "find": "...", "text": " and garden"}         words added at a paragraph's end
  {"op": "delete-paragraph", "find": "..."}                      a whole paragraph deleted
  {"op": "add-paragraph", "after": "...", "text": "...", "style": "Clause Continuation"}
  {"op": "comment", "find": "...", "text": "Is this still right?", "author": "...", "date": "2026-12-01"}
The result is saved as Word 2007-365 (.docx), as a reviewer's LibreOffice saves it.
"""

import json
import sys

sys.path.insert(0, sys.argv[1])
import lo_launch  # noqa: E402  (its lo_protocol keeps stdout for the bridge protocol; we print nothing)
import lo_office  # noqa: E402
import uno  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402


def paragraph_with(doc, needle):
    for par in doc.getText().createEnumeration():
        if par.supportsService("com.sun.star.text.Paragraph") and needle in par.getString():
            return par
    raise RuntimeError("no paragraph contains %r" % needle)


def found(doc, needle):
    search = doc.createSearchDescriptor()
    search.setSearchString(needle)
    hit = doc.findFirst(search)
    if hit is None:
        raise RuntimeError("text not found: %r" % needle)
    return hit


def set_author(office, name):
    provider = office.smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", office.ctx)
    access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                  (lo_office.prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    given, _, family = name.partition(" ")
    access.setPropertyValue("givenname", given)
    access.setPropertyValue("sn", family)
    access.commitChanges()


def apply(office, doc, edit):
    op = edit["op"]
    text = doc.getText()
    if op == "replace":
        hit = found(doc, edit["find"])
        hit.setString(edit["with"])
    elif op == "append":
        par = paragraph_with(doc, edit["find"])
        text.insertString(par.getEnd(), edit["text"], False)
    elif op == "delete-paragraph":
        par = paragraph_with(doc, edit["find"])
        cursor = text.createTextCursorByRange(par.getStart())
        cursor.gotoEndOfParagraph(True)
        cursor.goRight(1, True)
        cursor.setString("")
    elif op == "add-paragraph":
        par = paragraph_with(doc, edit["after"])
        cursor = text.createTextCursorByRange(par.getEnd())
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, edit["text"], False)
        cursor.gotoStartOfParagraph(True)
        cursor.setPropertyValue("ParaStyleName", edit.get("style", "Clause Continuation"))
    elif op == "comment":
        hit = found(doc, edit["find"])
        note = doc.createInstance("com.sun.star.text.textfield.Annotation")
        note.setPropertyValue("Author", edit.get("author", "Reviewer"))
        if "date" in edit:
            year, month, day = (int(part) for part in edit["date"].split("-"))
            when = uno.createUnoStruct("com.sun.star.util.DateTime")
            when.Year, when.Month, when.Day, when.Hours = year, month, day, 9
            note.setPropertyValue("DateTimeValue", when)
        note.setPropertyValue("Content", edit["text"])
        hit.getText().insertTextContent(hit, note, True)
    else:
        raise RuntimeError("unknown edit: %r" % op)


def main():
    _, _bridge, soffice_path, source, target, edits_file = sys.argv
    with open(edits_file, encoding="utf-8") as f:
        edits = json.load(f)
    soffice = lo_launch.Soffice(soffice_path)
    soffice.start()
    office = lo_office.Office(soffice, 60.0)
    try:
        office.start()
        for edit in (e for e in edits if e["op"] == "author"):
            set_author(office, edit["name"])
        doc = office.load(source, editable=True)
        try:
            doc.setPropertyValue("RecordChanges", True)
            for edit in (e for e in edits if e["op"] != "author"):
                apply(office, doc, edit)
            doc.storeToURL(uno.systemPathToFileUrl(target), (lo_office.prop("FilterName", "MS Word 2007 XML"),))
        finally:
            lo_office.close_doc(doc)
    finally:
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
