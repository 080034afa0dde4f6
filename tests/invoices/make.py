"""Electronic invoices made by an independent implementation, for the reader's tests (issue 38).

PyPI `factur-x` (Akretion) writes each case as CII XML, as UBL 2.1 XML, and as a Factur-X PDF
(the CII embedded in a one-page PDF that pypdf makes); PyPI `drafthorse` writes one more case,
as CII and as its own Factur-X PDF. factur-x's own parser then reads each file back, and what it
read goes into `oracle.json`: the values our reader must find.

Then PDFs as other producers and attackers write them: the standard one with its objects packed
in object streams and a cross-reference stream, and encrypted (both by Debian's qpdf), with its
cross-reference table broken, cut in half, a PDF with no invoice in it, and one whose embedded
« factur-x.xml » inflates past 20 MB (zlib). And a 1 MB Factur-X, a megabyte of another
attachment beside its invoice.

    tools/pyvenv/bin/python tests/invoices/make.py OUTDIR

Nothing here comes from this project's code. scripts/setup.sh installs the venv.
"""

import copy
import datetime
import io
import json
import random
import subprocess
import sys
import zlib
from decimal import Decimal
from pathlib import Path

import facturx
from drafthorse.pdf import attach_xml
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


def drafthorse_invoice():
    """A second independent writer, PyPI drafthorse (ZUGFeRD / Factur-X), for a case of its own."""
    from drafthorse.models.accounting import ApplicableTradeTax
    from drafthorse.models.document import Document
    from drafthorse.models.party import TaxRegistration
    from drafthorse.models.payment import PaymentTerms
    from drafthorse.models.tradelines import LineItem

    doc = Document()
    doc.context.guideline_parameter.id = "urn:cen.eu:en16931:2017"
    doc.header.id = "DH-2026-001"
    doc.header.type_code = "380"
    doc.header.issue_date_time = D(2026, 8, 3)
    doc.trade.agreement.seller.name = "Plomberie Durand EURL"
    doc.trade.agreement.seller.legal_organization.id = ("0002", "552100554")
    doc.trade.agreement.seller.address.line_one = "8 quai du Port"
    doc.trade.agreement.seller.address.postcode = "13002"
    doc.trade.agreement.seller.address.city_name = "Marseille"
    doc.trade.agreement.seller.address.country_id = "FR"
    doc.trade.agreement.seller.tax_registrations.add(TaxRegistration(id=("VA", "FR40552100554")))
    doc.trade.agreement.buyer.name = "Hôtel des Flots SAS"
    doc.trade.agreement.buyer.address.line_one = "1 corniche Kennedy"
    doc.trade.agreement.buyer.address.postcode = "13007"
    doc.trade.agreement.buyer.address.city_name = "Marseille"
    doc.trade.agreement.buyer.address.country_id = "FR"
    doc.trade.delivery.event.occurrence = D(2026, 7, 30)
    doc.trade.settlement.currency_code = "EUR"
    terms = PaymentTerms()
    terms.description = "Paiement à 30 jours. Pénalités : 12 % l'an. Indemnité forfaitaire : 40 €."
    terms.due = D(2026, 9, 2)
    doc.trade.settlement.terms.add(terms)
    li = LineItem()
    li.document.line_id = "1"
    li.product.name = "Remplacement d'un chauffe-eau"
    li.agreement.net.amount = Decimal("2000.00")
    li.delivery.billed_quantity = (Decimal("1.0000"), "C62")
    li.settlement.trade_tax.type_code = "VAT"
    li.settlement.trade_tax.category_code = "S"
    li.settlement.trade_tax.rate_applicable_percent = Decimal("20.00")
    li.settlement.monetary_summation.total_amount = Decimal("2000.00")
    doc.trade.items.add(li)
    tax = ApplicableTradeTax()
    tax.calculated_amount = Decimal("400.00")
    tax.basis_amount = Decimal("2000.00")
    tax.type_code = "VAT"
    tax.category_code = "S"
    tax.rate_applicable_percent = Decimal("20.00")
    doc.trade.settlement.trade_tax.add(tax)
    ms = doc.trade.settlement.monetary_summation
    ms.line_total = Decimal("2000.00")
    ms.tax_basis_total = Decimal("2000.00")
    ms.tax_total = (Decimal("400.00"), "EUR")
    ms.grand_total = Decimal("2400.00")
    ms.prepaid_total = Decimal("0.00")
    ms.due_amount = Decimal("2400.00")
    return doc.serialize(schema="FACTUR-X_EN16931")


def blank_pdf(attachment=None):
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if attachment:
        writer.add_attachment(*attachment)
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
    # drafthorse writes its own CII and embeds it in a PDF its own way; factur-x reads it back.
    dh = drafthorse_invoice()
    dh_files = {"drafthorse.cii.xml": dh, "drafthorse.facturx.pdf": attach_xml(blank_pdf(), dh, "EN 16931")}
    for file, content in dh_files.items():
        (out / file).write_bytes(content)
        xml = facturx.get_xml_from_pdf(content, check_xsd=False)[1] if file.endswith(".pdf") else content
        oracle[file] = as_json(facturx.parse_ubl_cii_xml(xml))
    # A 1 MB Factur-X, as a scanned delivery note attached beside the invoice makes one (for
    # scripts/bench, and the reader must take the invoice, not the other file).
    heavy = blank_pdf(("bon-de-livraison.jpg", random.Random(38).randbytes(1024 * 1024)))
    cii = (out / "standard.cii.xml").read_bytes()
    (out / "lourd.facturx.pdf").write_bytes(
        facturx.generate_from_binary(heavy, cii, check_xsd=True, check_schematron=False)
    )
    hostile(out)
    # A third writer, npm @e-invoice-eu/core: one invoice as UBL, CII and Factur-X at each
    # profile (tests/invoices/e-invoice-eu.mjs), over the plain PDF hostile() wrote; factur-x
    # reads each back as for the others, without its schema check: factur-x 7.8 finds the
    # MINIMUM, BASIC WL and BASIC files of @e-invoice-eu/core 2.3.4 not valid against its own
    # XSDs of those profiles (5 December 2026), and the visitor's software may write them so.
    made = subprocess.run(
        ["node", Path(__file__).with_name("e-invoice-eu.mjs"), out, out / "sans-facture.pdf"],
        check=True, capture_output=True, text=True,
    )
    (out / "e-invoice-eu.json").write_text(made.stdout)
    for file in json.loads(made.stdout)["files"]:
        content = (out / file).read_bytes()
        xml = facturx.get_xml_from_pdf(content, check_xsd=False)[1] if file.endswith(".pdf") else content
        oracle[file] = as_json(facturx.parse_ubl_cii_xml(xml, check_xsd=False))
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
