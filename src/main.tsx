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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App engine={engine} />
    <UpdateNotice />
  </StrictMode>,
);
