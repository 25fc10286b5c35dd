import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createEngineClient } from './engine/client';
import { UpdateNotice } from './ui/shared/UpdateNotice';
import './styles.css';

// Where the start-up's stages begin, for the benchmark (scripts/bench/start-run.ts).
performance.mark('app:script-running');
// The engine starts at once, so DuckDB is warming up while the user looks for a file.
const engine = createEngineClient();
const root = createRoot(document.getElementById('root')!);

/**
 * The update notice registers the service worker, whose install fetches the offline copy, DuckDB's
 * 34 MB WebAssembly among it. It waits until the engine has started: on a first visit the two would
 * otherwise download that file at the same time, and the engine would get half the bandwidth.
 */
function render(registerOfflineCopy: boolean): void {
  root.render(
    <StrictMode>
      <App engine={engine} />
      {registerOfflineCopy && <UpdateNotice />}
    </StrictMode>,
  );
}

render(false);
const afterStart = () => render(true);
engine.whenReady().then(afterStart, afterStart);
