/**
 * Which order statuses mean "not a purchase", in the words shops export (English first, then German,
 * French, Spanish, Italian, Dutch, Portuguese), with WooCommerce's `wc-` prefix. Matching ignores
 * case and surrounding spaces; engine/load/sql/lines/mapped-lines.ts uses the same lists in SQL.
 *
 * - Cancelled: cancelled, refunded, voided or deleted orders. A partly refunded order stays a
 *   purchase. A status column may also be a yes/no flag ("Cancelled: yes").
 * - Unpaid or failed: the money never arrived, or not yet: failed payments, payments pending or on
 *   hold, card authorisations never captured (Shopify `authorized`, `expired`), drafts. An owner
 *   counting purchases would not count an order that may be abandoned, so these are left out too,
 *   under their own reason.
 */
export const CANCELLED_STATUSES: readonly string[] = [
  'cancelled', 'canceled', 'cancel', 'refunded', 'voided', 'void', 'trash', 'deleted',
  'wc-cancelled', 'wc-refunded', 'wc-trash',
  'storniert', 'erstattet', 'zurückerstattet', 'gelöscht',
  'annulé', 'annulée', 'annule', 'annulee', 'remboursé', 'remboursée', 'rembourse', 'remboursee',
  'cancelado', 'cancelada', 'anulado', 'anulada', 'reembolsado', 'reembolsada',
  'annullato', 'annullata', 'rimborsato', 'rimborsata',
  'geannuleerd', 'terugbetaald',
  'true', 'yes', 'y', 'ja', 'oui', 'sí', 'si', 'sim',
];

export const UNPAID_STATUSES: readonly string[] = [
  'failed', 'pending', 'pending payment', 'pending_payment', 'on-hold', 'on hold', 'on_hold', 'authorized', 'authorised',
  'expired', 'unpaid', 'checkout-draft', 'draft',
  'wc-failed', 'wc-pending', 'wc-on-hold', 'wc-checkout-draft',
  'fehlgeschlagen', 'ausstehend', 'zahlung ausstehend', 'in wartestellung', 'unbezahlt',
  'échoué', 'echoue', 'en attente', 'en attente de paiement', 'impayé', 'impaye',
  'fallido', 'pendiente', 'pendiente de pago', 'en espera',
  'fallito', 'in attesa', 'in attesa di pagamento', 'non pagato',
  'mislukt', 'in afwachting', 'in de wacht', 'onbetaald',
  'falhou', 'pendente', 'aguardando pagamento', 'não pago',
];

/**
 * What a "Cancelled" or "Cancelled at" cell says: a date or a yes means cancelled; empty or a no means
 * not. Anything else written there counts as cancelled, as a cancellation date would.
 */
export const NOT_CANCELLED_MARKS: readonly string[] = [
  '', 'false', 'f', '0', 'no', 'n', 'nein', 'non', 'falso', 'nee', 'não', 'nao', 'none', 'null', '-', 'n/a',
];

function normal(text: string): string {
  return text.trim().toLowerCase();
}

export function isCancelledStatus(status: string): boolean {
  return CANCELLED_STATUSES.includes(normal(status));
}

export function isUnpaidStatus(status: string): boolean {
  return UNPAID_STATUSES.includes(normal(status));
}

export function isCancelledMark(text: string): boolean {
  return !NOT_CANCELLED_MARKS.includes(normal(text));
}
