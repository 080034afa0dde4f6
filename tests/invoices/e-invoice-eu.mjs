// Test invoices from a third independent writer, npm @e-invoice-eu/core (issue 38): one
// invoice with two VAT rates (20 % and 5.5 %), in the library's internal format (UBL's terms
// as JSON), written as UBL, as CII, and as a
// Factur-X PDF at each profile (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED) over a plain PDF.
// Usage: node tests/invoices/e-invoice-eu.mjs OUT_DIR PLAIN_PDF (the library comes from
// tools/e-invoice-eu, installed by scripts/setup.sh). Prints what each file must be read as.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(join(import.meta.dirname, '..', '..', 'tools', 'e-invoice-eu', 'package.json'));
const { InvoiceService } = require('@e-invoice-eu/core');
const [out, plainPdf] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

// The seller may have several tax schemes, the buyer one, as the library's schema says.
const party = (name, street, city, zip, country, siren, vat, seller) => ({
  'cac:Party': {
    'cbc:EndpointID': `${siren}@exemple.fr`,
    'cbc:EndpointID@schemeID': 'EM',
    'cac:PostalAddress': {
      'cbc:StreetName': street,
      'cbc:CityName': city,
      'cbc:PostalZone': zip,
      'cac:Country': { 'cbc:IdentificationCode': country },
    },
    'cac:PartyTaxScheme': seller ? [{ 'cbc:CompanyID': vat, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } }] : { 'cbc:CompanyID': vat, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
    'cac:PartyLegalEntity': { 'cbc:RegistrationName': name, 'cbc:CompanyID': siren, 'cbc:CompanyID@schemeID': '0002' },
  },
});

const invoice = {
  'ubl:Invoice': {
    'cbc:CustomizationID': 'urn:cen.eu:en16931:2017',
    'cbc:ID': 'EIE-2026-310',
    'cbc:IssueDate': '2026-08-14',
    'cbc:DueDate': '2026-09-13',
    'cbc:InvoiceTypeCode': '380',
    'cbc:DocumentCurrencyCode': 'EUR',
    'cbc:BuyerReference': 'Commande 77',
    'cac:AccountingSupplierParty': party('Studio Graphique Ardoise SAS', '8 quai de la Fosse', 'Nantes', '44000', 'FR', '552100554', 'FR40552100554', true),
    'cac:AccountingCustomerParty': party('Librairie du Port SARL', '21 rue de Siam', 'Brest', '29200', 'FR', '732829320', 'FR69732829320'),
    'cac:Delivery': { 'cbc:ActualDeliveryDate': '2026-08-10' },
    'cac:PaymentMeans': [{ 'cbc:PaymentMeansCode': '58', 'cac:PayeeFinancialAccount': { 'cbc:ID': 'FR7630006000011234567890189' } }],
    'cac:PaymentTerms': { 'cbc:Note': 'Paiement à 30 jours. Pénalités de retard : 10 % par an ; indemnité forfaitaire pour frais de recouvrement : 40 €.' },
    'cac:TaxTotal': [{
      'cbc:TaxAmount': '515.50', 'cbc:TaxAmount@currencyID': 'EUR',
      'cac:TaxSubtotal': [{
        'cbc:TaxableAmount': '2550.00', 'cbc:TaxableAmount@currencyID': 'EUR',
        'cbc:TaxAmount': '510.00', 'cbc:TaxAmount@currencyID': 'EUR',
        'cac:TaxCategory': { 'cbc:ID': 'S', 'cbc:Percent': '20', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
      }, {
        'cbc:TaxableAmount': '100.00', 'cbc:TaxableAmount@currencyID': 'EUR',
        'cbc:TaxAmount': '5.50', 'cbc:TaxAmount@currencyID': 'EUR',
        'cac:TaxCategory': { 'cbc:ID': 'S', 'cbc:Percent': '5.5', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
      }],
    }],
    'cac:LegalMonetaryTotal': {
      'cbc:LineExtensionAmount': '2650.00', 'cbc:LineExtensionAmount@currencyID': 'EUR',
      'cbc:TaxExclusiveAmount': '2650.00', 'cbc:TaxExclusiveAmount@currencyID': 'EUR',
      'cbc:TaxInclusiveAmount': '3165.50', 'cbc:TaxInclusiveAmount@currencyID': 'EUR',
      'cbc:PayableAmount': '3165.50', 'cbc:PayableAmount@currencyID': 'EUR',
    },
    'cac:InvoiceLine': [{
      'cbc:ID': '1',
      'cbc:InvoicedQuantity': '1', 'cbc:InvoicedQuantity@unitCode': 'C62',
      'cbc:LineExtensionAmount': '2550.00', 'cbc:LineExtensionAmount@currencyID': 'EUR',
      'cac:Item': { 'cbc:Name': 'Identité visuelle', 'cac:ClassifiedTaxCategory': { 'cbc:ID': 'S', 'cbc:Percent': '20', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } } },
      'cac:Price': { 'cbc:PriceAmount': '2550.00', 'cbc:PriceAmount@currencyID': 'EUR' },
    }, {
      'cbc:ID': '2',
      'cbc:InvoicedQuantity': '4', 'cbc:InvoicedQuantity@unitCode': 'C62',
      'cbc:LineExtensionAmount': '100.00', 'cbc:LineExtensionAmount@currencyID': 'EUR',
      'cac:Item': { 'cbc:Name': 'Livres de normes graphiques', 'cac:ClassifiedTaxCategory': { 'cbc:ID': 'S', 'cbc:Percent': '5.5', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } } },
      'cac:Price': { 'cbc:PriceAmount': '25.00', 'cbc:PriceAmount@currencyID': 'EUR' },
    }],
  },
};

const service = new InvoiceService({ log: () => {}, warn: () => {}, error: console.error });
const pdf = { buffer: readFileSync(plainPdf), filename: 'facture.pdf', mimetype: 'application/pdf' };
const formats = {
  'eie.ubl.xml': 'UBL',
  'eie.cii.xml': 'CII',
  'eie-minimum.facturx.pdf': 'Factur-X-Minimum',
  'eie-basicwl.facturx.pdf': 'Factur-X-BasicWL',
  'eie-basic.facturx.pdf': 'Factur-X-Basic',
  'eie-en16931.facturx.pdf': 'Factur-X-EN16931',
  'eie-extended.facturx.pdf': 'Factur-X-Extended',
};
for (const [name, format] of Object.entries(formats)) {
  const written = await service.generate(structuredClone(invoice), { format, lang: 'fr-fr', pdf });
  writeFileSync(join(out, name), written);
}
console.log(JSON.stringify({ number: 'EIE-2026-310', issue: '2026-08-14', due: '2026-09-13', total: '3165.50', buyer: 'Librairie du Port SARL', files: Object.keys(formats) }));
