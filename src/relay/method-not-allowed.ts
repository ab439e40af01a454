import type { Express, RequestHandler } from 'express';
import { RelayError } from '../core/errors.js';
import { redactPath } from './errors.js';

/** What Express's router keeps of each registered route; read only on the miss path. */
interface Layer {
  name?: string;
  route?: { methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  match(path: string): unknown;
}

function methodsFor(stack: readonly Layer[], path: string, into: Set<string>): void {
  for (const layer of stack) {
    if (layer.route) {
      if (layer.match(path)) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all') into.add(method.toUpperCase());
        }
      }
    } else if (layer.name === 'router' && layer.handle?.stack) {
      methodsFor(layer.handle.stack, path, into);
    }
  }
}

/**
 * A known path asked with a method it does not serve: 405 with the `Allow` header listing the
 * ones it does (HTTP requires it). Mounted after every route, so it only runs on a miss.
 */
export function methodNotAllowed(app: Express): RequestHandler {
  return (req, res, next) => {
    const stack = (app as unknown as { router: { stack: Layer[] } }).router.stack;
    const allowed = new Set<string>();
    methodsFor(stack, req.path, allowed);
    if (allowed.size === 0) return next();
    if (allowed.has('GET')) allowed.add('HEAD');
    const allow = [...allowed].sort().join(', ');
    res.set('Allow', allow);
    next(
      new RelayError(
        'METHOD_NOT_ALLOWED',
        `${req.method} is not served at ${redactPath(req.path)}; use ${allow}`,
      ),
    );
  };
}
