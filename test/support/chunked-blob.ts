/**
 * A Blob whose streams hand out at most `chunkBytes` at a time, as a browser reading a large file
 * from disk does (Node hands a Blob over in one piece), so a test reaches the chunk boundaries and
 * the many progress reports of a real file. Slices share its counters: chunks read, streams cancelled.
 */
export interface ChunkCounts {
  chunksRead: number;
  streamsCancelled: number;
}

export class ChunkedBlob extends Blob {
  constructor(
    parts: BlobPart[],
    private readonly chunkBytes: number,
    readonly counts: ChunkCounts = { chunksRead: 0, streamsCancelled: 0 },
  ) {
    super(parts);
  }

  override slice(start?: number, end?: number): ChunkedBlob {
    return new ChunkedBlob([super.slice(start, end)], this.chunkBytes, this.counts);
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const whole = this.arrayBuffer();
    const { chunkBytes, counts } = this;
    let offset = 0;
    return new ReadableStream(
      {
        async pull(controller) {
          const bytes = new Uint8Array(await whole);
          if (offset >= bytes.length) return controller.close();
          controller.enqueue(bytes.slice(offset, offset + chunkBytes));
          offset += chunkBytes;
          counts.chunksRead += 1;
        },
        cancel() {
          counts.streamsCancelled += 1;
        },
      },
      { highWaterMark: 0 },
    );
  }
}
