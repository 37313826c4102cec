import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor, IndexHtmlTransformHook } from 'vite';
import { contentSecurityPolicy, cspDirectives, cspPlugin } from './cspPlugin';

describe('contentSecurityPolicy', () => {
  it('allows scripts from the app’s own origin only: no inline script, no eval', () => {
    const directives = cspDirectives();
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval/);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
  });

  it('opens connections to other https origins only when remote datasets are allowed', () => {
    expect(cspDirectives({ allowRemoteDatasets: false })['connect-src']).not.toContain('https:');
    expect(cspDirectives({ allowRemoteDatasets: true })['connect-src']).toContain('https:');
  });

  it('joins directives into one header value', () => {
    expect(contentSecurityPolicy({ allowRemoteDatasets: false })).toContain(
      "default-src 'self'; script-src 'self'; worker-src 'self' blob:;",
    );
  });
});

describe('cspPlugin', () => {
  it('applies to builds only and puts the policy first in <head>', () => {
    const plugin = cspPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
    const result = hook.handler.call({} as never, '<html></html>', {} as never) as {
      tags: HtmlTagDescriptor[];
    };
    expect(result.tags).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ]);
  });
});
