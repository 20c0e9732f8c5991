#!/usr/bin/env python3
"""Compares two output trees file by file (see compare-outputs.sh); exit 1 if any file differs.

A PDF that differs byte for byte is compared again with the values LibreOffice takes from the clock
or a random source blanked: /CreationDate, /ModDate, the trailer's /ID, and the XMP dates and ids.
"""

import os
import re
import sys

PDF_VOLATILE = [
    rb"/CreationDate\s*\([^)]*\)",
    rb"/ModDate\s*\([^)]*\)",
    rb"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]",
    rb"<xmp:CreateDate>[^<]*</xmp:CreateDate>",
    rb"<xmp:ModifyDate>[^<]*</xmp:ModifyDate>",
    rb"<xmp:MetadataDate>[^<]*</xmp:MetadataDate>",
    rb"<xmpMM:DocumentID>[^<]*</xmpMM:DocumentID>",
    rb"<xmpMM:InstanceID>[^<]*</xmpMM:InstanceID>",
]


def files(root):
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                yield os.path.relpath(path, root)


def without_volatile(data):
    for pattern in PDF_VOLATILE:
        data = re.sub(pattern, lambda m: b"#" * len(m.group(0)), data)
    return data


def main(before, after):
    left, right = set(files(before)), set(files(after))
    identical, pdf_equivalent, different = 0, 0, []
    for name in sorted(left | right):
        if name not in left or name not in right:
            different.append("%s: only %s" % (name, "after" if name in right else "before"))
            continue
        with open(os.path.join(before, name), "rb") as f:
            a = f.read()
        with open(os.path.join(after, name), "rb") as f:
            b = f.read()
        if a == b:
            identical += 1
        elif name.endswith(".pdf") and without_volatile(a) == without_volatile(b):
            pdf_equivalent += 1
        else:
            different.append("%s: differs (%d vs %d bytes)" % (name, len(a), len(b)))
    print("compared %d files: %d byte-identical, %d PDFs identical but for dates and ids, %d different"
          % (len(left | right), identical, pdf_equivalent, len(different)))
    for line in different:
        print("  " + line)
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
