/**
 * What the sample shop sells: real stock codes, descriptions and prices from the Online Retail
 * data, and the quantities an order line typically carries.
 */
import { pick } from '../shared/random';
import type { Random } from '../shared/random';

export interface Product {
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

// Repeats make the common small quantities (and the dozen) more likely than the rest.
const BASE_QUANTITIES = [1, 1, 2, 2, 3, 4, 6, 6, 8, 10, 12, 12, 12, 24];

/** Popular products (early in the list) are drawn far more often, as in real shops. */
export function drawProduct(random: Random): Product {
  return PRODUCTS[Math.floor(PRODUCTS.length * random() ** 2)];
}

/** `count` different products (fewer only if the catalog is smaller), in the order drawn. */
export function drawDistinctProducts(random: Random, count: number): Product[] {
  const chosen = new Set<Product>();
  const wanted = Math.min(count, PRODUCTS.length);
  while (chosen.size < wanted) chosen.add(drawProduct(random));
  return [...chosen];
}

/** A quantity as an ordinary retail line has it; wholesale buyers scale it up. */
export function drawBaseQuantity(random: Random): number {
  return pick(random, BASE_QUANTITIES);
}
