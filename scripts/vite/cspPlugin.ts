// Adds a Content-Security-Policy <meta> to the built index.html (not in dev, where Vite's HMR
// needs inline scripts and a websocket). Static hosts need no header config for it to apply.
import type { Plugin } from 'vite';

export interface CspOptions {
  /**
   * Lets the page fetch a dataset from another https origin. The app itself only does so after the
   * user confirms (ConfirmRemoteDataset); without this the browser refuses it outright.
   */
  readonly allowRemoteDatasets?: boolean;
}

/** Directive → sources. Maplibre and deck.gl set inline styles; nothing needs eval or inline script. */
export function cspDirectives(
  options: CspOptions = {},
): Readonly<Record<string, readonly string[]>> {
  const remote = options.allowRemoteDatasets ?? true;
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'img-src': ["'self'", 'data:', 'blob:'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'data:', 'blob:', ...(remote ? ['https:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  return Object.entries(cspDirectives(options))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

export function cspPlugin(options: CspOptions = {}): Plugin {
  const content = contentSecurityPolicy(options);
  return {
    name: 'compute-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html,
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content },
            injectTo: 'head-prepend',
          },
        ],
      }),
    },
  };
}
