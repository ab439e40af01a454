import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { RelayError } from '../../core/errors.js';

export const ASSETS_PATH = '/admin/assets';

/** The dashboard's scripts and styles, shipped as they are: there is no build step. */
const DASHBOARD_DIR = fileURLToPath(new URL('../../../dashboard/', import.meta.url));

/** The card renderer the page draws previews with: the package Teams' own renderer builds on. */
const RENDERER = createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.min.js');

/**
 * Static files only, the same for everyone: code, no data. They may be cached for a short
 * while; a new release is picked up within minutes.
 */
export function dashboardAssets(): Router {
  const router = Router();
  router.use((req, _res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    throw new RelayError(
      'METHOD_NOT_ALLOWED',
      `${req.method} is not served here; use GET`,
      undefined,
      {
        Allow: 'GET, HEAD',
      },
    );
  });
  const headers = (res: express.Response) => {
    res.set('cache-control', 'public, max-age=300');
    res.set('x-content-type-options', 'nosniff');
  };
  router.get('/vendor/adaptivecards.min.js', (_req, res) => {
    headers(res);
    res.type('text/javascript').sendFile(RENDERER);
  });
  router.use(
    express.static(DASHBOARD_DIR, {
      index: false,
      redirect: false,
      dotfiles: 'ignore',
      fallthrough: true,
      setHeaders: headers,
    }),
  );
  return router;
}
