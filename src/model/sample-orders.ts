/**
 * Deterministic sample data shaped like the public UCI "Online Retail" export: one CSV line per
 * order line, guests, cancellations and the other dirt real exports carry. It streams: memory is
 * O(customers), never O(lines), because benchmarks write files of several million lines.
 *
 * How the year unfolds: the share of lines already written is the clock (progress 0 → 1 maps
 * onto 12/1/2010 … 12/9/2011), so exactly `lines` lines always span the whole year. Customers
 * join at a drawn moment (their first purchase), then buy at a gamma-distributed relative rate
 * until they drop out (some never do); at each invoice one active customer is drawn by rate.
 */
import { WeightedPicker, chance, gamma, pick, poisson, randomInt, seededRandom } from './random';
import type { Random } from './random';

export const ONLINE_RETAIL_HEADER =
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

export interface SampleOptions {
  /** Same seed and options → byte-identical output. Default 42. */
  seed?: number;
  /** Registered customers (each makes at least a first purchase if there are lines enough). Default 1000. */
  customers?: number;
  /** Exact number of data lines after the header. Default 40000. */
  lines?: number;
  /** Fraction of all lines that get a garbage Quantity, UnitPrice or InvoiceDate. Default 0. */
  unreadableRate?: number;
}

type SampleSettings = Required<SampleOptions>;

const DEFAULT_SETTINGS: SampleSettings = { seed: 42, customers: 1000, lines: 40_000, unreadableRate: 0 };

// Invoice mix, tuned so ~22% of lines are guest lines (guest baskets are bigger than average).
const GUEST_INVOICE_SHARE = 0.17;
const CANCELLED_INVOICE_SHARE = 0.02;
const ADJUSTMENT_INVOICE_SHARE = 0.012;
const ADJUSTMENT_WITH_CUSTOMER_SHARE = 0.4;
const DUPLICATE_LINE_RATE = 0.005;
const ZERO_PRICE_LINE_RATE = 0.002;
/** pandas writes an ID column with gaps as floats, so some exports say 17850.0. */
const DECIMAL_CUSTOMER_ID_RATE = 0.3;
const MAX_INVOICE_LINES = 25;

const CHURN_SHARE = 0.4;
const WHALE_SHARE = 0.03;
const EARLY_COHORT_SHARE = 0.25;

const FIRST_INVOICE_NUMBER = 536365;
/** Comfortably above the ~0.105 invoices per line the mix produces. */
const INVOICES_PER_LINE_BOUND = 0.15;
const FIRST_CUSTOMER_ID = 12346;
const LAST_CUSTOMER_ID = 18287;
const LARGEST_FIVE_DIGIT_ID = 99999;
/** The first customer of the real dataset; pinned so tests can look for both of its spellings. */
const PINNED_CUSTOMER_ID = 17850;
const CORRUPTION_SEED_SALT = 0x5eed_c0de;

interface Product {
  stockCode: string;
  description: string;
  priceCents: number;
}

// Ordered by popularity: earlier products are drawn more often.
const PRODUCTS: readonly Product[] = (
  [
    ['85123A', 'WHITE HANGING HEART T-LIGHT HOLDER', 255],
    ['22423', 'REGENCY CAKESTAND 3 TIER', 1275],
    ['85099B', 'JUMBO BAG RED RETROSPOT', 195],
    ['47566', 'PARTY BUNTING', 495],
    ['20725', 'LUNCH BAG RED RETROSPOT', 165],
    ['84879', 'ASSORTED COLOUR BIRD ORNAMENT', 169],
    ['21730R', 'GLASS STAR FROSTED T-LIGHT HOLDER, RED', 425],
    ['22720', 'SET OF 3 CAKE TINS PANTRY DESIGN', 495],
    ['21212', 'PACK OF 72 RETROSPOT CAKE CASES', 55],
    ['22197', 'SMALL POPCORN HOLDER', 85],
    ['23084', 'RABBIT NIGHT LIGHT', 208],
    ['22086', "PAPER CHAIN KIT 50'S CHRISTMAS", 295],
    ['84077', 'WORLD WAR 2 GLIDERS ASSTD DESIGNS', 29],
    ['71053', 'WHITE METAL LANTERN', 339],
    ['84406B', 'CREAM CUPID HEARTS COAT HANGER', 275],
    ['84029G', 'KNITTED UNION FLAG HOT WATER BOTTLE', 339],
    ['84029E', 'RED WOOLLY HOTTIE WHITE HEART.', 339],
    ['22752', 'SET 7 BABUSHKA NESTING BOXES', 765],
    ['22633', 'HAND WARMER UNION JACK', 185],
    ['22632', 'HAND WARMER RED POLKA DOT', 185],
    ['22961', 'JAM MAKING SET, PRINTED', 145],
    ['22745', "POPPY'S PLAYHOUSE BEDROOM", 210],
    ['22748', "POPPY'S PLAYHOUSE KITCHEN", 210],
    ['22749', 'FELTCRAFT PRINCESS CHARLOTTE DOLL', 375],
    ['22310', 'IVORY KNITTED MUG COSY', 165],
    ['84969', 'BOX OF 6 ASSORTED COLOUR TEASPOONS', 425],
    ['22623', 'BOX OF VINTAGE JIGSAW BLOCKS', 495],
    ['22622', 'BOX OF VINTAGE ALPHABET BLOCKS', 995],
    ['21754', 'HOME BUILDING BLOCK WORD', 595],
    ['21755', 'LOVE BUILDING BLOCK WORD', 595],
    ['21777', 'RECIPE BOX WITH METAL HEART', 795],
    ['48187', 'DOORMAT NEW ENGLAND', 795],
    ['84997B', 'CHILDRENS CUTLERY SET, RED RETROSPOT', 415],
    ['22913', 'RED COAT RACK PARIS FASHION', 495],
    ['22912', 'YELLOW COAT RACK PARIS FASHION', 495],
    ['22914', 'BLUE COAT RACK PARIS FASHION', 495],
    ['22728', 'ALARM CLOCK BAKELIKE PINK', 375],
    ['22727', 'ALARM CLOCK BAKELIKE RED', 375],
    ['22726', 'ALARM CLOCK BAKELIKE GREEN', 375],
    ['21724', 'PANDA AND BUNNIES STICKER SHEET', 85],
    ['21883', 'STARS GIFT TAPE', 65],
    ['10002', 'INFLATABLE POLITICAL GLOBE', 85],
    ['21791', 'VINTAGE HEADS AND TAILS CARD GAME', 125],
    ['21035', 'SET/2 RED RETROSPOT TEA TOWELS', 295],
    ['22326', 'ROUND SNACK BOXES SET OF4 WOODLAND', 295],
    ['23245', 'SET OF 3 REGENCY CAKE TINS, BLUE', 495],
    ['22629', 'SPACEBOY LUNCH BOX', 195],
    ['22659', 'LUNCH BOX I LOVE LONDON', 195],
    ['22631', 'CIRCUS PARADE LUNCH BOX', 195],
    ['23166', 'MEDIUM CERAMIC TOP STORAGE JAR', 104],
    ['85152', 'HAND OVER THE CHOCOLATE SIGN', 210],
    ['82600', 'METAL SIGN "NO SINGING IN THE SHOWER", BLUE', 165],
    ['22457', 'NATURAL SLATE HEART CHALKBOARD', 295],
    ['82482', 'WOODEN PICTURE FRAME WHITE FINISH', 255],
    ['82494L', 'WOODEN FRAME ANTIQUE WHITE', 295],
    ['22469', 'HEART OF WICKER SMALL', 165],
    ['22470', 'HEART OF WICKER LARGE', 295],
    ['15056BL', 'EDWARDIAN PARASOL BLACK', 595],
    ['20679', 'EDWARDIAN PARASOL, RED', 595],
    ['79321', 'CHILLI LIGHTS', 495],
    ['21175', 'GIN + TONIC DIET METAL SIGN', 255],
    ['23298', 'SPOTTY BUNTING', 495],
    ['POST', 'POSTAGE', 1800],
  ] as const
).map(([stockCode, description, priceCents]) => ({ stockCode, description, priceCents }));

const ADJUSTMENT_NOTES = ['damaged', 'check', '?', 'wet damaged', 'missing', 'smashed', 'lost'];
const BASE_QUANTITIES = [1, 1, 2, 2, 3, 4, 6, 6, 8, 10, 12, 12, 12, 24];
const OTHER_COUNTRIES = [
  'Germany', 'Germany', 'France', 'France', 'EIRE', 'EIRE', 'Spain', 'Netherlands', 'Belgium',
  'Switzerland', 'Portugal', 'Australia', 'Norway', 'Italy', 'Channel Islands', 'Finland',
  'Cyprus', 'Sweden', 'Austria', 'Denmark', 'Japan', 'Poland', 'USA',
];
const HOME_COUNTRY = 'United Kingdom';

const GARBAGE_VALUES = {
  quantity: ['abc', 'n/a', '', '?', 'twelve', '#VALUE!'],
  price: ['n/a', 'abc', '', '2.55.1', '-', 'TBC'],
  date: ['12/45/2011 99:99', 'n/a', '', '2/30/2011 10:15', '13/1/2011 9:00', 'not a date'],
} as const;
type GarbageField = keyof typeof GARBAGE_VALUES;
const GARBAGE_FIELDS: readonly GarbageField[] = ['quantity', 'price', 'date'];

// ---------------------------------------------------------------------------------------------
// Public API

/** The header, then exactly `lines` data lines (no trailing newline on each). Streams lazily. */
export function sampleOrderLines(options: SampleOptions = {}): Generator<string> {
  // Validate now rather than on the first next(), so bad options fail where they were passed.
  return generateLines(resolveSettings(options));
}

/** The whole sample as one CSV text: lines joined with '\n' plus a final '\n'. */
export function sampleOrdersCsv(options: SampleOptions = {}): string {
  const parts: string[] = [];
  for (const line of sampleOrderLines(options)) parts.push(line);
  return parts.join('\n') + '\n';
}

function resolveSettings(options: SampleOptions): SampleSettings {
  const settings = { ...DEFAULT_SETTINGS, ...stripUndefined(options) };
  requireWholeNumber('seed', settings.seed, Number.MIN_SAFE_INTEGER);
  requireWholeNumber('customers', settings.customers, 0);
  requireWholeNumber('lines', settings.lines, 0);
  if (!(settings.unreadableRate >= 0 && settings.unreadableRate <= 1)) {
    throw new RangeError(`unreadableRate must be between 0 and 1, got ${settings.unreadableRate}`);
  }
  return settings;
}

function stripUndefined(options: SampleOptions): SampleOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

function requireWholeNumber(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number ≥ ${min}, got ${value}`);
  }
}

function* generateLines(settings: SampleSettings): Generator<string> {
  const invoices = new InvoiceStream(settings.seed, settings.customers, firstInvoiceNumber(settings.lines));
  const corruptor = new Corruptor(settings.unreadableRate, seededRandom(settings.seed ^ CORRUPTION_SEED_SALT));
  yield ONLINE_RETAIL_HEADER;
  let written = 0;
  while (written < settings.lines) {
    const progress = written / settings.lines;
    for (const line of invoices.next(progress, settings.lines - written)) {
      yield formatLine(line, corruptor.garbageFor(line, written));
      written += 1;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Lines and their CSV form

interface OrderLine {
  invoiceNo: string;
  stockCode: string;
  description: string;
  quantity: number;
  invoiceDate: string;
  priceCents: number;
  customerId: string;
  country: string;
  /** Emitted twice in a row; never corrupted, so the two copies stay identical. */
  repeated: boolean;
}

interface Garbage {
  field: GarbageField;
  value: string;
}

function formatLine(line: OrderLine, garbage: Garbage | undefined): string {
  const spoiled = garbage && csvField(garbage.value);
  const quantity = garbage?.field === 'quantity' ? spoiled : String(line.quantity);
  const price = garbage?.field === 'price' ? spoiled : formatPrice(line.priceCents);
  const date = garbage?.field === 'date' ? spoiled : line.invoiceDate;
  const description = csvField(line.description);
  const country = csvField(line.country);
  return `${line.invoiceNo},${line.stockCode},${description},${quantity},${date},${price},${line.customerId},${country}`;
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Like the real export: 2.55, 2.1, 18 — never trailing zeros. */
function formatPrice(cents: number): string {
  const whole = Math.floor(cents / 100);
  const fraction = cents % 100;
  if (fraction === 0) return String(whole);
  return fraction % 10 === 0 ? `${whole}.${fraction / 10}` : `${whole}.${String(fraction).padStart(2, '0')}`;
}

/**
 * Spoils about `rate` of all lines, only where nothing else would already reject the line, so
 * each spoiled line is counted as unreadable. It draws from its own random stream: the same seed
 * with and without spoiling gives the same lines apart from the spoiled fields.
 */
class Corruptor {
  private spoiled = 0;
  private slack: number;

  constructor(
    private readonly rate: number,
    private readonly random: Random,
  ) {
    this.slack = random();
  }

  garbageFor(line: OrderLine, lineIndex: number): Garbage | undefined {
    if (this.rate === 0 || !isOtherwiseClean(line)) return undefined;
    // Error diffusion with a random offset: while clean lines are plentiful the count tracks
    // rate × lines to within one line, yet the spacing between spoiled lines still varies.
    if (this.spoiled + this.slack >= this.rate * (lineIndex + 1)) return undefined;
    this.spoiled += 1;
    this.slack = this.random();
    const field = pick(this.random, GARBAGE_FIELDS);
    return { field, value: pick(this.random, GARBAGE_VALUES[field]) };
  }
}

function isOtherwiseClean(line: OrderLine): boolean {
  return (
    line.customerId !== '' && !line.invoiceNo.startsWith('C') && line.quantity > 0 &&
    line.priceCents > 0 && !line.repeated
  );
}

// ---------------------------------------------------------------------------------------------
// The calendar: progress 0 → 1 spread over the shop's trading minutes

const OPENING_MINUTE = 8 * 60;
const TRADING_MINUTES_PER_DAY = 10 * 60;
const TRADING_DAY_LABELS = tradingDayLabels();

/** "M/D/YYYY" for each day the shop traded: no Saturdays, closed over Christmas (as in the data). */
function tradingDayLabels(): string[] {
  const labels: string[] = [];
  const day = new Date(Date.UTC(2010, 11, 1));
  const last = Date.UTC(2011, 11, 9);
  const christmasClosed = [Date.UTC(2010, 11, 24), Date.UTC(2011, 0, 3)];
  for (; day.getTime() <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    const time = day.getTime();
    if (day.getUTCDay() === 6 || (time >= christmasClosed[0] && time <= christmasClosed[1])) continue;
    labels.push(`${day.getUTCMonth() + 1}/${day.getUTCDate()}/${day.getUTCFullYear()}`);
  }
  return labels;
}

function invoiceDateAt(progress: number): string {
  const totalMinutes = TRADING_DAY_LABELS.length * TRADING_MINUTES_PER_DAY;
  const minute = Math.min(totalMinutes - 1, Math.floor(progress * totalMinutes));
  const dayLabel = TRADING_DAY_LABELS[Math.floor(minute / TRADING_MINUTES_PER_DAY)];
  const clock = OPENING_MINUTE + (minute % TRADING_MINUTES_PER_DAY);
  return `${dayLabel} ${Math.floor(clock / 60)}:${String(clock % 60).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Customers

interface Customer {
  id: string;
  country: string;
  /** Relative purchase rate while active. */
  rate: number;
  basketMean: number;
  quantityScale: number;
  /** Progress (0–1) at which the first purchase happens. */
  joinAt: number;
  /** Progress after which the customer never buys again (Infinity: stays to the end). */
  leaveAt: number;
}

function createCustomers(random: Random, count: number): Customer[] {
  return chooseCustomerIds(random, count).map((id, index) => {
    if (index === 0) return pinnedCustomer(random, id);
    return chance(random, WHALE_SHARE) ? createWhale(random, id) : createRegular(random, id);
  });
}

/** Distinct 5-digit IDs from the real range 12346–18287, spilling above it only for huge samples. */
function chooseCustomerIds(random: Random, count: number): string[] {
  if (count === 0) return [];
  const pool: number[] = [];
  for (let id = FIRST_CUSTOMER_ID; id <= LAST_CUSTOMER_ID; id++) if (id !== PINNED_CUSTOMER_ID) pool.push(id);
  for (let id = LAST_CUSTOMER_ID + 1; pool.length < count - 1; id++) pool.push(id);
  if (pool[count - 2] > LARGEST_FIVE_DIGIT_ID) throw new RangeError(`too many customers: ${count}`);
  for (let index = 0; index < count - 1; index++) {
    const swapWith = randomInt(random, index, pool.length - 1);
    [pool[index], pool[swapWith]] = [pool[swapWith], pool[index]];
  }
  return [PINNED_CUSTOMER_ID, ...pool.slice(0, count - 1)].map(String);
}

function pinnedCustomer(random: Random, id: string): Customer {
  // A steady home customer from day one, buying often enough that both ID spellings show up.
  const quantityScale = gamma(random, 2, 0.5);
  return { id, country: HOME_COUNTRY, rate: 3, basketMean: 8, quantityScale, joinAt: 0, leaveAt: Infinity };
}

function createRegular(random: Random, id: string): Customer {
  const joinAt = chance(random, EARLY_COHORT_SHARE) ? random() * 0.25 : random() * 0.95;
  const leaveAt = chance(random, CHURN_SHARE) ? joinAt + (1 - joinAt) * random() : Infinity;
  return {
    id,
    country: chance(random, 0.88) ? HOME_COUNTRY : pick(random, OTHER_COUNTRIES),
    rate: gamma(random, 0.6, 1 / 0.6),
    basketMean: 2 + gamma(random, 2, 3),
    quantityScale: gamma(random, 2, 0.5),
    joinAt,
    leaveAt,
  };
}

/** Wholesale buyers: early, frequent, large quantities; half of them stop well before the end. */
function createWhale(random: Random, id: string): Customer {
  const joinAt = random() * 0.3;
  const leaveAt = chance(random, 0.5) ? joinAt + (0.65 - joinAt) * (0.3 + 0.7 * random()) : Infinity;
  return {
    id,
    country: chance(random, 0.7) ? HOME_COUNTRY : pick(random, OTHER_COUNTRIES),
    rate: 4 + gamma(random, 2, 2),
    basketMean: 12 + gamma(random, 2, 3),
    quantityScale: randomInt(random, 6, 12),
    joinAt,
    leaveAt,
  };
}

function spellCustomerId(random: Random, customer: Customer): string {
  return chance(random, DECIMAL_CUSTOMER_ID_RATE) ? `${customer.id}.0` : customer.id;
}

function quantityFor(random: Random, customer: Customer): number {
  return Math.max(1, Math.round(pick(random, BASE_QUANTITIES) * customer.quantityScale));
}

// ---------------------------------------------------------------------------------------------
// Invoices

/** Draws invoice after invoice; holds only per-customer state. */
class InvoiceStream {
  private readonly random: Random;
  private readonly customers: Customer[];
  private readonly active: WeightedPicker;
  private readonly departed: boolean[];
  private readonly joinOrder: number[];
  private readonly leaveOrder: number[];
  private joinCursor = 0;
  private leaveCursor = 0;

  constructor(seed: number, customerCount: number, private nextInvoiceNumber: number) {
    this.random = seededRandom(seed);
    this.customers = createCustomers(this.random, customerCount);
    this.active = new WeightedPicker(customerCount);
    this.departed = new Array<boolean>(customerCount).fill(false);
    this.joinOrder = indicesOrderedBy(this.customers, (customer) => customer.joinAt);
    const leavers = this.joinOrder.filter((index) => Number.isFinite(this.customers[index].leaveAt));
    this.leaveOrder = leavers.sort((a, b) => this.customers[a].leaveAt - this.customers[b].leaveAt || a - b);
  }

  /** The next invoice's lines: at least one and at most `budget`. */
  next(progress: number, budget: number): OrderLine[] {
    this.retireLeavers(progress);
    // The invoice kind is rolled first so its share does not depend on how many joins are due.
    const roll = this.random();
    if (roll < GUEST_INVOICE_SHARE) return this.guestPurchase(progress, budget);
    const cancelledBelow = GUEST_INVOICE_SHARE + CANCELLED_INVOICE_SHARE;
    if (roll < cancelledBelow && !this.active.isEmpty) {
      return this.cancellation(this.drawActiveCustomer(), progress, budget);
    }
    if (roll < cancelledBelow + ADJUSTMENT_INVOICE_SHARE) {
      const withCustomer = !this.active.isEmpty && chance(this.random, ADJUSTMENT_WITH_CUSTOMER_SHARE);
      return this.adjustment(withCustomer ? this.drawActiveCustomer() : undefined, progress);
    }
    const joiner = this.takeJoiner(progress);
    if (joiner !== undefined) return this.purchase(this.customers[joiner], progress, budget);
    if (this.active.isEmpty) return this.guestPurchase(progress, budget);
    return this.purchase(this.drawActiveCustomer(), progress, budget);
  }

  private drawActiveCustomer(): Customer {
    return this.customers[this.active.draw(this.random)];
  }

  private retireLeavers(progress: number): void {
    while (this.leaveCursor < this.leaveOrder.length) {
      const index = this.leaveOrder[this.leaveCursor];
      if (this.customers[index].leaveAt > progress) return;
      this.departed[index] = true;
      this.active.remove(index);
      this.leaveCursor += 1;
    }
  }

  /** A customer whose first purchase is due, now admitted to the buying pool. */
  private takeJoiner(progress: number): number | undefined {
    if (this.joinCursor >= this.joinOrder.length) return undefined;
    const index = this.joinOrder[this.joinCursor];
    if (this.customers[index].joinAt > progress) return undefined;
    this.joinCursor += 1;
    // When lines are scarce a join can lag past its leave time; such a customer buys just once.
    if (!this.departed[index]) this.active.add(index, this.customers[index].rate);
    return index;
  }

  private purchase(customer: Customer, progress: number, budget: number): OrderLine[] {
    const invoice = this.openInvoice(progress, '');
    const size = Math.min(budget, basketSize(this.random, customer.basketMean));
    return this.fillBasket(size, (product) =>
      orderLine(invoice, product, {
        quantity: quantityFor(this.random, customer),
        priceCents: chance(this.random, ZERO_PRICE_LINE_RATE) ? 0 : product.priceCents,
        customerId: spellCustomerId(this.random, customer),
        country: customer.country,
      }),
    );
  }

  private guestPurchase(progress: number, budget: number): OrderLine[] {
    const invoice = this.openInvoice(progress, '');
    const country = chance(this.random, 0.9) ? HOME_COUNTRY : pick(this.random, OTHER_COUNTRIES);
    const size = Math.min(budget, basketSize(this.random, 13));
    return this.fillBasket(size, (product) =>
      orderLine(invoice, product, {
        quantity: pick(this.random, BASE_QUANTITIES),
        priceCents: chance(this.random, ZERO_PRICE_LINE_RATE) ? 0 : product.priceCents,
        customerId: '',
        country,
      }),
    );
  }

  /** A cancelled order: its own C-prefixed number, a few products, negative quantities. */
  private cancellation(customer: Customer, progress: number, budget: number): OrderLine[] {
    const invoice = this.openInvoice(progress, 'C');
    const products = drawDistinctProducts(this.random, Math.min(budget, randomInt(this.random, 1, 3)));
    return products.map((product) =>
      orderLine(invoice, product, {
        quantity: -quantityFor(this.random, customer),
        priceCents: product.priceCents,
        customerId: spellCustomerId(this.random, customer),
        country: customer.country,
      }),
    );
  }

  /** A stock correction booked as an invoice line: zero or negative quantity, usually no customer. */
  private adjustment(customer: Customer | undefined, progress: number): OrderLine[] {
    const product = drawProduct(this.random);
    const note = { stockCode: product.stockCode, description: pick(this.random, ADJUSTMENT_NOTES), priceCents: 0 };
    const line = orderLine(this.openInvoice(progress, ''), note, {
      quantity: chance(this.random, 0.2) ? 0 : -randomInt(this.random, 1, 60),
      priceCents: customer ? product.priceCents : 0,
      customerId: customer ? spellCustomerId(this.random, customer) : '',
      country: customer?.country ?? HOME_COUNTRY,
    });
    return [line];
  }

  private openInvoice(progress: number, prefix: '' | 'C'): InvoiceHead {
    const invoiceNo = `${prefix}${this.nextInvoiceNumber}`;
    this.nextInvoiceNumber += 1;
    return { invoiceNo, invoiceDate: invoiceDateAt(progress) };
  }

  /** `size` lines of distinct products; now and then a line is written twice (a duplicate export row). */
  private fillBasket(size: number, lineFor: (product: Product) => OrderLine): OrderLine[] {
    const lines: OrderLine[] = [];
    for (const product of drawDistinctProducts(this.random, size)) {
      if (lines.length >= size) break;
      const line = lineFor(product);
      lines.push(line);
      if (lines.length < size && chance(this.random, DUPLICATE_LINE_RATE)) {
        line.repeated = true;
        lines.push(line);
      }
    }
    return lines;
  }
}

type InvoiceHead = Pick<OrderLine, 'invoiceNo' | 'invoiceDate'>;
type LineDetails = Pick<OrderLine, 'quantity' | 'priceCents' | 'customerId' | 'country'>;

// Spelled out rather than spread: object spread dominated the generator's profile.
function orderLine(invoice: InvoiceHead, product: Product, details: LineDetails): OrderLine {
  return {
    invoiceNo: invoice.invoiceNo,
    stockCode: product.stockCode,
    description: product.description,
    quantity: details.quantity,
    invoiceDate: invoice.invoiceDate,
    priceCents: details.priceCents,
    customerId: details.customerId,
    country: details.country,
    repeated: false,
  };
}

/** The real data's first number, moved down for huge samples so invoice numbers keep 6 digits. */
function firstInvoiceNumber(lines: number): number {
  const roomNeeded = Math.ceil(lines * INVOICES_PER_LINE_BOUND);
  return Math.max(100_000, Math.min(FIRST_INVOICE_NUMBER, 999_999 - roomNeeded));
}

function indicesOrderedBy<T>(items: readonly T[], key: (item: T) => number): number[] {
  return items.map((_, index) => index).sort((a, b) => key(items[a]) - key(items[b]) || a - b);
}

function basketSize(random: Random, mean: number): number {
  return Math.min(MAX_INVOICE_LINES, 1 + poisson(random, mean - 1));
}

/** Popular products (early in the list) are drawn far more often, as in real shops. */
function drawProduct(random: Random): Product {
  return PRODUCTS[Math.floor(PRODUCTS.length * random() ** 2)];
}

function drawDistinctProducts(random: Random, count: number): Product[] {
  const chosen = new Set<Product>();
  const wanted = Math.min(count, PRODUCTS.length);
  while (chosen.size < wanted) chosen.add(drawProduct(random));
  return [...chosen];
}
