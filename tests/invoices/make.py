"""Electronic invoices made by an independent implementation, for the reader's tests (issue 38).

PyPI `factur-x` (Akretion) writes each case as CII XML, as UBL 2.1 XML, and as a Factur-X PDF
(the CII embedded in a one-page PDF that pypdf makes); then reads each file back with its own
parser, and writes what it read into `oracle.json`: the values our reader must find.

Then PDFs as other producers and attackers write them: the standard one with its objects packed
in object streams and a cross-reference stream, and encrypted (both by Debian's qpdf), with its
cross-reference table broken, cut in half, a PDF with no invoice in it, and one whose embedded
« factur-x.xml » inflates past 20 MB (zlib).

    tools/pyvenv/bin/python tests/invoices/make.py OUTDIR

Nothing here comes from this project's code. scripts/setup.sh installs the venv.
"""

import copy
import datetime
import io
import json
import subprocess
import sys
import zlib
from pathlib import Path

import facturx
from pypdf import PdfWriter

D = datetime.date
FR_SELLER = {
    "name": "Atelier Lumière SARL",
    "legal_identifier": "123456789",
    "legal_identifier_schemeid": "0002",
    "vat_identifier": "FR12123456789",
    "addr_l1": "3 rue des Écoles",
    "city": "Lyon",
    "postcode": "69001",
    "country_code": "FR",
}
FR_BUYER = {
    "name": "ACME SAS",
    "legal_identifier": "987654321",
    "legal_identifier_schemeid": "0002",
    "addr_l1": "12 avenue de la Gare",
    "addr_l2": "Bâtiment B",
    "city": "Paris",
    "postcode": "75010",
    "country_code": "FR",
}
DE_BUYER = {
    "name": "Müller & Söhne GmbH",
    "vat_identifier": "DE123456789",
    "addr_l1": "Hauptstraße 5",
    "city": "Berlin",
    "postcode": "10115",
    "country_code": "DE",
}


def invoice(**changes):
    """A 1 000 € + 20 % VAT invoice; `changes` replace or add EN 16931 terms (None removes)."""
    d = {
        "BT-1": "F-2026-042",
        "BT-2": D(2026, 9, 1),
        "BT-3": "380",
        "BT-5": "EUR",
        "BT-9": D(2026, 10, 1),
        "BT-20": "Pénalités de retard : trois fois le taux d'intérêt légal. "
        "Indemnité forfaitaire pour frais de recouvrement : 40 €.",
        "BT-24": "urn:cen.eu:en16931:2017",
        "BG-4": FR_SELLER,
        "BG-7": FR_BUYER,
        "BT-72": D(2026, 8, 28),
        "BT-106": "1000.00",
        "BT-109": "1000.00",
        "BT-110": "200.00",
        "BT-112": "1200.00",
        "BT-113": "0.00",
        "BT-115": "1200.00",
        "BG-23": [{"BT-116": "1000.00", "BT-117": "200.00", "BT-118": "S", "BT-119": "20.00"}],
        "BG-25": [
            {
                "BT-126": "1",
                "BT-129": "1",
                "BT-130": "C62",
                "BT-131": "1000.00",
                "BT-146": "1000.00",
                "BT-151": "S",
                "BT-152": "20.00",
                "BT-153": "Réfection de la vitrine",
            }
        ],
    }
    for key, value in changes.items():
        key = key.replace("_", "-")
        if value is None:
            d.pop(key, None)
        else:
            d[key] = value
    return d


CASES = {
    # The usual case: due date, terms with « trois fois le taux d'intérêt légal ».
    "standard": invoice(),
    # A deposit paid: 200 € prepaid, 1 000 € due; a contract rate in percent.
    "acompte": invoice(
        BT_1="F-2026-043",
        BT_113="200.00",
        BT_115="1000.00",
        BT_20="Paiement à 30 jours. Pénalités de retard au taux de 10 % l'an.",
    ),
    # A credit note (type 381).
    "avoir": invoice(BT_1="AV-2026-007", BT_3="381", BT_9=None, BT_20="Avoir sur la facture F-2026-042."),
    # Another currency.
    "dollars": invoice(BT_1="F-2026-044", BT_5="USD"),
    # A buyer in Germany. (Without a delivery date, factur-x writes an empty CII delivery that
    # its own schema check refuses.)
    "allemagne": invoice(BT_1="F-2026-045", BG_7=DE_BUYER),
}


def blank_pdf():
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def as_json(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value


def main(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    oracle = {}
    for name, data in CASES.items():
        cii = facturx.generate_cii_xml(copy.deepcopy(data), check_xsd=True, check_schematron=False)
        ubl = facturx.generate_ubl_xml(copy.deepcopy(data), check_xsd=True, check_schematron=False)
        pdf = facturx.generate_from_binary(blank_pdf(), cii, check_xsd=True, check_schematron=False)
        files = {f"{name}.cii.xml": cii, f"{name}.ubl.xml": ubl, f"{name}.facturx.pdf": pdf}
        for file, content in files.items():
            (out / file).write_bytes(content)
            xml = facturx.get_xml_from_pdf(content, check_xsd=False)[1] if file.endswith(".pdf") else content
            oracle[file] = as_json(facturx.parse_ubl_cii_xml(xml))
    hostile(out)
    (out / "oracle.json").write_text(json.dumps(oracle, ensure_ascii=False, indent=1, sort_keys=True))
    print(f"tests/invoices/make.py: {len(oracle)} files in {out}")


def hostile(out):
    standard = out / "standard.facturx.pdf"
    qpdf = ["qpdf", "--deterministic-id"]
    subprocess.run(qpdf + ["--object-streams=generate", standard, out / "objstm.pdf"], check=True)
    subprocess.run(["qpdf", "--encrypt", "lecture", "proprietaire", "256", "--", standard, out / "chiffre.pdf"], check=True)
    data = standard.read_bytes()
    xref = data.rindex(b"\nxref") + 1
    (out / "xref-casse.pdf").write_bytes(data[:xref] + b"xref\n0 99\ngarbage garbage\n" + data[xref + 40 :])
    (out / "moitie.pdf").write_bytes(data[: len(data) // 2])
    (out / "sans-facture.pdf").write_bytes(blank_pdf())
    bomb = zlib.compress(b"<" * (25 * 1024 * 1024), 9)
    (out / "bombe.pdf").write_bytes(
        b"%PDF-1.7\n1 0 obj\n<< /Type /Filespec /F (factur-x.xml) /EF << /F 2 0 R >> >>\nendobj\n"
        + b"2 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length %d >>\nstream\n" % len(bomb)
        + bomb
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


if __name__ == "__main__":
    main(sys.argv[1])
