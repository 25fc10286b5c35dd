import type { ShopDetails } from '../../model/campaigns/messages/merge-fields';

/**
 * What the owner writes for campaigns, kept in this browser's local storage only (never sent
 * anywhere), like the column mappings: the shop's name, their edits to the plays and to the message
 * templates. Each is read back through a reader that keeps only what is well formed.
 */
export const CAMPAIGN_KEYS = {
  shop: 'retention-engine.shop.v1',
  playbook: 'retention-engine.playbook.v1',
  templates: 'retention-engine.templates.v1',
} as const;

export interface Store {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function browserStore(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (privacy settings): nothing is remembered
  }
}

export function readStored<T>(key: string, read: (stored: unknown) => T, store: Store | null = browserStore()): T {
  try {
    return read(JSON.parse(store?.getItem(key) ?? 'null'));
  } catch {
    return read(null);
  }
}

export function writeStored(key: string, value: unknown, store: Store | null = browserStore()): void {
  try {
    store?.setItem(key, JSON.stringify(value));
  } catch {
    // full or disabled storage: the edit holds for this visit only
  }
}

/** The shop's name as stored, trimmed to a sensible length; anything else is no name. */
export function readShopDetails(stored: unknown): ShopDetails {
  const name = typeof stored === 'object' && stored !== null ? (stored as { shopName?: unknown }).shopName : undefined;
  return typeof name === 'string' && name.trim() !== '' ? { shopName: name.slice(0, 100) } : {};
}
