/**
 * The one content security policy, served by the browser rig as a header and
 * written into index.html at build time for the Electron window. No remote
 * origin anywhere: the app makes no network request. Inline styles are allowed
 * because the component library sets CSS variables at run time; scripts are not.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** Browsers ignore (and complain about) frame-ancestors in a <meta> policy; it is enforced by the header only. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
