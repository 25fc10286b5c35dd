import { numberRoles, requiredRoles, type ColumnMapping, type MoneyMode, type RoleId } from './column-roles';
import { dateShape } from './formats/date-order';
import type { LoadPlan } from './load-plan';
import { guessDecimalSeparator, parseNumber } from './formats/number-format';
import { normaliseHeader, recogniseLayout, type LayoutInfo } from './order-layouts';

/**
 * The guess behind the mapping screen: a known layout is recognised with full confidence; any other
 * header is matched against common column names in several languages, then checked against the
 * sample's values (an e-mail column is a customer, a column of dates is the order date). The
 * confidence is what the screen shows; only a known layout runs without asking (with the mapping the
 * user confirmed before for this header, if any). Any other layout waits on the mapping screen, which
 * starts from a remembered mapping when there is one (ui/use-file-loading.ts).
 */
export interface LayoutDetection {
  layout: LayoutInfo;
  /** 1 for a known layout; otherwise how well the required roles matched (0–1). */
  confidence: number;
  full: boolean;
  /** Match score per mapped role (0–1), for the screen. */
  scores: Partial<Record<RoleId, number>>;
  plan: LoadPlan;
}

/** Normalised names per role: English first, then German, French, Spanish, Italian, Dutch, Portuguese. */
const SYNONYMS: Record<RoleId, readonly string[]> = {
  order_id: [
    'orderid', 'ordernumber', 'orderno', 'ordernr', 'order', 'invoiceno', 'invoice', 'invoicenumber', 'invoiceid', 'receipt',
    'transactionid', 'bestellnummer', 'bestellung', 'auftragsnummer', 'auftrag', 'rechnungsnummer', 'rechnung', 'commande',
    'numerocommande', 'nocommande', 'facture', 'numerofacture', 'pedido', 'numeropedido', 'factura', 'ordine', 'numeroordine',
    'fattura', 'bestelnummer', 'bestelling', 'factuurnummer', 'numerodopedido', 'encomenda',
  ],
  customer_id: [
    'customerid', 'customer', 'customerno', 'customernumber', 'customeremail', 'email', 'emailaddress', 'mail', 'clientid',
    'client', 'billingemail', 'buyer', 'buyeremail', 'userid', 'kundennummer', 'kunde', 'kundenid', 'kundenemail', 'idclient',
    'numeroclient', 'courriel', 'cliente', 'idcliente', 'correo', 'correoelectronico', 'codicecliente', 'klant', 'klantnummer',
    'codigocliente',
  ],
  order_date: [
    'orderdate', 'invoicedate', 'date', 'createdat', 'created', 'orderedat', 'purchasedate', 'datetime', 'timestamp',
    'transactiondate', 'saledate', 'bestelldatum', 'datum', 'rechnungsdatum', 'auftragsdatum', 'datecommande', 'datefacture',
    'fecha', 'fechapedido', 'fechafactura', 'data', 'dataordine', 'besteldatum', 'orderdatum', 'datadopedido',
  ],
  quantity: [
    'quantity', 'qty', 'lineitemquantity', 'itemquantity', 'units', 'menge', 'anzahl', 'stuck', 'quantite', 'qte', 'cantidad',
    'quantita', 'aantal', 'quantidade',
  ],
  unit_price: [
    'unitprice', 'price', 'lineitemprice', 'itemprice', 'priceeach', 'unitcost', 'einzelpreis', 'preis', 'stuckpreis',
    'prixunitaire', 'prix', 'preciounitario', 'precio', 'prezzounitario', 'prezzo', 'prijs', 'stukprijs', 'precounitario', 'preco',
  ],
  order_amount: [
    'ordertotal', 'total', 'totalamount', 'amount', 'grandtotal', 'ordervalue', 'revenue', 'sales', 'netsales', 'gesamtbetrag',
    'betrag', 'summe', 'gesamt', 'montant', 'montanttotal', 'totalttc', 'importe', 'importetotal', 'totale', 'importo', 'totaal',
    'bedrag', 'valor', 'valortotal',
  ],
  status: ['status', 'orderstatus', 'financialstatus', 'paymentstatus', 'state', 'bestellstatus', 'statut', 'estado', 'stato'],
  cancelled_at: ['cancelledat', 'canceledat', 'cancelled', 'canceled', 'cancellationdate', 'storniertam', 'annulele'],
  // Names before codes: campaign messages name what a customer bought.
  product: [
    'productname', 'description', 'product', 'itemname', 'lineitemname', 'item', 'title', 'artikel', 'artikelname', 'bezeichnung',
    'produit', 'producto', 'articolo', 'produto', 'stockcode', 'sku', 'productcode', 'productid', 'lineitemsku', 'artikelnummer',
    'reference',
  ],
  country: ['country', 'billingcountry', 'shippingcountry', 'land', 'pays', 'pais', 'paese'],
  currency: ['currency', 'ordercurrency', 'wahrung', 'devise', 'moneda', 'valuta', 'moeda'],
  email: [
    'email', 'emailaddress', 'customeremail', 'billingemail', 'buyeremail', 'mail', 'kundenemail', 'courriel', 'correo',
    'correoelectronico',
  ],
};

/** Roles in the order they pick their column, so a strong name is not taken by a weaker role. */
const PICK_ORDER: readonly RoleId[] = [
  'order_id', 'customer_id', 'order_date', 'quantity', 'unit_price', 'order_amount', 'cancelled_at', 'status', 'currency', 'country', 'product',
  'email',
];

const NUMERIC_ROLES: readonly RoleId[] = ['quantity', 'unit_price', 'order_amount'];

const EMAIL_VALUE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function nameScore(role: RoleId, header: string): number {
  const normal = normaliseHeader(header);
  if (normal === '') return 0;
  const synonyms = SYNONYMS[role];
  if (synonyms.includes(normal)) return 1 - synonyms.indexOf(normal) / (synonyms.length * 10);
  return synonyms.some((synonym) => synonym.length >= 4 && normal.includes(synonym)) ? 0.6 : 0;
}

/** Share of a column's non-empty sample values that suit a role (1 when the sample has none). */
function valueFit(role: RoleId, values: readonly string[]): number {
  const filled = values.filter((value) => value.trim() !== '');
  if (filled.length === 0) return 1;
  const fits = (value: string) => {
    if (NUMERIC_ROLES.includes(role)) return parseNumber(value, '.') !== null || parseNumber(value, ',') !== null;
    if (role === 'order_date') return dateShape(value) !== null;
    if (role === 'email') return EMAIL_VALUE.test(value.trim());
    return true;
  };
  return filled.filter(fits).length / filled.length;
}

export function columnValues(rows: readonly (readonly string[])[], column: number): string[] {
  return rows.map((row) => row[column] ?? '');
}

/** Generic matching: each role takes its best-named free column whose values suit it. */
export function guessMapping(headers: readonly string[], rows: readonly (readonly string[])[]): { mapping: ColumnMapping; scores: Partial<Record<RoleId, number>> } {
  const mapping: ColumnMapping = {};
  const scores: Partial<Record<RoleId, number>> = {};
  const taken = new Set<number>();
  for (const role of PICK_ORDER) {
    let best = { column: -1, score: 0 };
    headers.forEach((header, column) => {
      if (taken.has(column)) return;
      const score = nameScore(role, header) * valueFit(role, columnValues(rows, column));
      if (score > best.score) best = { column, score };
    });
    if (best.score >= 0.5) {
      mapping[role] = best.column;
      scores[role] = best.score;
      taken.add(best.column);
    }
  }
  fillFromValues(headers, rows, mapping, scores, taken);
  return { mapping, scores };
}

/** A customer column found by its e-mails, a date column by its dates, when the names did not tell. */
function fillFromValues(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  scores: Partial<Record<RoleId, number>>,
  taken: Set<number>,
) {
  const candidates: [RoleId, (value: string) => boolean][] = [
    ['customer_id', (value) => EMAIL_VALUE.test(value.trim())],
    ['order_date', (value) => dateShape(value) !== null],
  ];
  for (const [role, test] of candidates) {
    if (mapping[role] !== undefined) continue;
    const column = headers.findIndex((_, index) => {
      const values = columnValues(rows, index).filter((value) => value.trim() !== '');
      return !taken.has(index) && values.length > 0 && values.filter(test).length / values.length >= 0.9;
    });
    if (column >= 0) {
      mapping[role] = column;
      scores[role] = 0.5;
      taken.add(column);
    }
  }
}

export function moneyModeFor(mapping: ColumnMapping): MoneyMode {
  return mapping.unit_price === undefined && mapping.order_amount !== undefined ? 'order_amount' : 'lines';
}

/** The whole guess: a known layout when the header says so, otherwise the generic match. */
export function detectLayout(headers: readonly string[], rows: readonly (readonly string[])[], delimiter: string): LayoutDetection {
  const known = recogniseLayout(headers);
  if (known) {
    const plan: LoadPlan = {
      ...known.layout.plan,
      mapping: known.mapping,
      decimalSeparator: decimalFor(known.mapping, known.layout.plan.money, rows, delimiter),
      dropDuplicates: false,
    };
    const scores = Object.fromEntries(Object.keys(known.mapping).map((role) => [role, 1]));
    return { layout: { id: known.layout.id, name: known.layout.name }, confidence: 1, full: true, scores, plan };
  }
  const { mapping, scores } = guessMapping(headers, rows);
  const money = moneyModeFor(mapping);
  const required = requiredRoles(money);
  const confidence = required.reduce((sum, role) => sum + (scores[role] ?? 0), 0) / required.length;
  const plan: LoadPlan = {
    mapping,
    money,
    decimalSeparator: decimalFor(mapping, money, rows, delimiter),
    dateOrder: 'auto',
    ambiguousDateOrder: 'ask',
    orderFieldsOnFirstLine: money === 'order_amount' || orderFieldsOnlyFirst(mapping, rows),
    cancelledPrefix: cancelledByPrefix(mapping, rows),
    dropDuplicates: false,
  };
  return { layout: { id: 'generic', name: 'Other export' }, confidence: Math.round(confidence * 100) / 100, full: false, scores, plan };
}

/** The decimal separator from the columns that hold money and quantities under a mapping. */
export function decimalFor(mapping: ColumnMapping, money: MoneyMode, rows: readonly (readonly string[])[], delimiter: string) {
  const values = numberRoles(money).flatMap((role) => (mapping[role] === undefined ? [] : columnValues(rows, mapping[role])));
  return guessDecimalSeparator(values, delimiter);
}

/** True when a repeated order id leaves its customer or date empty on a later line but not the first. */
export function orderFieldsOnlyFirst(mapping: ColumnMapping, rows: readonly (readonly string[])[]): boolean {
  const { order_id: order, customer_id: customer, order_date: date } = mapping;
  if (order === undefined) return false;
  const firstRows = new Map<string, readonly string[]>();
  for (const row of rows) {
    const id = (row[order] ?? '').trim();
    const first = firstRows.get(id);
    if (!first) {
      firstRows.set(id, row);
      continue;
    }
    for (const column of [customer, date]) {
      if (column !== undefined && (row[column] ?? '').trim() === '' && (first[column] ?? '').trim() !== '') return true;
    }
  }
  return false;
}

/** Online Retail's convention: numeric order ids, cancellations as the same number with a C in front. */
export function cancelledByPrefix(mapping: ColumnMapping, rows: readonly (readonly string[])[]): boolean {
  if (mapping.order_id === undefined) return false;
  const ids = columnValues(rows, mapping.order_id).map((id) => id.trim()).filter(Boolean);
  const numeric = ids.filter((id) => /^\d+$/.test(id)).length;
  const prefixed = ids.filter((id) => /^[Cc]\d+$/.test(id)).length;
  return prefixed > 0 && numeric + prefixed === ids.length;
}

