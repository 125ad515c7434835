/**
 * zod for the browser code, configured before any schema exists: `jitless` keeps zod from probing
 * `new Function` (the app's CSP forbids eval, and Chrome reports the blocked probe as an issue).
 * Every browser module imports z from here, so the setting runs first wherever zod loads (lazily).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
