import { InputError } from '../../protocol/errors';

/**
 * Where a kept analysis lives: a few named files in one folder. In the browser that folder is in
 * the origin-private file system (only this site's pages and workers see it, and clearing the
 * site's data removes it); the SQL tests keep it in a Map.
 */
export interface KeptStore {
  /** The file, or null when there is none. */
  read(name: string): Promise<Blob | null>;
  /** Writes the whole file; it replaces the old one only once complete. */
  write(name: string, content: Blob): Promise<void>;
  /** Deletes the folder and everything in it; resolves to the bytes it held. */
  clear(): Promise<number>;
  /** The bytes the folder holds. */
  size(): Promise<number>;
}

const FOLDER = 'kept-analysis';

/** The kept analysis's folder in this site's origin-private file system, holding the files `names`. */
export function originPrivateStore(names: readonly string[]): KeptStore {
  const root = async () => {
    try {
      return await navigator.storage.getDirectory();
    } catch {
      throw new InputError('This browser does not let the page keep an analysis here (a private window, or storage switched off for this site).');
    }
  };
  const folder = async (create: boolean) => {
    try {
      return await (await root()).getDirectoryHandle(FOLDER, { create });
    } catch (error) {
      if (!create && error instanceof DOMException && error.name === 'NotFoundError') return null;
      throw error;
    }
  };
  const read = async (name: string) => {
    const handle = await folder(false);
    if (!handle) return null;
    try {
      return await (await handle.getFileHandle(name)).getFile();
    } catch (error) {
      if (error instanceof DOMException && error.name === 'NotFoundError') return null;
      throw error;
    }
  };
  const size = async () => (await Promise.all(names.map(read))).reduce((sum, file) => sum + (file?.size ?? 0), 0);
  return {
    read,
    async write(name, content) {
      const file = await (await folder(true))!.getFileHandle(name, { create: true });
      // A writable stream writes to a scratch copy; the file changes only when it is closed.
      const writable = await file.createWritable();
      await content.stream().pipeTo(writable);
    },
    async clear() {
      const bytes = await size();
      if (await folder(false)) await (await root()).removeEntry(FOLDER, { recursive: true });
      return bytes;
    },
    size,
  };
}
