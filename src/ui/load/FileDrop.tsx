import { useState, type DragEvent } from 'react';

interface Props {
  /** One file, or several exports of the same layout (e.g. one per month) to combine. */
  onFiles(files: File[]): void;
  onSample(): void;
  busy: boolean;
}

/** The way in: drop a file, pick one, or try the built-in sample. The input exists from first paint. */
export function FileDrop({ onFiles, onSample, busy }: Props) {
  const [dragging, setDragging] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length) onFiles(files);
  };
  return (
    <section
      className={`file-drop${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      aria-label="Choose an order file"
    >
      <p className="file-drop-title">Drop your order export here</p>
      <p className="file-drop-hint">
        CSV, Excel (.xlsx) or Parquet, from Shopify, WooCommerce or any shop: order, customer, date and amounts. Several files of the
        same export (e.g. one per month) are combined. The files are read by this page only; nothing is uploaded.
      </p>
      <div className="file-drop-actions">
        <label className="button primary">
          Choose files…
          <input
            type="file"
            multiple
            accept=".csv,.tsv,.txt,.xlsx,.xlsm,.parquet,text/csv,text/plain"
            data-testid="file-input"
            className="visually-hidden"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = ''; // choosing the same file again must load it again
              if (files.length) onFiles(files);
            }}
          />
        </label>
        <button type="button" className="button" data-testid="load-sample" onClick={onSample} disabled={busy}>
          Try sample data
        </button>
      </div>
    </section>
  );
}
