/**
 * Which order statuses mean "not a purchase": cancelled, refunded, voided and failed orders, in the
 * words shops export (English first, then German, French, Spanish, Italian, Dutch, Portuguese), with
 * WooCommerce's `wc-` prefix. A partly refunded order stays a purchase. A status column may also be a
 * yes/no flag ("Cancelled: yes"). Matching ignores case and surrounding spaces.
 */
export const CANCELLED_STATUSES: readonly string[] = [
  'cancelled', 'canceled', 'cancel', 'refunded', 'voided', 'void', 'failed',
  'wc-cancelled', 'wc-refunded', 'wc-failed',
  'storniert', 'erstattet', 'zurückerstattet', 'fehlgeschlagen',
  'annulé', 'annulée', 'annule', 'annulee', 'remboursé', 'remboursée', 'rembourse', 'remboursee', 'échoué', 'echoue',
  'cancelado', 'cancelada', 'anulado', 'anulada', 'reembolsado', 'reembolsada', 'fallido',
  'annullato', 'annullata', 'rimborsato', 'rimborsata', 'fallito',
  'geannuleerd', 'terugbetaald', 'mislukt',
  'reembolsado', 'falhou',
  'true', 'yes', 'y', 'ja', 'oui', 'sí', 'si',
];

export function isCancelledStatus(status: string): boolean {
  return CANCELLED_STATUSES.includes(status.trim().toLowerCase());
}
