/**
 * The two platform types the protocol names: chosen files cross the worker boundary as they are (by
 * reference, never read on the page), and the rejected lines come back as a Blob. Pure code compiles
 * without the DOM or WebWorker libraries, so their shape is declared here; the page and the worker
 * compile against the real ones.
 */
interface Blob {
  readonly size: number;
  readonly type: string;
}

interface File extends Blob {
  readonly name: string;
}
