import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/serviceWorker';
import { startSession } from './store/session';
import { registerFonts } from './ui/fonts';
import './styles.css';

registerFonts();
const root = createRoot(document.getElementById('root')!);
const render = (loadError: string | null) =>
  root.render(
    <StrictMode>
      <App loadError={loadError} />
    </StrictMode>,
  );

render(null);
registerServiceWorker();
startSession().catch((error: unknown) => {
  console.error(error);
  render(error instanceof Error ? error.message : String(error));
});
