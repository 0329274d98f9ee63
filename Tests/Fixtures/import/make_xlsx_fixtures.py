#!/usr/bin/env python3
"""Writes the Excel (.xlsx) and LimeSurvey archive (.lsa) import fixtures, and the hostile ZIP archives.

    pip install openpyxl          # only this generator needs it; journeymap never does
    python3 Tests/Fixtures/import/make_xlsx_fixtures.py [--libreoffice]

The workbooks are written by openpyxl (a real spreadsheet writer), then a few parts are touched up where
openpyxl cannot write what Excel writes: formula cells get the cached value Excel would have stored (openpyxl
writes `<f>` with an empty `<v/>`), one shared string becomes rich text (runs), one cell an inline string.
With --libreoffice (Debian: apt-get install libreoffice-calc-nogui) the file from a second writer,
libreoffice-google-sheets.xlsx, is made by LibreOffice headless from google-sheets.xlsx; it is committed, so the
tests never need LibreOffice.

Every archive is re-zipped with fixed timestamps so a re-run gives the same bytes (except LibreOffice's).
The expected outputs (*.expected.csv) were written by hand from the rows below, not from journeymap's output;
most xlsx fixtures hold the same answers as a CSV fixture and share its expected file, which is the point:
an .xlsx must import exactly as the CSV does.
"""
import csv
import datetime
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import warnings
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 1, 0, 0, 0)


def path(name):
    return os.path.join(HERE, name)


def new_workbook():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "journeymap fixtures"
    return wb


INLINE = re.compile(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr"><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>')


def share_strings(entries, keep_inline=()):
    """openpyxl 3.1 writes every string inline; Excel (and the tools' downloads) use the shared-strings table.
    Moves plain inline strings into xl/sharedStrings.xml, as Excel would have written them."""
    table, index = [], {}

    def shared(match):
        ref, style, text = match.groups()
        if ref in keep_inline:
            return match.group(0)
        if text not in index:
            index[text] = len(table)
            table.append(text)
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, style, index[text])

    out = []
    for entry, data in entries:
        if entry.startswith("xl/worksheets/"):
            data = INLINE.sub(shared, data.decode("utf-8")).encode("utf-8")
        out.append((entry, data))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(table), len(table))
           + "".join('<si><t%s>%s</t></si>' % (' xml:space="preserve"' if t != t.strip() else "", t) for t in table)
           + "</sst>")
    result = []
    for entry, data in out:
        if entry == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        if entry == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        result.append((entry, data))
        if entry == "xl/workbook.xml":
            result.append(("xl/sharedStrings.xml", sst.encode("utf-8")))
    return result


def rezip(name, transform=None, shared=True, keep_inline=()):
    """Rewrites an archive with fixed timestamps, plain strings moved to the shared-strings table (unless
    `shared` is false); `transform(entry, bytes) -> bytes` may touch up parts afterwards."""
    with zipfile.ZipFile(path(name)) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if shared:
        entries = share_strings(entries, keep_inline)
    # openpyxl stamps the save time into docProps/core.xml; fix it so a re-run gives the same bytes.
    entries = [(e, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", d) if e == "docProps/core.xml" else d)
               for e, d in entries]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in entries:
            if transform:
                data = transform(entry, data)
            info = zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    with open(path(name), "wb") as f:
        f.write(out.getvalue())


def number(text):
    """A CSV cell as Excel would store it: whole numbers and decimals as numbers, the rest as text."""
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return text if text != "" else None


def csv_rows(name, encoding="utf-8-sig"):
    with open(path(name), encoding=encoding, newline="") as f:
        return list(csv.reader(f))


# MARK: - Qualtrics: three header rows, dates as real date cells (Qualtrics' xlsx download does that).

def qualtrics():
    rows = csv_rows("qualtrics.csv")
    wb = new_workbook()
    ws = wb.active
    ws.title = "Sheet0"
    for r, row in enumerate(rows):
        values = []
        for c, cell in enumerate(row):
            if r >= 3 and c in (0, 1, 7):  # StartDate, EndDate, RecordedDate
                values.append(datetime.datetime.strptime(cell, "%m/%d/%Y %H:%M"))
            elif r >= 3:
                values.append(number(cell))
            else:
                values.append(cell)
        ws.append(values)
        if r >= 3:
            for c in (0, 1, 7):
                ws.cell(row=r + 1, column=c + 1).number_format = "m/d/yyyy h:mm"
    wb.save(path("qualtrics.xlsx"))
    rezip("qualtrics.xlsx")


# MARK: - SurveyMonkey: question row and sub-label row; saved by Excel for Mac (the 1904 date system).

def surveymonkey():
    rows = csv_rows("surveymonkey.csv")
    wb = new_workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Sheet"
    for r, row in enumerate(rows):
        values = []
        for c, cell in enumerate(row):
            if r >= 2 and c in (2, 3):
                values.append(datetime.datetime.strptime(cell, "%m/%d/%Y %H:%M:%S"))
            elif r >= 2:
                values.append(number(cell))
            else:
                values.append(cell if cell != "" else None)
        ws.append(values)
        if r >= 2:
            for c in (2, 3):
                ws.cell(row=r + 1, column=c + 1).number_format = "mm/dd/yyyy hh:mm:ss"
    # SurveyMonkey merges the question cell over its sub-label columns.
    ws.merge_cells("K1:M1")
    wb.save(path("surveymonkey.xlsx"))
    rezip("surveymonkey.xlsx")


# MARK: - Google Sheets: the Timestamp column is a real date-time cell; the answers sheet is not the first.

def google_sheets():
    rows = csv_rows("google-forms.csv")
    wb = new_workbook()
    about = wb.active
    about.title = "About"
    about.append(["Exported from Google Sheets; the responses are on the next sheet."])
    ws = wb.create_sheet("Form Responses 1")
    for r, row in enumerate(rows):
        values = []
        for c, cell in enumerate(row):
            if r >= 1 and c == 0:
                stamp = cell.replace(" GMT+8", "")
                values.append(datetime.datetime.strptime(stamp, "%Y/%m/%d %I:%M:%S %p"))
            elif r >= 1:
                values.append(number(cell))
            else:
                values.append(cell)
        ws.append(values)
        if r >= 1:
            ws.cell(row=r + 1, column=1).number_format = "yyyy/mm/dd h:mm:ss"
    wb.save(path("google-sheets.xlsx"))
    rezip("google-sheets.xlsx", shared=False)  # openpyxl's own inline strings, as written


# MARK: - 问卷星: 按选项文本 (answer texts) and 按选项序号 (answer codes) downloads.

WJX_HEADER = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您所在的班组？",
              "2、您如何评价入职以来的整体体验？", "3、请为各环节打分—入职第一天", "3、请为各环节打分—培训期",
              "3、请为各环节打分—第一次独立接线", "4、哪些环节对您有帮助？", "5、您有多大可能推荐朋友来这里工作？",
              "6、还有什么想对我们说的？"]
WJX_META = [
    (1, "2024/01/05 10:12:33", "95秒", "微信", "N/A", "218.80.1.23(上海-上海)"),
    (2, "2024/01/05 11:40:02", "120秒", "手机提交", "https://www.wjx.cn/vm/abc.aspx?uid=88231", "101.88.7.9(江苏-南京)"),
    (3, "2024/01/06 09:03:55", "80秒", "微信", "N/A", "180.160.5.77(上海-上海)"),
    (4, "2024/01/06 14:21:10", "200秒", "链接", "N/A", "114.86.33.2(浙江-杭州)"),
    (5, "2024/01/07 08:15:47", "66秒", "微信", "N/A", "58.247.20.11(上海-上海)"),
]
# The same answers as wjx-gb18030.csv.
WJX_TEXTS = [
    ["电话一组", "非常满意", 5, 4, 3, "入职培训┋导师制", 9, "师傅很耐心，希望培训再长一点"],
    ["在线客服组", "满意", 4, "(跳过)", 2, "导师制", 7, "(跳过)"],
    ["电话一组", "一般", 3, -3, "八", "入职培训", 6, "账号开通太慢，有事请打13812345678"],
    ["电话二组", "还行", 2, 2, 1, "(跳过)", -2, None],
    ["在线客服组", "非常不满意", 1, 1, 1, "入职培训┋导师制┋模拟通话", 0, "系统太多，记不住密码"],
]
# 按选项序号: single choices as option numbers (班组: 1 电话一组, 2 电话二组, 3 在线客服组; 体验: 1 非常不满意 … 5 非常满意),
# several choices as numbers joined by ┋, skipped questions as -3 (skip logic) and -2 (not shown); fill-in
# answers stay text.
WJX_CODES = [
    [1, 5, 5, 4, 3, "1┋2", 9, "师傅很耐心，希望培训再长一点"],
    [3, 4, 4, -3, 2, "2", 7, "(跳过)"],
    [1, 3, 3, -3, -2, "1", 6, "账号开通太慢，有事请打13812345678"],
    [2, 3, 2, 2, 1, -3, -2, None],
    [3, 1, 1, 1, 1, "1┋2┋3", 0, "系统太多，记不住密码"],
]


def wjx(name, answers):
    wb = new_workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(WJX_HEADER)
    for meta, row in zip(WJX_META, answers):
        ws.append(list(meta) + row)
    wb.save(path(name))
    rezip(name)


# MARK: - A workshop spreadsheet a team lead filled in by hand: every cell kind the reader must handle.

WORKSHOP_NOTES = "Scores 1–5 per stage; the averages are formulas."
WORKSHOP_HEADER = ["Participant", "Team", "Session date", "Overall", "Offer", "First week", "First month",
                   "Stage average", "Followed up", "Comment"]


def workshop():
    wb = new_workbook()
    notes = wb.active
    notes.title = "Notes"
    notes.append([WORKSHOP_NOTES])
    ws = wb.create_sheet("Votes")
    ws.append(WORKSHOP_HEADER)
    # Row 2: every column; the First-month score is a formula (cached value 4), the average a formula.
    ws.append(["Ana", "Phone", datetime.date(2024, 2, 29), 4, 5, 3, "=2+2", "=AVERAGE(E2:G2)", True,
               "Buddy system works"])
    # Row 3: the comment is rich text (shared string runs after the touch-up); a gap: no First week cell.
    ws.append(["Ben", "Chat", datetime.date(2024, 3, 1), 3, 4, None, 2, "=AVERAGE(E3:G3)", False,
               "Too many tools"])
    # Row 4 left empty; row 5 has a blank styled cell only (a row Excel keeps after clearing it).
    ws["A5"].number_format = "0.00"
    # Row 6: an error cell in the average, and an inline string (after the touch-up) as the comment.
    ws["A6"], ws["B6"], ws["C6"], ws["D6"], ws["E6"] = "Cai", "Phone", datetime.date(2024, 3, 4), 5, 5
    ws["F6"], ws["G6"], ws["H6"], ws["I6"], ws["J6"] = 4, 5, "#DIV/0!", True, "INLINE"
    # Row 7: sparse — only the name, the team and one score.
    ws["A7"], ws["B7"], ws["F7"] = "Dee", "Chat", 2
    for r in (2, 3, 6):
        ws.cell(row=r, column=3).number_format = "yyyy-mm-dd"
    wb.save(path("workshop.xlsx"))

    cached = {"G2": "4", "H2": "4", "H3": "3"}

    def touch_up(entry, data):
        text = data.decode("utf-8")
        if entry == "xl/worksheets/sheet2.xml":
            for ref, value in cached.items():
                text = re.sub(r'(<c r="%s"[^>]*><f>[^<]*</f>)<v\s*/>' % ref, r"\g<1><v>%s</v>" % value, text)
            text = text.replace("<t>INLINE</t>", '<t xml:space="preserve">  Needs a quiet room </t>')
        if entry == "xl/sharedStrings.xml":
            text = text.replace("<si><t>Too many tools</t></si>",
                                '<si><r><rPr><b/></rPr><t>Too many</t></r><r><t xml:space="preserve"> tools</t></r>'
                                '<rPh sb="0" eb="1"><t>ignored</t></rPh></si>')
        return text.encode("utf-8")

    rezip("workshop.xlsx", touch_up, keep_inline=("J6",))


# MARK: - A workbook whose first tab is hidden (a lookup table): Excel opens on the first visible one.

def hidden_first_sheet():
    wb = new_workbook()
    lookup = wb.active
    lookup.title = "Lookup"
    lookup.sheet_state = "hidden"
    lookup.append(["code", "team"])
    visible = wb.create_sheet("Answers")
    visible.append(["Team", "Overall"])
    visible.append(["Phone", 4])
    wb.active = 1
    wb.save(path("hidden-first-sheet.xlsx"))
    rezip("hidden-first-sheet.xlsx")


# MARK: - LimeSurvey survey archive: structure, responses and tokens in one ZIP.

def limesurvey_archive():
    with open(path("limesurvey-responses.lsr"), "rb") as f:
        responses = f.read()
    structure = (b'<?xml version="1.0" encoding="UTF-8"?>\n<document>\n <LimeSurveyDocType>Survey</LimeSurveyDocType>\n'
                 b' <DBVersion>366</DBVersion>\n</document>\n')
    tokens = (b'<?xml version="1.0" encoding="UTF-8"?>\n<document>\n <LimeSurveyDocType>Tokens</LimeSurveyDocType>\n'
              b'</document>\n')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in [("survey_482911.lss", structure), ("survey_482911_responses.lsr", responses),
                            ("survey_482911_tokens.lst", tokens)]:
            z.writestr(zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    with open(path("limesurvey-archive.lsa"), "wb") as f:
        f.write(out.getvalue())


# MARK: - Hostile archives (small on disk).

def minimal_workbook_parts(sheet_xml):
    return [
        ("[Content_Types].xml", b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("xl/workbook.xml", b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                            b'<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                       b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                                       b'Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]


SMALL_SHEET = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Overall</t></is></c></row>'
               b'<row r="2"><c r="A2"><v>4</v></c></row></sheetData></worksheet>')


def write_zip(name, entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in entries:
            z.writestr(zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return bytearray(out.getvalue())


def patch_headers(blob, entry, flags_or=0, uncompressed=None):
    """Sets bits in the general-purpose flags and/or the declared uncompressed size of one entry, in both its
    local header and its central-directory record (what a forged archive does)."""
    name = entry.encode()
    for signature, flag_at, size_at, name_len_at, name_at in ((b"PK\x03\x04", 6, 22, 26, 30), (b"PK\x01\x02", 8, 24, 28, 46)):
        start = 0
        while True:
            i = blob.find(signature, start)
            if i < 0:
                break
            name_len = struct.unpack_from("<H", blob, i + name_len_at)[0]
            if bytes(blob[i + name_at:i + name_at + name_len]) == name:
                flags = struct.unpack_from("<H", blob, i + flag_at)[0]
                struct.pack_into("<H", blob, i + flag_at, flags | flags_or)
                if uncompressed is not None:
                    struct.pack_into("<I", blob, i + size_at, uncompressed)
            start = i + 4
    return blob


def hostile():
    # A sheet of 16 MiB of spaces inside valid XML: ~16 KiB on disk, ratio ~1000:1.
    bomb_sheet = SMALL_SHEET.replace(b"<sheetData>", b"<sheetData>" + b" " * (16 << 20))
    with open(path("hostile-zip-bomb.xlsx"), "wb") as f:
        f.write(write_zip("bomb", minimal_workbook_parts(bomb_sheet)))
    # An entry that climbs out of the archive.
    with open(path("hostile-zip-traversal.xlsx"), "wb") as f:
        f.write(write_zip("t", minimal_workbook_parts(SMALL_SHEET) + [("../../etc/cron.d/evil", b"* * * * * root true\n")]))
    # An absolute entry name in a LimeSurvey archive.
    with open(path("hostile-zip-absolute.lsa"), "wb") as f:
        f.write(write_zip("a", [("/etc/passwd", b"root:x:0:0::/root:/bin/sh\n"),
                                ("survey_1_responses.lsr", b"<document/>")]))
    # The same entry name twice (which one would a reader use?).
    with open(path("hostile-zip-duplicate.xlsx"), "wb") as f, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name, which is the point
        f.write(write_zip("d", minimal_workbook_parts(SMALL_SHEET) + [("xl/worksheets/sheet1.xml", b"<worksheet/>")]))
    # An entry flagged as encrypted (general-purpose bit 0), as a password-protected ZIP has.
    with open(path("hostile-zip-encrypted.xlsx"), "wb") as f:
        f.write(patch_headers(write_zip("e", minimal_workbook_parts(SMALL_SHEET)), "xl/worksheets/sheet1.xml", flags_or=1))
    # An entry whose header declares 300 MiB (over the one-entry limit) — nothing is inflated.
    with open(path("hostile-zip-huge-entry.xlsx"), "wb") as f:
        f.write(patch_headers(write_zip("h", minimal_workbook_parts(SMALL_SHEET)), "xl/worksheets/sheet1.xml",
                              uncompressed=300 << 20))
    # An entry that declares 900 bytes but inflates to 512 KiB: caught while inflating, not from the header.
    lying_sheet = SMALL_SHEET.replace(b"<sheetData>", b"<sheetData>" + b" " * (512 << 10))
    with open(path("hostile-zip-lying-size.xlsx"), "wb") as f:
        f.write(patch_headers(write_zip("l", minimal_workbook_parts(lying_sheet)), "xl/worksheets/sheet1.xml",
                              uncompressed=900))
    # A workbook part with a DOCTYPE and an entity (refused before libxml2 reads the declarations).
    doctype_sheet = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [<!ENTITY lol "lollollollollol">]>\n'
                     b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                     b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData></worksheet>')
    with open(path("hostile-zip-doctype.xlsx"), "wb") as f:
        f.write(write_zip("d", minimal_workbook_parts(doctype_sheet)))
    # Damaged workbooks: cut short; a shared-string index past the table; a sheet listed but missing; broken XML;
    # and a workbook whose only sheet is empty.
    with open(path("qualtrics.xlsx"), "rb") as f:
        head = f.read(3000)
    with open(path("damaged-truncated.xlsx"), "wb") as f:
        f.write(head)
    with open(path("damaged-shared-string.xlsx"), "wb") as f:
        f.write(write_zip("s", minimal_workbook_parts(SMALL_SHEET.replace(b'<c r="A2"><v>4</v></c>', b'<c r="A2" t="s"><v>7</v></c>'))))
    with open(path("damaged-missing-sheet.xlsx"), "wb") as f:
        f.write(write_zip("m", [p for p in minimal_workbook_parts(SMALL_SHEET) if p[0] != "xl/worksheets/sheet1.xml"]))
    with open(path("damaged-xml.xlsx"), "wb") as f:
        f.write(write_zip("x", minimal_workbook_parts(b"<worksheet><sheetData><row><c><v>1</v></row>")))
    with open(path("empty-sheet.xlsx"), "wb") as f:
        f.write(write_zip("e", minimal_workbook_parts(b"<worksheet><sheetData/></worksheet>")))
    # Not a ZIP at all, though named .xlsx; and an Excel 97–2003 (BIFF, OLE compound file) workbook.
    with open(path("not-a-zip.xlsx"), "wb") as f:
        f.write(b"Overall,Offer\n4,5\n")
    with open(path("old-excel.xls"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))


# MARK: - LibreOffice: the same Google Sheets download, re-saved by a second writer.

def libreoffice():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not found; the libreoffice-*.xlsx files are left as committed", file=sys.stderr)
        return
    for source_name, target in (("google-sheets.xlsx", "libreoffice-google-sheets.xlsx"),
                                ("workshop.xlsx", "libreoffice-workshop.xlsx")):
        with tempfile.TemporaryDirectory() as tmp:
            source = os.path.join(tmp, "source.xlsx")
            shutil.copy(path(source_name), source)
            outdir = os.path.join(tmp, "out")
            subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + os.path.join(tmp, "profile"),
                            "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, source],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(outdir, "source.xlsx"), path(target))


if __name__ == "__main__":
    qualtrics()
    surveymonkey()
    google_sheets()
    wjx("wjx-texts.xlsx", WJX_TEXTS)
    wjx("wjx-codes.xlsx", WJX_CODES)
    workshop()
    hidden_first_sheet()
    limesurvey_archive()
    hostile()
    if "--libreoffice" in sys.argv:
        libreoffice()
