import { useState, type DragEvent } from 'react';

interface Props {
  onFile(file: File): void;
  onSample(): void;
  busy: boolean;
}

/** The way in: drop a file, pick one, or try the built-in sample. The input exists from first paint. */
export function FileDrop({ onFile, onSample, busy }: Props) {
  const [dragging, setDragging] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
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
      <p className="file-drop-title">Drop an order-lines CSV here</p>
      <p className="file-drop-hint">
        Online Retail or Online Retail II layout: invoice, customer, date, quantity and price per line. The file is read by
        this page only; nothing is uploaded.
      </p>
      <div className="file-drop-actions">
        <label className="button primary">
          Choose a file…
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            data-testid="file-input"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = ''; // choosing the same file again must load it again
              if (file) onFile(file);
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
