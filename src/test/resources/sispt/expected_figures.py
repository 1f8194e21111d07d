#!/usr/bin/env python3
"""Independent expected figures for the SisPT reader tests (src/test/resources/sispt/expected.csv).

Reads each DNP SisPT export straight from its XML parts (zipfile + ElementTree, no spreadsheet
library, nothing shared with the Java code) and sums the ordinary-budget cost columns of
"Plan indicativo - Productos" with decimal.Decimal, exactly, from the cell text as stored.
The file's own "Total <year>" columns are NOT used. Counts are data rows (row 3 on) that have
at least one non-blank cell.

Usage (from the project root):
    python3 src/test/resources/sispt/expected_figures.py ../shared/data/dnp/sispt/*.xlsx \
        > src/test/resources/sispt/expected.csv
"""
import decimal
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

decimal.getcontext().prec = 60  # far above any sum here: the sums must be exact
NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
M = '{%s}' % NS['m']


def norm(text):
    text = unicodedata.normalize('NFD', text or '')
    text = ''.join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return ' '.join(re.sub(r'[^a-z0-9]+', ' ', text).split())


def sheets_of(path):
    z = zipfile.ZipFile(path)
    strings = []
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS):
            strings.append(''.join(t.text or '' for t in si.iter(M + 't')))
    wb = ET.fromstring(z.read('xl/workbook.xml'))
    rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
    targets = {r.get('Id'): r.get('Target') for r in rels}
    out = {}
    for s in wb.find('m:sheets', NS):
        target = targets[s.get('{%s}id' % NS['r'])].lstrip('/')
        if not target.startswith('xl/'):
            target = 'xl/' + target
        out[norm(s.get('name'))] = rows_of(z.read(target), strings)
    return out


def column_number(ref):
    letters = re.match(r'[A-Z]+', ref).group()
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def rows_of(xml, strings):
    rows = {}
    for row in ET.fromstring(xml).iter(M + 'row'):
        cells = {}
        for c in row.findall('m:c', NS):
            v = c.find('m:v', NS)
            kind = c.get('t')
            if kind == 's' and v is not None:
                value = strings[int(v.text)]
            elif kind == 'inlineStr':
                value = ''.join(t.text or '' for t in c.iter(M + 't'))
            else:
                value = v.text if v is not None else None
            cells[column_number(c.get('r'))] = value
        rows[int(row.get('r'))] = cells
    return rows


def data_rows(rows):
    return [cells for number, cells in sorted(rows.items())
            if number >= 3 and any((v or '').strip() for v in cells.values())]


def figures(path):
    sheets = sheets_of(path)
    products = sheets[norm('Plan indicativo - Productos')]
    headers = {col: text for col, text in products[2].items() if text}
    dane = data_rows(products)[0][1] if data_rows(products) else '?'
    counts = [('strategicLines', 'Líneas estratégicas'), ('outcomeGoals', 'Indicadores de resultado'),
              ('productGoals', 'Plan indicativo - Productos'), ('sgrProductGoals', 'Plan indicativo SGR - Productos'),
              ('sgrInitiatives', 'Iniciativas SGR')]
    for key, sheet in counts:
        yield dane, 'count', key, len(data_rows(sheets.get(norm(sheet), {})))
    cost_columns = {}
    for col, text in headers.items():
        m = re.fullmatch(r'(.+?)\s+(\d{4})', text.strip())
        if m and not norm(m.group(1)).startswith('programacion') and norm(m.group(1)) != 'total':
            cost_columns[col] = (m.group(1).strip(), int(m.group(2)))
    by_source, by_year, total = {}, {}, decimal.Decimal(0)
    for cells in data_rows(products):
        for col, (source, year) in cost_columns.items():
            text = (cells.get(col) or '').strip()
            amount = decimal.Decimal(text) if text else decimal.Decimal(0)
            by_source[source] = by_source.get(source, decimal.Decimal(0)) + amount
            by_year[year] = by_year.get(year, decimal.Decimal(0)) + amount
            total += amount
    for source, amount in by_source.items():
        yield dane, 'bySource', source, amount
    for year, amount in sorted(by_year.items()):
        yield dane, 'byYear', year, amount
    yield dane, 'total', '', total


def main(paths):
    print('dane,measure,key,value')
    for path in paths:
        for dane, measure, key, value in figures(path):
            print('%s,%s,%s,%s' % (dane, measure, key, value))


if __name__ == '__main__':
    main(sys.argv[1:])
